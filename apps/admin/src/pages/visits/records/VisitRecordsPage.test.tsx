import '../../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../../test/render';
import { ViewerTestProvider } from '../../../test/viewer';
import { LocationDisplay, currentSearchParams } from '../../../test/location';
import { chinaToday } from '@wanxia/schema';
import type { Locale } from '../../../locales';
import type { VisitRecordFragment, VisitRecordsQueryVariables } from '../../../gql/graphql';
import { MEMBER_ID } from '../test-fixtures';
import VisitRecordsPage from './VisitRecordsPage';
import { VisitRecordsDocument } from './queries';

jest.setTimeout(60_000);
// The mocked answers and Ant Design's rendering take a while in jsdom on a busy machine.
const SLOW = { timeout: 20_000 };

const year = Number(chinaToday().slice(0, 4));
const THIS_YEAR = { visitedFrom: `${year}-01-01`, visitedTo: `${year}-12-31` };

/** A visit as the server sends it (`__typename`s included); overrides as the server would send them. */
function visit(overrides: { id: string } & Record<string, unknown>): VisitRecordFragment {
  return {
    __typename: 'Visit',
    occasion: 'HOSPITALIZATION',
    visitedOn: `${year}-03-12`,
    visitors: '副局长 赵明、支部书记 李红',
    place: '县人民医院住院部',
    summary: '到医院看望，病情稳定，叮嘱安心养病',
    gifts: '水果、牛奶',
    followUpNeeded: false,
    followUpNote: null,
    late: false,
    member: {
      __typename: 'Member',
      id: MEMBER_ID,
      name: '陈菊平',
      phone: '138****5678',
      branch: { __typename: 'Branch', id: 'QnJhbmNoOjEw', name: '安化一中离退休干部第二党支部' },
    },
    payments: [],
    ...overrides,
  } as VisitRecordFragment;
}

const HOSPITAL = visit({
  id: 'VmlzaXQ6MQ',
  payments: [
    { __typename: 'Disbursement', id: 'RDox', status: 'PAID', amountFen: 50_000 },
    { __typename: 'Disbursement', id: 'RDoy', status: 'VOID', amountFen: 50_000 },
  ],
});
const HOLIDAY = visit({
  id: 'VmlzaXQ6Mg',
  occasion: 'HOLIDAY',
  visitedOn: `${year}-02-20`,
  visitors: '支部书记 李红',
  place: null,
  summary: null,
  gifts: null,
  late: true,
  followUpNeeded: true,
  followUpNote: '协调解决住房漏雨',
  member: {
    __typename: 'Member',
    id: 'TWVtYmVyOjk',
    name: '王德生',
    branch: { __typename: 'Branch', id: 'QnJhbmNoOjEx', name: '东坪镇离退休干部党支部' },
  },
});

/** The list's answer to every request, recording the variables each was sent with. */
function listMock(
  rows: VisitRecordFragment[],
  asked: VisitRecordsQueryVariables[],
): MockLink.MockedResponse {
  return {
    request: {
      query: VisitRecordsDocument,
      variables: (variables: VisitRecordsQueryVariables) => {
        asked.push(variables);
        return true;
      },
    },
    result: {
      data: {
        visits: {
          __typename: 'VisitConnection',
          totalCount: rows.length,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: rows.length ? 'c1' : null,
            endCursor: rows.length ? `c${rows.length}` : null,
          },
          nodes: rows,
        },
      },
    },
    maxUsageCount: 10,
  };
}

function renderRecords(
  mocks: MockLink.MockedResponse[],
  { route = '/visits/records', locale = 'zh-CN' }: { route?: string; locale?: Locale } = {},
) {
  return renderScreen(
    <App>
      <ViewerTestProvider role="ADMIN">
        <VisitRecordsPage />
        <LocationDisplay />
      </ViewerTestProvider>
    </App>,
    { route, mocks, locale },
  );
}

describe('the visit records (走访记录)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists this year’s visits with whom, what for, who went and what was given', async () => {
    const asked: VisitRecordsQueryVariables[] = [];
    renderRecords([listMock([HOSPITAL, HOLIDAY], asked)]);
    expect(await screen.findByText('陈菊平', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '走访记录' })).toBeInTheDocument();
    expect(asked[0]).toEqual({ filter: THIS_YEAR, withPayments: true, first: 20 });

    const hospital = screen.getByText('陈菊平').closest('tr')!;
    expect(screen.getByText('陈菊平').closest('a')).toHaveAttribute('href', `/roster/${MEMBER_ID}`);
    for (const text of [
      `${year}-03-12`,
      '安化一中离退休干部第二党支部',
      '生病住院',
      '副局长 赵明、支部书记 李红',
      '县人民医院住院部',
      '到医院看望，病情稳定，叮嘱安心养病',
      '水果、牛奶',
      // The voided payment is not money handed over.
      '慰问金 ¥500.00',
    ]) {
      expect(within(hospital).getByText(text)).toBeInTheDocument();
    }
    expect(within(hospital).queryByText('需跟进')).toBeNull();

    const holiday = screen.getByText('王德生').closest('tr')!;
    expect(within(holiday).getByText('重要节日')).toBeInTheDocument();
    expect(within(holiday).getByText('逾期完成')).toBeInTheDocument();
    expect(within(holiday).getByText('需跟进')).toBeInTheDocument();
    expect(screen.getByText(/共 2 次走访/)).toBeInTheDocument();
    // The default view: nothing to reset.
    expect(screen.queryByRole('button', { name: '恢复默认（本年度）' })).toBeNull();
  });

  it('asks for what the address and the filters say, and keeps them in the address', async () => {
    const asked: VisitRecordsQueryVariables[] = [];
    renderRecords([listMock([HOLIDAY], asked)], {
      route: '/visits/records?from=2025-01-01&to=2025-12-31&occasion=HOLIDAY&late=1',
    });
    await screen.findByText('王德生', {}, SLOW);
    expect(asked[0]).toEqual({
      filter: {
        visitedFrom: '2025-01-01',
        visitedTo: '2025-12-31',
        occasion: ['HOLIDAY'],
        late: true,
      },
      withPayments: true,
      first: 20,
    });

    const search = screen.getByRole('searchbox', { name: '查找人员' });
    await userEvent.type(search, ' wds {Enter}');
    await waitFor(() =>
      expect(asked.at(-1)!.filter).toEqual({
        visitedFrom: '2025-01-01',
        visitedTo: '2025-12-31',
        occasion: ['HOLIDAY'],
        late: true,
        search: 'wds',
      }),
    );
    const location = screen.getByTestId('location');
    expect(currentSearchParams(location).get('q')).toBe('wds');
    expect(currentSearchParams(location).getAll('occasion')).toEqual(['HOLIDAY']);

    // Back to the default: this year, every visit.
    await userEvent.click(screen.getByRole('button', { name: '恢复默认（本年度）' }));
    await waitFor(() => expect(asked.at(-1)!.filter).toEqual(THIS_YEAR));
    expect(currentSearchParams(location).toString()).toBe('');
  });

  it('exports the list as filtered on screen', async () => {
    const fetchMock = jest.fn().mockResolvedValue({
      ok: true,
      status: 200,
      headers: { get: () => 'attachment; filename="visits-2026-06-15.xlsx"' },
      blob: async () => new Blob(['xlsx']),
    });
    globalThis.fetch = fetchMock;
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    renderRecords([listMock([HOLIDAY], [])], { route: '/visits/records?followUp=1&q=wds' });
    await screen.findByText('王德生', {}, SLOW);
    await userEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const url = new URL(fetchMock.mock.calls[0][0] as string, 'http://console');
    expect(url.pathname).toBe('/api/visits/export.xlsx');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({
      ...THIS_YEAR,
      followUpNeeded: true,
      search: 'wds',
    });
  });

  it('says what to do when there is nothing to show', async () => {
    renderRecords([listMock([], [])]);
    expect(
      await screen.findByText(
        /所选期间还没有走访记录。走访后在“待访任务”或人员页面点“记录走访”登记。/,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
  });

  it('suggests wider filters when the filters find nothing', async () => {
    renderRecords([listMock([], [])], { route: '/visits/records?occasion=DISASTER' });
    expect(
      await screen.findByText('没有符合条件的走访记录，试试放宽筛选条件或扩大日期范围。', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('shows an error in place, with a way to try again', async () => {
    renderRecords([
      {
        request: { query: VisitRecordsDocument, variables: () => true },
        error: new Error('服务暂不可用'),
      },
    ]);
    expect(await screen.findByText(/服务暂不可用/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    renderRecords([listMock([HOSPITAL, HOLIDAY], [])], { locale: 'en-US' });
    expect(await screen.findByRole('heading', { name: 'Visit records' }, SLOW)).toBeInTheDocument();
    await screen.findByText('陈菊平', {}, SLOW);
    for (const header of ['Date', 'Member', 'Branch', 'Occasion', 'Visitors', 'Summary']) {
      expect(screen.getAllByRole('columnheader', { name: header }).length).toBeGreaterThan(0);
    }
    expect(screen.getByText(/2 visits in all/)).toBeInTheDocument();
    expect(screen.getByText('Money ¥500.00')).toBeInTheDocument();
  });
});
