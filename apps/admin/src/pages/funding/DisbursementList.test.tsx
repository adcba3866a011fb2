import '../../test/resize-observer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { LocationDisplay } from '../../test/location';
import { ViewerTestProvider } from '../../test/viewer';
import type {
  DisbursementRowFragment,
  FundingApproveDisbursementMutationVariables,
  FundingCreateDisbursementMutationVariables,
  FundingDisbursementsQueryVariables,
  FundingPayDisbursementMutationVariables,
  FundingVoidDisbursementMutationVariables,
  Role,
} from '../../gql/graphql';
import DisbursementList from './DisbursementList';
import {
  ApproveDisbursementDocument,
  CreateDisbursementDocument,
  FundingDisbursementsDocument,
  FundingLinesDocument,
  PayDisbursementDocument,
  VoidDisbursementDocument,
} from './queries';
import { THIS_YEAR, budgetLine, disbursementRow, userErrors } from './test-fixtures';

jest.setTimeout(60_000);
// The mocked answers and Ant Design's rendering take a while in jsdom on a busy machine.
const SLOW = { timeout: 20_000 };

const DRAFT = disbursementRow({ id: 'RDox', purpose: '慰问金（生病住院）', amountFen: 10 });
const APPROVED = disbursementRow({
  id: 'RDoy',
  payeeName: '李德明',
  member: { __typename: 'Member', id: 'TWVtYmVyOjU', name: '李德明' },
  purpose: '慰问金（天灾人祸）',
  amountFen: 20,
  status: 'APPROVED',
  approvedBy: '局长 刘建华',
  approvedAt: `${THIS_YEAR}-11-19T07:00:00.000Z`,
  version: 2,
});
const BILL = disbursementRow({
  id: 'RDoz',
  payeeKind: 'OTHER',
  payeeName: '国网安化县供电公司',
  member: null,
  purpose: '活动中心电费（10月）',
  amountFen: 1_612_300,
  status: 'PAID',
  approvedBy: '局长 刘建华',
  approvedAt: `${THIS_YEAR}-10-24T07:00:00.000Z`,
  paidBy: '局办公室 刘会计',
  paidAt: `${THIS_YEAR}-10-25T02:00:00.000Z`,
  budget: {
    __typename: 'Budget',
    id: 'QnVkZ2V0OjE',
    name: '老干部活动中心运行经费',
    year: THIS_YEAR,
    category: 'CENTRE_OPERATIONS',
  },
});
const VOIDED = disbursementRow({
  id: 'RDo0',
  payeeName: '王桂英',
  purpose: '慰问金（因病逝世）',
  status: 'VOID',
  voidReason: '重复录入',
  voidedBy: '局办公室 刘会计',
  voidedAt: `${THIS_YEAR}-11-02T03:00:00.000Z`,
});
const ROWS = [DRAFT, APPROVED, BILL, VOIDED];

function listMock(
  rows: DisbursementRowFragment[],
  asked: FundingDisbursementsQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: FundingDisbursementsDocument,
      variables: (variables: FundingDisbursementsQueryVariables) => {
        asked.push(variables);
        return true;
      },
    },
    result: {
      data: {
        disbursements: {
          __typename: 'DisbursementConnection',
          totalCount: rows.length,
          totals: {
            __typename: 'DisbursementTotals',
            count: rows.length,
            amountFen: rows.reduce((s, r) => s + r.amountFen, 0),
            committedFen: rows
              .filter((r) => r.status === 'APPROVED' || r.status === 'PAID')
              .reduce((s, r) => s + r.amountFen, 0),
            paidFen: rows.filter((r) => r.status === 'PAID').reduce((s, r) => s + r.amountFen, 0),
          },
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: 'c1',
            endCursor: 'c4',
          },
          nodes: rows,
        },
        fundingSettings: { __typename: 'FundingSettings', allowSelfApproval: false },
      },
    },
    maxUsageCount: 10,
  };
}

const linesMock: MockLink.MockedResponse = {
  request: { query: FundingLinesDocument, variables: () => true },
  result: {
    data: {
      budgets: {
        __typename: 'BudgetConnection',
        totalCount: 1,
        totals: {
          __typename: 'BudgetTotals',
          count: 1,
          amountFen: 30_000_000,
          committedFen: 0,
          paidFen: 0,
          remainingFen: 30_000_000,
        },
        nodes: [budgetLine({ id: 'QnVkZ2V0OjI', name: '帮扶慰问经费' })],
      },
    },
  },
  maxUsageCount: 10,
};

/** A mutation answered once, recording the variables it was sent with. */
function mutationMock<V>(
  query: MockLink.MockedResponse['request']['query'],
  field: string,
  payload: Record<string, unknown>,
  sent: V[],
): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: V) => {
        sent.push(variables);
        return true;
      },
    },
    result: {
      data: {
        [field]: {
          __typename: 'DisbursementPayload',
          disbursement: null,
          userErrors: [],
          ...payload,
        },
      },
    },
  };
}

function renderList(
  mocks: MockLink.MockedResponse[],
  { role = 'ADMIN', route = '/funding/disbursements' }: { role?: Role; route?: string } = {},
) {
  return renderScreen(
    <App>
      <ViewerTestProvider role={role}>
        <DisbursementList />
        <LocationDisplay />
      </ViewerTestProvider>
    </App>,
    { route, mocks },
  );
}

const rowOf = async (text: string) =>
  (await screen.findByText(text, {}, SLOW)).closest('tr') as HTMLElement;

describe('the payments list', () => {
  it('shows each payment with its state, payee, line and trail, and the sums of all that match', async () => {
    const asked: FundingDisbursementsQueryVariables[] = [];
    renderList([listMock(ROWS, asked), linesMock], {
      route: `/funding/disbursements?year=${THIS_YEAR}&status=PAID`,
    });
    const bill = await rowOf('活动中心电费（10月）');
    expect(within(bill).getByText('已支付')).toBeInTheDocument();
    expect(within(bill).getByText('国网安化县供电公司')).toBeInTheDocument();
    expect(within(bill).getByText('其他单位/个人')).toBeInTheDocument();
    expect(within(bill).getByText('老干部活动中心运行经费')).toBeInTheDocument();
    expect(within(bill).getByText('¥16,123.00')).toBeInTheDocument();
    expect(within(bill).getByText('批准：局长 刘建华')).toBeInTheDocument();
    expect(within(bill).getByText('支付：局办公室 刘会计')).toBeInTheDocument();

    // A member payee links to the member; a void one keeps its reason.
    const draft = await rowOf('慰问金（生病住院）');
    expect(within(draft).getByRole('link', { name: '陈菊平' })).toHaveAttribute(
      'href',
      '/roster/TWVtYmVyOjIyNzM',
    );
    expect(within(await rowOf('王桂英')).getByText('重复录入')).toBeInTheDocument();

    expect(
      screen.getByText(
        '符合条件共 4 笔，合计 ¥16,623.30（含作废）；其中已批准及已支付 ¥16,123.20，已支付 ¥16,123.00',
      ),
    ).toBeInTheDocument();
    // The filters came from the URL.
    expect(asked[0]).toEqual({ filter: { year: THIS_YEAR, status: ['PAID'] }, first: 20 });
  });

  it('offers what each state allows: 批准 a draft, 支付 an approved one, 作废 any not void', async () => {
    renderList([listMock(ROWS), linesMock]);
    const actions = async (text: string) =>
      within(await rowOf(text))
        .queryAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, ''));
    expect(await actions('慰问金（生病住院）')).toEqual(['批准', '作废']);
    expect(await actions('慰问金（天灾人祸）')).toEqual(['支付', '作废']);
    expect(await actions('活动中心电费（10月）')).toEqual(['作废']);
    expect(await actions('王桂英')).toEqual([]);
  });

  it('does not offer 批准 on one’s own drafts, and says why', async () => {
    renderList([listMock([{ ...DRAFT, createdBy: '测试ADMIN' }, APPROVED])]);
    const own = within(await rowOf('慰问金（生病住院）')).getByRole('button', { name: '批准' });
    expect(own).toBeDisabled();
    await userEvent.hover(own);
    expect(
      await screen.findByText('不能批准本人登记的支出，请由他人审批', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('asks before approving, and says why the server refused (不能批准自己创建的支出)', async () => {
    const sent: FundingApproveDisbursementMutationVariables[] = [];
    renderList([
      listMock(ROWS),
      mutationMock(
        ApproveDisbursementDocument,
        'approveDisbursement',
        {
          userErrors: userErrors(
            ['id'],
            'SELF_APPROVAL',
            '不能批准自己创建的支出，请由他人审批 (someone other than its creator must approve it)',
          ),
        },
        sent,
      ),
    ]);
    await userEvent.click(
      within(await rowOf('慰问金（生病住院）')).getByRole('button', { name: '批准' }),
    );
    const confirm = await screen.findByRole('dialog', {}, SLOW);
    expect(confirm).toHaveTextContent('批准向 陈菊平 支出 ¥0.10？');
    await userEvent.click(within(confirm).getByRole('button', { name: /批\s*准/ }));

    expect(
      await screen.findByText('不能批准自己创建的支出，请由他人审批', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ input: { id: DRAFT.id, expectedVersion: 1 } }]);
  });

  it('pays an approved payment after confirmation', async () => {
    const sent: FundingPayDisbursementMutationVariables[] = [];
    renderList([
      listMock(ROWS),
      mutationMock(
        PayDisbursementDocument,
        'payDisbursement',
        { disbursement: { ...APPROVED, status: 'PAID', version: 3 } },
        sent,
      ),
      listMock(ROWS),
    ]);
    await userEvent.click(
      within(await rowOf('慰问金（天灾人祸）')).getByRole('button', { name: '支付' }),
    );
    const confirm = await screen.findByRole('dialog', {}, SLOW);
    expect(confirm).toHaveTextContent('确认已向 李德明 支付 ¥0.20？');
    await userEvent.click(within(confirm).getByRole('button', { name: /支\s*付/ }));
    expect(await screen.findByText('已支付：李德明 ¥0.20', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([{ input: { id: APPROVED.id, expectedVersion: 2 } }]);
  });

  it('voids only with a reason', async () => {
    const sent: FundingVoidDisbursementMutationVariables[] = [];
    renderList([
      listMock(ROWS),
      mutationMock(
        VoidDisbursementDocument,
        'voidDisbursement',
        {
          disbursement: {
            ...BILL,
            status: 'VOID',
            voidReason: '收款单位有误',
            voidedBy: '局办公室 刘会计',
            voidedAt: `${THIS_YEAR}-11-28T03:00:00.000Z`,
            version: 4,
          },
        },
        sent,
      ),
      listMock(ROWS),
    ]);
    await userEvent.click(
      within(await rowOf('活动中心电费（10月）')).getByRole('button', { name: '作废' }),
    );
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    expect(
      within(dialog).getByText('作废后，该笔金额退回“老干部活动中心运行经费”的预算余额'),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /作\s*废/ }));
    expect(await within(dialog).findByText('请填写作废原因', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('作废原因'), ' 收款单位有误 ');
    await userEvent.click(within(dialog).getByRole('button', { name: /作\s*废/ }));
    expect(
      await screen.findByText('已作废：国网安化县供电公司 ¥16,123.00', {}, SLOW),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ input: { id: BILL.id, expectedVersion: 1, reason: '收款单位有误' } }]);
  });

  it('adds up the chosen payments exactly (0.10 + 0.20 = 0.30) and prints them', async () => {
    renderList([listMock(ROWS)]);
    await userEvent.click(
      within(await rowOf('慰问金（生病住院）')).getByRole('checkbox', { name: '选择 陈菊平' }),
    );
    await userEvent.click(
      within(await rowOf('慰问金（天灾人祸）')).getByRole('checkbox', { name: '选择 李德明' }),
    );
    expect(screen.getByText('已选 2 笔，合计 ¥0.30')).toBeInTheDocument();
    // A void payment cannot be chosen: it is not handed over.
    expect(within(await rowOf('王桂英')).getByRole('checkbox')).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: /打印发放表/ }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      `/funding/print?ids=${DRAFT.id}%2C${APPROVED.id}`,
    );

    // The whole page at once, void ones left out.
    await userEvent.click(screen.getByRole('button', { name: '清除选择' }));
    await userEvent.click(screen.getByRole('button', { name: '选择本页' }));
    expect(screen.getByText('已选 3 笔，合计 ¥16,123.30')).toBeInTheDocument();
  });

  it('registers a payment as a draft, the yuan typed read as exact fen', async () => {
    const sent: FundingCreateDisbursementMutationVariables[] = [];
    renderList([
      listMock(ROWS),
      linesMock,
      mutationMock(
        CreateDisbursementDocument,
        'createDisbursement',
        {
          disbursement: disbursementRow({
            id: 'RDo1',
            payeeKind: 'OTHER',
            payeeName: '安化县邮政分公司',
            member: null,
            amountFen: 30,
          }),
        },
        sent,
      ),
      listMock(ROWS),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /登记支出/ }, SLOW));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    await userEvent.click(within(dialog).getAllByLabelText('预算项目')[0]);
    await userEvent.click(await screen.findByText('余额 ¥300,000.00', {}, SLOW));
    await userEvent.type(within(dialog).getByLabelText('金额（元）'), '0.3');
    await userEvent.type(within(dialog).getByLabelText(/^用途/), '报刊订阅');
    await userEvent.click(within(dialog).getByLabelText('其他单位/个人'));
    await userEvent.type(
      await within(dialog).findByLabelText(/^收款单位或个人/),
      '安化县邮政分公司',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(
      await screen.findByText('已登记支出（草稿）：安化县邮政分公司 ¥0.30，待他人批准', {}, SLOW),
    ).toBeInTheDocument();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].input).toEqual({
      budgetId: 'QnVkZ2V0OjI',
      amountFen: 30,
      purpose: '报刊订阅',
      payeeKind: 'OTHER',
      memberId: null,
      branchId: null,
      payeeName: '安化县邮政分公司',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      note: null,
    });
  });

  it('lets viewers read and print, but not change anything', async () => {
    renderList([listMock(ROWS)], { role: 'VIEWER' });
    const draft = await rowOf('慰问金（生病住院）');
    expect(within(draft).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('button', { name: /登记支出/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /打印发放表/ })).toBeDisabled();
  });
});
