import type { Browser } from 'playwright-core';
import { chinaToday, monthDayRange } from '@wanxia/schema';
import {
  accessibilityProblems,
  baseUrl,
  chartCanvas,
  launchBrowser,
  newPage,
  screenshot,
  settled,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

describe('coverage, the visit calendar, the printed lists and the visit windows', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the county’s coverage as a chart and a row per general branch, and drills into one', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/visits/coverage`);
    const table = page.getByRole('table', { name: '各党组织走访覆盖率' });
    await table.waitFor();

    // This year's figures, as the API counts them.
    const year = chinaToday().slice(0, 4);
    const { visitCoverage } = await apiAs(
      'admin',
      `{ visitCoverage(year: ${year}) { total { tasks } } }`,
    );
    const tasks = (visitCoverage.total.tasks as number).toLocaleString('en-US');
    await page.locator('.ant-statistic', { hasText: '应访任务' }).getByText(tasks).waitFor();

    // The chart is drawn on a canvas of real size.
    const box = await (await chartCanvas(page, /各党组织走访情况/)).boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(300);
    await chartCanvas(page, '按走访事由');
    await chartCanvas(page, /按月份/);

    // The seven general branches, each with its rate (or "—"), never NaN.
    const rows = table.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(7);
    expect(await table.textContent()).not.toContain('NaN');
    expect(await rows.first().getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(
      /^(\d+\.\d%|—)$/,
    );
    await settled(page);
    await screenshot(page, '30-coverage');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Drill into a general branch: its own figures, its branches, a way back.
    const name = '县直机关离退休干部党总支';
    await table.getByRole('link', { name }).click();
    await page.waitForURL(/branch=/);
    const trail = page.getByRole('navigation', { name: '下钻路径' });
    await trail.getByText(name).waitFor();
    await page.getByRole('progressbar', { name: `${name}的走访覆盖率` }).waitFor();
    await table
      .getByText(/党支部$/)
      .first()
      .waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await settled(page);
    await screenshot(page, '31-coverage-branch');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The province's admin: the drill-down starts at the whole province.
    await trail.getByRole('link', { name: '全省' }).click();
    await table.getByRole('link', { name: '东坪镇离退休干部党总支' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('marks the month’s holidays, decade birthdays and events on the calendar; a day lists its people', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/visits/calendar`);
    await page.getByText('近一年的重要节日').waitFor();
    await page.getByText('春节', { exact: true }).first().waitFor();
    const birthday = page
      .locator('.ant-picker-cell-in-view .ant-tag', { hasText: /\d+岁 / })
      .first();
    await birthday.waitFor();
    await screenshot(page, '32-visit-calendar');
    expect(await accessibilityProblems(page)).toEqual([]);

    // A day with a decade birthday: its people, each a link to their page.
    const [age, who] = (await birthday.textContent())!.split(/岁\s*/);
    await birthday.click();
    const drawer = page.getByRole('dialog');
    const link = drawer.getByRole('link', { name: who });
    await link.first().waitFor();
    expect(await link.first().getAttribute('href')).toMatch(/^\/roster\/.+/);
    await drawer.getByText(`${age} 岁`).first().waitFor();
    await screenshot(page, '33-visit-calendar-day');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('lists this month’s decade birthdays for printing, and prints only the list', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1280, height: 900 });
    const today = chinaToday();
    const { from, to } = monthDayRange(today);
    const expected = await apiAs(
      'admin',
      `{ members(filter: { decadeBirthdayIn: ${today.slice(0, 4)},
      birthdayFrom: "${from}", birthdayTo: "${to}", status: [ACTIVE] }) { totalCount } }`,
    );
    const count = expected.members.totalCount as number;
    expect(count).toBeGreaterThan(0);

    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/visits/lists`);
    const table = page.getByRole('table', { name: '本月整十生日' });
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(count);
    await page.getByText(`共 ${count} 人`).waitFor();
    await page.getByText('安化县委老干部局').waitFor();
    await page.getByRole('button', { name: /打印名单/ }).waitFor();
    await screenshot(page, '34-lists-decade-birthdays');
    expect(await accessibilityProblems(page)).toEqual([]);

    // On paper: the list alone, without the menu, header or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /打印名单/ }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    await screenshot(page, '35-lists-print');
    await page.emulateMedia({ media: 'screen' });

    // The other lists answer too.
    await page.getByRole('tab', { name: '本月政治生日' }).click();
    await page
      .getByRole('table', { name: '本月政治生日' })
      .locator('tbody tr.ant-table-row')
      .first()
      .waitFor();
    await page.getByRole('tab', { name: '光荣在党50年' }).click();
    await page
      .getByRole('table', { name: '光荣在党50年' })
      .locator('tbody tr.ant-table-row')
      .first()
      .waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('shows the six visit windows to an administrator, each editable', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1280, height: 800 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/admin/visit-settings`);
    const table = page.getByRole('table', { name: '走访时限' });
    await table.getByText('重要节日').waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(6);
    await table.getByText('节日前 30 天 至 节日当天').waitFor();
    await page.getByText(/修改只对此后生成的走访任务生效/).waitFor();
    await screenshot(page, '36-visit-settings');
    expect(await accessibilityProblems(page)).toEqual([]);

    await table
      .getByRole('row', { name: /生病住院/ })
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('spinbutton', { name: '延后天数' }).waitFor();
    await screenshot(page, '37-visit-setting-edit');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
