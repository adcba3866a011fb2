import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const baseUrl = () => process.env.WANXIA_E2E_URL!;
export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
export const DEMO_PASSWORD = 'wanxia2022';

/** Debian's Chromium (CHROMIUM_PATH overrides), headless, with no traffic of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * What the Content-Security-Policy refused on any page of the current test; every test must
 * end with none (e2e/support/no-csp-violations.ts).
 */
export const cspViolations: string[] = [];

/** A fresh browser profile at a desktop size, collecting console errors and CSP violations. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context: BrowserContext = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page: Page = await context.newPage();
  // Injected by the browser itself, so the policy does not apply to this script.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    consoleErrors.push(message.text());
    if (/CSP violation|Content Security Policy/.test(message.text()))
      cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { context, page, consoleErrors };
}

/**
 * Picks an option of an Ant Design select whose list is open, by the text it shows (not its
 * `title`, which a select may set apart from the text): waits for the list's opening motion to
 * end (a click during it can fall through on a busy machine), clicks the option, and waits for
 * the list to close.
 */
export async function pickOption(page: Page, option: string): Promise<void> {
  const list = page.locator('.ant-select-dropdown:visible');
  await page.waitForFunction(
    () => !document.querySelector('.ant-select-dropdown[class*="-appear-active"]'),
  );
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const exactly = new RegExp(`^\\s*${escaped}\\s*$`);
  await list.locator('.ant-select-item-option').filter({ hasText: exactly }).click();
  await list.waitFor({ state: 'hidden' });
}

/**
 * Waits for a dialog to close after its save button was pressed. A dialog that stays open shows
 * why (a refused field, a problem from the server): the test fails with that text, not a timeout.
 */
export async function closesAfterSave(dialog: Locator): Promise<void> {
  const problem = dialog.locator('.ant-alert-error, .ant-form-item-explain-error').first();
  const shown = await Promise.race([
    dialog.waitFor({ state: 'detached' }).then(() => null),
    problem
      .waitFor()
      .then(() => problem.innerText())
      .catch(() => null),
  ]);
  expect(shown).toBeNull();
  await dialog.waitFor({ state: 'detached' });
}

export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Until nothing is loading, every fade and slide has ended (a spinner's endless turn aside) and
 * every chart has drawn, its entry animation included: what a screenshot should show. What
 * draws only near the screen (the dashboard's lower cards, charts) is scrolled to first, one
 * after another, and the page then goes back to its top.
 */
export async function settled(page: Page): Promise<void> {
  const WAITING = '[data-until-seen], [data-chart]:not(:has(canvas))';
  const waiting = page.locator(WAITING).first();
  if (await waiting.count()) {
    while (await waiting.count()) {
      await waiting.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        ([element, selector]) => !element.isConnected || !element.matches(selector),
        [await waiting.elementHandle(), WAITING] as const,
      );
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning') &&
      !document.querySelector('[data-chart]:not([data-drawn])') &&
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
  );
}

/** A chart's canvas once it is there: the chart is scrolled to, as it draws only near the screen. */
export async function chartCanvas(page: Page, name: string | RegExp): Promise<Locator> {
  const chart = page.getByRole('img', { name });
  await chart.scrollIntoViewIfNeeded();
  const canvas = chart.locator('canvas').first();
  await canvas.waitFor();
  return canvas;
}

/** The whole page; `fullPage: false` for what the screen shows, e.g. a dialog over a long page. */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** axe-core on the page as it is: the serious and critical violations, described. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Colours are judged as they settle: a dialog still fading in fails contrast on its way.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact}: ${v.id} — ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

/** A screenshot of the page once it has settled (no hover colour left), and no axe problem on it. */
export async function looksRight(
  page: Page,
  name: string,
  options?: { fullPage?: boolean },
): Promise<void> {
  await page.mouse.move(0, 0);
  await settled(page);
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name, options);
  expect(await accessibilityProblems(page)).toEqual([]);
}

/** Nothing in the page (or an open dialog) reaches past the right edge of the screen. */
export async function fitsTheScreen(page: Page): Promise<void> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *, .ant-modal-root *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3)
      .map((e) => `${e.tagName}.${e.className}`),
  );
  expect(wide).toEqual([]);
}
