import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import { LocationDisplay, currentSearchParams } from '../../test/location';
import { chinaToday } from '@wanxia/schema';
import type {
  RecordVisitMutationVariables,
  Role,
  VisitBoardTasksQueryVariables,
  VisitTaskFilter,
  WaiveVisitTaskMutationVariables,
} from '../../gql/graphql';
import VisitBoard from './VisitBoard';
import { addDays } from './occasions';
import {
  RecordVisitDocument,
  VisitBoardCountsDocument,
  VisitBoardTasksDocument,
  WaiveVisitTaskDocument,
} from './queries';
import {
  MEMBER_ID,
  countsResult,
  lifeEventRow,
  taskMember,
  taskRow,
  tasksPage,
  userErrors,
} from './test-fixtures';

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);
/** The mocked server's answer, after form validation, takes a while in jsdom. */
const SLOW = { timeout: 20_000 };

const today = chinaToday();

const OVERDUE = taskRow({
  id: 'VmlzaXRUYXNrOjE',
  occasion: 'HOSPITALIZATION',
  occurrenceKey: 'event:7',
  triggerDate: addDays(today, -10),
  dueFrom: addDays(today, -10),
  dueBy: addDays(today, -7),
  lifeEvent: lifeEventRow({ id: 'TGlmZUV2ZW50Ojc', occurredOn: addDays(today, -11) }),
});
const BIRTHDAY = taskRow({
  id: 'VmlzaXRUYXNrOjI',
  occasion: 'DECADE_BIRTHDAY',
  occurrenceKey: '2021',
  triggerDate: '2021-12-25',
  dueFrom: addDays(today, -20),
  dueBy: addDays(today, -1),
  member: taskMember({
    id: 'TWVtYmVyOjk',
    name: '王德生',
    birthDate: '1941-12-25',
    branch: { id: 'QnJhbmNoOjEx', name: '东坪镇离退休干部党支部' },
  }),
});
const THIS_WEEK = taskRow({
  id: 'VmlzaXRUYXNrOjM',
  occasion: 'HOSPITALIZATION',
  occurrenceKey: 'event:9',
  triggerDate: today,
  dueFrom: today,
  dueBy: addDays(today, 3),
  lifeEvent: lifeEventRow({ id: 'TGlmZUV2ZW50Ojk', occurredOn: today, place: '县人民医院' }),
});

/** A board answer for requests whose filter matches, recording what was asked. */
function tasksMock(
  matches: (filter: VisitTaskFilter) => boolean,
  result: ReturnType<typeof tasksPage>,
  asked: VisitBoardTasksQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: VisitBoardTasksDocument,
      variables: (variables: VisitBoardTasksQueryVariables) => {
        const ok = matches(variables.filter ?? {});
        if (ok) asked.push(variables);
        return ok;
      },
    },
    result,
  };
}

const countsMock = (overdue = 2, week = 1, upcoming = 5203): MockLink.MockedResponse => ({
  request: { query: VisitBoardCountsDocument, variables: () => true },
  result: countsResult(overdue, week, upcoming),
  maxUsageCount: 10,
});

const overdueFilter = (f: VisitTaskFilter) => f.overdue === true;
const weekFilter = (f: VisitTaskFilter) => f.dueTo === addDays(today, 6);

function renderBoard(route: string, mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  return renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <VisitBoard />
        <LocationDisplay />
      </ViewerTestProvider>
    </App>,
    { route, mocks },
  );
}

describe('the 待访 board', () => {
  it('shows the overdue tasks first, with the count of each section', async () => {
    const asked: VisitBoardTasksQueryVariables[] = [];
    renderBoard('/visits', [
      tasksMock(overdueFilter, tasksPage([OVERDUE, BIRTHDAY], 2), asked),
      countsMock(),
    ]);
    expect(await screen.findByText('王德生')).toBeInTheDocument();
    expect(asked).toEqual([{ filter: { overdue: true }, first: 20 }]);

    const hospital = screen.getByText('陈菊平').closest('tr')!;
    expect(screen.getByText('陈菊平').closest('a')).toHaveAttribute('href', `/roster/${MEMBER_ID}`);
    expect(within(hospital).getByText('安化一中离退休干部第二党支部')).toBeInTheDocument();
    expect(within(hospital).getByText('生病住院')).toBeInTheDocument();
    expect(
      within(hospital).getByText(`住院：县人民医院（${addDays(today, -11)}）`),
    ).toBeInTheDocument();
    expect(within(hospital).getByText('逾期 7 天')).toBeInTheDocument();
    const birthday = screen.getByText('王德生').closest('tr')!;
    expect(within(birthday).getByText('80 岁生日（2021-12-25）')).toBeInTheDocument();
    expect(within(birthday).getByText('逾期 1 天')).toBeInTheDocument();

    // The three sections with their counts.
    expect(await screen.findByRole('tab', { name: /即将开始\s*5203/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /已逾期\s*2/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: /本周到期\s*1/ })).toBeInTheDocument();
  });

  it('switches section and filters by occasion, keeping both in the URL', async () => {
    const asked: VisitBoardTasksQueryVariables[] = [];
    renderBoard('/visits', [
      tasksMock(overdueFilter, tasksPage([OVERDUE, BIRTHDAY], 2)),
      tasksMock((f) => weekFilter(f) && !f.occasion, tasksPage([THIS_WEEK], 1)),
      tasksMock(
        (f) => weekFilter(f) && f.occasion?.[0] === 'HOSPITALIZATION',
        tasksPage([THIS_WEEK], 1),
        asked,
      ),
      countsMock(),
    ]);
    await screen.findByText('王德生');

    await userEvent.click(screen.getByRole('tab', { name: /本周到期/ }));
    expect(await screen.findByText('还剩 3 天')).toBeInTheDocument();
    expect(screen.queryByText('王德生')).not.toBeInTheDocument();
    expect(currentSearchParams(screen.getByTestId('location')).get('section')).toBe('week');

    await userEvent.click(screen.getByLabelText('走访事由'));
    await userEvent.click(await screen.findByTitle('生病住院'));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toEqual({
      filter: {
        status: ['OPEN'],
        dueFrom: today,
        dueTo: addDays(today, 6),
        occasion: ['HOSPITALIZATION'],
      },
      first: 20,
    });
    const params = currentSearchParams(screen.getByTestId('location'));
    expect(params.get('occasion')).toBe('HOSPITALIZATION');
    expect(params.get('section')).toBe('week');
  });

  it('says what an empty section means', async () => {
    renderBoard('/visits', [tasksMock(overdueFilter, tasksPage([], 0)), countsMock(0, 0, 0)]);
    expect(await screen.findByText('没有逾期的走访任务')).toBeInTheDocument();
  });

  it('records a visit from the task in one click; the task then leaves the board', async () => {
    const sent: RecordVisitMutationVariables[] = [];
    renderBoard('/visits?section=week', [
      tasksMock(weekFilter, tasksPage([THIS_WEEK], 1)),
      countsMock(),
      {
        request: {
          query: RecordVisitDocument,
          variables: (variables: RecordVisitMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            recordVisit: {
              __typename: 'RecordVisitPayload',
              visit: {
                __typename: 'Visit',
                id: 'VmlzaXQ6MQ',
                occasion: 'HOSPITALIZATION',
                visitedOn: today,
                visitors: '局长 王某',
                place: '县人民医院',
                summary: null,
                gifts: '慰问金 500 元',
                followUpNeeded: false,
                followUpNote: null,
                late: false,
              },
              visitTask: {
                __typename: 'VisitTask',
                id: THIS_WEEK.id,
                status: 'DONE',
                doneOn: today,
                doneLate: false,
                dueBy: THIS_WEEK.dueBy,
                version: 2,
              },
              disbursement: null,
              userErrors: [],
            },
          },
        },
      },
      // The board asks again once the visit is recorded: the task is no longer open.
      tasksMock(weekFilter, tasksPage([], 0)),
    ]);
    const row = (await screen.findByText('陈菊平')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '记录走访' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('记录走访：陈菊平')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        `对应任务：住院：县人民医院（${today}），走访期限 ${today} 至 ${addDays(today, 3)}`,
      ),
    ).toBeInTheDocument();
    // The occasion comes from the task and the date defaults to today.
    expect(within(dialog).getByTitle('生病住院')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('走访日期')).toHaveValue(today);

    await userEvent.type(within(dialog).getByLabelText('走访人'), '局长 王某');
    await userEvent.type(within(dialog).getByLabelText(/^走访地点/), '县人民医院');
    await userEvent.type(within(dialog).getByLabelText(/^慰问品及慰问金/), '慰问金 500 元');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(
      await screen.findByText('已记录对 陈菊平 的走访，对应的待访任务已完成', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          memberId: MEMBER_ID,
          occasion: 'HOSPITALIZATION',
          visitedOn: today,
          visitors: '局长 王某',
          place: '县人民医院',
          gifts: '慰问金 500 元',
          summary: null,
          followUpNeeded: false,
          followUpNote: null,
          taskId: THIS_WEEK.id,
        },
      },
    ]);
    expect(await screen.findByText('本周没有到期的走访任务', {}, SLOW)).toBeInTheDocument();
  });

  it("shows the server's objections on the fields they concern", async () => {
    renderBoard('/visits?section=week', [
      tasksMock(weekFilter, tasksPage([THIS_WEEK], 1)),
      countsMock(),
      {
        request: { query: RecordVisitDocument, variables: () => true },
        result: {
          data: {
            recordVisit: {
              __typename: 'RecordVisitPayload',
              visit: null,
              visitTask: null,
              disbursement: null,
              userErrors: [
                ...userErrors(
                  'visitedOn',
                  'TOO_EARLY',
                  '日期不能早于出生日期 (the date is before birth)',
                ),
                ...userErrors(
                  'taskId',
                  'NOT_FOUND',
                  '未找到该待访任务 (open visit task not found)',
                ),
              ],
            },
          },
        },
      },
    ]);
    const row = (await screen.findByText('陈菊平')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '记录走访' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('走访人'), '支部书记 李某');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    // On the date field, in the reader's language; the task's problem above the form.
    expect(
      await within(dialog).findByText('日期早于所允许的最早日期', {}, SLOW),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('不存在或不在您的管理范围内')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('asks why before waiving a task', async () => {
    const sent: WaiveVisitTaskMutationVariables[] = [];
    renderBoard('/visits', [
      tasksMock(overdueFilter, tasksPage([OVERDUE], 1)),
      countsMock(),
      {
        request: {
          query: WaiveVisitTaskDocument,
          variables: (variables: WaiveVisitTaskMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            waiveVisitTask: {
              __typename: 'WaiveVisitTaskPayload',
              visitTask: {
                __typename: 'VisitTask',
                id: OVERDUE.id,
                status: 'WAIVED',
                waivedReason: '已出院回长沙居住',
                version: 2,
              },
              userErrors: [],
            },
          },
        },
      },
      tasksMock(overdueFilter, tasksPage([], 0)),
    ]);
    const row = (await screen.findByText('陈菊平')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '免访' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认免访' }));
    expect(await within(dialog).findByText('请填写免访原因', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('免访原因'), '已出院回长沙居住');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认免访' }));
    expect(await screen.findByText('已将 陈菊平 的任务标记为免访', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([
      { input: { taskId: OVERDUE.id, reason: '已出院回长沙居住', expectedVersion: 1 } },
    ]);
    expect(await screen.findByText('没有逾期的走访任务', {}, SLOW)).toBeInTheDocument();
  });

  it('offers no actions to those who may only read', async () => {
    renderBoard(
      '/visits',
      [tasksMock(overdueFilter, tasksPage([OVERDUE], 1)), countsMock()],
      'VIEWER',
    );
    await screen.findByText('陈菊平');
    expect(screen.queryByRole('button', { name: '记录走访' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '免访' })).not.toBeInTheDocument();
  });
});
