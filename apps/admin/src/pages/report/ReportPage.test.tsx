import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { renderScreen } from '../../test/render';
import { testViewer, ViewerTestProvider } from '../../test/viewer';
import type { CountyStatsQueryVariables } from '../../gql/graphql';
import { CountyStatsDocument, FreezeCountyStatsDocument } from './queries';
import { countyStats } from './test-fixtures';
import { ScopeBureauDocument } from '../../components/useBureauScope';
import ReportPage from './ReportPage';

// Ant Design's dialogs render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);

const ALL = { year: 2022, withVisits: true, withFunding: true };
const FROZEN_AT = '2023-01-10T02:30:00.000Z';

function statsMock(
  answer: ReturnType<typeof countyStats>,
  variables: CountyStatsQueryVariables = ALL,
): MockLink.MockedResponse {
  return {
    request: { query: CountyStatsDocument, variables },
    result: { data: { countyStats: answer } },
  };
}

function freezeMock(
  answer: { frozen: true } | { refused: string },
  asked: number[],
): MockLink.MockedResponse {
  return {
    request: {
      query: FreezeCountyStatsDocument,
      variables: (v: { year: number }) => {
        asked.push(v.year);
        return v.year === 2022;
      },
    },
    result: {
      data: {
        freezeCountyStats: {
          __typename: 'FreezeCountyStatsPayload',
          countyStats:
            'frozen' in answer
              ? {
                  __typename: 'CountyStats',
                  year: 2022,
                  frozenAt: FROZEN_AT,
                  frozenBy: '局办公室 李明',
                }
              : null,
          userErrors:
            'refused' in answer
              ? [
                  {
                    __typename: 'UserError',
                    field: ['year'],
                    code: 'INVALID_STATE',
                    message: answer.refused,
                  },
                ]
              : [],
        },
      },
    },
  };
}

function renderReport(
  mocks: MockLink.MockedResponse[],
  viewer = testViewer('ADMIN'),
  route = '/reports/2022',
) {
  return renderScreen(
    <ViewerTestProvider viewer={viewer}>
      <Routes>
        <Route path="/reports/:year" element={<ReportPage />} />
      </Routes>
    </ViewerTestProvider>,
    { route, mocks },
  );
}

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

const realFetch = globalThis.fetch;
afterEach(() => {
  Object.assign(globalThis, { fetch: realFetch });
  localStorage.clear();
});

/** Every download answers 404 (jsdom has no Response: what the download reads of one). */
function downloadsNotFound() {
  const fetchMock = jest.fn().mockResolvedValue({
    status: 404,
    ok: false,
    headers: { get: () => 'application/json' },
    json: () => Promise.resolve({ error: 'Not found' }),
  });
  Object.assign(globalThis, { fetch: fetchMock });
  return fetchMock;
}

describe('the yearly report', () => {
  it('sets out the year in four sections with Chinese tables', async () => {
    renderReport([statsMock(countyStats(2022))]);
    expect(
      await screen.findByRole('heading', { name: '安化县2022年度离退休干部工作统计' }),
    ).toBeInTheDocument();
    for (const section of ['一、组织建设', '二、人员情况', '三、走访慰问', '四、经费使用']) {
      expect(screen.getByRole('heading', { name: section })).toBeInTheDocument();
    }
    expect(screen.getByText('统计截至 2022年12月31日')).toBeInTheDocument();

    expect(cellsOf(screen.getByRole('table', { name: '党组织情况' }))).toEqual([
      ['党总支', '7', '个'],
      ['党支部', '140', '个'],
      ['其中：省级示范支部', '3', '个'],
      ['其中：市级示范支部', '16', '个'],
      ['其中：县级示范支部', '11', '个'],
      ['老党员之家', '94', '个'],
    ]);
    const members = cellsOf(screen.getByRole('table', { name: '人员情况' }));
    expect(members[0]).toEqual(['在册人员', '5,622', '人']);
    const ages = cellsOf(screen.getByRole('table', { name: '年龄结构（在册人员）' }));
    expect(ages[3]).toEqual(['80–89岁', '1,056', '18.8%']);
    expect(ages.at(-1)).toEqual(['合计', '5,622', '100.0%']);

    const occasions = cellsOf(screen.getByRole('table', { name: '走访慰问及六个必访完成情况' }));
    expect(occasions[0]).toEqual([
      '重要节日',
      '10,268',
      '1,200',
      '1,020',
      '20',
      '10',
      '5',
      '8',
      '85.0%',
    ]);
    expect(occasions[6]).toEqual(['日常走访', '0', '—', '—', '—', '—', '—', '—', '不设必访任务']);
    expect(screen.getByText(/全年走访慰问 12,374 次/)).toBeInTheDocument();

    const money = cellsOf(screen.getByRole('table', { name: '经费预算执行情况' }));
    expect(money[0]).toEqual([
      '活动中心运行',
      '1',
      '580,000.00',
      '390,000.00',
      '390,000.00',
      '190,000.00',
      '67.2%',
    ]);
    expect(money.at(-1)?.[0]).toBe('合计');
    expect(screen.getByText(/全年经费预算 137 万元/)).toBeInTheDocument();

    expect(screen.getByRole('button', { name: /打印报告/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /下载 Excel/ })).toBeInTheDocument();
  });

  it('freezes the year after a confirmation that explains it, then says when and by whom', async () => {
    const asked: number[] = [];
    renderReport([
      statsMock(countyStats(2022)),
      freezeMock({ frozen: true }, asked),
      statsMock(countyStats(2022, { frozenAt: FROZEN_AT, frozenBy: '局办公室 李明' })),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /冻结数据/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('冻结2022年度统计数据？');
    expect(dialog).toHaveTextContent(
      '此后对人员、走访和经费记录的修改或补录，都不会再改变2022年度的统计',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: /确认冻结/ }));

    expect(
      await screen.findByText('已于 2023年1月10日 10:30 由 局办公室 李明 冻结'),
    ).toBeInTheDocument();
    expect(asked).toEqual([2022]);
    expect(screen.queryByRole('button', { name: /冻结数据/ })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal in the dialog', async () => {
    renderReport([
      statsMock(countyStats(2022)),
      freezeMock({ refused: '该年度已冻结 (the year is already frozen)' }, []),
      statsMock(countyStats(2022)),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /冻结数据/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /确认冻结/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('当前状态下不能这样操作');
    expect(within(dialog).getByRole('alert')).not.toHaveTextContent('the year is already frozen');
  });

  describe('of a city’s admin', () => {
    const CITY = testViewer('ADMIN', {
      bureau: { id: 'Bureau:430900', name: '益阳市', level: 'CITY' },
    });
    const COUNTY = { id: 'Bureau:430923', name: '安化县', level: 'COUNTY' as const };

    it('is the whole city’s, drawn up by the city', async () => {
      renderReport([statsMock(countyStats(2022))], CITY);
      expect(
        await screen.findByRole('heading', { name: '益阳市2022年度离退休干部工作统计' }),
      ).toBeInTheDocument();
      expect(screen.getByText('益阳市委老干部局')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /下载 Excel/ })).toBeEnabled();
    });

    it('offers no freeze with the city picked: a year is frozen county by county', async () => {
      const city = { id: 'Bureau:430900', name: '益阳市', level: 'CITY' as const };
      renderReport(
        [
          {
            request: { query: ScopeBureauDocument, variables: { id: city.id } },
            result: { data: { node: { __typename: 'Bureau', ...city } } },
          },
          statsMock(countyStats(2022), { ...ALL, bureauId: city.id }),
        ],
        CITY,
        `/reports/2022?bureau=${encodeURIComponent(city.id)}`,
      );
      expect(await screen.findByText(/统计范围：益阳市/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /冻结数据/ })).not.toBeInTheDocument();
    });

    it('is the county’s in the address, which it freezes and its files are drawn up for', async () => {
      const frozen: unknown[] = [];
      renderReport(
        [
          {
            request: { query: ScopeBureauDocument, variables: { id: COUNTY.id } },
            result: { data: { node: { __typename: 'Bureau', ...COUNTY } } },
          },
          statsMock(countyStats(2022), { ...ALL, bureauId: COUNTY.id }),
          {
            ...freezeMock({ frozen: true }, []),
            request: {
              query: FreezeCountyStatsDocument,
              variables: (v: object) => frozen.push(v) > 0,
            },
          },
          statsMock(countyStats(2022, { frozenAt: FROZEN_AT, frozenBy: '陈刚' }), {
            ...ALL,
            bureauId: COUNTY.id,
          }),
        ],
        CITY,
        `/reports/2022?bureau=${encodeURIComponent(COUNTY.id)}`,
      );
      expect(
        await screen.findByRole('heading', { name: '安化县2022年度离退休干部工作统计' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/统计范围：安化县/)).toBeInTheDocument();
      // The files are drawn up for the county in the address too.
      const fetchMock = downloadsNotFound();
      await userEvent.click(screen.getByRole('button', { name: /下载工作总结/ }));
      await waitFor(() => expect(fetchMock).toHaveBeenCalled());
      expect(fetchMock.mock.calls[0][0]).toBe(
        `/api/reports/2022.docx?bureau=${encodeURIComponent(COUNTY.id)}`,
      );
      await userEvent.click(screen.getByRole('button', { name: /冻结数据/ }));
      const dialog = await screen.findByRole('dialog');
      await userEvent.click(within(dialog).getByRole('button', { name: /确认冻结/ }));
      expect(await screen.findByText(/由 陈刚 冻结/)).toBeInTheDocument();
      expect(frozen).toEqual([{ year: 2022, bureauId: COUNTY.id }]);
    });
  });

  it('shows a frozen year as such, and no freeze button to a viewer', async () => {
    const viewer = testViewer('VIEWER');
    renderReport(
      [statsMock(countyStats(2022, { frozenAt: FROZEN_AT, frozenBy: '局办公室 李明' }))],
      viewer,
    );
    expect(
      await screen.findByText('已于 2023年1月10日 10:30 由 局办公室 李明 冻结'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /冻结数据/ })).not.toBeInTheDocument();
  });

  it('leaves out visits and money for a viewer who may not read them', async () => {
    const viewer = { ...testViewer('VIEWER'), permissions: ['MEMBERS_READ' as const] };
    renderReport(
      [
        statsMock(countyStats(2022, { visits: false, funding: false }), {
          year: 2022,
          withVisits: false,
          withFunding: false,
        }),
      ],
      viewer,
    );
    expect(await screen.findByText(/没有查看走访数据的权限/)).toBeInTheDocument();
    expect(screen.getByText(/没有查看经费数据的权限/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '党组织情况' })).toBeInTheDocument();
  });

  it('says so when the workbook cannot be downloaded yet', async () => {
    const fetchMock = downloadsNotFound();
    renderReport([statsMock(countyStats(2022))]);
    await userEvent.click(await screen.findByRole('button', { name: /下载 Excel/ }));
    expect(await screen.findByText(/下载服务尚未开通/)).toBeInTheDocument();
    const [path, init] = fetchMock.mock.calls[0] as [string, { headers: Headers }];
    expect(path).toBe('/api/reports/2022.xlsx');
    expect(init.headers.get('x-wanxia-csrf')).toBe('1');
  });
});
