import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { ViewerTestProvider } from '../../test/viewer';
import type {
  FundingLinesQueryVariables,
  FundingUpdateBudgetMutationVariables,
  Role,
} from '../../gql/graphql';
import FundingLinesPage from './FundingLinesPage';
import { FundingLinesDocument, FundingSummaryDocument, UpdateBudgetDocument } from './queries';
import { THIS_YEAR, budgetLine, userErrors } from './test-fixtures';

// jsdom has no canvas: the chart is replaced by its labelled box; the data stays real.
jest.mock('../../components/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

jest.setTimeout(60_000);
// The mocked answers and Ant Design's rendering take a while in jsdom on a busy machine.
const SLOW = { timeout: 20_000 };

const ASSISTANCE = budgetLine({
  id: 'QnVkZ2V0OjI',
  name: '帮扶慰问经费',
  amountFen: 30_000_000,
  committedFen: 12_000_000,
  paidFen: 10_000_000,
  remainingFen: 18_000_000,
  executionRate: 1 / 3,
});
const CENTRE = budgetLine({
  id: 'QnVkZ2V0OjE',
  name: '老干部活动中心运行经费',
  category: 'CENTRE_OPERATIONS',
  amountFen: 58_000_000,
  committedFen: 40_000_000,
  paidFen: 40_000_000,
  remainingFen: 18_000_000,
  executionRate: 40 / 58,
});
const BRANCH_LINE = budgetLine({
  id: 'QnVkZ2V0OjEw',
  name: '东坪镇离退休干部党总支活动经费',
  category: 'ACTIVITIES',
  amountFen: 2_000_000,
  committedFen: 0,
  paidFen: 0,
  remainingFen: 2_000_000,
  executionRate: 0,
  branch: { __typename: 'Branch', id: 'QnJhbmNoOjI', name: '东坪镇离退休干部党总支' },
});

const money = (lines: ReturnType<typeof budgetLine>[]) => ({
  amountFen: lines.reduce((s, l) => s + l.amountFen, 0),
  committedFen: lines.reduce((s, l) => s + l.committedFen, 0),
  paidFen: lines.reduce((s, l) => s + l.paidFen, 0),
  remainingFen: lines.reduce((s, l) => s + l.remainingFen, 0),
});

/** The summary's figures of some lines: their sums, how many, and paid ÷ amount. */
const execution = (lines: ReturnType<typeof budgetLine>[]) => {
  const sums = money(lines);
  return { lines: lines.length, ...sums, executionRate: sums.paidFen / sums.amountFen };
};

function linesMock(
  lines: ReturnType<typeof budgetLine>[],
  matches: (variables: FundingLinesQueryVariables) => boolean = () => true,
  asked: FundingLinesQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: FundingLinesDocument,
      variables: (variables: FundingLinesQueryVariables) => {
        asked.push(variables);
        return matches(variables);
      },
    },
    result: {
      data: {
        budgets: {
          __typename: 'BudgetConnection',
          totalCount: lines.length,
          totals: { __typename: 'BudgetTotals', count: lines.length, ...money(lines) },
          nodes: lines,
        },
      },
    },
    maxUsageCount: 5,
  };
}

const summaryMock: MockLink.MockedResponse = {
  request: { query: FundingSummaryDocument, variables: { year: THIS_YEAR } },
  result: {
    data: {
      fundingSummary: {
        __typename: 'FundingSummary',
        year: THIS_YEAR,
        total: { __typename: 'FundingFigures', ...execution([ASSISTANCE, CENTRE, BRANCH_LINE]) },
        byCategory: [ASSISTANCE, CENTRE, BRANCH_LINE].map((l) => ({
          __typename: 'CategoryFunding',
          category: l.category,
          ...execution([l]),
        })),
        byMonth: Array.from({ length: 12 }, (_, i) => ({
          __typename: 'MonthFunding',
          month: i + 1,
          paidFen: i < 10 ? 5_000_000 : 0,
          approvedFen: 0,
        })),
      },
    },
  },
  maxUsageCount: 5,
};

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN', route = '/funding') {
  return renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <FundingLinesPage />
        <LocationDisplay />
      </ViewerTestProvider>
    </App>,
    { route, mocks },
  );
}

describe('the budget lines page', () => {
  it('shows the year’s figures, each line’s execution as a bar, the totals and the charts', async () => {
    renderPage([linesMock([ASSISTANCE, CENTRE, BRANCH_LINE]), summaryMock]);
    const table = await screen.findByRole('table', { name: `${THIS_YEAR}年预算项目` }, SLOW);

    // The figures in 万元, as a summary reads; the exact sums are in the table.
    expect(screen.getByText('90 万元')).toBeInTheDocument();
    expect(screen.getByText('52 万元')).toBeInTheDocument();
    expect(screen.getByText('50 万元')).toBeInTheDocument();
    expect(screen.getByText('38 万元')).toBeInTheDocument();
    const rate = screen.getByText('执行率').closest<HTMLElement>('.ant-statistic')!;
    expect(within(rate).getByText('55.6%')).toBeInTheDocument();

    // By category, the county's lines first; the branch's line names its owner.
    const rows = within(table).getAllByRole('row').slice(1, 4);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      '老干部活动中心运行经费',
      '帮扶慰问经费',
      '东坪镇离退休干部党总支活动经费',
    ]);
    const assistance = rows[1];
    expect(within(assistance).getByText('县级')).toBeInTheDocument();
    expect(within(assistance).getByText('¥300,000.00')).toBeInTheDocument();
    expect(within(assistance).getByText('¥180,000.00')).toBeInTheDocument();
    expect(within(rows[2]).getByText('东坪镇离退休干部党总支')).toBeInTheDocument();

    // Paid and approved as one stacked bar of the amount; the figure is paid ÷ amount.
    const bar = within(assistance).getByLabelText('帮扶慰问经费执行进度');
    expect(bar).toHaveAttribute('aria-valuetext', '已支付 33.3%，已批准 40.0%');
    expect(within(assistance).getByText('33.3%')).toBeInTheDocument();

    // The line opens its payments.
    expect(within(assistance).getByRole('link', { name: '帮扶慰问经费' })).toHaveAttribute(
      'href',
      `/funding/disbursements?year=${THIS_YEAR}&budget=QnVkZ2V0OjI`,
    );

    // The totals row holds the exact sums.
    const total = within(table).getByText('合计（3 项）').closest('tr')!;
    expect(within(total).getByText('¥900,000.00')).toBeInTheDocument();
    expect(within(total).getByText('¥520,000.00')).toBeInTheDocument();
    expect(within(total).getByText('¥500,000.00')).toBeInTheDocument();
    expect(within(total).getByText('¥380,000.00')).toBeInTheDocument();

    expect(screen.getByRole('img', { name: `${THIS_YEAR}年逐月执行` })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `${THIS_YEAR}年分类别执行` })).toBeInTheDocument();
  });

  it('narrows to a category, with the choice in the URL', async () => {
    const asked: FundingLinesQueryVariables[] = [];
    renderPage([
      linesMock([ASSISTANCE], (v) => Boolean(v.filter.category), asked),
      linesMock([ASSISTANCE, CENTRE, BRANCH_LINE], (v) => !v.filter.category, asked),
      summaryMock,
    ]);
    await screen.findByRole('link', { name: '老干部活动中心运行经费' }, SLOW);
    await userEvent.click(screen.getByLabelText('类别'));
    await userEvent.click(await screen.findByTitle('帮扶慰问'));

    expect(await screen.findByText('合计（1 项）', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '老干部活动中心运行经费' })).not.toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/funding?category=ASSISTANCE');
    expect(asked.at(-1)).toEqual({ filter: { year: THIS_YEAR, category: ['ASSISTANCE'] } });
  });

  it('refuses to lower a line below what it has committed, on the amount field', async () => {
    const sent: FundingUpdateBudgetMutationVariables[] = [];
    renderPage([
      linesMock([ASSISTANCE, CENTRE, BRANCH_LINE]),
      summaryMock,
      {
        request: {
          query: UpdateBudgetDocument,
          variables: (variables: FundingUpdateBudgetMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            updateBudget: {
              __typename: 'BudgetPayload',
              budget: null,
              userErrors: userErrors(
                ['amountFen'],
                'BELOW_COMMITTED',
                '不能低于已支出和已批准的 120,000.00 元 (cannot be below the 120,000.00 yuan committed)',
              ),
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: '编辑帮扶慰问经费' }, SLOW));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('编辑预算：帮扶慰问经费')).toBeInTheDocument();
    const amount = within(dialog).getByLabelText('金额（元）');
    expect(amount).toHaveValue('300000.00');
    await userEvent.clear(amount);
    await userEvent.type(amount, '100000.1');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(
      await within(dialog).findByText('不能低于已支出和已批准的金额', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          id: ASSISTANCE.id,
          expectedVersion: 1,
          name: '帮扶慰问经费',
          amountFen: 10_000_010,
          note: null,
        },
      },
    ]);
  });

  it('lets viewers read but not draw up or change lines', async () => {
    renderPage([linesMock([ASSISTANCE]), summaryMock], 'VIEWER');
    await screen.findByRole('link', { name: '帮扶慰问经费' }, SLOW);
    expect(screen.queryByRole('button', { name: /新增预算/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
  });
});
