import '../../test/resize-observer';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { renderScreen } from '../../test/render';
import { CampaignRulesEditor } from './CampaignRulesEditor';
import { EMPTY_RULE, rulesInput, type RuleRow } from './rules';

jest.setTimeout(60_000);
// A busy CI machine runs several test files at once; the form validates asynchronously.
const SLOW = { timeout: 20_000 };

function renderEditor(rules: RuleRow[]) {
  const saved: RuleRow[][] = [];
  renderScreen(
    <Form<{ rules: RuleRow[] }>
      initialValues={{ rules }}
      onFinish={(values) => saved.push(values.rules)}
    >
      <CampaignRulesEditor />
      <Button htmlType="submit">save</Button>
    </Form>,
  );
  return saved;
}

describe('the standard’s rule table', () => {
  it('edits lines in yuan, reorders them, and gives the rules in fen', async () => {
    const saved = renderEditor([{ ...EMPTY_RULE, gift: '慰问品一份', amountYuan: '300.00' }]);
    await userEvent.click(screen.getByRole('button', { name: /添加一条标准/ }));
    await userEvent.type(screen.getByLabelText('年龄 ≥（第 2 条）'), '90');
    await userEvent.type(screen.getByLabelText('礼品（第 2 条）'), '慰问金');
    await userEvent.type(screen.getByLabelText('金额（元）（第 2 条）'), '1000.5');
    // The first matching line decides: the 90+ line goes first.
    await userEvent.click(screen.getByRole('button', { name: '第 2 条上移' }));
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    expect(rulesInput(saved[0])).toEqual([
      { retirementType: null, minAge: 90, tag: null, gift: '慰问金', amountFen: 100050 },
      { retirementType: null, minAge: null, tag: null, gift: '慰问品一份', amountFen: 30000 },
    ]);
  });

  it('wants a gift on each line and at least one line', async () => {
    const saved = renderEditor([{ ...EMPTY_RULE, gift: '慰问品一份', amountYuan: '300' }]);
    await userEvent.click(screen.getByRole('button', { name: /添加一条标准/ }));
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByText('请填写礼品', {}, SLOW)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '删除第 2 条标准' }));
    await userEvent.click(screen.getByRole('button', { name: '删除第 1 条标准' }));
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByText('至少需要一条发放标准', {}, SLOW)).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
