import { byRate, formatRate, shortBranchName, type Figures } from './coverage-figures';
import { decadeBirthdayIn, entriesByDay } from './calendar-entries';

const figures = (rate: number | null, tasks = 10): Figures => ({
  tasks,
  doneOnTime: 0,
  doneLate: 0,
  missed: 0,
  waived: 0,
  open: 0,
  overdue: 0,
  rate,
});

describe('coverage figures', () => {
  it('writes a rate as a percentage, and no rate as a dash', () => {
    expect(formatRate(0.8416, 'zh-CN')).toBe('84.2%');
    expect(formatRate(1, 'en-US')).toBe('100.0%');
    expect(formatRate(null, 'zh-CN')).toBe('—');
    expect(formatRate(Number.NaN, 'zh-CN')).toBe('—');
  });

  it('sorts by rate, highest first, with nothing due last', () => {
    const sorted = [figures(0.5), figures(null, 3), figures(0.9), figures(0.5, 40)].sort(byRate);
    expect(sorted.map((f) => [f.rate, f.tasks])).toEqual([
      [0.9, 10],
      [0.5, 40],
      [0.5, 10],
      [null, 3],
    ]);
  });

  it('shortens branch names for a chart axis', () => {
    expect(shortBranchName('县直机关离退休干部党总支')).toBe('县直机关');
    expect(shortBranchName('县直机关离退休干部第一党支部')).toBe('县直机关第一党支部');
  });
});

describe('the visit calendar', () => {
  it('puts a 29 February birthday on 28 February in a common year', () => {
    expect(decadeBirthdayIn('1946-02-29', 2026)).toEqual({ date: '2026-02-28', age: 80 });
    expect(decadeBirthdayIn('1948-02-29', 2028)).toEqual({ date: '2028-02-29', age: 80 });
  });

  it('gathers holidays, birthdays and events by day', () => {
    const days = entriesByDay({
      year: 2026,
      holidays: [{ holiday: 'DOUBLE_NINTH', date: '2026-10-18' }],
      birthdays: [
        {
          id: 'M1',
          name: '张三',
          gender: 'MALE',
          birthDate: '1956-10-18',
          branch: { id: 'B1', name: '县直机关离退休干部第一党支部' },
        },
      ],
      events: [
        {
          id: 'T1',
          occasion: 'HOSPITALIZATION',
          triggerDate: '2026-10-20',
          dueBy: '2026-10-23',
          status: 'OPEN',
          member: { id: 'M2', name: '李四' },
        },
      ],
    });
    expect(days.get('2026-10-18')?.map((e) => e.kind)).toEqual(['holiday', 'birthday']);
    expect(days.get('2026-10-18')?.[1]).toMatchObject({ age: 70 });
    expect(days.get('2026-10-20')).toEqual([
      expect.objectContaining({ kind: 'event', occasion: 'HOSPITALIZATION', dueBy: '2026-10-23' }),
    ]);
  });
});
