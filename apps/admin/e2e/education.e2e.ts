import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import {
  baseUrl,
  fitsTheScreen,
  launchBrowser,
  looksRight,
  newPage,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The provincial platform's export for one month, as the bureau receives it. */
async function pointsFile(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('积分排名');
  sheet.addRow(['三湘老干部e家 学习积分排名']);
  sheet.addRow(['姓名', '身份证号', '所在支部', '月份', '积分', '全省排名']);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('学习教育: learning points and the 红色讲堂', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('an admin imports a month of points: the unmatched row is reported, the ranking shows the rest', async () => {
    const data = await apiAs(
      'admin',
      '{ members(first: 2, filter: { status: [ACTIVE] }) { nodes { id name personalData { idCardNumber } branch { name parent { name } } } } }',
    );
    const [first, second] = data.members.nodes;
    const month = chinaToday().slice(0, 7);
    const file = await pointsFile([
      [first.name, first.personalData.idCardNumber, null, month, 3210, 2],
      [second.name, null, `${second.branch.parent.name}/${second.branch.name}`, month, 2890, 150],
      ['查无此人', null, `${second.branch.parent.name}/${second.branch.name}`, month, 1000, 8000],
    ]);

    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/education/points`);
    await page.getByRole('heading', { name: '学习积分' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: `${month}积分.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByRole('button', { name: /检\s*查/ }).click();
    const checked = page.getByText(/检查完成：/);
    await checked.waitFor();
    expect(await checked.textContent()).toContain(
      '3 行，可导入 2 行（按身份证号 1 行），未匹配 1 行',
    );
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const done = page.getByText(/已导入 /);
    await done.waitFor();
    expect(await done.textContent()).toContain('已导入 2 行');
    const unmatched = page.getByRole('table', { name: '未匹配的行' });
    await unmatched.getByRole('cell', { name: '查无此人' }).waitFor();
    await expect(unmatched.getByRole('row').nth(1).textContent()).resolves.toContain('5');

    // The ranking of this month: the two matched, first place first.
    const ranked = await apiAs(
      'admin',
      `{ learningRanking(year: ${month.slice(0, 4)}, month: ${Number(month.slice(5))}, first: 5) {
        nodes { countyRank points member { id } } } }`,
    );
    expect(ranked.learningRanking.nodes).toEqual([
      { countyRank: 1, points: 3210, member: { id: first.id } },
      { countyRank: 2, points: 2890, member: { id: second.id } },
    ]);
    await page.getByRole('table', { name: '积分排名' }).waitFor();
    await looksRight(page, 'education-points-import-desktop');
    expect(consoleErrors).toEqual([]);
  });

  it('an admin rates a lecture held: each participant present scored, the list shows the average', async () => {
    const data = await apiAs(
      'admin',
      `{ lectureOrders(first: 1, filter: { state: [HELD] }) { nodes { id lecture { topic } branch { name }
        activity { participants { attendance member { name } } } } } }`,
    );
    const [held] = data.lectureOrders.nodes;
    const present: string[] = held.activity.participants
      .filter(
        (p: { attendance: string; member: unknown }) => p.attendance === 'PRESENT' && p.member,
      )
      .map((p: { member: { name: string } }) => p.member.name);
    expect(present.length).toBeGreaterThan(1);
    // The first of them gives three stars, the others five.
    const average = (3 + 5 * (present.length - 1)) / present.length;

    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/education/lectures`);
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('已举办').click();
    const row = page
      .getByRole('table', { name: '点单列表' })
      .getByRole('row')
      .nth(1)
      .filter({ hasText: held.lecture.topic })
      .filter({ hasText: held.branch.name });
    await row.waitFor();
    await row.getByRole('button', { name: /评\s*分/ }).click();

    const dialog = page.getByRole('dialog');
    const ratings = dialog.getByRole('list', { name: / 评分$/ });
    await ratings.first().waitFor();
    expect(await ratings.count()).toBe(present.length);
    expect(await ratings.first().getAttribute('aria-label')).toBe(`${present[0]} 评分`);
    for (let i = 0; i < present.length; i++) {
      await ratings
        .nth(i)
        .getByRole('radio')
        .nth(i === 0 ? 2 : 4)
        .click();
    }
    await looksRight(page, 'education-rating-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });

    const shown = `${(Math.round(average * 10) / 10).toFixed(1)} 分（${present.length} 人）`;
    await row.getByText(shown).waitFor();
    const saved = await apiAs(
      'admin',
      `{ node(id: "${held.id}") { ... on LectureOrder { rating { count average } } } }`,
    );
    expect(saved.node.rating.count).toBe(present.length);
    expect(saved.node.rating.average).toBeCloseTo(average, 6);
    expect(consoleErrors).toEqual([]);
  });

  it('a secretary orders a 红色讲堂 lecture for the branch on a phone', async () => {
    const data = await apiAs(
      'shuji',
      '{ branches(first: 5, filter: { kind: BRANCH }) { nodes { id name } } lectures(first: 1) { nodes { id topic } } }',
    );
    const [branch] = data.branches.nodes;
    const [lecture] = data.lectures.nodes;

    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'shuji');
    await page.waitForURL(/\/my-tasks$/);
    await page.goto(`${baseUrl()}/education/lectures`);
    const catalogue = page.getByRole('list', { name: '讲座目录' });
    await catalogue.getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'education-lectures-phone');

    await catalogue
      .getByRole('listitem')
      .filter({ hasText: lecture.topic })
      .getByRole('button', { name: /点\s*单/ })
      .click();
    const dialog = page.getByRole('dialog');
    const picker = dialog.getByRole('combobox', { name: '点单支部' });
    await picker.click();
    await picker.fill(branch.name);
    await picker.press('Enter');
    await dialog.getByLabel('备注').fill('e2e 希望安排在上午');
    await looksRight(page, 'education-order-phone', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });

    const orders = page.getByRole('list', { name: '点单列表' });
    await orders.getByRole('listitem').filter({ hasText: lecture.topic }).first().waitFor();
    await fitsTheScreen(page);
    const saved = await apiAs(
      'shuji',
      '{ lectureOrders(first: 1) { nodes { state note branch { id } lecture { id } } } }',
    );
    expect(saved.lectureOrders.nodes[0]).toEqual({
      state: 'ORDERED',
      note: 'e2e 希望安排在上午',
      branch: { id: branch.id },
      lecture: { id: lecture.id },
    });
    await looksRight(page, 'education-orders-phone');
    expect(consoleErrors).toEqual([]);
  });
});
