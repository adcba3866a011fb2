import { addDays, signupTitle, suggestedDeadline } from './signup-view';

describe('the sign-up views', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-06-30', 1)).toBe('2026-07-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('suggests the day before an activity, in China time, and never a day gone', () => {
    // 2026-07-01 00:30 in China is still 30 June in UTC.
    expect(suggestedDeadline({ activityStartsAt: '2026-06-30T16:30:00Z' }, '2026-06-15')).toBe(
      '2026-06-30',
    );
    expect(suggestedDeadline({ activityStartsAt: '2026-06-16T01:00:00Z' }, '2026-06-15')).toBe(
      '2026-06-15',
    );
  });

  it('suggests two weeks for a course, or its last day when sooner', () => {
    expect(suggestedDeadline({ courseEndsOn: '2026-12-31' }, '2026-06-15')).toBe('2026-06-29');
    expect(suggestedDeadline({ courseEndsOn: '2026-06-20' }, '2026-06-15')).toBe('2026-06-20');
  });

  it('names an activity by its title and a course by its name and term', () => {
    expect(signupTitle({ title: '重阳节登高', course: null })).toBe('重阳节登高');
    expect(signupTitle({ title: '书法', course: { term: '2026春季' } })).toBe('书法（2026春季）');
  });
});
