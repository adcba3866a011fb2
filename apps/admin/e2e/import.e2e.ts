import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

/** GB 11643 check character, to write valid ID numbers as a person would copy them. */
function idCard(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
/** A region the demo roster does not use, so the new numbers are new. */
const REGION = '110101';

/** Ten new members as a person types them into the template (by header). */
function tenMembers(branch: string): Record<string, string>[] {
  return [...STEMS].map((stem, i) => ({
    姓名: `纪导${stem}`,
    身份证号: idCard(`${REGION}1950031${i}${String(100 + i * 2 + 1)}`),
    所在支部: branch,
    离退休类型: '退休',
    是否党员: '是',
    入党日期: '1975-07-01',
    居住地类型: '本县乡镇',
    居住地: '东坪镇',
    联系电话: `1390000${String(1000 + i)}`,
  }));
}

/** The template filled in: its roster sheet gets the rows under its own headers. */
async function fill(template: Buffer, rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('人员名单')!;
  const headers = (sheet.getRow(1).values as string[]).map((h) => String(h ?? '').replace('*', ''));
  rows.forEach((row, i) => {
    const cells = sheet.getRow(i + 2);
    for (const [header, value] of Object.entries(row))
      cells.getCell(headers.indexOf(header)).value = value;
    cells.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function upload(page: Page, file: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({
    name: '人员名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await page.getByRole('button', { name: '检查文件' }).click();
}

describe('importing and exporting the roster in Excel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('downloads the template, corrects the two problems the check finds in the problem workbook, imports ten members and exports the roster', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/roster`);
    await page.getByRole('button', { name: /批量导入/ }).click();
    await page.waitForURL(/\/roster\/import$/);
    await page.getByText('点击或将文件拖到此处').waitFor();
    await screenshot(page, '50-import-choose');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The template, filled in with ten members; two of them wrong.
    const template = await downloaded(page, () =>
      page.getByRole('button', { name: /下载导入模板/ }).click(),
    );
    expect(template.name).toBe('人员导入模板.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['人员名单', '填写说明', '党支部']);
    const branch = String(book.getWorksheet('党支部')!.getCell('A2').value);
    const members = tenMembers(branch);
    const wrong = members.map((m) => ({ ...m }));
    wrong[1].身份证号 = `${wrong[1].身份证号.slice(0, 17)}${wrong[1].身份证号[17] === '1' ? '2' : '1'}`;
    wrong[5].居住地 = '火星镇';

    await upload(page, await fill(template.bytes, wrong));
    await page.getByText(/发现 2 个问题，涉及 2 行/).waitFor();
    // Each problem with its row, column, the person's name and the value as written.
    const problems = await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)),
      );
    expect(problems).toEqual([
      ['3', '身份证号', wrong[1].姓名, wrong[1].身份证号],
      ['7', '居住地', wrong[5].姓名, '火星镇'],
    ]);
    await screenshot(page, '51-import-problems');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The problem workbook: the same rows, a 问题 column in front, the two cells marked red.
    const marked = await downloaded(page, () =>
      page.getByRole('button', { name: /下载问题表/ }).click(),
    );
    expect(marked.name).toBe('人员名单-问题.xlsx');
    const problemBook = new ExcelJS.Workbook();
    await problemBook.xlsx.load(marked.bytes as unknown as ArrayBuffer);
    const problemSheet = problemBook.getWorksheet('人员名单')!;
    const markedHeaders = (problemSheet.getRow(1).values as string[]).map((h) =>
      String(h ?? '').replace('*', ''),
    );
    expect(markedHeaders[1]).toBe('问题');
    const idCell = problemSheet.getCell(3, markedHeaders.indexOf('身份证号'));
    const placeCell = problemSheet.getCell(7, markedHeaders.indexOf('居住地'));
    for (const cell of [idCell, placeCell]) {
      expect(cell.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
      expect(cell.note).toBeTruthy();
    }
    expect(String(problemSheet.getCell(3, 1).value)).toContain('身份证号');
    expect(String(problemSheet.getCell(7, 1).value)).toContain('火星镇');

    // Corrected in the problem workbook itself, it checks clean and shows what it will do.
    idCell.value = members[1].身份证号;
    placeCell.value = members[5].居住地;
    await page.getByRole('button', { name: '重新选择文件' }).click();
    await upload(page, Buffer.from(await problemBook.xlsx.writeBuffer()));
    await page.getByText('检查通过：将新增 10 人，更新 0 人，0 人无变化。').waitFor();
    await page.getByText('以下列不会导入：问题').waitFor();
    await screenshot(page, '52-import-preview');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await screenshot(page, '53-import-done');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: '在人员台账中查看' }).click();
    await page.waitForURL(/\/roster\?/);
    await page.getByLabel('搜索人员').fill('纪导');
    await page.waitForFunction(() => document.body.innerText.includes('共 10 人'));
    for (const stem of '甲癸') {
      await page
        .getByRole('link', { name: new RegExp(`纪导${stem}`) })
        .first()
        .waitFor();
    }
    await screenshot(page, '54-import-roster');

    // The roster as filtered, exported and opened. The notice shows for three seconds only:
    // watch for it from the click on, not after the file has been read.
    const notice = page.getByText(/已导出：人员名单-/).waitFor();
    const exported = await downloaded(page, () =>
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    );
    await notice;
    expect(exported.name).toMatch(/^人员名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const rows = sheet.worksheets[0];
    expect((rows.getRow(1).values as string[]).slice(1, 4)).toEqual(['姓名', '身份证号', '性别']);
    expect(rows.rowCount).toBe(11);
    const names: string[] = [];
    rows.eachRow((row, n) => n > 1 && names.push(String(row.getCell(1).value)));
    expect(names.sort()).toEqual(members.map((m) => m.姓名).sort());
    await screenshot(page, '55-roster-export');
    expect(consoleErrors).toEqual([]);
  });
});
