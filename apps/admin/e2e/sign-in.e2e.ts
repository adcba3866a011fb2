import type { Browser } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

describe('signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the sign-in page in Chinese, accessible, and refuses a wrong password with the reason', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: '登录晚霞' }).waitFor();
    await screenshot(page, '01-sign-in');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('signs the admin in to the home page, keeps the session across a reload, and signs out', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await page.getByText('在册人员').waitFor();
    await screenshot(page, '02-home');
    expect(await accessibilityProblems(page)).toEqual([]);
    // Screen readers hear the names of menu entries and buttons, never icon names ("home").
    const iconNames = await page
      .locator('.anticon[aria-label]')
      .evaluateAll((icons) =>
        icons
          .filter((icon) => !icon.closest('[aria-hidden="true"]'))
          .map((icon) => icon.getAttribute('aria-label')),
      );
    expect(iconNames.filter((name) => !/[\u4e00-\u9fff]/.test(name ?? ''))).toEqual([]);
    await page.reload();
    await page.getByText('在册人员').waitFor();

    await page.getByRole('button', { name: '局办公室 李明' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    expect(await page.context().cookies()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the session where no script can read it: an HttpOnly cookie, nothing in storage', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'guest');
    await page.getByText('在册人员').waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: 'wanxia_session',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    });
    expect(cookie.value).toMatch(/^wxs_/);
    const seen = await page.evaluate(() => ({
      cookie: document.cookie,
      stored: [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      ),
    }));
    expect(seen.cookie).not.toContain('wanxia_session');
    expect(seen.stored.filter((entry) => entry.includes('wxs_'))).toEqual([]);
    expect(seen.stored.filter((entry) => /session|token/i.test(entry))).toEqual([]);
  });

  it('sends an ended session back to sign in, and then to where the person was', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'admin');
    // The home page's own requests done first: one sent after the session ends would take the
    // page to sign-in from home, racing the visit to 支部 below.
    await page.waitForLoadState('networkidle');
    // The session ends while the browser still holds its cookie.
    const [cookie] = await page.context().cookies();
    await page.context().addCookies([{ ...cookie, value: 'wxs_ended' }]);
    // The console sends the page on to sign-in at once: the navigation need not finish loading.
    await page.goto(`${baseUrl()}/branches`, { waitUntil: 'commit' });
    await page.waitForURL(/\/login\?from=%2Fbranches/);
    await page.getByText('登录已过期，请重新登录').waitFor();
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wanxia2022');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/branches');
  });

  it('shows an unknown address as a page that does not exist, in Chinese, with the way home', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.getByText('在册人员').waitFor();
    await page.goto(`${baseUrl()}/no-such-page`);
    await page.getByText('页面不存在').waitFor();
    expect(new URL(page.url()).pathname).toBe('/no-such-page');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: /返回首页/ }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('在册人员').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('switches to English and remembers it', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'guest');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Current members').waitFor();
    await page.reload();
    await page.getByText('Current members').waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText('在册人员').waitFor();
  });
});
