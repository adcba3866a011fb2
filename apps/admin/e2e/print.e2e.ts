import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import {
  SCREENSHOTS,
  baseUrl,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';
import { apiAs } from './support/api';

interface PdfText {
  text: string;
  /** Points from the page's top left. */
  x: number;
  y: number;
  width: number;
}
interface PdfPage {
  width: number;
  height: number;
  items: PdfText[];
}

const PDF_TEXT = path.join(__dirname, 'support/pdf-text.mjs');
const MM = 72 / 25.4;
/** The pages' side margin (print.module.css): nothing may print beyond it. */
const SIDE_MARGIN = 10 * MM;
/** A4's printable width in CSS pixels at 96 per inch, portrait and landscape. */
const PRINTABLE_PX = { portrait: ((210 - 20) * 96) / 25.4, landscape: ((297 - 20) * 96) / 25.4 };

type Orientation = 'portrait' | 'landscape';

/** Prints the page to PDF as Chromium does, and reads its text back with positions. */
async function printToPdf(page: Page, name: string, orientation: Orientation): Promise<PdfPage[]> {
  const file = path.join(SCREENSHOTS, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', landscape: orientation === 'landscape' });
  await page.emulateMedia({ media: 'screen' });
  const { stdout } = await promisify(execFile)(process.execPath, [PDF_TEXT, file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = JSON.parse(stdout) as PdfPage[];
  // The orientation asked for is the one printed (the page's CSS does not impose one).
  for (const p of pages) expect(p.width > p.height).toBe(orientation === 'landscape');
  return pages;
}

const pageText = (p: PdfPage) => p.items.map((i) => i.text).join('');

/** The page's lines of text, left to right: pieces within a point of the same baseline. */
function lines(p: PdfPage): string[] {
  const rows: PdfText[][] = [];
  for (const item of [...p.items].sort((a, b) => a.y - b.y)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) <= 1) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) =>
    row
      .sort((a, b) => a.x - b.x)
      .map((i) => i.text)
      .join(''),
  );
}

/** Every page numbered 第 x 页 共 y 页, nothing beyond the right margin. */
function expectNumberedWithin(pages: PdfPage[]) {
  pages.forEach((p, i) => {
    expect(pageText(p).replace(/\s/g, '')).toContain(`第${i + 1}页共${pages.length}页`);
    const right = Math.max(...p.items.map((item) => item.x + item.width));
    expect(right).toBeLessThanOrEqual(p.width - SIDE_MARGIN + 1);
  });
}

/**
 * The page laid out at the paper's printable width with print styles, as Chromium lays it out
 * to print: the sheet must fit (no cut right edge); saved as print-<name>.png.
 */
async function expectFitsPaper(page: Page, name: string, orientation: Orientation) {
  await page.setViewportSize({ width: Math.floor(PRINTABLE_PX[orientation]), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const measure = () => {
    const tables = [...document.querySelectorAll('table')].map((t) => ({
      table: t.getAttribute('aria-label') ?? t.closest('[aria-label]')?.getAttribute('aria-label'),
      right: t.getBoundingClientRect().right,
    }));
    const widest = tables.reduce((a, b) => (b.right > a.right ? b : a));
    return {
      table: widest.table,
      widest: widest.right,
      width: document.documentElement.clientWidth,
    };
  };
  // The console re-renders for the narrower screen (fixed columns, sideways scrolling) and the
  // tables re-measure their columns a frame or more after the viewport changes: let a few frames
  // pass, then measure frame by frame until they fit, or report the table that stayed too wide.
  const nextFrame = () =>
    page.evaluate(() => new Promise((next) => requestAnimationFrame(() => next(null))));
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  let overflow = await page.evaluate(measure);
  for (let frame = 0; frame < 120 && overflow.widest > overflow.width; frame++) {
    await nextFrame();
    overflow = await page.evaluate(measure);
  }
  expect({ table: overflow.table, fits: overflow.widest <= overflow.width }).toEqual({
    table: overflow.table,
    fits: true,
  });
  await screenshot(page, `print-${name}-${orientation}`);
  await page.emulateMedia({ media: 'screen' });
}

describe('printing on A4, portrait and landscape', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('prints a 30-row 发放表 with its header on every page and 合计 once, on the last', async () => {
    const data = await apiAs(
      'admin',
      '{ disbursements(first: 60) { nodes { id status payeeName } } }',
    );
    const ids: string[] = data.disbursements.nodes
      .filter((d: { status: string }) => d.status !== 'VOID')
      .slice(0, 30)
      .map((d: { id: string }) => d.id);
    expect(ids).toHaveLength(30);
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/funding/print?ids=${ids.join(',')}`);
    await page.getByText('合计（30 笔）').waitFor();

    for (const orientation of ['portrait', 'landscape'] as const) {
      await expectFitsPaper(page, 'payment-list', orientation);
      const pages = await printToPdf(page, `print-payment-list-${orientation}`, orientation);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expectNumberedWithin(pages);
      // The header row repeats on every page; 合计 only at the end.
      for (const p of pages) expect(pageText(p)).toMatch(/序号.*收款人.*用途.*金额（元）.*签字/);
      const totals = pages.map((p) => lines(p).filter((l) => /合计（30\s*笔）/.test(l)).length);
      expect(totals).toEqual([...pages.slice(1).map(() => 0), 1]);
      // The sign-off lines come after the total, on the last page.
      expect(pageText(pages.at(-1)!)).toContain('经办人');
    }
    expect(consoleErrors).toEqual([]);
  });

  it('prints the month’s decade-birthday list with its signature column inside the page', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/visits/lists`);
    const table = page.getByRole('table', { name: '本月整十生日' });
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('switch', { name: '签名栏' }).click();
    await table.getByRole('columnheader', { name: '签名' }).waitFor();
    const rows = await table.locator('tbody tr.ant-table-row').count();

    for (const orientation of ['portrait', 'landscape'] as const) {
      await expectFitsPaper(page, 'decade-birthdays', orientation);
      const pages = await printToPdf(page, `print-decade-birthdays-${orientation}`, orientation);
      expectNumberedWithin(pages);
      for (const p of pages) expect(pageText(p)).toMatch(/序号.*姓名.*签名/);
      // Every row printed: its number starts a line.
      const numbers = pages
        .flatMap(lines)
        .map((line) => Number(/^(\d+)\D/.exec(line)?.[1]))
        .filter((n) => n >= 1 && n <= rows);
      expect(new Set(numbers).size).toBe(rows);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('prints a general branch’s 2022 党员大会 from 活动记录, every row under a header on each page', async () => {
    const data = await apiAs(
      'admin',
      '{ branches(first: 1, filter: { kind: GENERAL_BRANCH }) { nodes { id } } }',
    );
    const [general] = data.branches.nodes;
    const filter = `{ kind: [BRANCH_MEMBERS_MEETING], branchId: "${general.id}", from: "2022-01-01", to: "2022-12-31" }`;
    const listed = await apiAs('admin', `{ activities(filter: ${filter}) { totalCount } }`);
    const rows: number = listed.activities.totalCount;
    expect(rows).toBeGreaterThan(30);

    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(
      `${baseUrl()}/party-life/print?kind=BRANCH_MEMBERS_MEETING&branch=${encodeURIComponent(general.id)}&year=2022`,
    );
    await page.getByText(`共 ${rows} 次活动`).waitFor();
    expect(
      await page.getByRole('table', { name: '活动列表' }).locator('tbody tr.ant-table-row').count(),
    ).toBe(rows);

    for (const orientation of ['portrait', 'landscape'] as const) {
      await expectFitsPaper(page, 'activities', orientation);
      const pages = await printToPdf(page, `print-activities-${orientation}`, orientation);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expectNumberedWithin(pages);
      for (const p of pages)
        expect(pageText(p)).toMatch(/序号.*时间.*类别.*标题.*组织者.*地点.*应到.*实到.*缺席.*请假/);
      // Every row printed: its number, then its time, starts a line.
      const numbers = pages
        .flatMap(lines)
        .map((line) => Number(/^(\d+)2022-\d\d-\d\d/.exec(line)?.[1]))
        .filter((n) => n >= 1 && n <= rows);
      expect(new Set(numbers).size).toBe(rows);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('prints the 2022 report with whole labels and nothing cut off', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/reports/2022`);
    await page.getByRole('table', { name: '经费预算执行情况' }).getByText('合计').waitFor();
    const categories = await page
      .getByRole('table', { name: '经费预算执行情况' })
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(categories.length).toBeGreaterThan(2);

    for (const orientation of ['portrait', 'landscape'] as const) {
      await expectFitsPaper(page, 'report-2022', orientation);
      const pages = await printToPdf(page, `print-report-2022-${orientation}`, orientation);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expectNumberedWithin(pages);
      const printed = pages.flatMap(lines);
      // Each label prints on one line, not a character or two per line.
      for (const label of [...categories, '重要节日', '整十生日']) {
        expect([label, printed.some((line) => line.includes(label))]).toEqual([label, true]);
      }
    }
    expect(consoleErrors).toEqual([]);
  });
});
