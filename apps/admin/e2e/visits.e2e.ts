import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  settled,
  signIn,
} from './support/browser';

/** Chooses an option of an Ant Design select by its label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** Chooses a branch in the branch picker, typing its name as a person would. */
async function chooseBranch(page: Page, name: string) {
  const picker = page.getByLabel('党组织', { exact: true });
  await picker.click();
  // The tree loads on first use; search once it is there.
  await page.locator('.ant-select-tree-title').first().waitFor();
  await picker.pressSequentially(name);
  await page.locator('.ant-select-tree-title', { hasText: name }).first().click();
  await page.waitForURL(/branch=/);
}

/** A count of the coverage page's totals for a year (e.g. 按时完成), as the page shows it. */
async function coverageFigure(page: Page, year: string, title: string): Promise<number> {
  await page.goto(`${baseUrl()}/visits/coverage?year=${year}`);
  const figure = page
    .locator('.ant-statistic', {
      has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }),
    })
    .first();
  await figure.waitFor();
  await settled(page);
  const text = await figure.locator('.ant-statistic-content-value').textContent();
  return Number(text!.replace(/\D/g, ''));
}

describe('visits', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('reports a hospital stay, records the visit from the board, and sees it on the member page', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    const today = chinaToday();
    const hospital = '县人民医院心内科';
    await signIn(page, 'admin');

    // A member from the roster.
    await page.goto(`${baseUrl()}/roster`);
    const first = page.locator('.ant-table-row').first().getByRole('link').first();
    await first.waitFor();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { name }).first().waitFor();
    const memberUrl = page.url();
    const branch = (await page
      .locator('.ant-descriptions-item-label', { hasText: /^所在党支部$/ })
      .locator('xpath=following-sibling::*[1]')
      .first()
      .textContent())!.trim();

    // Report a hospital stay today: the visit it obliges is due within days.
    await page
      .getByRole('button', { name: /报告情况/ })
      .first()
      .click();
    const report = page.getByRole('dialog', { name: `报告情况：${name}` });
    await report.getByLabel('就诊医院').fill(hospital);
    await report.getByLabel('情况说明').fill('突发心绞痛入院观察');
    await report.getByRole('button', { name: /报\s*告/ }).click();
    const created = page.getByText(/已生成“生病住院”走访任务，请于 \d{4}-\d{2}-\d{2} 前走访/);
    await created.waitFor();
    // Coverage counts a task in the year its window closes.
    const dueYear = /(\d{4})-\d{2}-\d{2}/.exec((await created.textContent())!)![1];
    const before = {
      tasks: await coverageFigure(page, dueYear, '应访任务'),
      onTime: await coverageFigure(page, dueYear, '按时完成'),
    };
    await page.goto(memberUrl);

    // The board, through the menu, narrowed to hospital stays in the member's branch.
    await page.getByRole('menuitem', { name: /待访任务/ }).click();
    await page.waitForURL(/\/visits/);
    await choose(page, '走访事由', '生病住院');
    await chooseBranch(page, branch);
    await page.getByRole('tab', { name: /本周到期/ }).click();
    await page.waitForURL(/section=week/);
    const purpose = `住院：${hospital}（${today}）`;
    const row = page.locator('.ant-table-row', { hasText: purpose }).filter({ hasText: name });
    await row.waitFor();
    await settled(page);
    await screenshot(page, '20-visits-board');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Record the visit from the task's row.
    await row.getByRole('button', { name: '记录走访' }).click();
    const form = page.getByRole('dialog', { name: `记录走访：${name}` });
    await form.getByText(`对应任务：${purpose}`, { exact: false }).waitFor();
    await form.getByLabel('走访人').fill('副局长 赵明、支部书记 李红');
    await form.getByLabel('走访地点').fill('县人民医院住院部');
    await form.getByLabel('走访情况').fill('到医院看望，病情稳定，叮嘱安心养病');
    await form.getByLabel('慰问品及慰问金').fill('水果、牛奶');
    await screenshot(page, '21-visit-record');
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已记录对 ${name} 的走访，对应的待访任务已完成`).waitFor();
    await row.waitFor({ state: 'detached' });

    // No longer owed: in no open section of the board.
    for (const [section, url] of [
      ['已逾期', (u: URL) => !u.searchParams.has('section')],
      ['即将开始', (u: URL) => u.searchParams.get('section') === 'upcoming'],
    ] as const) {
      await page.getByRole('tab', { name: new RegExp(section) }).click();
      await page.waitForURL(url);
      await page.getByRole('tab', { name: new RegExp(section), selected: true }).waitFor();
      await settled(page);
      expect(await page.locator('.ant-table-row', { hasText: purpose }).count()).toBe(0);
    }

    // Coverage moves: one more task kept on time.
    expect(await coverageFigure(page, dueYear, '按时完成')).toBe(before.onTime + 1);
    expect(await coverageFigure(page, dueYear, '应访任务')).toBe(before.tasks);
    await screenshot(page, '23-coverage-after-visit');

    // On the member page: the task visited, the visit and the event in their lists.
    await page.goto(memberUrl);
    await page.getByRole('tab', { name: '走访记录' }).click();
    const task = page.locator('.ant-table-row', { hasText: purpose });
    await task.getByText('已访', { exact: true }).waitFor();
    await task.getByText(`${today} 已访`).waitFor();
    await page
      .locator('.ant-table-row', { hasText: '副局长 赵明、支部书记 李红' })
      .first()
      .waitFor();
    await page.locator('.ant-table-row', { hasText: '突发心绞痛入院观察' }).waitFor();
    await settled(page);
    await screenshot(page, '22-member-visits');
    expect(await accessibilityProblems(page)).toEqual([]);

    // 走访记录, through the menu: the member found by name, the visit at the top with today's date.
    await page.getByRole('menuitem', { name: /走访记录/ }).click();
    await page.waitForURL(/\/visits\/records/);
    await page.getByRole('heading', { name: '走访记录' }).waitFor();
    await page.getByRole('searchbox', { name: '查找人员' }).fill(name);
    await page.getByRole('searchbox', { name: '查找人员' }).press('Enter');
    await page.waitForURL(/q=/);
    const made = page
      .locator('.ant-table-row', { hasText: '副局长 赵明、支部书记 李红' })
      .filter({ hasText: name })
      .first();
    await made.waitFor();
    await made.getByText(today, { exact: true }).waitFor();
    await made.getByText('生病住院', { exact: true }).waitFor();
    await made.getByText('水果、牛奶').waitFor();
    await page.getByText(/共 \d+ 次走访/).waitFor();
    await settled(page);
    await screenshot(page, '24-visit-records');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The same list to Excel, under the server's name.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    const workbook = await download;
    expect(workbook.suggestedFilename()).toBe(`走访记录-${today}.xlsx`);
    const bytes = await readFile((await workbook.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip: an .xlsx, not a page
    expect(consoleErrors).toEqual([]);
  });
});
