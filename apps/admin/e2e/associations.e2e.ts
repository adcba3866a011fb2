import { chinaToday } from '@wanxia/schema';
import type { Browser, Page } from 'playwright-core';
import {
  closesAfterSave,
  fitsTheScreen,
  launchBrowser,
  looksRight,
  newPage,
  pickOption,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const PHONE = { width: 390, height: 844 };
/** A 64×48 PNG, the photo of an activity. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAfElEQVRoge2SAQkAQBCDlsT+UYz1McbxAwPoWITTpG7gAqiv6C7EXVI3cAHUV3QX4i6pG7gA6iu6C3GX1A1cAPUV3YW4S+oGLoD6iu5C3CV1AxdAfUV3Ie6SuoELoL6iuxB3Sd3ABVBf0V2Iu6Ru4AKor+guxF1SN/DzgAeJJzC1j9JECgAAAABJRU5ErkJggg==',
  'base64',
);
const CHOIR = '“夕阳红”合唱团';
const DESKTOP = { width: 1280, height: 800 };
/** The report's nine, as the demo data names them. */
const SEED = [
  '“夕阳红”合唱团',
  '梅山诗社',
  '京剧票友协会',
  '老年书画协会',
  '太极拳协会',
  '老摄影家协会',
  '门球协会',
  '钓鱼协会',
  '毛泽东思想学会',
];

interface Candidate {
  id: string;
  name: string;
  branch: string;
}

/**
 * A member on the roll in no association, whom the picker's search for the name lists once
 * (no namesake in the same branch), other than those in `besides`.
 */
async function candidate(besides: string[]): Promise<Candidate> {
  const data = await apiAs(
    'admin',
    `{ members(first: 100, filter: { status: [ACTIVE] }, orderBy: { field: NAME }) {
      nodes { id name branch { name } associations { id } } } }`,
  );
  for (const m of data.members.nodes) {
    if (m.associations.length || besides.includes(m.id)) continue;
    const found = await apiAs(
      'admin',
      `{ members(first: 20, filter: { search: ${JSON.stringify(m.name)} }, orderBy: { field: NAME }) {
        nodes { id name branch { name } } } }`,
    );
    const same = found.members.nodes.filter(
      (n: { name: string; branch: { name: string } }) =>
        n.name === m.name && n.branch.name === m.branch.name,
    );
    if (same.length === 1 && same[0].id === m.id)
      return { id: m.id, name: m.name, branch: m.branch.name };
  }
  throw new Error('no member on the roll outside every association');
}

/** An association's counts of the year, as the API has them. */
async function yearOf(id: string, year: number): Promise<{ activities: number; awards: number }> {
  const data = await apiAs(
    'admin',
    `{ node(id: ${JSON.stringify(id)}) { ... on Association { year(year: ${year}) { activities awards } } } }`,
  );
  return data.node.year;
}

async function associationId(name: string): Promise<string> {
  const data = await apiAs('admin', '{ associations(first: 50) { nodes { id name } } }');
  return data.associations.nodes.find((a: { name: string }) => a.name === name).id;
}

/** 添加会员 on an association's page: the member found by name in the picker, a role, today. */
async function addMember(page: Page, association: string, who: Candidate, role?: string) {
  await page.getByRole('button', { name: /添加会员/ }).click();
  const dialog = page.getByRole('dialog', { name: `添加会员：${association}` });
  await dialog.getByRole('combobox', { name: '会员' }).fill(who.name);
  // The option shows once the server has answered for the name typed, never an earlier list.
  await pickOption(page, `${who.name} · ${who.branch}`);
  if (role) {
    await dialog.getByRole('combobox', { name: '职务' }).click();
    await pickOption(page, role);
  }
  expect(await dialog.getByLabel('入会日期').inputValue()).toBe(chinaToday());
  return dialog;
}

describe('老年社会团体: the bureau keeps its associations’ members and reads their doings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('on a desktop, lists the nine, adds a vice-president to 梅山诗社 and reads a year’s awards', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: /老年社会团体/ }).click();
    await page.waitForURL(/\/associations$/);
    await page.getByRole('heading', { name: '老年社会团体' }).waitFor();
    const table = page.getByRole('table', { name: '社会团体列表' });
    for (const name of SEED) await table.getByRole('link', { name, exact: true }).waitFor();
    const listed = await apiAs(
      'admin',
      '{ associations(first: 50) { totalCount nodes { name memberCount } } }',
    );
    await page.getByText(`共 ${listed.associations.totalCount} 个社会团体`).waitFor();
    const poets = listed.associations.nodes.find((a: { name: string }) => a.name === '梅山诗社');
    await table
      .getByRole('row', { name: /梅山诗社/ })
      .getByRole('cell', { name: String(poets.memberCount), exact: true })
      .first()
      .waitFor();
    await looksRight(page, 'associations-list-desktop');

    await table.getByRole('link', { name: '梅山诗社', exact: true }).click();
    await page.getByRole('heading', { name: '梅山诗社' }).waitFor();
    const members = page.getByRole('table', { name: '会员名单' });
    await members.getByRole('row').nth(1).waitFor();
    await page.getByText(`现有会员 ${poets.memberCount} 人`, { exact: false }).waitFor();
    await looksRight(page, 'association-members-desktop');

    const who = await candidate([]);
    const dialog = await addMember(page, '梅山诗社', who, '副会长');
    await looksRight(page, 'association-join-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`${who.name} 已入会（副会长）`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = members.getByRole('row', { name: new RegExp(who.name) });
    await row.getByText('副会长').waitFor();
    await row.getByText(`${chinaToday()} — 至今`).waitFor();
    await page.getByText(`现有会员 ${poets.memberCount + 1} 人`, { exact: false }).waitFor();

    const id = await associationId('梅山诗社');
    const saved = await apiAs(
      'admin',
      `{ node(id: ${JSON.stringify(id)}) { ... on Association { memberCount
        memberships(current: true) { role joinedOn leftOn member { id } } } } }`,
    );
    expect(saved.node.memberCount).toBe(poets.memberCount + 1);
    expect(saved.node.memberships).toContainEqual({
      role: 'VICE_PRESIDENT',
      joinedOn: chinaToday(),
      leftOn: null,
      member: { id: who.id },
    });

    // 活动与获奖 of 2022, of the association with the most awards that year: the year's counts
    // and its activities with their awards, as the API has them.
    const years = await apiAs(
      'admin',
      '{ associations(first: 50) { nodes { id name year(year: 2022) { activities awards } } } }',
    );
    const [best] = [...years.associations.nodes].sort(
      (a: { year: { awards: number } }, b: { year: { awards: number } }) =>
        b.year.awards - a.year.awards,
    );
    const held = await apiAs(
      'admin',
      `{ node(id: ${JSON.stringify(best.id)}) { ... on Association {
        activities(year: 2022, first: 20) { totalCount nodes { title awards { award } } } } } }`,
    );
    best.activities = held.node.activities;
    expect(best.year.awards).toBeGreaterThan(0);
    // The notice of the join has gone, not to cover the table in the picture.
    await page.getByText(`${who.name} 已入会（副会长）`).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '返回列表' }).click();
    await table.getByRole('link', { name: best.name, exact: true }).click();
    await page.getByRole('heading', { name: best.name }).waitFor();
    await page.getByRole('tab', { name: '活动与获奖' }).click();
    await page.waitForURL(/tab=activities/);
    await page.getByRole('combobox', { name: '年度' }).click();
    await pickOption(page, '2022');
    await page.getByText(`活动 ${best.year.activities} 次 · 获奖 ${best.year.awards} 项`).waitFor();
    await page.getByText(`共 ${best.activities.totalCount} 次活动`).waitFor();
    const list = page.getByRole('table', { name: '活动列表' });
    const shown = best.activities.nodes as { title: string; awards: { award: string }[] }[];
    for (const a of shown) {
      await list.getByRole('cell', { name: a.title, exact: true }).first().waitFor();
      for (const w of a.awards) await list.getByText(w.award, { exact: false }).first().waitFor();
    }
    expect(await list.locator('tbody tr.ant-table-row').count()).toBe(shown.length);
    await looksRight(page, 'association-activities-desktop');

    // 记录活动 for the choir: a performance of today with a photo and an award won at it.
    const choirId = await associationId(CHOIR);
    const year = Number(chinaToday().slice(0, 4));
    const counted = await yearOf(choirId, year);
    await page.getByRole('button', { name: '返回列表' }).click();
    await table.getByRole('link', { name: CHOIR, exact: true }).click();
    await page.getByRole('heading', { name: CHOIR }).waitFor();
    await page.getByRole('tab', { name: '活动与获奖' }).click();
    await page.getByText(`活动 ${counted.activities} 次 · 获奖 ${counted.awards} 项`).waitFor();
    await page.getByRole('button', { name: /记录活动/ }).click();
    const form = page.getByRole('dialog', { name: '记录活动' });
    await form.getByText(CHOIR, { exact: true }).waitFor();
    await form.getByText('文艺演出', { exact: true }).waitFor();
    const title = `重阳专场演出 ${Date.now().toString(36)}`;
    await form.getByLabel('标题', { exact: true }).fill(title);
    await form.getByLabel('地点', { exact: true }).fill('县老干部活动中心多功能厅');
    await form.getByLabel('观众人数').fill('320');
    await form.getByLabel('活动情况', { exact: true }).fill('合唱《我和我的祖国》等八首。');
    await form.locator('input[type="file"]').setInputFiles({
      name: '演出现场.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await form.getByRole('list', { name: '待保存的附件' }).getByText('演出现场.png').waitFor();
    await form.getByRole('button', { name: /添加获奖/ }).click();
    await form.getByLabel('第 1 项奖项名称').fill('全市老年合唱比赛金奖');
    await form.getByRole('combobox', { name: '第 1 项级别' }).click();
    await pickOption(page, '市级');
    await form.getByLabel('第 1 项获奖者').fill('夕阳红合唱团');
    await looksRight(page, 'association-activity-form-desktop', { fullPage: false });
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await closesAfterSave(form);
    await page
      .getByText(`活动 ${counted.activities + 1} 次 · 获奖 ${counted.awards + 1} 项`)
      .waitFor();
    const choirList = page.getByRole('table', { name: '活动列表' });
    const recorded = choirList.getByRole('row', { name: new RegExp(title) });
    await recorded.getByText('市级 · 全市老年合唱比赛金奖（夕阳红合唱团）').waitFor();
    const kept = await apiAs(
      'admin',
      `{ node(id: ${JSON.stringify(choirId)}) { ... on Association {
        activities(year: ${year}, first: 50) { nodes { title kind externalAttendance
          organiser { kind association { id } } attachments { fileName }
          awards { award level recipient } } } } } }`,
    );
    const activity = kept.node.activities.nodes.find((a: { title: string }) => a.title === title);
    expect(activity).toEqual({
      title,
      kind: 'PERFORMANCE',
      externalAttendance: 320,
      organiser: { kind: 'ASSOCIATION', association: { id: choirId } },
      attachments: [{ fileName: '演出现场.png' }],
      awards: [{ award: '全市老年合唱比赛金奖', level: 'CITY', recipient: '夕阳红合唱团' }],
    });
    expect(await yearOf(choirId, year)).toEqual({
      activities: counted.activities + 1,
      awards: counted.awards + 1,
    });
    await page.getByText('已记录活动').waitFor({ state: 'detached' });
    await looksRight(page, 'association-activity-recorded-desktop');
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, the lists are cards that fit the screen; a member joins the choir and leaves again', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'admin');
    await page.getByRole('button', { name: '菜单' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: '老年社会团体' }).click();
    await page.waitForURL(/\/associations$/);
    const cards = page.getByRole('list', { name: '社会团体列表' });
    for (const name of SEED) await cards.getByRole('link', { name, exact: true }).waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'associations-list-phone');

    const choir = '“夕阳红”合唱团';
    await cards.getByRole('link', { name: choir, exact: true }).click();
    await page.getByRole('heading', { name: choir }).waitFor();
    const members = page.getByRole('list', { name: '会员名单' });
    await members.getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    // The page is as long as the choir: its head and first cards, as the phone shows them.
    await looksRight(page, 'association-members-phone', { fullPage: false });

    const id = await associationId(choir);
    const before = await apiAs(
      'admin',
      `{ node(id: ${JSON.stringify(id)}) { ... on Association { memberships { member { id } } } } }`,
    );
    const who = await candidate(
      before.node.memberships.map((m: { member: { id: string } }) => m.member.id),
    );
    const dialog = await addMember(page, choir, who);
    await fitsTheScreen(page);
    await looksRight(page, 'association-join-phone', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`${who.name} 已入会（会员）`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const card = members.getByRole('listitem').filter({ hasText: who.name });
    await card.getByText(`${chinaToday()} — 至今`).waitFor();
    await fitsTheScreen(page);

    // 退会 the same day.
    await card.getByRole('button', { name: `${who.name} 退会` }).click();
    const leave = page.getByRole('dialog', { name: `${who.name} 退会` });
    expect(await leave.getByLabel('退会日期').inputValue()).toBe(chinaToday());
    await fitsTheScreen(page);
    await leave.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已记录 ${who.name} 退会`).waitFor();
    await leave.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: '显示已退会会员' }).click();
    await card.getByText(`${chinaToday()} — ${chinaToday()}`).waitFor();
    await fitsTheScreen(page);
    await card.scrollIntoViewIfNeeded();
    // The notices have gone, not to cover the cards in the picture.
    await page.getByText(`已记录 ${who.name} 退会`).waitFor({ state: 'detached' });
    await looksRight(page, 'association-former-phone', { fullPage: false });

    const after = await apiAs(
      'admin',
      `{ node(id: ${JSON.stringify(id)}) { ... on Association {
        memberships { role joinedOn leftOn member { id } } } } }`,
    );
    expect(after.node.memberships).toContainEqual({
      role: 'MEMBER',
      joinedOn: chinaToday(),
      leftOn: chinaToday(),
      member: { id: who.id },
    });

    await page.getByRole('tab', { name: '活动与获奖' }).click();
    await page
      .getByRole('list', { name: '活动列表' })
      .getByRole('listitem')
      .first()
      .or(page.getByText('该年度暂无活动'))
      .first()
      .waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'association-activities-phone');

    // The activity form fills the phone's screen, an award's row within it.
    await page.getByRole('button', { name: /记录活动/ }).click();
    const form = page.getByRole('dialog', { name: '记录活动' });
    await form.getByText(choir, { exact: true }).waitFor();
    await form.getByRole('button', { name: /添加获奖/ }).click();
    await form.getByLabel('第 1 项奖项名称').fill('全县广场舞比赛一等奖');
    await fitsTheScreen(page);
    const box = await form.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    await looksRight(page, 'association-activity-form-phone', { fullPage: false });
    await form.getByRole('button', { name: /取\s*消/ }).click();
    await form.waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
  });
});
