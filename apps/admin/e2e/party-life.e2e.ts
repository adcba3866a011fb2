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

/** A 4×3 PNG: a real image, as a phone's photo would be. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEElEQVQImWM4YMkLRww4OQD4BwxJEqiEKAAAAABJRU5ErkJggg==',
  'base64',
);

describe('组织生活: a secretary keeps the branch’s 三会一课', () => {
  let browser: Browser;
  let branch: { id: string; name: string; members: { id: string; name: string }[] };
  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await apiAs(
      'shuji',
      '{ branches(first: 50, filter: { kind: BRANCH }) { nodes { id name members(first: 3, filter: { status: [ACTIVE] }) { nodes { id name } } } } }',
    );
    const found = data.branches.nodes.find(
      (b: { members: { nodes: unknown[] } }) => b.members.nodes.length >= 3,
    );
    branch = { id: found.id, name: found.name, members: found.members.nodes };
  });
  afterAll(() => browser.close());

  it('on a desktop, records a 党员大会 with attendance and a photo, and sees the county table', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'shuji');
    await page.waitForURL(/\/my-tasks$/);
    await page.getByText('到期会议').first().waitFor();

    await page.goto(`${baseUrl()}/party-life?branch=${encodeURIComponent(branch.id)}`);
    await page.getByRole('heading', { name: '活动记录' }).waitFor();
    await page.getByRole('table', { name: '活动列表' }).getByRole('row').nth(1).waitFor();
    await looksRight(page, 'party-life-list-desktop');

    await page.getByRole('button', { name: '记录活动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题').fill('e2e 第四季度支部党员大会');
    await dialog.getByLabel('地点').fill('支部活动室');
    const absent = branch.members[1].name;
    await dialog.getByRole('combobox', { name: `${absent} 出勤` }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('缺席').click();
    await dialog.getByRole('textbox', { name: `${absent} 缺席原因` }).fill('住院治疗');
    // The photo goes up before the meeting is saved; saving takes it in the same transaction.
    await dialog.getByLabel('上传照片或 PDF').setInputFiles({
      name: '会场.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await dialog.getByRole('list', { name: '待保存的附件' }).getByText('会场.png').waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('已保存').waitFor();
    await dialog.getByRole('button', { name: '打开 会场.png' }).locator('img').waitFor();
    await looksRight(page, 'party-life-form-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = await apiAs(
      'shuji',
      `{ activities(first: 1, filter: { search: "e2e 第四季度" }) { nodes { kind attendance { participants present absent excused }
        attachments { contentType thumbnailUrl } participants { attendance absenceReason member { name } } } } }`,
    );
    const [activity] = saved.activities.nodes;
    expect(activity.kind).toBe('BRANCH_MEMBERS_MEETING');
    expect(activity.attendance.absent).toBe(1);
    expect(activity.attachments).toEqual([
      { contentType: 'image/png', thumbnailUrl: expect.stringContaining('/thumbnail') },
    ]);
    expect(
      activity.participants.find((p: { member: { name: string } }) => p.member.name === absent),
    ).toMatchObject({ attendance: 'ABSENT', absenceReason: '住院治疗' });

    // The list as filtered, to Excel: the meeting with its attendance counted.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`活动记录-${chinaToday()}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await file.path())!);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      '时间',
      '类别',
      '标题',
      '组织者',
      '地点',
      '应到',
      '实到',
      '缺席',
      '请假',
      '受益人数',
      '纪要',
    ]);
    const meeting = rows.find((row) => row[2] === 'e2e 第四季度支部党员大会');
    expect(meeting?.slice(1, 10)).toEqual([
      '支部党员大会',
      'e2e 第四季度支部党员大会',
      branch.name,
      '支部活动室',
      activity.attendance.participants,
      activity.attendance.present,
      1,
      activity.attendance.excused,
      0,
    ]);

    await page.getByRole('link', { name: '三会一课落实情况' }).click();
    await page.getByRole('table', { name: '支部落实情况' }).waitFor();
    await looksRight(page, 'party-life-compliance-desktop');
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, the activities and the branches behind are cards that fit the screen', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'shuji');
    await page.waitForURL(/\/my-tasks$/);
    await page
      .getByRole('list', { name: '到期会议' })
      .or(page.getByText('近期没有到期的会议'))
      .first()
      .waitFor();

    await page.goto(`${baseUrl()}/party-life`);
    const cards = page.getByRole('list', { name: '活动列表' });
    await cards.getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'party-life-list-phone');

    // 打印: the same list whole, as it will print; on a phone the table scrolls in its card.
    await page.getByRole('button', { name: /打\s*印/ }).click();
    await page.waitForURL(/\/party-life\/print\?year=\d{4}$/);
    const printed = page.getByRole('table', { name: '活动列表' });
    await printed.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByText(/共 \d+ 次活动/).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await looksRight(page, 'party-life-print-phone');

    await page.goto(`${baseUrl()}/party-life/compliance`);
    await page
      .getByRole('list', { name: '支部落实情况' })
      .or(page.getByText('没有符合条件的支部'))
      .first()
      .waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'party-life-compliance-phone');

    await page.goto(`${baseUrl()}/party-life/compliance/${encodeURIComponent(branch.id)}`);
    await page.getByRole('heading', { name: `${branch.name} 三会一课` }).waitFor();
    await looksRight(page, 'party-life-branch-phone');
    expect(consoleErrors).toEqual([]);
  });
});
