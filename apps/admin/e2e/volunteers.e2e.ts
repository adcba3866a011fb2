import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
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
/** A 64×48 red PNG: a photo as far as the server's checks go (it decodes and gets a thumbnail). */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAfElEQVRoge2SAQkAQBCDlsT+UYz1McbxAwPoWITTpG7gAqiv6C7EXVI3cAHUV3QX4i6pG7gA6iu6C3GX1A1cAPUV3YW4S+oGLoD6iu5C3CV1AxdAfUV3Ie6SuoELoL6iuxB3Sd3ABVBf0V2Iu6Ru4AKor+guxF1SN/DzgAeJJzC1j9JECgAAAABJRU5ErkJggg==',
  'base64',
);

describe('志愿服务: the bureau records a team’s activity and reads the points ranking', () => {
  let browser: Browser;
  let team: { id: string; name: string; volunteer: string };
  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await apiAs(
      'admin',
      '{ volunteerTeams(first: 40, filter: { level: COUNTY }) { nodes { id name memberships(current: true) { volunteer { name } } } } }',
    );
    const found = data.volunteerTeams.nodes.find(
      (t: { memberships: unknown[] }) => t.memberships.length > 0,
    );
    team = { id: found.id, name: found.name, volunteer: found.memberships[0].volunteer.name };
  });
  afterAll(() => browser.close());

  it('on a phone, records a volunteer activity with hours, couplets, a donation and a photo', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/volunteers`);
    await page.getByRole('heading', { name: '志愿活动' }).waitFor();
    await page.getByRole('list', { name: '志愿活动列表' }).getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'volunteers-list-phone');

    await page.getByRole('button', { name: '记录志愿活动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '志愿服务队' }).fill(team.name);
    await page.locator('.ant-select-dropdown:visible').getByTitle(team.name).click();
    await dialog.getByRole('combobox', { name: '服务类别' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('文化').click();
    await dialog.getByLabel('标题').fill('e2e 义写春联送万家');
    await dialog.getByLabel('地点').fill('东坪镇文化广场');
    await dialog.getByLabel('义写春联（幅）').fill('320');
    await dialog
      .getByRole('spinbutton', { name: `${team.volunteer} 服务时长（小时）` })
      .fill('3.5');
    await dialog.getByRole('button', { name: '添加捐款' }).click();
    await dialog.getByLabel('捐款人').fill('李建国');
    await dialog.getByLabel('金额（元）').fill('500.50');
    await fitsTheScreen(page);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('已保存，可以上传照片').waitFor();

    await dialog.locator('input[type="file"]').setInputFiles({
      name: '春联现场.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await dialog.getByRole('button', { name: '打开 春联现场.png' }).waitFor();
    await looksRight(page, 'volunteers-form-phone', { fullPage: false });
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = await apiAs(
      'admin',
      `{ activities(first: 1, filter: { search: "e2e 义写春联", organiserKind: TEAM }) { nodes {
        kind organiser { team { name } } attachments { fileName }
        volunteerService { category couplets hours donationsFen volunteers { hours volunteer { name } } } } } }`,
    );
    const [activity] = saved.activities.nodes;
    expect(activity).toMatchObject({
      kind: 'VOLUNTEER_SERVICE',
      organiser: { team: { name: team.name } },
      attachments: [{ fileName: '春联现场.png' }],
      volunteerService: {
        category: 'CULTURE',
        couplets: 320,
        hours: 3.5,
        donationsFen: 50050,
        volunteers: [{ hours: 3.5, volunteer: { name: team.volunteer } }],
      },
    });
    expect(consoleErrors).toEqual([]);
  });

  it('on a desktop, exports the year’s volunteer activities to Excel', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/volunteers`);
    await page.getByRole('heading', { name: '志愿活动' }).waitFor();
    await page.getByRole('table', { name: '志愿活动列表' }).getByRole('row').nth(1).waitFor();

    // The page opens on this year in China; the notice shows for a few seconds only, so it is
    // watched for from the click on.
    const year = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
    const notice = page.getByText(/已导出：活动记录-/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    await notice;
    expect(download.suggestedFilename()).toMatch(/^活动记录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    // An xlsx is a zip (PK) that ExcelJS opens.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1, 6)).toEqual([
      '时间',
      '类别',
      '标题',
      '组织者',
      '地点',
    ]);

    // Exactly the teams' activities of the year, as the API lists them.
    const listed = await apiAs(
      'admin',
      `{ activities(first: 20, filter: { organiserKind: TEAM, from: "${year}-01-01", to: "${year}-12-31" }) {
        totalCount nodes { title organiser { team { name } } } } }`,
    );
    expect(listed.activities.totalCount).toBeGreaterThan(0);
    expect(sheet.rowCount).toBe(listed.activities.totalCount + 1);
    const rows: { title: string; organiser: string }[] = [];
    sheet.eachRow(
      (row, n) =>
        n > 1 &&
        rows.push({ title: String(row.getCell(3).value), organiser: String(row.getCell(4).value) }),
    );
    for (const a of listed.activities.nodes as {
      title: string;
      organiser: { team: { name: string } };
    }[])
      expect(rows).toContainEqual({ title: a.title, organiser: a.organiser.team.name });
    expect(consoleErrors).toEqual([]);
  });

  it('on a desktop, reads the last year’s points ranking', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/volunteers/ranking`);
    await page.getByRole('heading', { name: '志愿积分排行' }).waitFor();
    const table = page.getByRole('table', { name: '志愿积分排行榜' });
    await table.getByRole('row').nth(1).waitFor();
    // The page opens on the last full year.
    const year = Number(new Date().toISOString().slice(0, 4)) - 1;
    const first = await apiAs(
      'admin',
      `{ volunteerRanking(year: ${year}, first: 1) { nodes { rank hours volunteer { name } } } }`,
    );
    const [top] = first.volunteerRanking.nodes;
    await table.getByRole('row').nth(1).getByText(top.volunteer.name).waitFor();
    await looksRight(page, 'volunteers-ranking-desktop');
    expect(consoleErrors).toEqual([]);
  });
});
