import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import {
  accessibilityProblems,
  baseUrl,
  chartCanvas,
  launchBrowser,
  newPage,
  screenshot,
  settled,
  signIn,
} from './support/browser';

/** A chart's canvas is on the page at a real size and has something drawn on it. */
async function expectDrawn(page: Page, name: string | RegExp) {
  const canvas = await chartCanvas(page, name);
  const box = await canvas.boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.height).toBeGreaterThan(150);
  const painted = await canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
    return count;
  });
  expect(painted).toBeGreaterThan(1000);
}

/** The number a figure tile shows after its label, without its thousands separators or unit. */
async function figure(page: Page, label: string): Promise<number> {
  const text = await page.getByRole('link', { name: new RegExp(`^${label}`) }).textContent();
  return Number(text!.slice(label.length).replace(/[^\d]/g, ''));
}

describe('the dashboard and the yearly report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the demo year at a glance, with drawn charts, and opens the roster behind a figure', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'admin');
    const year = chinaToday().slice(0, 4);
    await page.getByText(`以下为全省${year}年工作概况`, { exact: false }).waitFor();
    for (const label of ['党总支', '党支部', '省级示范支部', '市级示范支部', '县级示范支部']) {
      expect(await figure(page, label)).toBeGreaterThan(0);
    }
    expect(await figure(page, '党总支')).toBe(7);
    expect(await figure(page, '党支部')).toBe(140);

    // Every chart of the year is drawn, none is an empty frame.
    await expectDrawn(page, '年龄结构');
    await expectDrawn(page, '党龄结构');
    await expectDrawn(page, '各月走访次数');
    await expectDrawn(page, `${year}年各类经费执行情况`);
    expect(
      await page
        .getByRole('progressbar', { name: /六个必访覆盖率/ })
        .getAttribute('aria-valuetext'),
    ).toMatch(/^\d+\.\d%$/);
    expect(await page.locator('body').textContent()).not.toContain('NaN');
    await settled(page);
    await screenshot(page, '40-dashboard');
    expect(await accessibilityProblems(page)).toEqual([]);

    // 在册人员 opens the roster of current members: the same number.
    const active = await figure(page, '在册人员');
    expect(active).toBeGreaterThan(5000);
    await page.getByRole('link', { name: /^在册人员/ }).click();
    await page.waitForURL(/\/roster\?status=ACTIVE$/);
    const total = page.getByText(/^共 [\d,]+ 人$/).first();
    await total.waitFor();
    expect(Number((await total.textContent())!.replace(/[^\d]/g, ''))).toBe(active);

    // An age band opens the roster of those ages, again with the same number.
    await page.goto(`${baseUrl()}/`);
    const band = page.getByRole('link', { name: /^80–89岁/ });
    const inBand = Number((await band.textContent())!.replace(/^80–89岁|[^\d]/g, ''));
    await band.click();
    await page.waitForURL(/ageMin=80&ageMax=89/);
    await page.getByText(`共 ${inBand} 人`, { exact: true }).waitFor();

    // So does a band of party years: 30–39 years, not "at least 30".
    await page.goto(`${baseUrl()}/`);
    const partyBand = page.getByRole('link', { name: /^30–39年/ });
    const inPartyBand = Number((await partyBand.textContent())!.replace(/^30–39年|[^\d]/g, ''));
    expect(inPartyBand).toBeGreaterThan(0);
    await partyBand.click();
    await page.waitForURL(/partyYears=30&partyYearsMax=39/);
    const partyTotal = page.getByText(/^共 [\d,]+ 人$/).first();
    await partyTotal.waitFor();
    expect(Number((await partyTotal.textContent())!.replace(/[^\d]/g, ''))).toBe(inPartyBand);
    expect(consoleErrors).toEqual([]);
  });

  it('sets out 2022 as the county reported it, prints on A4 and freezes a year', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/reports/2022`);
    // The province's report: the demo's one county added up.
    await page.getByRole('heading', { name: '全省2022年度离退休干部工作统计' }).waitFor();
    const organisation = page.getByRole('table', { name: '党组织情况' });
    const counts = await organisation.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(counts).toEqual(['7', '140', '3', '16', '11', '94']);
    for (const section of ['一、组织建设', '二、人员情况', '三、走访慰问', '四、经费使用']) {
      await page.getByRole('heading', { name: section }).waitFor();
    }
    await page.getByRole('table', { name: '经费预算执行情况' }).getByText('合计').waitFor();
    await screenshot(page, '41-report-2022');
    expect(await accessibilityProblems(page)).toEqual([]);

    // On paper: the document alone, without the menu, header or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /打印报告/ }).isVisible()).toBe(false);
    expect(await organisation.isVisible()).toBe(true);
    await screenshot(page, '42-report-print');
    await page.emulateMedia({ media: 'screen' });

    // The workbook, fetched with the session cookie and saved under the server's name.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载 Excel/ }).click();
    const workbook = await download;
    expect(workbook.suggestedFilename()).toBe('2022年度老干部工作统计.xlsx');
    const bytes = await readFile((await workbook.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip: an .xlsx, not a page

    // Freezing 2023: confirmed with an explanation, then shown with when and by whom.
    await page.goto(`${baseUrl()}/reports/2023`);
    await page.getByRole('button', { name: /冻结数据/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/都不会再改变2023年度的统计/).waitFor();
    await dialog.getByRole('button', { name: /确认冻结/ }).click();
    await page.getByText(/^已于 .+ 由 局办公室 李明 \(admin\) 冻结$/).waitFor();
    expect(await page.getByRole('button', { name: /冻结数据/ }).count()).toBe(0);
    await screenshot(page, '43-report-frozen');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('fits a phone: the figures first, nothing moving as the cards below arrive, the menu a drawer', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'admin');
    const members = page.getByRole('region', { name: '人员情况' });
    await members.getByRole('link', { name: /^在册人员/ }).waitFor();
    const onPage = () => members.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const shown = await onPage();
    // The cards below the figures are drawn when scrolled near, under them: nothing above moves.
    const below = page.locator('[data-until-seen]');
    expect(await below.count()).toBe(1);
    expect(await page.getByRole('region', { name: '年龄结构' }).count()).toBe(0);
    await below.scrollIntoViewIfNeeded();
    await expectDrawn(page, '年龄结构');
    await page.getByRole('region', { name: '经费使用' }).waitFor();
    expect(await onPage()).toBe(shown);
    await settled(page);
    const year = page.getByRole('combobox', { name: '年度' });
    expect((await year.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(wide).toEqual([]);
    await screenshot(page, '44-dashboard-phone');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The menu's drawer loads when first opened.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('dialog').getByRole('link', { name: '人员台账' }).click();
    await page.waitForURL(/\/roster$/);
    expect(consoleErrors).toEqual([]);
  });

  it('shows a viewer the dashboard without errors', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'guest');
    await page.getByRole('link', { name: /^在册人员/ }).waitFor();
    await page.getByText('经费使用').waitFor();
    await expectDrawn(page, '各月走访次数');
    expect(await page.getByText(/加载失败/).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
