import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import { chinaToday } from '@wanxia/schema';
import type { Role } from '../../gql/graphql';
import { MemberVisits } from './MemberVisits';
import { addDays } from './occasions';
import { MemberVisitsDocument } from './queries';
import { MEMBER_ID, lifeEventRow, taskRow, visitRow } from './test-fixtures';

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);

const today = chinaToday();

const TASKS = [
  taskRow({
    id: 't-done',
    occurrenceKey: 'DOUBLE_NINTH:2025',
    dueFrom: '2025-09-29',
    dueBy: '2025-10-29',
    status: 'DONE',
    doneOn: '2025-11-02',
    doneLate: true,
  }),
  taskRow({
    id: 't-waived',
    occurrenceKey: 'SPRING_FESTIVAL:2026',
    dueFrom: '2026-01-18',
    dueBy: '2026-02-17',
    status: 'WAIVED',
    waivedReason: '春节期间在长沙女儿家',
  }),
  taskRow({ id: 't-later', dueFrom: addDays(today, 30), dueBy: addDays(today, 60) }),
  taskRow({
    id: 't-overdue',
    occasion: 'HOSPITALIZATION',
    occurrenceKey: 'event:3',
    dueFrom: addDays(today, -6),
    dueBy: addDays(today, -3),
    lifeEvent: lifeEventRow({ id: 'e3', occurredOn: addDays(today, -6) }),
  }),
];

const visitsMock: MockLink.MockedResponse = {
  request: { query: MemberVisitsDocument, variables: { id: MEMBER_ID } },
  result: {
    data: {
      node: {
        __typename: 'Member',
        id: MEMBER_ID,
        visitTasks: { __typename: 'VisitTaskConnection', totalCount: 4, nodes: TASKS },
        visits: {
          __typename: 'VisitConnection',
          totalCount: 1,
          nodes: [
            visitRow({
              id: 'v1',
              occasion: 'HOLIDAY',
              visitedOn: '2025-11-02',
              late: true,
              gifts: '慰问金 500 元',
              followUpNeeded: true,
              followUpNote: '协调社区送餐',
            }),
          ],
        },
        lifeEvents: {
          __typename: 'LifeEventConnection',
          totalCount: 1,
          nodes: [lifeEventRow({ id: 'e3', occurredOn: addDays(today, -6), dischargedOn: null })],
        },
      },
    },
  },
};

function renderTab(role: Role = 'ADMIN', status: 'ACTIVE' | 'DECEASED' = 'ACTIVE') {
  const onReport = jest.fn();
  renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <MemberVisits member={{ id: MEMBER_ID, name: '陈菊平', status }} onReport={onReport} />
      </ViewerTestProvider>
    </App>,
    { mocks: [visitsMock] },
  );
  return { onReport };
}

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe("the member page's visit tab", () => {
  it('lists the open tasks first, soonest due first, with the overdue one in red', async () => {
    renderTab();
    await screen.findByText('走访任务');
    const rows = screen
      .getAllByRole('row')
      .filter((r) => r.closest('table')?.textContent?.includes('走访期限'));
    const windows = rows.slice(1).map((r) => within(r).queryByText(/ 至 /)?.textContent);
    expect(windows).toEqual([
      `${addDays(today, -6)} 至 ${addDays(today, -3)}`,
      `${addDays(today, 30)} 至 ${addDays(today, 60)}`,
      '2026-01-18 至 2026-02-17',
      '2025-09-29 至 2025-10-29',
    ]);
    expect(
      within(rowOf(`住院：县人民医院（${addDays(today, -6)}）`)).getByText('已逾期'),
    ).toBeInTheDocument();
    const done = rowOf('2025年重阳节');
    expect(within(done).getByText('已访')).toBeInTheDocument();
    expect(within(done).getByText('2025-11-02 已访')).toBeInTheDocument();
    expect(within(done).getByText('逾期完成')).toBeInTheDocument();
    const waived = rowOf('2026年春节');
    expect(within(waived).getByText('免访')).toBeInTheDocument();
    expect(within(waived).getByText('春节期间在长沙女儿家')).toBeInTheDocument();
    // Only tasks still owed can be visited or waived.
    expect(within(waived).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /记录走访/ })).toHaveLength(3);
  });

  it('shows the visits made and the events reported', async () => {
    renderTab();
    const visit = (await screen.findByText('慰问金 500 元')).closest('tr')!;
    expect(within(visit).getByText('局长 王某')).toBeInTheDocument();
    expect(within(visit).getByText('身体尚好，精神不错')).toBeInTheDocument();
    expect(within(visit).getByText('地点：家中')).toBeInTheDocument();
    expect(within(visit).getByText('需跟进')).toBeInTheDocument();
    expect(within(visit).getByText('协调社区送餐')).toBeInTheDocument();
    expect(within(visit).getByText('逾期完成')).toBeInTheDocument();
    const event = screen.getByText(`${addDays(today, -6)}`, { selector: 'td' }).closest('tr')!;
    expect(within(event).getByText('住院')).toBeInTheDocument();
    expect(within(event).getByText('县人民医院')).toBeInTheDocument();
  });

  it('records a visit for a task from its row, with the task named', async () => {
    renderTab();
    const row = (await screen.findByText(`住院：县人民医院（${addDays(today, -6)}）`)).closest(
      'tr',
    )!;
    await userEvent.click(within(row).getByRole('button', { name: '记录走访' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/^对应任务：住院：县人民医院/)).toBeInTheDocument();
    expect(within(dialog).getByTitle('生病住院')).toBeInTheDocument();
  });

  it('offers to report an event for a current member', async () => {
    const { onReport } = renderTab();
    await screen.findByText('走访任务');
    await userEvent.click(screen.getByRole('button', { name: /报告情况/ }));
    expect(onReport).toHaveBeenCalled();
  });

  it('offers the family visit for a deceased member, and no report', async () => {
    renderTab('ADMIN', 'DECEASED');
    await screen.findByText('走访任务');
    expect(screen.queryByRole('button', { name: /报告情况/ })).not.toBeInTheDocument();
    const record = screen.getAllByRole('button', { name: /记录走访/ })[0];
    await userEvent.click(record);
    expect(within(await screen.findByRole('dialog')).getByTitle('因病逝世')).toBeInTheDocument();
  });

  it('offers no actions to those who may only read', async () => {
    renderTab('VIEWER');
    await screen.findByText('走访任务');
    expect(
      screen.queryByRole('button', { name: /记录走访|报告情况|免访/ }),
    ).not.toBeInTheDocument();
  });
});
