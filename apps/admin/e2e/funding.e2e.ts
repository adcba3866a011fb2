import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chinaToday, yuanToFen } from '@wanxia/schema';
import {
  accessibilityProblems,
  baseUrl,
  chartCanvas,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

const LINE = '帮扶慰问经费';
const SUM_FEN = 50_000;

/** axe-core on the open dialog only, serious and critical violations described. */
async function dialogAccessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.ant-modal').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} — ${v.help}`);
}

/** Until nothing is loading, so that a screenshot shows the answer rather than the spinner. */
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-spin-spinning'));

/** The row of the county's assistance line on the lines page, this year. */
function lineRow(page: Page) {
  return page
    .getByRole('table', { name: /年预算项目$/ })
    .locator('.ant-table-row', { has: page.getByRole('link', { name: LINE, exact: true }) });
}

/** What the assistance line has left, in fen, as the lines page shows it. */
async function remainingFen(page: Page): Promise<number> {
  await page.goto(`${baseUrl()}/funding`);
  const row = lineRow(page);
  await row.waitFor();
  await settled(page);
  // 预算, 已批准, 已支付, 余额: the fourth amount of the row.
  const amounts = await row.locator('td').allTextContents();
  const money = amounts.filter((text) => /^¥[\d,]+\.\d{2}$/.test(text.trim()));
  return yuanToFen(money[3])!;
}

describe('funding', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('pays a condolence sum with a visit, sees the line fall by it, prints it and voids it', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    const year = chinaToday().slice(0, 4);
    await signIn(page, 'admin');

    // The lines of this year, through the menu.
    await page.getByRole('menuitem', { name: /经费预算/ }).click();
    await page.waitForURL(/\/funding$/);
    await lineRow(page).waitFor();
    await chartCanvas(page, `${year}年逐月执行`);
    await settled(page);
    await screenshot(page, '50-funding-lines');
    expect(await accessibilityProblems(page)).toEqual([]);
    const before = await remainingFen(page);

    // A demo member, from the roster.
    await page.goto(`${baseUrl()}/roster`);
    const first = page.locator('.ant-table-row').first().getByRole('link').first();
    await first.waitFor();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { name }).first().waitFor();
    const memberUrl = page.url();

    // A visit with ¥500.00 from this year's assistance line.
    await page.getByRole('tab', { name: '走访记录' }).click();
    // The tab's tables have loaded (a table greyed under its spinner fails the contrast check).
    await page.getByText('走访任务', { exact: true }).first().waitFor();
    await settled(page);
    await page
      .getByRole('button', { name: /记录走访/ })
      .first()
      .click();
    const form = page.getByRole('dialog', { name: `记录走访：${name}` });
    await form.getByLabel('走访人').fill('局长 刘建华、支部书记 李红');
    await form.getByLabel('走访情况').fill('上门看望，身体尚好，送上慰问金');
    await form.getByRole('checkbox', { name: '随本次走访发放慰问金' }).check();
    await form.getByLabel('预算项目').click();
    await page.locator('.ant-select-item-option', { hasText: LINE }).first().click();
    await form.getByLabel('金额（元）').fill('500');
    // The whole dialog in view, its pickers closed.
    await form.getByText(`记录走访：${name}`).click();
    await page.setViewportSize({ width: 1440, height: 1600 });
    await screenshot(page, '51-visit-record-payment');
    await page.setViewportSize({ width: 1440, height: 900 });
    // The dialog itself: the visits tab behind it is checked in visits.e2e.ts.
    expect(await dialogAccessibilityProblems(page)).toEqual([]);
    // Notices show for three seconds: each is watched for from the click that brings it.
    const paid = page.getByText(`已向 ${name} 发放慰问金 ¥500.00`).waitFor();
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await paid;
    await form.waitFor({ state: 'hidden' });

    // The line has exactly the sum less.
    expect(await remainingFen(page)).toBe(before - SUM_FEN);

    // On the member page's payments tab.
    await page.goto(memberUrl);
    await page.getByRole('tab', { name: '经费发放' }).click();
    await page
      .getByRole('table', { name: '经费发放记录' })
      .locator('.ant-table-row', { hasText: '慰问金（日常走访）' })
      .first()
      .waitFor();
    await settled(page);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The line opens its payments; the new one is paid, on top.
    await page.goto(`${baseUrl()}/funding`);
    await lineRow(page).getByRole('link', { name: LINE, exact: true }).click();
    await page.waitForURL(/\/funding\/disbursements\?year=\d{4}&budget=/);
    const row = page
      .locator('.ant-table-row', { hasText: '慰问金（日常走访）' })
      .filter({ hasText: name })
      .first();
    await row.waitFor();
    await row.getByText('已支付').waitFor();
    await row.getByText('¥500.00').waitFor();
    await settled(page);
    await screenshot(page, '52-funding-disbursements');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Chosen and printed: the list to sign, with the total in capitals.
    await row.getByRole('checkbox').check();
    await page.getByText('已选 1 笔，合计 ¥500.00').waitFor();
    await page.getByRole('button', { name: /打印发放表/ }).click();
    await page.waitForURL(/\/funding\/print\?ids=/);
    const sheet = page.getByRole('table', { name: '安化县委老干部局 经费发放表' });
    await sheet.locator('.ant-table-row', { hasText: name }).waitFor();
    await sheet.getByText('人民币伍佰元整').waitFor();
    await page.getByText('经办人：').waitFor();
    await screenshot(page, '53-funding-print');
    expect(await accessibilityProblems(page)).toEqual([]);
    // On paper only the sheet: the menu and the buttons stay on screen.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    // As on A4 paper (210 mm at 96 dpi).
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, '54-funding-print-paper');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ media: 'screen' });

    // Voided with a reason, from the list: the sum goes back to the line.
    await page.goBack();
    await row.waitFor();
    await row.getByRole('button', { name: '作废' }).click();
    const voiding = page.getByRole('dialog', { name: /作废支出/ });
    await voiding.getByLabel('作废原因').fill('误录，改由帮扶金统一发放');
    // The row says so for good (the three-second notice is the list's unit test's to check); a
    // refusal fails the test with the notice that gives it, not a timeout.
    const problem = page.locator('.ant-message-error');
    await voiding.getByRole('button', { name: /作\s*废/ }).click();
    const shown = await Promise.race([
      row
        .getByText('已作废')
        .waitFor()
        .then(() => null),
      problem.waitFor().then(() => problem.innerText()),
    ]);
    expect(shown).toBeNull();
    await row.getByText('误录，改由帮扶金统一发放').waitFor();

    expect(await remainingFen(page)).toBe(before);

    // The settings, in the administration group.
    await page.getByRole('menuitem', { name: /经费设置/ }).click();
    await page.getByLabel('每人每年慰问金上限（元）').waitFor();
    await settled(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
