import type { Browser } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

describe('branches, accounts and API tokens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the tree of branches with counts and badges, accessible', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/branches`);
    await page.getByText('县直机关离退休干部党总支').first().waitFor();
    await page.getByText('省级示范').first().waitFor();
    await screenshot(page, '05-branches');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('lists the accounts for an admin, accessible', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByText('shuji').first().waitFor();
    await screenshot(page, '06-accounts');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('creates an API token in the console whose secret, shown once, works against the API', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1920, height: 1080 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/admin/tokens`);
    await page.getByRole('button', { name: '新建令牌' }).click();
    await page.getByLabel('名称').fill('短信网关 端到端测试');
    await page.getByRole('checkbox', { name: /人员读取/ }).check();
    await page.getByRole('button', { name: '创建令牌' }).click();
    const secretField = page.getByLabel('令牌密钥');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^wxt_/);
    await screenshot(page, '07-token-secret');

    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: '{ viewer { kind tokenName } members(first: 1) { totalCount } }',
      }),
    });
    const body = (await response.json()) as {
      data: { viewer: { kind: string; tokenName: string }; members: { totalCount: number } };
    };
    expect(body.data.viewer).toEqual({ kind: 'TOKEN', tokenName: '短信网关 端到端测试' });
    expect(body.data.members.totalCount).toBeGreaterThan(5000);

    await page.getByRole('button', { name: '我已妥善保存，关闭' }).click();
    await page.getByRole('cell', { name: '短信网关 端到端测试' }).waitFor();
    await screenshot(page, '08-tokens');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
