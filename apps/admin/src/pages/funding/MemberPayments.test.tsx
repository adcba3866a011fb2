import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { MemberPayments } from './MemberPayments';
import { MemberPaymentsDocument } from './queries';
import { THIS_YEAR, disbursementRow } from './test-fixtures';

const SLOW = { timeout: 20_000 };
const MEMBER_ID = 'TWVtYmVyOjIyNzM';

function paymentsMock(rows: ReturnType<typeof disbursementRow>[], paidFen: number) {
  return {
    request: { query: MemberPaymentsDocument, variables: { id: MEMBER_ID } },
    result: {
      data: {
        node: {
          __typename: 'Member',
          id: MEMBER_ID,
          payments: {
            __typename: 'DisbursementConnection',
            totalCount: rows.length,
            totals: { __typename: 'DisbursementTotals', paidFen },
            nodes: rows,
          },
        },
      },
    },
  } satisfies MockLink.MockedResponse;
}

describe('the member page’s payments tab', () => {
  it('lists what the member received, with the line, and the sum paid', async () => {
    renderScreen(<MemberPayments memberId={MEMBER_ID} />, {
      mocks: [
        paymentsMock(
          [
            disbursementRow({
              id: 'RDox',
              status: 'PAID',
              amountFen: 100_000,
              purpose: '慰问金（因病逝世）',
            }),
            disbursementRow({ id: 'RDoy', status: 'VOID', amountFen: 30_000 }),
          ],
          100_000,
        ),
      ],
    });
    const table = await screen.findByRole('table', { name: '经费发放记录' }, SLOW);
    const row = within(table).getByText('慰问金（因病逝世）').closest('tr')!;
    expect(within(row).getByText('¥1,000.00')).toBeInTheDocument();
    expect(within(row).getByText('已支付')).toBeInTheDocument();
    expect(within(row).getByText(`帮扶慰问经费（${THIS_YEAR}年）`)).toBeInTheDocument();
    expect(screen.getByText('共 2 笔，已支付合计 ¥1,000.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '在经费支出中查看' })).toHaveAttribute(
      'href',
      `/funding/disbursements?member=${MEMBER_ID}`,
    );
  });

  it('says so when nothing was paid', async () => {
    renderScreen(<MemberPayments memberId={MEMBER_ID} />, { mocks: [paymentsMock([], 0)] });
    expect(await screen.findByText('该人员尚无经费发放记录', {}, SLOW)).toBeInTheDocument();
  });
});
