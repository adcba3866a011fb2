import type { Browser } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import {
  baseUrl,
  fitsTheScreen,
  launchBrowser,
  looksRight,
  newPage,
  pickOption,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TITLE = 'e2e 报名测试：红色教育基地参观';

/** The day `days` after `day`. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('网络报名: sign-up with places and a waiting list', () => {
  let browser: Browser;
  let members: { id: string; name: string; branch: { name: string } }[];
  let activityId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await apiAs(
      'admin',
      `{ members(first: 40, filter: { status: [ACTIVE] }) { nodes { id name branch { name } } } }`,
    );
    // Three members whose names no one else in the first page shares, so a search finds one each.
    const all = data.members.nodes as typeof members;
    members = all.filter((m) => all.filter((n) => n.name === m.name).length === 1).slice(0, 3);
    expect(members).toHaveLength(3);
    const day = addDays(chinaToday(), 10);
    const created = await apiAs(
      'admin',
      `mutation { createActivity(input: { kind: OTHER, title: "${TITLE}", organiser: { kind: BUREAU },
        startsAt: "${day}T09:00:00+08:00", endsAt: "${day}T11:00:00+08:00", place: "梅城镇" }) {
        activity { id } userErrors { code message } } }`,
    );
    expect(created.createActivity.userErrors).toEqual([]);
    activityId = created.createActivity.activity.id;
  });
  afterAll(() => browser.close());

  it('on a desktop, opens an activity for 2, signs up three (the third waits), cancels one and the waiting one moves up', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');

    // 开放报名 on the activity in 活动记录.
    await page.goto(`${baseUrl()}/party-life`);
    await page.getByRole('heading', { name: '活动记录' }).waitFor();
    const search = page.getByLabel('标题', { exact: true });
    await search.fill(TITLE);
    await search.press('Enter');
    const row = page
      .getByRole('table', { name: '活动列表' })
      .getByRole('row', { name: new RegExp(TITLE) });
    await row.getByRole('button', { name: '开放报名' }).click();
    const form = page.getByRole('dialog', { name: '开放报名' });
    await form.getByLabel('名额').fill('2');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.waitFor({ state: 'detached' });
    await row.getByText('剩余 2 / 共 2').waitFor();

    // 网络报名 lists it; sign three members up.
    await page.goto(`${baseUrl()}/signup`);
    await page.getByRole('heading', { name: '网络报名' }).waitFor();
    const listed = page
      .getByRole('table', { name: '正在报名' })
      .getByRole('row', { name: new RegExp(TITLE) });
    await listed.getByText('剩余 2 / 共 2').waitFor();
    await looksRight(page, 'signup-list-desktop');
    await listed.getByRole('link', { name: TITLE }).click();
    const dialog = page.getByRole('dialog', { name: TITLE });
    for (const [i, member] of members.entries()) {
      await dialog.getByRole('combobox', { name: '选择报名人员' }).fill(member.name);
      await pickOption(page, `${member.name}（${member.branch.name}）`);
      await page
        .getByText(i < 2 ? `${member.name} 已报名` : `名额已满：${member.name} 候补第 1 位`)
        .waitFor();
    }
    const signedUp = dialog.getByRole('region', { name: '已报名' });
    const waiting = dialog.getByRole('region', { name: '候补' });
    await signedUp.getByText(members[1].name, { exact: true }).waitFor();
    await waiting.getByText(members[2].name, { exact: true }).waitFor();
    await waiting.getByText('候补第 1 位').waitFor();
    await looksRight(page, 'signup-waiting-desktop', { fullPage: false });

    // The first cancels: the one waiting moves up to the place.
    await signedUp
      .getByRole('listitem')
      .filter({ hasText: members[0].name })
      .getByRole('button', { name: '取消报名' })
      .click();
    await page.getByText(`${members[2].name} 由候补递补入选`).waitFor();
    await signedUp.getByText(members[2].name, { exact: true }).waitFor();
    await waiting.getByText('暂无').waitFor();

    const saved = await apiAs(
      'admin',
      `{ signups(activityId: "${activityId}", first: 10, status: [SIGNED_UP, WAITING, CANCELLED]) {
        nodes { status member { id } } } }`,
    );
    const status = Object.fromEntries(
      saved.signups.nodes.map((s: { status: string; member: { id: string } }) => [
        s.member.id,
        s.status,
      ]),
    );
    expect(status).toEqual({
      [members[0].id]: 'CANCELLED',
      [members[1].id]: 'SIGNED_UP',
      [members[2].id]: 'SIGNED_UP',
    });
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, the open sign-ups are cards that fit the screen', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/signup`);
    const cards = page.getByRole('list', { name: '正在报名' });
    await cards.getByRole('listitem').filter({ hasText: TITLE }).waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'signup-list-phone');
    await cards.getByRole('link', { name: TITLE }).click();
    const dialog = page.getByRole('dialog', { name: TITLE });
    await dialog
      .getByRole('region', { name: '已报名' })
      .getByText(members[2].name, { exact: true })
      .waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'signup-detail-phone', { fullPage: false });
    expect(consoleErrors).toEqual([]);
  });
});
