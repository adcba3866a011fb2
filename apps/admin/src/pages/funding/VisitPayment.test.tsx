import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type { RecordVisitMutationVariables, Role } from '../../gql/graphql';
import { RecordVisitModal } from '../visits/RecordVisitModal';
import { RecordVisitDocument } from '../visits/queries';
import { MEMBER_ID, visitRow } from '../visits/test-fixtures';
import { FundingLinesDocument } from './queries';
import { THIS_YEAR, budgetLine, userErrors } from './test-fixtures';

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

const ASSISTANCE = budgetLine({
  id: 'QnVkZ2V0OjI',
  name: '帮扶慰问经费',
  remainingFen: 40_000,
});
const CENTRE = budgetLine({
  id: 'QnVkZ2V0OjE',
  name: '老干部活动中心运行经费',
  category: 'CENTRE_OPERATIONS',
});

const linesMock: MockLink.MockedResponse = {
  request: { query: FundingLinesDocument, variables: { filter: { year: THIS_YEAR } } },
  result: {
    data: {
      budgets: {
        __typename: 'BudgetConnection',
        totalCount: 2,
        totals: {
          __typename: 'BudgetTotals',
          count: 2,
          amountFen: 0,
          committedFen: 0,
          paidFen: 0,
          remainingFen: 0,
        },
        nodes: [CENTRE, ASSISTANCE],
      },
    },
  },
  maxUsageCount: 5,
};

function recordMock(
  payload: Record<string, unknown>,
  sent: RecordVisitMutationVariables[],
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

function renderForm(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  const onClose = jest.fn();
  renderScreen(
    <ViewerTestProvider role={role}>
      <App>
        <RecordVisitModal
          target={{ member: { id: MEMBER_ID, name: '陈菊平' }, occasion: 'HOSPITALIZATION' }}
          onClose={onClose}
        />
      </App>
    </ViewerTestProvider>,
    { mocks },
  );
  return { onClose, dialog: screen.getByRole('dialog') };
}

/** Fills the visit and a payment of `yuan` from the assistance line. */
async function fillWithPayment(dialog: HTMLElement, yuan: string) {
  await userEvent.type(within(dialog).getByLabelText('走访人'), '副局长 赵明');
  await userEvent.click(within(dialog).getByRole('checkbox', { name: '随本次走访发放慰问金' }));
  await userEvent.click(await within(dialog).findByLabelText('预算项目', {}, SLOW));
  // The assistance lines come first, each with what it has left.
  const options = await screen.findAllByRole('option', {}, SLOW);
  expect(options[0]).toHaveTextContent('帮扶慰问经费');
  await userEvent.click(await screen.findByText('余额 ¥400.00', {}, SLOW));
  await userEvent.type(within(dialog).getByLabelText('金额（元）'), yuan);
  await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
}

describe('a condolence sum paid with a visit', () => {
  // The visit form remembers the last visitors; each test starts without.
  beforeEach(() => localStorage.clear());

  it('sends the sum in exact fen with the visit and says it was paid', async () => {
    const sent: RecordVisitMutationVariables[] = [];
    const { onClose, dialog } = renderForm([
      linesMock,
      recordMock(
        {
          visit: visitRow({ id: 'VmlzaXQ6OQ', occasion: 'HOSPITALIZATION' }),
          disbursement: {
            __typename: 'Disbursement',
            id: 'RGlzYnVyc2VtZW50Ojk',
            status: 'PAID',
            amountFen: 30_030,
          },
        },
        sent,
      ),
    ]);
    await fillWithPayment(dialog, '300.3');

    expect(await screen.findByText('已向 陈菊平 发放慰问金 ¥300.30', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('已记录对 陈菊平 的走访')).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
    expect(sent[0].input.payment).toEqual({
      budgetId: ASSISTANCE.id,
      amountFen: 30_030,
      purpose: null,
    });
  });

  it('shows BUDGET_EXCEEDED on the amount, and nothing is saved', async () => {
    const sent: RecordVisitMutationVariables[] = [];
    const { onClose, dialog } = renderForm([
      linesMock,
      recordMock(
        {
          userErrors: userErrors(
            ['payment', 'amountFen'],
            'BUDGET_EXCEEDED',
            '预算余额不足：尚余 400.00 元，需 500.00 元 (the line has 400.00 yuan left, 500.00 needed)',
          ),
        },
        sent,
      ),
    ]);
    await fillWithPayment(dialog, '500');

    const amount = within(dialog).getByLabelText('金额（元）');
    const field = amount.closest('.ant-form-item')!;
    expect(
      await within(field as HTMLElement).findByText('预算余额不足', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent[0].input.payment?.amountFen).toBe(50_000);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('is not offered to those who may not pay', () => {
    const { dialog } = renderForm([], 'SECRETARY');
    expect(within(dialog).queryByText('发放慰问金')).not.toBeInTheDocument();
  });
});
