import type { MessageKey } from '../../locales';
import { loadedMessages } from '../../locales/define';
import { remainingOf, taskPurpose } from './occasions';
import { lifeEventRow, taskRow } from './test-fixtures';

const t = (key: MessageKey, values?: Record<string, string | number>) =>
  loadedMessages['zh-CN'][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name]));

describe('what a visit task is for', () => {
  it('names the holiday and its year from the occurrence key', () => {
    expect(taskPurpose(taskRow({ id: '1' }), t)).toBe('2027年春节');
    expect(
      taskPurpose(
        taskRow({ id: '2', occurrenceKey: 'DOUBLE_NINTH:2026', triggerDate: '2026-10-18' }),
        t,
      ),
    ).toBe('2026年重阳节');
  });

  it('gives the age a decade birthday is for, from the birth date and the birthday', () => {
    const task = taskRow({
      id: '3',
      occasion: 'DECADE_BIRTHDAY',
      occurrenceKey: '2031',
      triggerDate: '2031-12-25',
    });
    expect(taskPurpose(task, t)).toBe('100 岁生日（2031-12-25）');
  });

  it('says what happened, and where, for an event', () => {
    const event = lifeEventRow({ id: 'e1' });
    const task = taskRow({
      id: '4',
      occasion: 'HOSPITALIZATION',
      occurrenceKey: 'event:12',
      lifeEvent: event,
    });
    expect(taskPurpose(task, t)).toBe('住院：县人民医院（2026-11-20）');
    const noPlace = { ...task, lifeEvent: { ...event, kind: 'DISASTER' as const, place: null } };
    expect(taskPurpose(noPlace, t)).toBe('天灾人祸（2026-11-20）');
  });
});

describe('how much time a task has left', () => {
  const task = taskRow({ id: '1', dueFrom: '2026-11-26', dueBy: '2026-12-02' });

  it('counts the days left, today included as the last day', () => {
    expect(remainingOf(task, '2026-11-29')).toEqual({ kind: 'left', days: 3 });
    expect(remainingOf(task, '2026-12-02')).toEqual({ kind: 'today', days: 0 });
  });

  it('counts the days overdue once the window has closed', () => {
    expect(remainingOf(task, '2026-12-05')).toEqual({ kind: 'overdue', days: 3 });
  });

  it('says when a window not yet open opens', () => {
    expect(remainingOf(task, '2026-11-20')).toEqual({ kind: 'opens', days: 6 });
  });
});
