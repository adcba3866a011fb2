import type { Browser } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';

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
    await screenshot(page, '92-account-bureau-phone', { fullPage: false });
    expect(consoleErrors).toEqual([]);
  });
});
