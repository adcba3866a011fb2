import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiAs } from './support/api';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

const PHONE = { width: 390, height: 844 };
const TOTAL_COUNT = /^共 ([\d,]+) 人$/;

/** A number as the table writes it, thousands separators and sign included. */
const numberOf = (text: string | null) => Number(text!.replace(/[,+]/g, '').replace('−', '-'));

/** The cells of the 合计 row of the two-year table, as numbers. */
async function totalRow(table: Locator): Promise<number[]> {
  const cells = await table
    .locator('tbody tr', { hasText: /^合计/ })
    .locator('td')
    .allTextContents();
  return cells.slice(1, 25).map(numberOf);
}

/** The roster's count after following a link, once the list has loaded. */
async function rosterCount(page: Page): Promise<number> {
  const total = page.getByText(TOTAL_COUNT).first();
  await total.waitFor();
  return numberOf((await total.textContent())!.replace(/[^\d]/g, ''));
}

describe('the yearly statutory tables', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('sets out 2022 beside 2021 as the API gives it, opens the list behind a cell and downloads both files', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/reports/2022`);
    await page.getByRole('heading', { name: '五、离退休干部两年数字变化情况' }).waitFor();
    await page.getByRole('heading', { name: '六、离退休干部基本情况' }).waitFor();
    await page.getByRole('heading', { name: '七、服务保障情况' }).waitFor();
    const table = page.getByRole('table', { name: '两年数字变化（人）' });
    await table.getByRole('columnheader', { name: '2021年' }).first().waitFor();

    // The 合计 row: start, enrolled, in, joined, died, out, left, end — each 2021 | 2022 | change.
    const row = await totalRow(table);
    const at = (measure: number, column: 0 | 1 | 2) => row[measure * 3 + column];
    for (const year of [0, 1] as const) {
      expect(at(0, year) + at(3, year) - at(6, year)).toBe(at(7, year));
    }
    expect(at(7, 2)).toBe(at(7, 1) - at(7, 0));
    // 2021's column is 2021's own report; 2022 starts where 2021 ended.
    const api = await apiAs(
      'admin',
      `{ y2021: yearReport(year: 2021) { rosterChange { rows { label end { value } died { value } } } }
         y2022: yearReport(year: 2022) { rosterChange { rows { label start { value } end { value } } } } }`,
    );
    const total = (r: { rosterChange: { rows: Record<string, { value: number }>[] } }) =>
      r.rosterChange.rows.find((x) => (x.label as unknown) === '合计')!;
    expect(at(7, 0)).toBe(total(api.y2021).end.value);
    expect(at(4, 0)).toBe(total(api.y2021).died.value);
    expect(at(0, 1)).toBe(total(api.y2022).start.value);
    expect(at(7, 1)).toBe(total(api.y2022).end.value);
    await screenshot(page, 'year-report-desktop');
    expect(await accessibilityProblems(page)).toEqual([]);

    // 2022's 年末人数 opens the roster as it stood on 31 December 2022: the same number.
    const totalCells = table.locator('tbody tr', { hasText: /^合计/ }).locator('td');
    await totalCells
      .nth(1 + 7 * 3 + 1)
      .getByRole('link')
      .click();
    await page.waitForURL(/\/roster\?.*asOf=2022-12-31/);
    expect(await rosterCount(page)).toBe(at(7, 1));
    await page.getByText('年度报告名单：').waitFor();
    await screenshot(page, 'year-report-roster-list');

    // 2022's 去世 opens the members who died in 2022.
    await page.goBack();
    await totalCells
      .nth(1 + 4 * 3 + 1)
      .getByRole('link')
      .click();
    await page.waitForURL(/movement=DIED&from=2022-01-01&to=2022-12-31/);
    expect(await rosterCount(page)).toBe(at(4, 1));

    // 八、党组织建设情况 and 九、作用发挥与活动开展: 2021 | 2022 | change, as the API gives them.
    await page.goBack();
    await page.getByRole('heading', { name: '八、党组织建设情况' }).waitFor();
    await page.getByRole('heading', { name: '九、作用发挥与活动开展' }).waitFor();
    const figures = await apiAs(
      'admin',
      `{ yearReport(year: 2022) { partyOrganisation { rows { label count { value previous change } } }
         roleAndActivities { rows { label count { value previous change } } } } }`,
    );
    const rowOf = async (table: Locator, label: string) =>
      (await table.locator('tbody tr', { hasText: label }).first().locator('td').allTextContents())
        .slice(2)
        .map(numberOf);
    const organisation = page.getByRole('table', { name: '党组织建设（两年对比）' });
    const roles = page.getByRole('table', { name: '作用发挥与活动开展（两年对比）' });
    type Row = { label: string; count: { value: number; previous: number; change: number } };
    const fromApi = (rows: Row[], label: string) => {
      const c = rows.find((r) => r.label === label)!.count;
      return [c.previous, c.value, c.change];
    };
    expect(await rowOf(organisation, '离退休干部党支部')).toEqual(
      fromApi(figures.yearReport.partyOrganisation.rows, '离退休干部党支部'),
    );
    expect(await rowOf(organisation, '老党员之家')).toEqual(
      fromApi(figures.yearReport.partyOrganisation.rows, '老党员之家'),
    );
    const sessions = fromApi(figures.yearReport.roleAndActivities.rows, '党性教育活动');
    expect(await rowOf(roles, '党性教育活动')).toEqual(sessions);
    expect(await rowOf(roles, '志愿服务队伍')).toEqual(
      fromApi(figures.yearReport.roleAndActivities.rows, '志愿服务队伍'),
    );
    await roles.scrollIntoViewIfNeeded();
    await screenshot(page, 'year-report-figures-desktop', { fullPage: false });
    // 2022's 党性教育活动 opens the activity list on that kind and year: the same number.
    await roles
      .locator('tbody tr', { hasText: '党性教育活动' })
      .first()
      .locator('td')
      .nth(3)
      .getByRole('link')
      .click();
    await page.waitForURL(/\/party-life\?kind=PARTY_EDUCATION&year=2022/);
    await page.getByText(`共 ${sessions[1]} 次活动`).waitFor();

    // The workbook and the work summary, fetched with the session cookie.
    await page.goBack();
    await page.getByRole('heading', { name: '五、离退休干部两年数字变化情况' }).waitFor();
    for (const [button, name] of [
      [/下载 Excel/, '2022年度老干部工作统计.xlsx'],
      [/下载工作总结/, '2022年度老干部工作总结.docx'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      const bytes = await readFile((await file.path())!);
      expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip: Office, not a page
    }
    expect(consoleErrors).toEqual([]);
  });

  it('fits a phone: the wide tables scroll sideways inside their card', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/reports/2022`);
    const table = page.getByRole('table', { name: '两年数字变化（人）' });
    await table.waitFor();
    await page.getByRole('table', { name: '服务保障（两年对比）' }).waitFor();
    await page.getByRole('heading', { name: '八、党组织建设情况' }).waitFor();
    const roles = page.getByRole('table', { name: '作用发挥与活动开展（两年对比）' });
    await roles.locator('tbody tr', { hasText: '志愿服务队伍' }).waitFor();
    await page.getByRole('table', { name: '党组织建设（两年对比）' }).waitFor();
    // The page itself does not scroll sideways (nothing sticks out but inside a scrolling
    // box); the table's own box does.
    const sticksOut = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((e) => {
          for (let p = e.parentElement; p; p = p.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return false;
          }
          return true;
        })
        .slice(0, 3)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(sticksOut).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    const scroller = page
      .locator('.ant-table-content', { has: table })
      .or(page.locator('.ant-table-body', { has: table }))
      .first();
    const widths = await scroller.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    expect(widths.client).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: /下载工作总结/ }).waitFor();
    await screenshot(page, 'year-report-phone');
    await roles.scrollIntoViewIfNeeded();
    await screenshot(page, 'year-report-figures-phone', { fullPage: false });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
