import { bookingsByDay, mondayOf, scheduleText, weekDays } from './centre-view';

describe('the centre’s calendar and timetable', () => {
  it('lays a week out Monday to Sunday, each booking on the China day it starts', () => {
    expect(mondayOf('2026-07-05')).toBe('2026-06-29');
    expect(mondayOf('2026-06-29')).toBe('2026-06-29');
    const days = weekDays('2026-06-29');
    expect(days).toEqual([
      '2026-06-29',
      '2026-06-30',
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-04',
      '2026-07-05',
    ]);
    // 23:30 UTC on 30 June is 07:30 on 1 July in China.
    const grouped = bookingsByDay(days, [
      { id: 'a', startsAt: '2026-06-29T01:00:00.000Z' },
      { id: 'b', startsAt: '2026-06-30T23:30:00.000Z' },
    ]);
    expect(grouped[0].bookings.map((b) => b.id)).toEqual(['a']);
    expect(grouped[1].bookings).toEqual([]);
    expect(grouped[2].bookings.map((b) => b.id)).toEqual(['b']);
  });

  it('writes a weekly schedule in weekday order', () => {
    const names = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
    expect(
      scheduleText(
        [
          { weekday: 4, startTime: '07:30', endTime: '08:30' },
          { weekday: 1, startTime: '07:30', endTime: '08:30' },
        ],
        (n) => names[n],
      ),
    ).toBe('周一 07:30–08:30、周四 07:30–08:30');
  });
});
