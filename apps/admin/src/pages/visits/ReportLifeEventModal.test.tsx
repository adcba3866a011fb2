import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { chinaToday } from '@wanxia/schema';
import type { ReportLifeEventMutationVariables } from '../../gql/graphql';
import { ReportLifeEventModal } from './ReportLifeEventModal';
import { addDays } from './occasions';
import { ReportLifeEventDocument } from './queries';
import { MEMBER_ID, lifeEventRow, userErrors } from './test-fixtures';

// Ant Design's dialogs and forms render slowly in jsdom, more so on a busy machine.
jest.setTimeout(60_000);
/** The mocked server's answer, after form validation, takes a while in jsdom. */
const SLOW = { timeout: 20_000 };

const today = chinaToday();

function reportMock(
  payload: Record<string, unknown>,
  sent: ReportLifeEventMutationVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: ReportLifeEventDocument,
      variables: (variables: ReportLifeEventMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result: {
      data: {
        reportLifeEvent: {
          __typename: 'ReportLifeEventPayload',
          lifeEvent: null,
          visitTask: null,
          userErrors: [],
          ...payload,
        },
      },
    },
  };
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  const onClose = jest.fn();
  renderScreen(
    <App>
      <ReportLifeEventModal member={{ id: MEMBER_ID, name: '陈菊平' }} onClose={onClose} />
    </App>,
    { mocks },
  );
  return { onClose, dialog: screen.getByRole('dialog') };
}

const submit = (dialog: HTMLElement) =>
  userEvent.click(within(dialog).getByRole('button', { name: /报\s*告/ }));

describe('reporting a life event', () => {
  it('reports a hospital stay today and says by when the visit is due', async () => {
    const sent: ReportLifeEventMutationVariables[] = [];
    const { onClose, dialog } = renderForm([
      reportMock(
        {
          lifeEvent: lifeEventRow({ id: 'TGlmZUV2ZW50OjE', occurredOn: today, reportedOn: today }),
          visitTask: {
            __typename: 'VisitTask',
            id: 'VmlzaXRUYXNrOjk',
            occasion: 'HOSPITALIZATION',
            dueFrom: today,
            dueBy: addDays(today, 3),
          },
        },
        sent,
      ),
    ]);
    expect(within(dialog).getByRole('radio', { name: '住院' })).toBeChecked();
    expect(within(dialog).getByLabelText('发生日期')).toHaveValue(today);
    await userEvent.type(within(dialog).getByLabelText(/^就诊医院/), '县人民医院');
    await userEvent.type(within(dialog).getByLabelText(/^入院日期/), `${today}{enter}`);
    await userEvent.type(within(dialog).getByLabelText(/^情况说明/), '肺部感染，住院治疗');
    await submit(dialog);

    expect(
      await screen.findByText(
        `已报告 陈菊平 的情况，已生成“生病住院”走访任务，请于 ${addDays(today, 3)} 前走访`,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
    expect(sent).toEqual([
      {
        input: {
          memberId: MEMBER_ID,
          kind: 'HOSPITALIZED',
          occurredOn: today,
          place: '县人民医院',
          note: '肺部感染，住院治疗',
          admittedOn: today,
          dischargedOn: null,
        },
      },
    ]);
  });

  it('asks for admission and discharge only for a hospital stay', async () => {
    const sent: ReportLifeEventMutationVariables[] = [];
    const { dialog } = renderForm([reportMock({ lifeEvent: lifeEventRow({ id: 'x' }) }, sent)]);
    expect(within(dialog).getByLabelText(/^出院日期/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByText('矛盾纠纷'));
    expect(within(dialog).queryByLabelText(/^出院日期/)).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^发生地点/)).toBeInTheDocument();
    await submit(dialog);
    expect(await screen.findByText('已报告 陈菊平 的情况', {}, SLOW)).toBeInTheDocument();
    expect(sent[0].input).toMatchObject({ kind: 'DISPUTE', admittedOn: null, dischargedOn: null });
  });

  it("shows the server's objections on the fields they concern", async () => {
    const { onClose, dialog } = renderForm([
      reportMock({
        userErrors: userErrors(
          'occurredOn',
          'TOO_EARLY',
          '日期不能早于出生日期 (the date is before birth)',
        ),
      }),
    ]);
    await submit(dialog);
    expect(
      await within(dialog).findByText('日期早于所允许的最早日期', {}, SLOW),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
