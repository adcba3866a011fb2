import type { Browser, Page } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  settled,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const totalShown = async (page: Page) => {
  const text = await page
    .getByText(/^共 [\d,]+ 人$/)
    .first()
    .textContent();
  return Number(text!.replace(/[^\d]/g, ''));
};

describe('the roster', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds a member by pinyin initials, edits the phone number, and still sees it after a reload', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1920, height: 1080 });
    await signIn(page, 'admin');
    const started = Date.now();
    await page.goto(`${baseUrl()}/roster`);
    await page.locator('.ant-table-row').first().waitFor();
    process.stdout.write(
      `roster first page rendered in ${Date.now() - started} ms (demo data, 20 rows)\n`,
    );
    expect(await totalShown(page)).toBeGreaterThan(5000);
    await screenshot(page, '03-roster');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Page numbers and 跳至: a jump deep into the list, then on by cursor.
    const firstRow = await page.locator('.ant-table-row').first().textContent();
    const pages = Math.ceil((await totalShown(page)) / 20);
    await page.getByRole('spinbutton', { name: '跳至第几页（回车确认）' }).fill('50');
    await page.getByRole('spinbutton', { name: '跳至第几页（回车确认）' }).press('Enter');
    await page.waitForURL(/[?&]page=50/);
    await page.getByText(`第 50 / ${pages} 页`).waitFor();
    await page
      .getByRole('button', { name: '第 50 页' })
      .and(page.locator('[aria-current=page]'))
      .waitFor();
    // The page's rows are drawn once the table's spinner has gone.
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
    expect(await page.locator('.ant-table-row').count()).toBe(20);
    expect(await page.locator('.ant-table-row').first().textContent()).not.toBe(firstRow);
    await page.getByRole('button', { name: /下一页/ }).click();
    await page.getByText(`第 51 / ${pages} 页`).waitFor();
    await page.getByRole('button', { name: '第 1 页' }).click();
    await page.getByText(`第 1 / ${pages} 页`).waitFor();
    await page.waitForFunction(
      (text) => document.querySelector('.ant-table-row')?.textContent === text,
      firstRow,
    );

    await page.getByLabel('搜索人员').fill('zjg');
    await page.waitForURL(/q=zjg|search=zjg/);
    await page.waitForFunction(() =>
      /^共 \d{1,2} 人$/.test(document.body.innerText.match(/共 [\d,]+ 人/)?.[0] ?? ''),
    );
    const first = page.locator('.ant-table-row').first().getByRole('link').first();
    await first.waitFor();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page
      .getByRole('heading', { name: new RegExp(name) })
      .first()
      .waitFor();
    await screenshot(page, '04-member');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page
      .getByRole('button', { name: /编\s*辑/ })
      .first()
      .click();
    await page.getByLabel('联系电话', { exact: true }).waitFor();
    await screenshot(page, '04b-member-edit');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('联系电话', { exact: true }).fill('13912345678');
    await page
      .getByRole('button', { name: /保\s*存/ })
      .first()
      .click();
    await page.getByText('已保存').first().waitFor();
    await page
      .getByRole('heading', { name: new RegExp(name) })
      .first()
      .waitFor();

    await page.reload();
    await page.getByText('139****5678').first().waitFor();
    await page.getByRole('button', { name: '查看完整信息' }).click();
    await page.getByText('13912345678').first().waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('fits a phone: a card per member, no table or column chooser, nothing wider than the screen', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/roster`);
    const cards = page.getByRole('list', { name: '人员台账' });
    await cards.getByRole('listitem').first().waitFor();
    expect(await cards.getByRole('listitem').count()).toBe(20);
    expect(await totalShown(page)).toBeGreaterThan(5000);
    // The table is for wide screens: a phone neither draws it nor loads its code.
    expect(await page.locator('.ant-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: '列设置' }).count()).toBe(0);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(wide).toEqual([]);
    await screenshot(page, '03-roster-phone');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Beside the search, the other filters wait in a drawer; a change applies at once.
    const all = await totalShown(page);
    expect(await page.getByLabel('最小年龄').count()).toBe(0);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '筛选条件' });
    // A click, not check(): the box follows the address, which changes a moment later.
    await drawer.getByLabel('本月过生日').click();
    await page.waitForURL(/birthdays=month/);
    await page.getByRole('button', { name: '筛选（已选 1 项）' }).waitFor();
    await settled(page);
    await screenshot(page, '03b-roster-phone-filters', { fullPage: false });
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawer.getByRole('button', { name: /^完\s*成$/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForFunction((before) => {
      const shown = [...document.querySelectorAll('main *')].find((e) =>
        /^共 [\d,]+ 人$/.test(e.textContent ?? ''),
      );
      return shown && Number(shown.textContent!.replace(/[^\d]/g, '')) < before;
    }, all);
    // A card opens its member.
    await cards.getByRole('listitem').first().getByRole('link').click();
    await page.waitForURL(/\/roster\/[^/]+$/);
    expect(consoleErrors).toEqual([]);
  });

  it('shows a validation error on the field it concerns', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/roster/new`);
    const idCard = page.getByLabel('身份证号', { exact: true });
    await idCard.fill('430923194806200011'); // the check digit of 43092319480620001 is not 1
    await idCard.blur();
    await page.getByText('身份证号校验位不正确，请核对').first().waitFor();
    await screenshot(page, '09-member-create-error');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('shows a secretary only the members of the own general branch', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'shuji');
    await page.goto(`${baseUrl()}/roster`);
    await page.locator('.ant-table-row').first().waitFor();
    const secretary = await apiAs(
      'shuji',
      '{ members(filter: { status: [ACTIVE] }) { totalCount } viewer { branch { name } } }',
    );
    const admin = await apiAs('admin', '{ members(filter: { status: [ACTIVE] }) { totalCount } }');
    const shown = await totalShown(page);
    expect(shown).toBe(secretary.members.totalCount);
    expect(shown).toBeLessThan(admin.members.totalCount);
    await page.getByText(`管理范围：${secretary.viewer.branch.name}`).waitFor();
    await screenshot(page, '10-roster-secretary');
  });
});
