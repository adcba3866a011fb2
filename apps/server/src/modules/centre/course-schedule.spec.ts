import { checkSchedule, sessionsOf, weekOf, weekdayOf } from './course-schedule';

describe('a course’s weekly schedule', () => {
  const term = { termStartsOn: '2026-03-02', termEndsOn: '2026-06-30' };

  it('makes a session for each weekly time within the term, in China time', () => {
    const sessions = sessionsOf(
      [
        { weekday: 3, startTime: '14:30', endTime: '16:30' },
        { weekday: 1, startTime: '09:00', endTime: '11:00' },
      ],
      term,
    );
    // 2026-03-02 is a Monday; 18 Mondays and 17 Wednesdays up to 30 June (a Tuesday).
    expect(sessions).toHaveLength(18 + 17);
    expect(sessions[0]).toEqual({
      startsAt: new Date('2026-03-02T01:00:00Z'),
      endsAt: new Date('2026-03-02T03:00:00Z'),
    });
    expect(sessions[1].startsAt).toEqual(new Date('2026-03-04T06:30:00Z'));
    expect(sessions.at(-1)!.startsAt).toEqual(new Date('2026-06-29T01:00:00Z'));
  });

  it('refuses what cannot be a schedule, naming each field', () => {
    const errors = checkSchedule(
      [
        { weekday: 8, startTime: '9:00', endTime: '11:00' },
        { weekday: 2, startTime: '10:00', endTime: '09:00' },
        { weekday: 2, startTime: '09:30', endTime: '10:30' },
        { weekday: 2, startTime: '08:00', endTime: '09:45' },
      ],
      { termStartsOn: '2026-03-02', termEndsOn: '2026-03-01' },
    );
    expect(errors.map((e) => `${e.field.join('.')} ${e.code}`)).toEqual([
      'schedule.0.weekday OUT_OF_RANGE',
      'schedule.0.startTime INVALID',
      'schedule.1.endTime TOO_EARLY',
      'schedule.3.startTime DUPLICATE',
      'termEndsOn TOO_EARLY',
    ]);
    expect(checkSchedule([], term).map((e) => e.code)).toEqual(['REQUIRED']);
    expect(checkSchedule([{ weekday: 1, startTime: '09:00', endTime: '10:00' }], term)).toEqual([]);
  });

  it('finds the week of a day, Monday to Sunday', () => {
    expect(weekdayOf('2026-06-14')).toBe(7);
    expect(weekOf('2026-06-14')).toEqual({ from: '2026-06-08', to: '2026-06-14' });
    expect(weekOf('2026-06-15')).toEqual({ from: '2026-06-15', to: '2026-06-21' });
    expect(weekOf('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});
