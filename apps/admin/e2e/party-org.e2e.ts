import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  closesAfterSave,
  fitsTheScreen,
  launchBrowser,
  looksRight,
  newPage,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Picks an option of a segmented control by its text (its radio input is hidden under it). */
async function segment(page: Page, name: string) {
  await page.locator('.ant-segmented-item', { hasText: name }).click();
  await page.locator('.ant-segmented-item-selected', { hasText: name }).waitFor();
}

describe('组织建设与荣誉: elections, medals and the committee list', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('on a desktop, the bureau records an overdue branch’s election and issues a medal', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/party-org`);
    await page.getByRole('heading', { name: '组织建设' }).waitFor();
    const table = page.getByRole('table', { name: '支部委员会' });
    await table.getByRole('row').nth(1).waitFor();
    await looksRight(page, 'party-org-committees-desktop');

    await segment(page, '逾期未换届');
    const overdue = table.getByRole('row').nth(1);
    await overdue.getByText('逾期未换届').waitFor();
    const branchName = (await overdue.getByRole('cell').first().innerText()).trim();
    await overdue.getByRole('button', { name: '记录换届' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '人员' }).first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    const names = dialog.getByRole('textbox', { name: '非在册人员姓名' });
    await names.nth(1).fill('周组织');
    await names.nth(2).fill('谭宣传');
    await looksRight(page, 'party-org-election-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await closesAfterSave(dialog);

    const after = await apiAs(
      'admin',
      `{ committeeTerms(first: 100, filter: { status: [OVERDUE] }) { nodes { branch { name } } } }`,
    );
    expect(
      after.committeeTerms.nodes.map((n: { branch: { name: string } }) => n.branch.name),
    ).not.toContain(branchName);
    const branches = await apiAs(
      'admin',
      `{ branches(first: 5, filter: { kind: BRANCH, search: ${JSON.stringify(branchName)} }) {
        nodes { name committeeTerms { status seats { position name } } } } }`,
    );
    const elected = branches.branches.nodes.find((b: { name: string }) => b.name === branchName);
    expect(elected.committeeTerms[0].status).toBe('IN_OFFICE');
    expect(elected.committeeTerms[1].status).toBe('SUPERSEDED');
    expect(elected.committeeTerms[0].seats.map((s: { name: string }) => s.name)).toContain(
      '周组织',
    );

    await page.getByRole('tab', { name: '年度评定' }).click();
    await page.getByRole('table', { name: '支部年度评定' }).getByRole('row').nth(1).waitFor();
    await looksRight(page, 'party-org-assessments-desktop');

    await page.goto(`${baseUrl()}/honours`);
    const candidates = page.getByRole('table', { name: '待颁发名单' });
    const first = candidates.getByRole('row').nth(1);
    await first.waitFor();
    const memberName = (await first.getByRole('link').innerText()).trim();
    await looksRight(page, 'honours-medals-desktop');
    await first.getByRole('checkbox').check();
    await page.getByRole('button', { name: '颁发给选中的 1 人' }).click();
    const issue = page.getByRole('dialog');
    await issue.getByLabel('颁发仪式').fill('“七一”纪念章颁发仪式');
    await issue.getByRole('button', { name: '颁发纪念章' }).click();
    await closesAfterSave(issue);
    await page.getByText('已颁发 1 枚纪念章').waitFor();

    await segment(page, '已颁发');
    await page
      .getByRole('table', { name: '已颁发名单' })
      .getByRole('link', { name: memberName })
      .first()
      .waitFor();
    const issued = await apiAs(
      'admin',
      `{ medalAwards(first: 5, filter: { medal: PARTY_50_YEARS }) { nodes { ceremony member { name } } } }`,
    );
    expect(issued.medalAwards.nodes[0]).toEqual({
      ceremony: '“七一”纪念章颁发仪式',
      member: { name: memberName },
    });
    await page
      .getByRole('table', { name: '已颁发名单' })
      .getByRole('link', { name: memberName })
      .first()
      .click();
    await page.getByRole('tab', { name: '荣誉' }).click();
    await page.getByText('“七一”纪念章颁发仪式', { exact: false }).waitFor();
    await looksRight(page, 'member-honours-desktop');
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, the committee list and the medals to issue are cards that fit the screen', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'shuji');
    await page.goto(`${baseUrl()}/party-org`);
    const cards = page.getByRole('list', { name: '支部委员会' });
    await cards.getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'party-org-committees-phone');

    await segment(page, '即将届满');
    await cards
      .getByText('即将届满')
      .first()
      .or(page.getByText('没有符合条件的支部委员会'))
      .first()
      .waitFor();
    await fitsTheScreen(page);

    await page.goto(`${baseUrl()}/honours`);
    await page
      .getByRole('list', { name: '待颁发名单' })
      .getByRole('listitem')
      .first()
      .or(page.getByText('没有人员'))
      .first()
      .waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'honours-medals-phone');
    expect(consoleErrors).toEqual([]);
  });
});
