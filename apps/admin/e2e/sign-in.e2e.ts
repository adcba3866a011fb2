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
    await page.reload();
    await page.getByText('在册人员').waitFor();

    await page.getByRole('button', { name: '局办公室 李明' }).hover();
    await page.getByText('退出登录').click();
    await page.waitForURL('**/login');
    expect(consoleErrors).toEqual([]);
  });

  it('sends an ended session back to sign in, and then to where the person was', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'admin');
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('wanxia.session')!);
      localStorage.setItem('wanxia.session', JSON.stringify({ ...session, token: 'wxs_ended' }));
    });
    await page.goto(`${baseUrl()}/branches`);
    await page.waitForURL(/\/login\?from=%2Fbranches/);
    await page.getByText('登录已过期，请重新登录').waitFor();
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wanxia2022');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/branches');
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
