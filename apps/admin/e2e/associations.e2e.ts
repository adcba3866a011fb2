import type { Browser, Page } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  pickOption,
  screenshot,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
}

async function looksRight(page: Page, name: string, options?: { fullPage?: boolean }) {
  await settled(page);
  await page.mouse.move(0, 0);
  await screenshot(page, name, options);
  expect(await accessibilityProblems(page)).toEqual([]);
}

async function fitsTheScreen(page: Page) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3)
      .map((e) => `${e.tagName}.${e.className}`),
  );
  expect(wide).toEqual([]);
}

describe('社会团体: the associations, their members, and a member’s 社会任职', () => {
  let browser: Browser;
  /** An association of the demo data and a member of the roster not in it, named uniquely. */
  let association: { id: string; name: string };
  let newcomer: { id: string; name: string; branch: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await apiAs(
      'admin',
      `{ associations(first: 1) { nodes { id name memberships { member { id } } } }
         members(first: 60, filter: { status: [ACTIVE] }, orderBy: { field: NAME }) { nodes { id name branch { name } } } }`,
    );
    const [first] = data.associations.nodes;
    association = { id: first.id, name: first.name };
    const inIt = new Set(first.memberships.map((m: { member: { id: string } }) => m.member.id));
    const counts = new Map<string, number>();
    for (const m of data.members.nodes) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    for (const m of data.members.nodes) {
      if (inIt.has(m.id) || counts.get(m.name) !== 1) continue;
      const same = await apiAs(
        'admin',
        `{ members(first: 2, filter: { search: ${JSON.stringify(m.name)} }) { totalCount } }`,
      );
      if (same.members.totalCount !== 1) continue;
      newcomer = { id: m.id, name: m.name, branch: m.branch.name };
      break;
    }
    expect(newcomer).toBeDefined();
  });
  afterAll(() => browser.close());

  it('on a desktop, lists the associations, opens one and adds a member with a role', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/associations`);
    await page.getByRole('heading', { name: '老年社会团体' }).waitFor();
    const list = page.getByRole('table', { name: '社会团体列表' });
    await list.getByRole('link', { name: association.name }).waitFor();
    await list
      .getByText(/^会长 /)
      .first()
      .waitFor();
    await looksRight(page, 'associations-list-desktop');

    await list.getByRole('link', { name: association.name }).click();
    await page.getByRole('heading', { name: association.name }).waitFor();
    const members = page.getByRole('table', { name: '会员名单' });
    await members.getByRole('row').nth(1).getByText('会长').waitFor();
    await looksRight(page, 'association-members-desktop');

    await page.getByRole('button', { name: '添加会员' }).click();
    const dialog = page.getByRole('dialog', { name: `添加会员：${association.name}` });
    await dialog.getByRole('combobox', { name: '会员' }).fill(newcomer.name);
    await pickOption(page, `${newcomer.name} · ${newcomer.branch}`);
    await dialog.getByRole('combobox', { name: '职务' }).click();
    await pickOption(page, '副会长');
    await dialog.getByLabel('入会日期').fill('2024-03-01');
    await looksRight(page, 'association-join-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = members.getByRole('row').filter({ hasText: newcomer.name });
    await row.getByText('副会长').waitFor();
    await row.getByText('2024-03-01 — 至今').waitFor();

    const saved = await apiAs(
      'admin',
      `{ node(id: ${JSON.stringify(newcomer.id)}) { ... on Member { associations { role joinedOn leftOn association { name } } } } }`,
    );
    expect(saved.node.associations).toContainEqual({
      role: 'VICE_PRESIDENT',
      joinedOn: '2024-03-01',
      leftOn: null,
      association: { name: association.name },
    });

    // Its activities of the year, each with the awards won.
    await page.getByRole('tab', { name: '活动与获奖' }).click();
    await page.getByText(/^活动 \d+ 次 · 获奖 \d+ 项$/).waitFor();
    await settled(page);
    await looksRight(page, 'association-activities-desktop');
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, the list is cards and the member’s 社会任职 tab fits the screen', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/associations`);
    const cards = page.getByRole('list', { name: '社会团体列表' });
    await cards.getByRole('listitem').first().waitFor();
    await cards
      .getByText(/^会长 /)
      .first()
      .waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'associations-list-phone');

    await page.goto(`${baseUrl()}/roster/${encodeURIComponent(newcomer.id)}?tab=roles`);
    const tab = page.getByRole('tab', { name: '任职' });
    await tab.waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const associations = page.getByRole('region', { name: '参加的社会团体' });
    await associations.getByRole('link', { name: association.name }).waitFor();
    // Seven tabs, all in view: no overflow menu.
    expect(await page.getByRole('tab').count()).toBe(7);
    expect(
      await page.locator('.ant-tabs-nav-operations:not(.ant-tabs-nav-operations-hidden)').count(),
    ).toBe(0);
    await fitsTheScreen(page);
    await looksRight(page, 'member-roles-phone');

    // Adding a role: a dialog the size of the screen; the role is listed once saved.
    await page.getByRole('button', { name: '添加任职' }).click();
    const dialog = page.getByRole('dialog', { name: `添加社会任职：${newcomer.name}` });
    await dialog.getByRole('combobox', { name: '任职类别' }).click();
    await pickOption(page, '宣讲员');
    await dialog.getByLabel('任职单位').fill('县委老干部局“银耀安化”宣讲团');
    await dialog.getByLabel('职务').fill('宣讲员');
    await dialog.getByLabel('任职日期').fill('2023-05-01');
    await fitsTheScreen(page);
    await looksRight(page, 'member-role-form-phone', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    const roles = page.getByRole('region', { name: '社会任职' });
    await roles.getByText('宣讲员（宣讲员）').waitFor();
    await roles.getByText('县委老干部局“银耀安化”宣讲团 · 2023-05-01 — 至今').waitFor();
    await fitsTheScreen(page);
    expect(consoleErrors).toEqual([]);
  });
});
