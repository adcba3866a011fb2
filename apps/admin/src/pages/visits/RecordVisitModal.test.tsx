import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider, testViewer } from '../../test/viewer';
import { lastVisitors, rememberVisitors } from './last-visitors';
import { chinaToday } from '@wanxia/schema';
import type { RecordVisitMutationVariables } from '../../gql/graphql';
import { RecordVisitModal, type RecordTarget } from './RecordVisitModal';
import { addDays } from './occasions';
import { RecordVisitDocument } from './queries';
import { MEMBER_ID, taskRow, userErrors, visitRow } from './test-fixtures';

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);
/** The mocked server's answer, after form validation, takes a while in jsdom. */
const SLOW = { timeout: 20_000 };

const today = chinaToday();
const MEMBER = { id: MEMBER_ID, name: '陈菊平' };

function recordMock(
  payload: Record<string, unknown>,
  sent: RecordVisitMutationVariables[] = [],
): MockLink.MockedResponse {
  return {
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
          visit: null,
          visitTask: null,
          disbursement: null,
          userErrors: [],
          ...payload,
        },
      },
    },
  };
}

function renderForm(target: RecordTarget, mocks: MockLink.MockedResponse[]) {
  const onClose = jest.fn();
  renderScreen(
    // A secretary records visits but pays nothing: the funding section is not offered.
    <ViewerTestProvider role="SECRETARY">
      <App>
        <RecordVisitModal target={target} onClose={onClose} />
      </App>
    </ViewerTestProvider>,
    { mocks },
  );
  return { onClose, dialog: screen.getByRole('dialog') };
}

describe('recording a visit', () => {
  // The form remembers each person's last visitors in this browser.
  beforeEach(() => localStorage.clear());

  it('records a routine visit with a follow-up, today unless said otherwise', async () => {
    const sent: RecordVisitMutationVariables[] = [];
    const { onClose, dialog } = renderForm({ member: MEMBER, occasion: 'ROUTINE' }, [
      recordMock(
        {
          visit: visitRow({
            id: 'VmlzaXQ6Mg',
            followUpNeeded: true,
            followUpNote: '联系社区协助申请居家养老服务',
          }),
        },
        sent,
      ),
    ]);
    expect(within(dialog).getByTitle('日常走访')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('走访日期')).toHaveValue(today);

    await userEvent.type(within(dialog).getByLabelText('走访人'), '  支部书记 李某 ');
    await userEvent.type(within(dialog).getByLabelText(/^走访情况/), '身体尚好，独居，行动不便');
    await userEvent.click(within(dialog).getByRole('switch'));
    await userEvent.type(
      await within(dialog).findByLabelText(/^跟进事项/),
      '联系社区协助申请居家养老服务',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已记录对 陈菊平 的走访', {}, SLOW)).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
    // The next visit form of this person starts with the same visitors.
    expect(lastVisitors(testViewer('SECRETARY').user!.id)).toEqual(['支部书记 李某']);
    expect(sent).toEqual([
      {
        input: {
          memberId: MEMBER_ID,
          occasion: 'ROUTINE',
          visitedOn: today,
          visitors: '支部书记 李某',
          place: null,
          gifts: null,
          summary: '身体尚好，独居，行动不便',
          followUpNeeded: true,
          followUpNote: '联系社区协助申请居家养老服务',
          taskId: null,
        },
      },
    ]);
  });

  it('starts with the visitors this person wrote last', async () => {
    rememberVisitors(testViewer('SECRETARY').user!.id, '副局长 赵明');
    const { dialog } = renderForm({ member: MEMBER, occasion: 'ROUTINE' }, []);
    expect(within(dialog).getByLabelText('走访人')).toHaveValue('副局长 赵明');
  });

  it('will not send without the visitors, and offers no date in the future', async () => {
    const sent: RecordVisitMutationVariables[] = [];
    const { dialog } = renderForm({ member: MEMBER, occasion: 'ROUTINE' }, [recordMock({}, sent)]);
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请填写走访人', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.click(within(dialog).getByLabelText('走访日期'));
    const tomorrow = await screen.findByTitle(addDays(today, 1));
    expect(tomorrow).toHaveClass('ant-picker-cell-disabled');
    expect(screen.getByTitle(today)).not.toHaveClass('ant-picker-cell-disabled');
  });

  it('says so when the visit came after the window and counts as late', async () => {
    const task = taskRow({
      id: 'VmlzaXRUYXNrOjU',
      occasion: 'DECADE_BIRTHDAY',
      occurrenceKey: '2026',
      triggerDate: addDays(today, -20),
      dueFrom: addDays(today, -27),
      dueBy: addDays(today, -13),
    });
    const { dialog } = renderForm({ member: MEMBER, occasion: task.occasion, task }, [
      recordMock({
        visit: visitRow({ id: 'VmlzaXQ6Mw', occasion: 'DECADE_BIRTHDAY', late: true }),
        visitTask: {
          __typename: 'VisitTask',
          id: task.id,
          status: 'DONE',
          doneOn: today,
          doneLate: true,
          dueBy: task.dueBy,
          version: 2,
        },
      }),
    ]);
    await userEvent.type(within(dialog).getByLabelText('走访人'), '局长 王某');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(
      await screen.findByText(
        `已记录对 陈菊平 的走访；已超过期限（${task.dueBy}），记为逾期完成`,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
  });

  it('warns before saving a visit dated before the task’s window opens', async () => {
    const task = taskRow({
      id: 'VmlzaXRUYXNrOjY',
      occasion: 'DECADE_BIRTHDAY',
      occurrenceKey: '2026',
      triggerDate: addDays(today, 14),
      dueFrom: addDays(today, 7),
      dueBy: addDays(today, 21),
    });
    const { dialog } = renderForm({ member: MEMBER, occasion: task.occasion, task }, []);
    expect(
      await within(dialog).findByText(
        `早于走访期限（${task.dueFrom} 起）：保存后仍将完成此任务，请核对走访日期`,
      ),
    ).toBeInTheDocument();
  });

  it('shows a refusal for the member above the form, in the reader’s language', async () => {
    const { onClose, dialog } = renderForm({ member: MEMBER, occasion: 'HOLIDAY' }, [
      recordMock({
        userErrors: userErrors(
          'memberId',
          'NOT_CURRENT',
          '该人员已不在册 (no longer on the roster)',
        ),
      }),
    ]);
    await userEvent.type(within(dialog).getByLabelText('走访人'), '局长 王某');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent('该人员已不在册');
    expect(onClose).not.toHaveBeenCalled();
  });
});
