import type { Browser } from 'playwright-core';
import {
  baseUrl,
  launchBrowser,
  looksRight,
  newPage,
  screenshot,
  settled,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NAME = '2027年春节慰问';
const LINE = '2027年春节慰问金';

/** Today in China, as the server counts it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The campaign made by the first test, for the next. */
let campaignUrl = '';

describe('the 2027 Spring Festival campaign, planned, approved, assigned, printed and worked', () => {
  let browser: Browser;
  let shujiBranch: { id: string; name: string };
  beforeAll(async () => {
    browser = await launchBrowser();
    // A second admin, for the four-eyes approval, and the line the campaign pays from.
    const made = await apiAs(
      'admin',
      `mutation {
        createUser(input: { username: "fujuzhang", displayName: "副局长 赵明", password: "wanxia2022", role: ADMIN }) { userErrors { code } }
        createBudget(input: { year: 2027, category: ASSISTANCE, name: "${LINE}", amountFen: 400000000 }) { userErrors { code } }
      }`,
    );
    expect(made.createUser.userErrors).toEqual([]);
    expect(made.createBudget.userErrors).toEqual([]);
    // The first group covers one branch of the secretary's: a list of a few dozen.
    const reach = await apiAs(
      'shuji',
      '{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id name memberCount } } }',
    );
    shujiBranch = reach.branches.nodes
      .filter((b: { memberCount: number }) => b.memberCount >= 30)
      .sort(
        (a: { memberCount: number }, b: { memberCount: number }) => a.memberCount - b.memberCount,
      )[0];
  });
  afterAll(() => browser.close());

  it('on a desktop, an admin plans it, assigns two groups and prints a route sheet', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: /慰问活动/ }).click();
    await page.getByRole('heading', { name: '慰问活动' }).waitFor();

    // The plan: holiday, period from today (so that it pays), the line, the standard.
    await page.getByRole('button', { name: /新建活动/ }).click();
    const form = page.getByRole('dialog', { name: '新建慰问活动' });
    await form.getByLabel('活动名称').fill(NAME);
    await form.getByLabel('年度').fill('2027');
    await form.getByPlaceholder('开始日期').click();
    await form.getByPlaceholder('开始日期').fill(chinaToday());
    await form.getByPlaceholder('结束日期').fill('2027-02-28');
    await form.getByPlaceholder('结束日期').press('Enter');
    await form.getByLabel('经费来源（预算科目）').click();
    await page.locator('.ant-select-item-option', { hasText: LINE }).click();
    await form.getByText('该科目尚可安排 ¥4,000,000.00').waitFor();

    await form.getByLabel('退休类别（第 1 条）').click();
    await page.locator('.ant-select-item-option', { hasText: '离休' }).click();
    await form.getByLabel('礼品（第 1 条）').fill('慰问金');
    await form.getByLabel('金额（元）（第 1 条）').fill('1000');
    await form.getByRole('button', { name: /添加一条标准/ }).click();
    await form.getByLabel('年龄 ≥（第 2 条）').fill('90');
    await form.getByLabel('礼品（第 2 条）').fill('慰问金、营养品');
    await form.getByLabel('金额（元）（第 2 条）').fill('800');
    await form.getByRole('button', { name: /添加一条标准/ }).click();
    await form.getByLabel('礼品（第 3 条）').fill('慰问品一份');
    await form.getByLabel('金额（元）（第 3 条）').fill('500');
    await looksRight(page, 'campaign-plan-form-desktop', { fullPage: false });
    await form.getByRole('button', { name: /保\s*存/ }).click();

    // The campaign's page: a draft its planner cannot approve.
    await page.waitForURL(/\/campaigns\/[^/]+$/);
    campaignUrl = page.url();
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.getByText('计划中').first().waitFor();
    await page.getByText('计划须由他人批准').waitFor();
    expect(await page.getByRole('button', { name: /^批\s*准$/ }).count()).toBe(0);
    await looksRight(page, 'campaign-plan-desktop');

    // Two work groups: the secretary's branch with her account, and the members in the cities.
    await page.getByRole('tab', { name: '工作组' }).click();
    await page.getByRole('button', { name: /新建工作组/ }).click();
    let group = page.getByRole('dialog', { name: '新建工作组' });
    await group.getByLabel('名称').fill('第一组');
    await group.getByLabel('组长', { exact: true }).fill('副局长 赵明');
    await group.getByLabel('组员账号').click();
    await page.locator('.ant-select-item-option', { hasText: 'shuji' }).click();
    await group.getByLabel('组员（无账号）').fill('干事 刘洋');
    await group.getByLabel('组员（无账号）').press('Enter');
    await group.getByLabel('覆盖组织').click();
    await group.getByLabel('覆盖组织').pressSequentially(shujiBranch.name);
    await page.locator('.ant-select-tree-title', { hasText: shujiBranch.name }).first().click();
    // The tree's list closes once the focus moves on.
    await group.getByLabel('名称').click();
    await page.locator('.ant-select-tree-list').waitFor({ state: 'hidden' });
    await looksRight(page, 'campaign-group-form-desktop', { fullPage: false });
    await group.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存工作组「第一组」').waitFor();

    await page.getByRole('button', { name: /新建工作组/ }).click();
    group = page.getByRole('dialog', { name: '新建工作组' });
    await group.getByLabel('名称').fill('第二组（县外）');
    await group.getByLabel('组长', { exact: true }).fill('科长 周强');
    for (const place of ['长沙市', '益阳市']) {
      await group.getByLabel('覆盖县外居住地').fill(place);
      await group.getByLabel('覆盖县外居住地').press('Enter');
    }
    await group.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存工作组「第二组（县外）」').waitFor();

    await page.getByRole('button', { name: /分配名单/ }).click();
    const assigned = page.getByText(/已分配 \d+ 人，\d+ 人未被任何工作组覆盖/);
    await assigned.waitFor();
    const [, total, uncovered] = /已分配 (\d+) 人，(\d+) 人/.exec((await assigned.textContent())!)!;
    expect(Number(total)).toBeGreaterThan(Number(uncovered));
    await looksRight(page, 'campaign-groups-desktop');

    // The uncovered are listed, never dropped.
    await page.getByRole('link', { name: '查看未覆盖名单' }).click();
    await page.getByText(`共 ${uncovered} 人`).waitFor();
    await looksRight(page, 'campaign-entries-desktop');

    // The route sheet of the first group, on A4.
    await page.getByRole('tab', { name: '工作组' }).click();
    await page
      .getByRole('row', { name: /第一组/ })
      .getByRole('link', { name: /路线单/ })
      .click();
    await page.getByRole('table', { name: '慰问路线单' }).waitFor();
    await page.getByText(/合计 \d+ 人/).waitFor();
    await looksRight(page, 'campaign-route-sheet-desktop');
    await page.emulateMedia({ media: 'print' });
    await settled(page);
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    await screenshot(page, 'campaign-route-sheet-print');
    await page.emulateMedia({ media: 'screen' });

    await page.goto(page.url().replace('/route-sheet', '/payment-sheet'));
    await page.getByText(/人民币.+/).waitFor();
    await looksRight(page, 'campaign-payment-sheet-desktop');
    expect(consoleErrors).toEqual([]);
  });

  it('a second admin approves, and the plan’s total is committed on the line', async () => {
    const before = await lineFigures();
    const second = await newPage(browser, DESKTOP);
    await signIn(second.page, 'fujuzhang');
    await second.page.goto(campaignUrl);
    await second.page.getByRole('heading', { name: NAME }).waitFor();
    await second.page.getByRole('button', { name: /^批\s*准$/ }).click();
    await second.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /批\s*准/ })
      .click();
    await second.page.getByText(/已批准，占用预算/).waitFor();
    await second.page.getByText(/^副局长 赵明.*，\d{4}年/).waitFor();
    await looksRight(second.page, 'campaign-approved-desktop');
    const after = await lineFigures();
    expect(after.committedFen - before.committedFen).toBe(after.campaign.plannedTotalFen);
    expect(second.consoleErrors).toEqual([]);
    await second.context.close();
  });

  it('on a phone, the secretary records 20 visits in one batch from 我的待办, and the line moves by what was paid', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'shuji');
    await page.waitForURL(/\/my-tasks$/);
    await page.getByText(`${NAME}：还有`).waitFor();
    await looksRight(page, 'campaign-my-tasks-phone');
    await page.getByRole('link', { name: '批量登记' }).click();

    await page.getByRole('heading', { name: '批量登记：我的慰问名单' }).waitFor();
    const cards = page.getByRole('list', { name: '批量登记：我的慰问名单' });
    await cards.getByRole('listitem').nth(19).waitFor();
    const before = await lineFigures();
    for (let i = 0; i < 20; i++)
      await cards.getByRole('listitem').nth(i).getByRole('checkbox').check();
    const submit = page.getByRole('button', { name: '记录 20 人' });
    await looksRight(page, 'campaign-record-phone', { fullPage: false });
    await submit.click();

    const dialog = page.getByRole('dialog', { name: '登记 20 人的走访' });
    await dialog.getByLabel('走访人').waitFor();
    expect(await dialog.getByLabel('走访人').inputValue()).toContain('副局长 赵明');
    await looksRight(page, 'campaign-batch-form-phone', { fullPage: false });
    await dialog.getByRole('button', { name: '记录 20 人' }).click();
    const saved = page.getByText(/已登记 20 人，发放 ¥[\d,.]+/);
    await saved.waitFor();

    // The line moved by exactly what the campaign paid, and progress shows the 20.
    const after = await lineFigures();
    const paid = after.campaign.paidFen - before.campaign.paidFen;
    expect(paid).toBeGreaterThan(0);
    expect(after.paidFen - before.paidFen).toBe(paid);
    expect(after.campaign.progress.visitedCount - before.campaign.progress.visitedCount).toBe(20);
    await page.goto(`${campaignUrl}?tab=progress`);
    await page
      .getByText(new RegExp(`已走访 ${after.campaign.progress.visitedCount} 人`))
      .first()
      .waitFor();
    await looksRight(page, 'campaign-progress-phone');
    expect(consoleErrors).toEqual([]);
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('every campaign screen on a %s', async (size, viewport) => {
    const { page, context, consoleErrors } = await newPage(browser, viewport);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/campaigns?year=2027`);
    await page.getByRole('link', { name: NAME }).waitFor();
    await looksRight(page, `campaign-list-${size}`);
    for (const tab of ['plan', 'groups', 'entries', 'progress']) {
      await page.goto(`${campaignUrl}?tab=${tab}`);
      await page.getByRole('heading', { name: NAME }).waitFor();
      await looksRight(page, `campaign-${tab}-${size}`);
    }
    const groupId = (await apiAs('admin', campaignQuery())).campaigns.nodes[0].groups[0].id;
    for (const sheet of ['record', 'route-sheet', 'payment-sheet']) {
      await page.goto(`${campaignUrl}/${sheet}?group=${encodeURIComponent(groupId)}`);
      await page.getByText('第一组').first().waitFor();
      await looksRight(page, `campaign-${sheet}-${size}`);
    }
    await page.goto(`${baseUrl()}/`);
    await page.getByText('进行中的慰问活动').waitFor();
    await looksRight(page, `campaign-dashboard-${size}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

const campaignQuery = () =>
  `{ campaigns(filter: { year: 2027 }, first: 1) { nodes {
      paidFen committedFen plannedTotalFen progress { visitedCount }
      groups { id } budget { paidFen committedFen } } } }`;

/** The campaign's and its line's figures, through the API. */
async function lineFigures() {
  const campaign = (await apiAs('admin', campaignQuery())).campaigns.nodes[0];
  return { campaign, paidFen: campaign.budget.paidFen, committedFen: campaign.budget.committedFen };
}
