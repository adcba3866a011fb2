import type { Browser, Page } from 'playwright-core';
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
const TABLET = { width: 768, height: 1024 };
const DESKTOP = { width: 1280, height: 800 };

async function atLeast44(page: Page, selector: string) {
  const heights = await page
    .locator(selector)
    .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
}

/** The member the phone scenario records as deceased; the desktop one undoes it. */
let deceasedUrl = '';
let deceasedName = '';

describe('the member’s life, a secretary’s day and phones', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('on a phone, a secretary lands on 我的待办, records a death and finds the bereavement task', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'shuji');
    await page.waitForURL(/\/my-tasks$/);
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.getByText('已逾期').first().waitFor();
    await fitsTheScreen(page);
    await atLeast44(page, 'main li a[href^="/roster/"]');
    await looksRight(page, 'my-tasks-phone');

    // The menu is a drawer behind the hamburger.
    await page.getByRole('button', { name: '菜单' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: '人员台账' }).waitFor();
    await looksRight(page, 'menu-drawer-phone');
    await drawer.getByRole('link', { name: '人员台账' }).click();

    // The roster as cards: name, branch, age and phone.
    const cards = page.getByRole('list', { name: '人员台账' });
    await cards.getByRole('listitem').nth(2).waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'roster-cards-phone');
    const link = cards.getByRole('listitem').nth(2).getByRole('link').first();
    deceasedName = (await link.textContent())!.trim();
    await link.click();
    await page.getByRole('heading', { name: deceasedName }).first().waitFor();
    deceasedUrl = page.url();

    // 记录逝世: a dialog the size of the screen.
    await page.getByRole('button', { name: /人员变动/ }).click();
    await page.getByRole('menuitem', { name: '记录逝世' }).click();
    const dialog = page.getByRole('dialog', { name: `记录逝世：${deceasedName}` });
    await dialog.waitFor();
    // Once its opening animation is over, it covers the whole screen.
    await page.waitForFunction(
      (element) => {
        const box = element!.getBoundingClientRect();
        return (
          box.left === 0 &&
          box.top === 0 &&
          box.width >= window.innerWidth - 1 &&
          box.height >= window.innerHeight - 1
        );
      },
      await dialog.elementHandle(),
    );
    await dialog.getByLabel('死因').fill('心力衰竭');
    await dialog.getByLabel('家属联系人').fill('李秀英');
    await dialog.getByLabel('与逝者关系').fill('女儿');
    await dialog.getByLabel('家属电话').fill('13907391234');
    await looksRight(page, 'record-death-phone', { fullPage: false });
    await dialog.getByRole('button', { name: '确认记录' }).click();

    // The page says so, and points at the bereavement visit it created.
    const notice = page.getByText(/已生成吊唁走访任务，应于 .* 完成/);
    await notice.waitFor();
    await page.getByText('死因：心力衰竭').waitFor();
    await looksRight(page, 'member-deceased-phone');
    await page.getByRole('link', { name: '查看吊唁走访任务' }).click();
    const tasks = page.getByRole('list', { name: '待访任务' });
    const task = tasks.getByRole('listitem').filter({ hasText: deceasedName });
    await task.waitFor();
    await task.getByRole('button', { name: '记录走访' }).waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'bereavement-task-phone');

    // Visit records are cards too.
    await page.goto(`${baseUrl()}/visits/records`);
    await page.getByRole('list', { name: '走访记录列表' }).getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'visit-records-phone');
    expect(consoleErrors).toEqual([]);
  });

  it('on a desktop, an admin transfers a member (history kept) and undoes the mistaken death', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');
    // Admins keep their home; 我的待办 is in the menu.
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('menuitem', { name: /我的待办/ }).click();
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.getByText('待我审批的支出').waitFor();
    await looksRight(page, 'my-tasks-desktop');

    // A member, and a branch to move them to.
    const data = await apiAs(
      'admin',
      `{ members(first: 1, filter: { status: [ACTIVE], ageMin: 90 }) { nodes { id name branch { id } } }
         branches(first: 5, filter: { kind: BRANCH }) { nodes { id name } } }`,
    );
    const member = data.members.nodes[0];
    const target = data.branches.nodes.find((b: { id: string }) => b.id !== member.branch.id);
    await page.goto(`${baseUrl()}/roster/${encodeURIComponent(member.id)}`);
    await page.getByRole('heading', { name: member.name }).first().waitFor();
    await page.getByRole('button', { name: /人员变动/ }).click();
    await page.getByRole('menuitem', { name: '转支部' }).click();
    const dialog = page.getByRole('dialog', { name: `转支部：${member.name}` });
    const picker = dialog.getByLabel('转入党支部');
    await picker.click();
    await page.locator('.ant-select-tree-title').first().waitFor();
    await picker.pressSequentially(target.name);
    await page.locator('.ant-select-tree-title', { hasText: target.name }).first().click();
    await dialog.getByLabel('备注').fill('随子女迁居');
    await looksRight(page, 'transfer-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: '确认转接' }).click();
    await page.getByText(`${member.name} 已转入 ${target.name}`).waitFor();

    // The history keeps the old branch, ended today, and the new one, current.
    await page.getByRole('tab', { name: '组织关系' }).click();
    await page.getByText('随子女迁居').waitFor();
    await page.getByText(target.name).first().waitFor();
    await looksRight(page, 'branch-history-desktop');

    // The death the secretary recorded was a mistake: the admin undoes it.
    await page.goto(deceasedUrl);
    await page.getByRole('heading', { name: deceasedName }).first().waitFor();
    await page.getByRole('button', { name: /人员变动/ }).click();
    await page.getByRole('menuitem', { name: '撤销状态' }).click();
    const undo = page.getByRole('dialog', { name: `撤销误记：${deceasedName}` });
    await undo.waitFor();
    await looksRight(page, 'undo-status-desktop', { fullPage: false });
    await undo.getByRole('button', { name: '确认撤销' }).click();
    await page.getByText(`${deceasedName} 已恢复在册`).waitFor();
    await page.getByText('死因：心力衰竭').waitFor({ state: 'detached' });

    // The dialogs on a desktop keep their size.
    await page.getByRole('button', { name: /人员变动/ }).click();
    await page.getByRole('menuitem', { name: '记录逝世' }).click();
    const death = page.getByRole('dialog', { name: `记录逝世：${deceasedName}` });
    await death.waitFor();
    expect((await death.boundingBox())!.width).toBeLessThan(700);
    await looksRight(page, 'record-death-desktop', { fullPage: false });
    await death.getByRole('button', { name: /取\s*消/ }).click();
    expect(consoleErrors).toEqual([]);
  });

  it('a search that only finds former members offers them, on a phone and a desktop', async () => {
    const former = await apiAs(
      'admin',
      '{ members(first: 50, filter: { status: [DECEASED] }) { nodes { name } } }',
    );
    // A name no member on the roll has.
    let name = '';
    for (const { name: candidate } of former.members.nodes as { name: string }[]) {
      const active = await apiAs(
        'admin',
        `{ members(first: 0, filter: { status: [ACTIVE], search: "${candidate}" }) { totalCount } }`,
      );
      if (active.members.totalCount === 0) {
        name = candidate;
        break;
      }
    }
    expect(name).not.toBe('');
    for (const [viewport, size] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { page, consoleErrors } = await newPage(browser, viewport);
      await signIn(page, 'admin');
      await page.goto(`${baseUrl()}/roster?q=${encodeURIComponent(name)}`);
      await page.getByRole('button', { name: '显示已故 / 转出' }).waitFor();
      await looksRight(page, `roster-former-offer-${size}`);
      await page.getByRole('button', { name: '显示已故 / 转出' }).click();
      await page.waitForURL(/status=ALL/);
      await page.getByRole('link', { name }).first().waitFor();
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }
  });

  it('个人设置: everyone changes their own display name, on a desktop and a tablet', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'guest');
    await page.goto(`${baseUrl()}/settings`);
    await page.getByRole('heading', { name: '个人设置' }).waitFor();
    await page.getByLabel('姓名').fill('县委组织部 王查阅');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('姓名已更新').waitFor();
    // The header shows the new name at once.
    await page.getByRole('button', { name: /县委组织部 王查阅/ }).waitFor();
    await looksRight(page, 'settings-desktop');
    expect(consoleErrors).toEqual([]);

    for (const [viewport, size] of [
      [PHONE, 'phone'],
      [TABLET, 'tablet'],
    ] as const) {
      const small = await newPage(browser, viewport);
      await signIn(small.page, 'shuji');
      // The account menu holds 个人设置.
      await small.page.getByRole('button', { name: /菜单/ }).waitFor();
      await small.page.goto(`${baseUrl()}/settings`);
      await small.page.getByRole('heading', { name: '个人设置' }).waitFor();
      await fitsTheScreen(small.page);
      await looksRight(small.page, `settings-${size}`);
      await small.page.goto(`${baseUrl()}/my-tasks`);
      await small.page.getByText('本月政治生日').waitFor();
      await fitsTheScreen(small.page);
      await looksRight(small.page, `my-tasks-${size}`);
      expect(small.consoleErrors).toEqual([]);
      await small.context.close();
    }
  });
});
