import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { testViewer, ViewerTestProvider } from '../../test/viewer';
import { LocationDisplay } from '../../test/location';
import { chinaToday } from '@wanxia/schema';
import type { CountyStatsQueryVariables } from '../../gql/graphql';
import { CountyStatsDocument } from '../report/queries';
import { ScopeBureauDocument } from '../../components/useBureauScope';
import { BureauOptionsDocument } from '../../components/BureauSelect';
import { CampaignsDocument } from '../campaigns/campaigns-query';
import { countyStats } from '../report/test-fixtures';
import { Prefetched } from '../../test/prefetch';
import HomePage from './HomePage';
import { prefetch } from './prefetch';

// jsdom has no canvas: a chart is its labelled box, with a button standing in for its first bar.
jest.mock('../../components/EChart', () => ({
  EChart: ({ label, onItemClick }: { label: string; onItemClick?: (index: number) => void }) => (
    <div role="img" aria-label={label}>
      {onItemClick && <button onClick={() => onItemClick(0)}>{`${label}：第一项`}</button>}
    </div>
  ),
}));

jest.setTimeout(60_000);

const THIS_YEAR = Number(chinaToday().slice(0, 4));

function statsMock(
  variables: CountyStatsQueryVariables,
  answer: ReturnType<typeof countyStats>,
  asked: CountyStatsQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: CountyStatsDocument,
      variables: (v: CountyStatsQueryVariables) => {
        const ok = JSON.stringify(v) === JSON.stringify(variables);
        if (ok) asked.push(v);
        return ok;
      },
    },
    result: { data: { countyStats: answer } },
    maxUsageCount: 5,
  };
}

/** Figures for any question, recording each: a second request for the same shows as two. */
function anyStats(answer: ReturnType<typeof countyStats>, asked: CountyStatsQueryVariables[]) {
  return {
    ...statsMock(ALL, answer),
    request: {
      query: CountyStatsDocument,
      variables: (v: CountyStatsQueryVariables) => Boolean(asked.push(v)),
    },
  };
}

/** What the page asks besides the figures: no campaign under way, no other bureau to pick. */
const besideFigures: MockLink.MockedResponse[] = [
  {
    request: { query: CampaignsDocument, variables: () => true },
    result: {
      data: {
        campaigns: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: BureauOptionsDocument },
    result: { data: { bureaus: { nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function renderHome(
  mocks: MockLink.MockedResponse[],
  viewer = testViewer('ADMIN'),
  route = '/',
  prefetched?: 'asking' | 'answered',
) {
  const home = prefetched ? (
    <Prefetched prefetch={prefetch} answered={prefetched === 'answered'}>
      <HomePage />
    </Prefetched>
  ) : (
    <HomePage />
  );
  return renderScreen(
    <ViewerTestProvider viewer={viewer}>
      {home}
      <LocationDisplay />
    </ViewerTestProvider>,
    { route, mocks: [...mocks, ...besideFigures] },
  );
}

const ALL = { year: THIS_YEAR, withVisits: true, withFunding: true };

/** The link whose accessible name starts with a figure's label. */
const figureLink = (label: string) =>
  screen.getByRole('link', { name: new RegExp(`^${label}`) }).getAttribute('href');

describe('the dashboard', () => {
  it('shows the year’s figures, each a link to the list behind it', async () => {
    const asked: CountyStatsQueryVariables[] = [];
    renderHome([statsMock(ALL, countyStats(THIS_YEAR), asked)]);
    await screen.findByRole('link', { name: /^在册人员/ });
    expect(asked[0]).toEqual(ALL);

    // Organisation: the report's 7 / 140 / 3 / 16 / 11 / 94, each opening the branch tree.
    const organisation = screen.getByRole('region', { name: '组织建设' });
    for (const figure of ['7个', '140个', '3个', '16个', '11个', '94个']) {
      expect(within(organisation).getByText(figure.replace('个', ''))).toBeInTheDocument();
    }
    expect(figureLink('党总支')).toBe('/branches');
    expect(figureLink('省级示范支部')).toBe('/branches?level=PROVINCIAL');
    expect(figureLink('市级示范支部')).toBe('/branches?level=CITY');
    expect(figureLink('县级示范支部')).toBe('/branches?level=COUNTY');
    expect(figureLink('老党员之家')).toBe('/branches?home=1');

    // The roster, with thousands separators, filtered to each figure.
    expect(screen.getByRole('link', { name: /^在册人员/ })).toHaveTextContent('5,622');
    expect(figureLink('在册人员')).toBe('/roster?status=ACTIVE');
    expect(figureLink('离休干部')).toBe('/roster?status=ACTIVE&retirementType=LIXIU');
    expect(figureLink('退休干部')).toBe('/roster?status=ACTIVE&retirementType=TUIXIU');
    expect(figureLink('可获“光荣在党50年”纪念章')).toBe('/roster?status=ACTIVE&medal=1');
    expect(figureLink('已故')).toBe('/roster?status=DECEASED');

    // Bands: each under its chart, as the roster's age and party-year filters (the cards below
    // the first figures are drawn as they near the screen).
    await screen.findByRole('link', { name: /^80–89岁/ });
    expect(figureLink('80–89岁')).toBe('/roster?status=ACTIVE&ageMin=80&ageMax=89');
    expect(figureLink('60岁以下')).toBe('/roster?status=ACTIVE&ageMax=59');
    expect(figureLink('90岁及以上')).toBe('/roster?status=ACTIVE&ageMin=90');
    expect(figureLink('50年及以上')).toBe('/roster?status=ACTIVE&partyYears=50');

    // The year's visits, by occasion and by month, open the visit records behind them;
    // coverage opens the coverage page of the year.
    const yearDates = `from=${THIS_YEAR}-01-01&to=${THIS_YEAR}-12-31`;
    expect(figureLink('全年走访')).toBe(`/visits/records?${yearDates}`);
    expect(figureLink('生病住院')).toBe(`/visits/records?${yearDates}&occasion=HOSPITALIZATION`);
    expect(figureLink('日常走访')).toBe(`/visits/records?${yearDates}&occasion=ROUTINE`);
    expect(figureLink('3月')).toBe(`/visits/records?from=${THIS_YEAR}-03-01&to=${THIS_YEAR}-03-31`);
    expect(
      screen.getByRole('progressbar', { name: `${THIS_YEAR}年六个必访覆盖率` }),
    ).toHaveAttribute('aria-valuetext', '85.0%');
    expect(figureLink('85.0%\\s*覆盖率')).toBe(`/visits/coverage?year=${THIS_YEAR}`);
    expect(figureLink('已逾期')).toBe('/visits?section=overdue');

    // Money in 万元, a category opening its lines of the year.
    expect(screen.getByRole('link', { name: /^预算/ })).toHaveTextContent('137 万元');
    expect(figureLink('已支付')).toBe(`/funding/disbursements?year=${THIS_YEAR}&status=PAID`);
    expect(screen.getByRole('link', { name: /^帮扶慰问/ })).toHaveAttribute(
      'href',
      `/funding?year=${THIS_YEAR}&category=ASSISTANCE`,
    );
    expect(screen.getByRole('img', { name: `${THIS_YEAR}年各类经费执行情况` })).toBeInTheDocument();
  });

  it('opens the roster of a band when its bar is clicked', async () => {
    renderHome([statsMock(ALL, countyStats(THIS_YEAR))]);
    await userEvent.click(await screen.findByRole('button', { name: '年龄结构：第一项' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/roster?status=ACTIVE&ageMax=59');
  });

  it('opens the visits of a month when its bar is clicked', async () => {
    renderHome([statsMock(ALL, countyStats(THIS_YEAR))]);
    await userEvent.click(await screen.findByRole('button', { name: '各月走访次数：第一项' }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      `/visits/records?from=${THIS_YEAR}-01-01&to=${THIS_YEAR}-01-31`,
    );
  });

  it('shows what would fill an empty year instead of empty charts', async () => {
    renderHome([statsMock(ALL, countyStats(THIS_YEAR, { empty: true }))]);
    await screen.findByText(/年底没有在册人员/);
    expect(screen.getByText(/没有在册党员/)).toBeInTheDocument();
    expect(screen.getByText(/还没有走访记录/)).toBeInTheDocument();
    expect(screen.getByText(/没有应访任务/)).toBeInTheDocument();
    expect(screen.getByText(/尚未安排经费预算/)).toBeInTheDocument();
    for (const chart of [
      '年龄结构',
      '党龄结构',
      '各月走访次数',
      `${THIS_YEAR}年各类经费执行情况`,
    ]) {
      expect(screen.queryByRole('img', { name: chart })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('neither asks for nor shows money to a viewer who may not read it', async () => {
    const viewer = {
      ...testViewer('VIEWER'),
      permissions: testViewer('VIEWER').permissions.filter((p) => p !== 'FUNDING_READ'),
    };
    const asked: CountyStatsQueryVariables[] = [];
    const variables = { ...ALL, withFunding: false };
    renderHome([statsMock(variables, countyStats(THIS_YEAR, { funding: false }), asked)], viewer);
    await screen.findByRole('link', { name: /^在册人员/ });
    expect(asked[0]).toEqual(variables);
    // The cards below the first figures come with their own chunk.
    expect(await screen.findByText('走访慰问')).toBeInTheDocument();
    expect(screen.queryByText('经费使用')).not.toBeInTheDocument();
  });

  it('draws the figures of the address’s year from the request started before it', async () => {
    const year = THIS_YEAR - 1;
    const asked: CountyStatsQueryVariables[] = [];
    renderHome(
      [anyStats(countyStats(year), asked)],
      testViewer('ADMIN'),
      `/?year=${year}`,
      'asking',
    );
    await screen.findByText(new RegExp(`以下为安化县${year}年工作概况`));
    expect(asked).toEqual([{ ...ALL, year }]);
  });

  it('asks nothing again when the figures started before it were answered before it was drawn', async () => {
    const asked: CountyStatsQueryVariables[] = [];
    renderHome([anyStats(countyStats(THIS_YEAR), asked)], testViewer('ADMIN'), '/', 'answered');
    await screen.findByRole('link', { name: /^在册人员/ });
    expect(asked).toEqual([ALL]);
    // Afterwards each year is asked for again when shown, even one in the cache.
    const year = screen.getByRole('combobox', { name: '年度' });
    await userEvent.selectOptions(year, `${THIS_YEAR - 1} 年`);
    await waitFor(() => expect(asked).toHaveLength(2));
    await userEvent.selectOptions(year, `${THIS_YEAR} 年`);
    await waitFor(() => expect(asked).toHaveLength(3));
    expect(asked).toEqual([ALL, { ...ALL, year: THIS_YEAR - 1 }, ALL]);
  });

  it('shows another year when chosen, and keeps it in the address', async () => {
    const year = THIS_YEAR - 1;
    renderHome([
      statsMock(ALL, countyStats(THIS_YEAR)),
      statsMock({ ...ALL, year }, countyStats(year)),
    ]);
    await screen.findByRole('link', { name: /^在册人员/ });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '年度' }), `${year} 年`);
    expect(screen.getByTestId('location')).toHaveTextContent(`/?year=${year}`);
    await screen.findByText(new RegExp(`以下为安化县${year}年工作概况`));
    await waitFor(() =>
      expect(figureLink('全年走访')).toBe(`/visits/records?from=${year}-01-01&to=${year}-12-31`),
    );
  });

  describe('with a bureau in the address', () => {
    const CITY = testViewer('ADMIN', {
      bureau: { id: 'Bureau:430900', name: '益阳市', level: 'CITY' },
    });
    const bureauMock = (id: string, node: unknown): MockLink.MockedResponse => ({
      request: { query: ScopeBureauDocument, variables: { id } },
      result: { data: { node } },
    });

    it('shows that bureau’s figures, and its coverage and money open that bureau’s lists', async () => {
      const id = 'Bureau:430923';
      const asked: CountyStatsQueryVariables[] = [];
      renderHome(
        [
          bureauMock(id, { __typename: 'Bureau', id, name: '安化县', level: 'COUNTY' }),
          statsMock({ ...ALL, bureauId: id }, countyStats(THIS_YEAR), asked),
        ],
        CITY,
        `/?bureau=${encodeURIComponent(id)}`,
      );
      await screen.findByRole('link', { name: /^在册人员/ });
      expect(asked[0]).toEqual({ ...ALL, bureauId: id });
      expect(screen.getByText(/以下为安化县/)).toBeInTheDocument();
      await screen.findByText('经费使用');
      expect(figureLink('应访任务')).toBe(
        `/visits/coverage?year=${THIS_YEAR}&bureau=${encodeURIComponent(id)}`,
      );
      expect(figureLink('预算')).toBe(
        `/funding?year=${THIS_YEAR}&bureau=${encodeURIComponent(id)}`,
      );
      // Branches, visits and payments are that bureau's too.
      const bureau = `bureau=${encodeURIComponent(id)}`;
      expect(figureLink('全年走访')).toBe(
        `/visits/records?from=${THIS_YEAR}-01-01&to=${THIS_YEAR}-12-31&${bureau}`,
      );
      expect(figureLink('党支部')).toBe(`/branches?${bureau}`);
      expect(figureLink('已逾期')).toBe(`/visits?section=overdue&${bureau}`);
    });

    it('falls back to the viewer’s whole reach, with a notice, for a bureau out of reach', async () => {
      const asked: CountyStatsQueryVariables[] = [];
      renderHome(
        [bureauMock('Bureau:110000', null), statsMock(ALL, countyStats(THIS_YEAR), asked)],
        CITY,
        '/?year=' + THIS_YEAR + '&bureau=Bureau%3A110000',
      );
      expect(await screen.findByText(/不在您的范围内/)).toBeInTheDocument();
      await screen.findByRole('link', { name: /^在册人员/ });
      expect(asked).toEqual([ALL]);
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    });
  });
});
