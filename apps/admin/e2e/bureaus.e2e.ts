import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  launchBrowser,
  newPage,
  pickOption,
  screenshot,
  settled,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

/** The bureau the page's address names, if any. */
const bureauInAddress = (page: Page) => new URL(page.url()).searchParams.get('bureau');

/** The bureau picker shows this bureau as picked. */
const showsPicked = (page: Page, name: string) =>
  page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: '老干部局' }) })
    .getByText(name, { exact: true })
    .waitFor();

/** Nothing wider than the screen. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The demo city's bureaus by name, and this year's coverage of the whole city. */
async function cityFigures(year: string) {
  const answer = await apiAs(
    'yiyang',
    `{ bureaus(first: 10) { nodes { id name } }
       visitCoverage(year: ${year}) { total { tasks } } }`,
  );
  const id = (name: string) =>
    (answer.bureaus.nodes as { id: string; name: string }[]).find((b) => b.name === name)!.id;
  return { anhua: id('安化县'), tasks: answer.visitCoverage.total.tasks as number };
}

/** The demo's city (益阳市) and county (安化县) admins see their bureau; the city picks a county. */
describe('bureaus in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a city admin sees the city and narrows the dashboard to one of its counties', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'yiyang');
    const year = chinaToday().slice(0, 4);
    await page.getByText(`以下为益阳市${year}年工作概况`, { exact: false }).waitFor();
    await page.getByTestId('viewer-bureau').getByText('管理范围：益阳市').waitFor();

    const picker = page.getByRole('combobox', { name: '老干部局' });
    await picker.click();
    const asked = page.waitForRequest(
      (r) => r.url().endsWith('/graphql') && /"bureauId":"[^"]+"/.test(r.postData() ?? ''),
    );
    await page.getByRole('option', { name: '安化县' }).click();
    await asked;
    // The address keeps the county: a reload or a shared link shows it again.
    const { anhua } = await cityFigures(year);
    await page.waitForURL((url) => url.searchParams.get('bureau') === anhua);
    // The demo's city has one county with data: its figures are the county's.
    await page
      .getByRole('link', { name: /^党总支/ })
      .getByText('7')
      .waitFor();
    await page.getByRole('button', { name: /益阳市委老干部局 陈刚/ }).click();
    await page.getByRole('menuitem', { name: '益阳市委老干部局' }).waitFor();
    await screenshot(page, '90-city-dashboard');
    expect(consoleErrors).toEqual([]);
  });

  it('a county picked on the dashboard goes on to its branches, visits and payments, on desktop and phone', async () => {
    const year = chinaToday().slice(0, 4);
    const { anhua } = await cityFigures(year);
    const desktop = await newPage(browser, { width: 1440, height: 900 });
    await signIn(desktop.page, 'yiyang');
    await desktop.page.goto(`${baseUrl()}/?bureau=${encodeURIComponent(anhua)}`);
    await desktop.page.getByText(`以下为安化县${year}年工作概况`, { exact: false }).waitFor();
    const tag = (page: Page) => page.getByText('老干部局：安化县', { exact: true });

    // Each list asks the server for the county's records only.
    const askedForCounty = (page: Page) =>
      page.waitForRequest(
        (r) =>
          r.url().endsWith('/graphql') && (r.postData() ?? '').includes(`"bureauId":"${anhua}"`),
      );
    let asked = askedForCounty(desktop.page);
    await desktop.page.getByRole('link', { name: /^党支部/ }).click();
    await desktop.page.waitForURL(
      (url) => url.pathname === '/branches' && bureauInAddress(desktop.page) === anhua,
    );
    await asked;
    await tag(desktop.page).waitFor();
    await desktop.page.getByRole('table', { name: '组织树' }).waitFor();
    await screenshot(desktop.page, '101-city-county-branches');

    await desktop.page.goBack();
    asked = askedForCounty(desktop.page);
    await desktop.page.getByRole('link', { name: /^全年走访/ }).click();
    await desktop.page.waitForURL((url) => url.pathname === '/visits/records');
    expect(bureauInAddress(desktop.page)).toBe(anhua);
    await asked;
    await tag(desktop.page).waitFor();
    // Closing the tag shows the whole city again.
    await tag(desktop.page).locator('xpath=..').locator('.ant-tag-close-icon').click();
    await desktop.page.waitForURL((url) => !url.searchParams.has('bureau'));
    expect(desktop.consoleErrors).toEqual([]);

    const phone = await newPage(browser, { width: 390, height: 844 });
    await signIn(phone.page, 'yiyang');
    for (const [path, name] of [
      ['/visits?section=overdue', '102-city-county-board-phone'],
      [`/funding/disbursements?year=${year}`, '103-city-county-payments-phone'],
    ]) {
      asked = askedForCounty(phone.page);
      await phone.page.goto(`${baseUrl()}${path}&bureau=${encodeURIComponent(anhua)}`);
      await asked;
      await tag(phone.page).waitFor();
      await phone.page.waitForLoadState('networkidle');
      expect(await pageWidth(phone.page)).toBeLessThanOrEqual(390);
      await screenshot(phone.page, name, { fullPage: false });
    }
    expect(phone.consoleErrors).toEqual([]);
  });

  it('a county admin on a phone: the county in the user menu, no bureau to pick', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'anhua');
    const year = chinaToday().slice(0, 4);
    await page.getByText(`以下为安化县${year}年工作概况`, { exact: false }).waitFor();
    expect(await page.getByRole('combobox', { name: '老干部局' }).count()).toBe(0);
    await page.getByRole('button', { name: '安化县委老干部局 刘洋' }).click();
    await page.getByRole('menuitem', { name: '安化县委老干部局' }).waitFor();
    await screenshot(page, '91-county-phone-menu', { fullPage: false });
    // Nothing wider than the phone.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(consoleErrors).toEqual([]);
  });

  it('a city admin making an account picks its bureau', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'yiyang');
    await page.goto(new URL('/admin/users', page.url()).toString());
    await page.getByRole('button', { name: /新增账号/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^查阅账号/ }).check();
    await dialog.getByText('所属老干部局').waitFor();
    await dialog.getByRole('combobox', { name: '老干部局' }).click();
    await page.getByRole('option', { name: '益阳市（全市）' }).waitFor();
    // The role hints say what the account will reach: the maker's city, then the county picked.
    await dialog.getByText('本市各县数据（益阳市）只读', { exact: false }).waitFor();
    await screenshot(page, '92-account-bureau-phone', { fullPage: false });
    await pickOption(page, '安化县');
    await dialog.getByText('本县数据（安化县）只读', { exact: false }).waitFor();
    await dialog.getByText('本县数据（安化县），可管理账号', { exact: false }).waitFor();
    await screenshot(page, '92-account-bureau-phone-county', { fullPage: false });
    expect(consoleErrors).toEqual([]);
  });

  it('a city admin picks 安化县 on the coverage and the yearly report; reload and Back keep the address’s', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'yiyang');
    const year = chinaToday().slice(0, 4);
    const { anhua, tasks } = await cityFigures(year);

    await page.goto(`${baseUrl()}/visits/coverage`);
    const taskCount = page.locator('.ant-statistic', { hasText: '应访任务' });
    const cityTasks = tasks.toLocaleString('en-US');
    await taskCount.getByText(cityTasks, { exact: true }).waitFor();
    await page.getByRole('combobox', { name: '老干部局' }).click();
    await pickOption(page, '安化县');
    await page.waitForURL((url) => url.searchParams.get('bureau') === anhua);
    await page.getByRole('progressbar', { name: '安化县的走访覆盖率' }).waitFor();
    // The city's figures are its counties' added up; of the demo's, only 安化县 has data.
    const { visitCoverage } = await apiAs(
      'yiyang',
      `{ visitCoverage(year: ${year}, bureauId: "${anhua}") { total { tasks } } }`,
    );
    expect(visitCoverage.total.tasks).toBe(tasks);
    await taskCount.getByText(cityTasks, { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('progressbar', { name: '安化县的走访覆盖率' }).waitFor();
    expect(bureauInAddress(page)).toBe(anhua);
    await showsPicked(page, '安化县');
    await settled(page);
    await screenshot(page, '93-city-coverage-county');

    await page.goto(`${baseUrl()}/reports`);
    const scope = page.getByText('统计范围：安化县', { exact: false });
    await page.getByRole('heading', { name: `益阳市${year}年度离退休干部工作统计` }).waitFor();
    expect(await scope.count()).toBe(0);
    await page.getByRole('combobox', { name: '老干部局' }).click();
    await pickOption(page, '安化县');
    await page.waitForURL((url) => url.searchParams.get('bureau') === anhua);
    await scope.waitFor();
    await page.getByRole('heading', { name: `安化县${year}年度离退休干部工作统计` }).waitFor();
    // A county picked: it can be frozen, and its workbook is the county's.
    await page.getByRole('button', { name: /冻结数据/ }).waitFor();
    const asked = page.waitForRequest((r) => r.url().includes('/api/reports/'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载 Excel/ }).click();
    expect(new URL((await asked).url()).searchParams.get('bureau')).toBe(anhua);
    const workbook = await download;
    expect((await readFile((await workbook.path())!)).subarray(0, 2).toString()).toBe('PK');

    await page.reload();
    await scope.waitFor();
    expect(bureauInAddress(page)).toBe(anhua);
    // The statutory tables below are asked for the county too.
    await page.getByRole('heading', { name: '九、作用发挥与活动开展' }).waitFor();
    await screenshot(page, '94-city-report-county');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('bureau'));
    await page.getByRole('heading', { name: `益阳市${year}年度离退休干部工作统计` }).waitFor();
    expect(await scope.count()).toBe(0);
    expect(await page.getByRole('button', { name: /下载 Excel/ }).isEnabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone: the city’s picked county fits, an unknown bureau falls back, the county has no picker', async () => {
    const year = chinaToday().slice(0, 4);
    const { anhua } = await cityFigures(year);
    const city = await newPage(browser, { width: 390, height: 844 });
    await signIn(city.page, 'yiyang');
    await city.page.goto(`${baseUrl()}/visits/coverage?bureau=${encodeURIComponent(anhua)}`);
    await city.page.getByRole('progressbar', { name: '安化县的走访覆盖率' }).waitFor();
    await showsPicked(city.page, '安化县');
    expect(await pageWidth(city.page)).toBeLessThanOrEqual(390);
    await city.page.waitForLoadState('networkidle');
    await screenshot(city.page, '95-city-coverage-phone');

    await city.page.goto(`${baseUrl()}/reports/${year}?bureau=${encodeURIComponent(anhua)}`);
    await city.page.getByText('统计范围：安化县', { exact: false }).waitFor();
    expect(await pageWidth(city.page)).toBeLessThanOrEqual(390);
    await screenshot(city.page, '96-city-report-phone', { fullPage: false });

    await city.page.goto(`${baseUrl()}/funding?bureau=${encodeURIComponent(anhua)}`);
    await showsPicked(city.page, '安化县');
    await city.page.getByRole('table', { name: /年预算项目/ }).waitFor();
    expect(await pageWidth(city.page)).toBeLessThanOrEqual(390);
    await screenshot(city.page, '97-city-funding-phone', { fullPage: false });

    // An id out of reach or unknown: the city's own figures, and a notice saying why.
    await city.page.goto(`${baseUrl()}/visits/coverage?bureau=Bureau%3A999999`);
    await city.page.getByText('不在您的范围内', { exact: false }).waitFor();
    await city.page.waitForURL((url) => !url.searchParams.has('bureau'));
    await city.page.getByRole('progressbar', { name: '益阳市的走访覆盖率' }).waitFor();
    await screenshot(city.page, '98-unknown-bureau-phone', { fullPage: false });
    expect(city.consoleErrors).toEqual([]);

    const county = await newPage(browser, { width: 390, height: 844 });
    await signIn(county.page, 'anhua');
    for (const path of ['/visits/coverage', `/reports/${year}`, '/funding']) {
      await county.page.goto(`${baseUrl()}${path}`);
      await county.page.getByRole('main').getByRole('combobox').first().waitFor();
      await county.page.waitForLoadState('networkidle');
      expect(await county.page.getByRole('combobox', { name: '老干部局' }).count()).toBe(0);
      expect(await pageWidth(county.page)).toBeLessThanOrEqual(390);
    }
    await screenshot(county.page, '99-county-funding-phone', { fullPage: false });
    expect(county.consoleErrors).toEqual([]);
  });

  it('on a phone: a city sets a county’s own visit window, which the others keep from the province', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'yiyang');
    await page.goto(`${baseUrl()}/admin/visit-settings`);
    const table = page.getByRole('table', { name: '走访时限' });
    await page.getByText(/请先选择县（区）/).waitFor();
    const edit = table
      .getByRole('row', { name: /重要节日/ })
      .getByRole('button', { name: /编\s*辑/ });
    expect(await edit.isDisabled()).toBe(true);

    await page.getByRole('combobox', { name: '老干部局' }).click();
    await pickOption(page, '安化县');
    await page.waitForURL((url) => url.searchParams.has('bureau'));
    const holiday = table.getByRole('row', { name: /重要节日/ });
    await holiday.getByText('沿用全省标准').waitFor();
    // Saved as it is, the window becomes the county's own: nothing else changes.
    await edit.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('spinbutton', { name: '延后天数' }).waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await holiday.getByText('本县自定').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, '100-city-county-visit-window-phone', { fullPage: false });
    await page.reload();
    await holiday.getByText('本县自定').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
