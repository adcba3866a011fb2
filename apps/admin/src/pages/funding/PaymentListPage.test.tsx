import '../../test/resize-observer';
import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type { DisbursementRowFragment } from '../../gql/graphql';
import PaymentListPage from './PaymentListPage';
import { PrintDisbursementsDocument } from './queries';
import { disbursementRow } from './test-fixtures';

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

function printMock(
  ids: string[],
  nodes: (DisbursementRowFragment | null)[],
): MockLink.MockedResponse {
  return {
    request: { query: PrintDisbursementsDocument, variables: { ids } },
    result: { data: { nodes } },
  };
}

function renderPrint(ids: string[], mocks: MockLink.MockedResponse[]) {
  return renderScreen(
    <ViewerTestProvider role="ADMIN">
      <PaymentListPage />
    </ViewerTestProvider>,
    { route: `/funding/print?ids=${ids.join(',')}`, mocks },
  );
}

describe('the printed payment list (经费发放表)', () => {
  it('lists the chosen payments to sign, with the total in figures and in capitals', async () => {
    const rows = [
      disbursementRow({
        id: 'RDox',
        payeeName: '陈菊平',
        purpose: '慰问金（生病住院）',
        amountFen: 10,
      }),
      disbursementRow({
        id: 'RDoy',
        payeeName: '李德明',
        purpose: '慰问金（天灾人祸）',
        amountFen: 20,
        status: 'PAID',
      }),
      disbursementRow({ id: 'RDoz', payeeName: '王桂英', status: 'VOID', amountFen: 50_000 }),
    ];
    renderPrint(
      ['RDox', 'RDoy', 'RDoz', 'RDo5'],
      [printMock(['RDox', 'RDoy', 'RDoz', 'RDo5'], [...rows, null])],
    );
    const table = await screen.findByRole('table', { name: '安化县委老干部局 经费发放表' }, SLOW);
    expect(
      screen.getByRole('heading', { name: '安化县委老干部局 经费发放表' }),
    ).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['序号', '收款人', '用途', '金额（元）', '签字']);

    // Numbered in the order chosen; the void payment is left out.
    const body = within(table).getAllByRole('row').slice(1, 3);
    expect(
      body.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '陈菊平', '慰问金（生病住院）', '0.10', ''],
      ['2', '李德明', '慰问金（天灾人祸）', '0.20', ''],
    ]);
    expect(within(table).queryByText('王桂英')).not.toBeInTheDocument();

    // 0.10 + 0.20 yuan: exactly 0.30, 叁角.
    const total = within(table).getByText('合计（2 笔）').closest('tr')!;
    expect(within(total).getByText('0.30')).toBeInTheDocument();
    expect(within(table).getByText('人民币叁角')).toBeInTheDocument();
    expect(within(table).getByText('¥0.30')).toBeInTheDocument();

    expect(screen.getByText('经费来源：帮扶慰问经费')).toBeInTheDocument();
    for (const role of ['经办人：', '审核人：', '负责人：']) {
      expect(screen.getByText(role)).toBeInTheDocument();
    }
    expect(
      screen.getByText('1 笔支出未找到或不在您的管理范围内；1 笔已作废，未列入'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /打\s*印/ })).toBeEnabled();
  });

  it('writes a large total in capitals as on a voucher', async () => {
    const rows = [
      disbursementRow({ id: 'RDox', payeeName: '东坪镇离退休干部党总支', amountFen: 1_000_000 }),
      disbursementRow({ id: 'RDoy', payeeName: '国网安化县供电公司', amountFen: 234_567 }),
    ];
    renderPrint(['RDox', 'RDoy'], [printMock(['RDox', 'RDoy'], rows)]);
    const table = await screen.findByRole('table', {}, SLOW);
    expect(within(table).getByText('12,345.67')).toBeInTheDocument();
    expect(within(table).getByText('人民币壹万贰仟叁佰肆拾伍元陆角柒分')).toBeInTheDocument();
  });

  it('says what to do when nothing was chosen', async () => {
    renderPrint([], []);
    expect(
      await screen.findByText('未选择支出：请在“经费支出”中勾选后打印', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /打\s*印/ })).toBeDisabled();
  });
});
