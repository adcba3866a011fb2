import type { Browser } from 'playwright-core';
import { chinaToday } from '@wanxia/schema';
import {
  baseUrl,
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
const DESKTOP = { width: 1280, height: 800 };

describe('活动中心 and 老年大学: bookings and enrolment', () => {
  let browser: Browser;
  let members: { id: string; name: string }[];
  const term = 'e2e 冬季研修班';
  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await apiAs(
      'admin',
      `{ members(first: 3, filter: { status: [ACTIVE] }) { nodes { id name } }
         rooms(first: 100) { nodes { id name } } }`,
    );
    members = data.members.nodes;
    const room = data.rooms.nodes.find((r: { name: string }) => r.name === '教室三');
    const today = chinaToday();
    const created = await apiAs(
      'admin',
      `mutation { createCourse(input: { name: "老年合唱（e2e）", term: "${term}", teacher: "e2e 老师",
        roomId: "${room.id}", schedule: [{ weekday: 6, startTime: "18:00", endTime: "19:00" }],
        termStartsOn: "${today}", termEndsOn: "${today.slice(0, 4)}-12-31", capacity: 2 }) {
        course { id } userErrors { code message } } }`,
    );
    expect(created.createCourse.userErrors).toEqual([]);
  });
  afterAll(() => browser.close());

  it('on a desktop, books a room, sees a clash refused, and enrols members until the waiting list starts', async () => {
    const { page, consoleErrors } = await newPage(browser, DESKTOP);
    await signIn(page, 'admin');

    await page.goto(`${baseUrl()}/centre`);
    await page.getByRole('heading', { name: '活动中心', level: 3 }).waitFor();
    await page
      .getByRole('list', { name: '房间列表' })
      .getByText(/会议室/)
      .waitFor();

    const book = async (start: string, end: string, purpose: string) => {
      await page.getByRole('button', { name: '预约房间' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: '房间' }).click();
      await pickOption(page, '会议室');
      await dialog.getByLabel('日期').fill(chinaToday());
      await dialog.getByLabel('开始时间').fill(start);
      await dialog.getByLabel('结束时间').fill(end);
      await dialog.getByLabel('用途').fill(purpose);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      return dialog;
    };
    const first = await book('18:00', '19:00', 'e2e 协会议事');
    await closesAfterSave(first);
    const week = page.getByRole('list', { name: '本周预约' });
    await week.getByText('e2e 协会议事').waitFor();

    const second = await book('18:30', '19:30', 'e2e 书法交流');
    await second.getByText(/与已有预约冲突：会议室 .* 18:00–19:00，e2e 协会议事/).waitFor();
    await looksRight(page, 'centre-clash-desktop', { fullPage: false });
    await second.getByRole('button', { name: /取\s*消/ }).click();
    await second.waitFor({ state: 'detached' });
    await looksRight(page, 'centre-week-desktop');

    const saved = await apiAs(
      'admin',
      `{ centreCalendar(weekOf: "${chinaToday()}") { bookings { purpose } } }`,
    );
    const purposes = saved.centreCalendar.bookings.map((b: { purpose: string }) => b.purpose);
    expect(purposes).toContain('e2e 协会议事');
    expect(purposes).not.toContain('e2e 书法交流');

    await page.goto(`${baseUrl()}/centre/courses`);
    await page.getByRole('heading', { name: '老年大学' }).waitFor();
    await page.getByRole('combobox', { name: '学期' }).click();
    await pickOption(page, term);
    await page
      .getByRole('table', { name: '课程列表' })
      .getByRole('link', { name: '老年合唱（e2e）' })
      .click();
    const dialog = page.getByRole('dialog');
    for (const [i, member] of members.entries()) {
      await dialog.getByRole('combobox', { name: '选择人员' }).fill(member.name);
      await page
        .locator('.ant-select-dropdown:visible')
        .getByText(new RegExp(`^${member.name}（`))
        .first()
        .click();
      await page
        .getByText(i < 2 ? `${member.name} 已报名` : `名额已满，${member.name} 进入候补第 1 位`)
        .waitFor();
    }
    const waiting = dialog.getByRole('region', { name: '候补' });
    await waiting.getByText(members[2].name).waitFor();
    await waiting.getByText('候补第 1 位').waitFor();
    // The member list closes with an animation after each pick: shoot the dialog once it has.
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await looksRight(page, 'centre-enrolment-desktop', { fullPage: false });

    const course = await apiAs(
      'admin',
      `{ courses(first: 5, term: "${term}") { nodes { enrolledCount waitingCount } } }`,
    );
    expect(course.courses.nodes).toEqual([{ enrolledCount: 2, waitingCount: 1 }]);
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, the week is a day list and the courses are cards that fit the screen', async () => {
    const { page, consoleErrors } = await newPage(browser, PHONE);
    await signIn(page, 'admin');

    await page.goto(`${baseUrl()}/centre`);
    const days = page.getByRole('list', { name: '本周预约' });
    await days.getByRole('listitem').nth(6).waitFor();
    await days.getByText('e2e 协会议事').waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'centre-week-phone');

    await page.goto(`${baseUrl()}/centre/courses`);
    await page.getByRole('list', { name: '课程列表' }).getByRole('listitem').first().waitFor();
    await fitsTheScreen(page);
    await looksRight(page, 'centre-courses-phone');
    expect(consoleErrors).toEqual([]);
  });
});
