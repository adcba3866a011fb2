import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { testViewer, ViewerTestProvider } from '../../test/viewer';
import { LocationDisplay } from '../../test/location';
import { chinaToday } from '@wanxia/schema';
import { BranchOptionsDocument } from '../../components/BranchTreeSelect';
import type { VisitCoverageQueryVariables } from '../../gql/graphql';
import CoveragePage from './CoveragePage';
import { VisitCoverageDocument } from './queries';
import { ScopeBureauDocument } from '../../components/useBureauScope';

// jsdom has no canvas: the chart is replaced by its labelled box; the data stays real.
jest.mock('../../components/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

jest.setTimeout(60_000);

// Answers as the server sends them, with __typename (which the generated types leave out).
type Coverage = ReturnType<typeof coverage>;
const THIS_YEAR = Number(chinaToday().slice(0, 4));

const figures = (tasks: number, doneOnTime: number, rate: number | null) => ({
  tasks,
  doneOnTime,
  doneLate: 0,
  missed: tasks - doneOnTime,
  waived: 0,
  open: 0,
  overdue: 0,
  rate,
});

const branchRow = (
  id: string,
  name: string,
  kind: 'BRANCH' | 'GENERAL_BRANCH',
  f: ReturnType<typeof figures>,
) => ({
  __typename: 'BranchCoverage',
  branch: { __typename: 'Branch', id, name, kind },
  ...f,
});

function coverage(
  branch: { id: string; name: string; ancestors: { id: string; name: string }[] } | null,
  total: ReturnType<typeof figures>,
  byBranch: ReturnType<typeof branchRow>[],
) {
  return {
    __typename: 'VisitCoverage',
    year: THIS_YEAR,
    branch: branch && { __typename: 'Branch', ...branch },
    total: { __typename: 'CoverageFigures', ...total },
    byOccasion: (
      [
        'HOLIDAY',
        'HOSPITALIZATION',
        'DECADE_BIRTHDAY',
        'BEREAVEMENT',
        'DISPUTE',
        'DISASTER',
      ] as const
    ).map((occasion, i) => ({
      __typename: 'OccasionCoverage',
      occasion,
      ...(i === 0 ? total : figures(0, 0, null)),
    })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      __typename: 'MonthCoverage',
      month: i + 1,
      ...(i === 1 ? total : figures(0, 0, null)),
    })),
    byBranch,
  };
}

const COUNTY = coverage(null, figures(1200, 1020, 0.85), [
  branchRow('B1', '县直机关离退休干部党总支', 'GENERAL_BRANCH', figures(800, 640, 0.8)),
  branchRow('B2', '东坪镇离退休干部党总支', 'GENERAL_BRANCH', figures(400, 380, 0.95)),
  branchRow('B3', '梅城镇离退休干部党总支', 'GENERAL_BRANCH', figures(0, 0, null)),
]);

const DRILLED = coverage(
  { id: 'B1', name: '县直机关离退休干部党总支', ancestors: [] },
  figures(800, 640, 0.8),
  [
    branchRow('B11', '县直机关离退休干部第一党支部', 'BRANCH', figures(500, 450, 0.9)),
    branchRow('B12', '县直机关离退休干部第二党支部', 'BRANCH', figures(300, 190, 0.6333)),
  ],
);

/** An answer to the coverage query for exactly these variables, recording that it was asked. */
function coverageMock(
  variables: VisitCoverageQueryVariables,
  answer: Coverage,
  asked: VisitCoverageQueryVariables[],
): MockLink.MockedResponse {
  return {
    request: {
      query: VisitCoverageDocument,
      variables: (v: VisitCoverageQueryVariables) => {
        const ok = v.year === variables.year && (v.branchId ?? null) === variables.branchId;
        if (ok) asked.push(v);
        return ok;
      },
    },
    result: { data: { visitCoverage: answer } },
    maxUsageCount: 5,
  };
}

/** The branch picker loads the tree once a branch is chosen. */
const branchOptionsMock: MockLink.MockedResponse = {
  request: { query: BranchOptionsDocument, variables: { after: null } },
  result: {
    data: {
      branches: {
        __typename: 'BranchConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [
          {
            __typename: 'Branch',
            id: 'B1',
            name: '县直机关离退休干部党总支',
            kind: 'GENERAL_BRANCH',
            parent: null,
          },
        ],
      },
    },
  },
};

function renderCoverage(
  route: string,
  mocks: MockLink.MockedResponse[],
  viewer = testViewer('ADMIN'),
) {
  return renderScreen(
    <ViewerTestProvider viewer={viewer}>
      <CoveragePage />
      <LocationDisplay />
    </ViewerTestProvider>,
    { route, mocks },
  );
}

describe('the coverage page', () => {
  it('shows the county’s figures, a chart per view and a row per general branch', async () => {
    const asked: VisitCoverageQueryVariables[] = [];
    renderCoverage('/visits/coverage', [
      coverageMock({ year: THIS_YEAR, branchId: null }, COUNTY, asked),
    ]);
    const table = await screen.findByRole('table', { name: '各党组织走访覆盖率' });
    expect(asked[0]).toEqual({ year: THIS_YEAR, branchId: null });

    // The totals: the rate as a dial, and each count.
    expect(screen.getByRole('progressbar', { name: '全县的走访覆盖率' })).toHaveAttribute(
      'aria-valuetext',
      '85.0%',
    );
    const totals = screen
      .getByText('应访任务', { selector: '.ant-statistic-title' })
      .closest('.ant-card') as HTMLElement;
    expect(within(totals).getByText('1,200')).toBeInTheDocument();
    expect(within(totals).getByText('1,020')).toBeInTheDocument();

    // Three charts, each named for screen readers.
    expect(screen.getByRole('img', { name: /各党组织走访情况/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '按走访事由' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /按月份/ })).toBeInTheDocument();

    // A row per branch, highest rate first; nothing due shows "—", never NaN.
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).queryByRole('link')?.textContent)).toEqual([
      '东坪镇离退休干部党总支',
      '县直机关离退休干部党总支',
      '梅城镇离退休干部党总支',
      undefined,
    ]);
    expect(within(rows[0]).getByText('95.0%')).toBeInTheDocument();
    expect(within(rows[2]).getByText('—')).toBeInTheDocument();
    expect(table).not.toHaveTextContent('NaN');
    // The total row.
    expect(within(rows[3]).getByText('合计')).toBeInTheDocument();
    expect(within(rows[3]).getByText('85.0%')).toBeInTheDocument();
  });

  it('drills into a branch: the query asks for it, the breadcrumb leads back', async () => {
    const asked: VisitCoverageQueryVariables[] = [];
    renderCoverage('/visits/coverage', [
      coverageMock({ year: THIS_YEAR, branchId: null }, COUNTY, asked),
      coverageMock({ year: THIS_YEAR, branchId: 'B1' }, DRILLED, asked),
      branchOptionsMock,
    ]);
    const table = await screen.findByRole('table', { name: '各党组织走访覆盖率' });
    await userEvent.click(within(table).getByRole('link', { name: '县直机关离退休干部党总支' }));

    expect(await screen.findByText('县直机关离退休干部第一党支部')).toBeInTheDocument();
    expect(asked.at(-1)).toEqual({ year: THIS_YEAR, branchId: 'B1' });
    expect(screen.getByTestId('location')).toHaveTextContent('/visits/coverage?branch=B1');
    expect(
      screen.getByRole('progressbar', { name: '县直机关离退休干部党总支的走访覆盖率' }),
    ).toHaveAttribute('aria-valuetext', '80.0%');
    const trail = screen.getByRole('navigation', { name: '下钻路径' });
    expect(within(trail).getByText('县直机关离退休干部党总支')).toBeInTheDocument();

    await userEvent.click(within(trail).getByRole('link', { name: '全县' }));
    expect(await screen.findByText('东坪镇离退休干部党总支')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/visits\/coverage$/);
  });

  it('shows an empty state instead of charts when nothing was owed in the year', async () => {
    const empty = coverage(null, figures(0, 0, null), [
      branchRow('B1', '县直机关离退休干部党总支', 'GENERAL_BRANCH', figures(0, 0, null)),
    ]);
    renderCoverage(`/visits/coverage?year=${THIS_YEAR - 1}`, [
      coverageMock({ year: THIS_YEAR - 1, branchId: null }, { ...empty, year: THIS_YEAR - 1 }, []),
    ]);
    expect(await screen.findAllByText(/本年度暂无应访任务/)).toHaveLength(3);
    expect(
      screen.queryByRole('img', { name: /各党组织走访情况|按走访事由|按月份/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '全县的走访覆盖率' })).toHaveAttribute(
      'aria-valuetext',
      '—',
    );
    expect(screen.getByText('尚无到期任务，暂不计算覆盖率')).toBeInTheDocument();
  });

  it('starts a secretary at their own branch', async () => {
    const asked: VisitCoverageQueryVariables[] = [];
    const secretary = testViewer('SECRETARY', {
      branch: { id: 'B1', name: '县直机关离退休干部党总支' },
    });
    renderCoverage(
      '/visits/coverage',
      [coverageMock({ year: THIS_YEAR, branchId: 'B1' }, DRILLED, asked), branchOptionsMock],
      secretary,
    );
    expect(await screen.findByText('县直机关离退休干部第一党支部')).toBeInTheDocument();
    expect(asked[0]).toEqual({ year: THIS_YEAR, branchId: 'B1' });
    expect(screen.getByText('县直机关离退休干部党总支各党组织明细')).toBeInTheDocument();
    // Their branch is the top of the trail: nothing above it to go back to.
    const trail = screen.getByRole('navigation', { name: '下钻路径' });
    expect(within(trail).queryByRole('link')).not.toBeInTheDocument();
  });

  it('keeps the bureau a city picked in the address while drilling up and down', async () => {
    const asked: VisitCoverageQueryVariables[] = [];
    const county = { id: 'Bureau:430923', name: '安化县', level: 'COUNTY' as const };
    const city = testViewer('ADMIN', {
      bureau: { id: 'Bureau:430900', name: '益阳市', level: 'CITY' },
    });
    renderCoverage(
      `/visits/coverage?bureau=${encodeURIComponent(county.id)}&branch=B1`,
      [
        {
          request: { query: ScopeBureauDocument, variables: { id: county.id } },
          result: { data: { node: { __typename: 'Bureau', ...county } } },
        },
        coverageMock({ year: THIS_YEAR, branchId: 'B1' }, DRILLED, asked),
        coverageMock({ year: THIS_YEAR, branchId: null }, COUNTY, asked),
        branchOptionsMock,
      ],
      city,
    );
    expect(await screen.findByText('县直机关离退休干部第一党支部')).toBeInTheDocument();
    expect(asked[0]).toEqual({ year: THIS_YEAR, branchId: 'B1', bureauId: county.id });
    // The top of the trail is the county picked, and leads back to it, not to the whole city.
    const trail = screen.getByRole('navigation', { name: '下钻路径' });
    await userEvent.click(within(trail).getByRole('link', { name: '安化县' }));
    expect(
      await screen.findByRole('progressbar', { name: '安化县的走访覆盖率' }),
    ).toBeInTheDocument();
    expect(asked.at(-1)).toEqual({ year: THIS_YEAR, branchId: null, bureauId: county.id });
    expect(screen.getByTestId('location')).toHaveTextContent(
      `/visits/coverage?bureau=${encodeURIComponent(county.id)}`,
    );
  });
});
