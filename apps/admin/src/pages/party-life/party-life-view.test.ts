import {
  activityFilter,
  activityPrintPath,
  attendanceRows,
  chinaInstant,
  chinaParts,
  dueMeetings,
  organiserName,
  participantsInput,
  percent,
  readActivityPrintPath,
  timeRange,
} from './party-life-view';

describe('party-life view', () => {
  it('keeps times in China time whatever the browser’s zone', () => {
    expect(chinaInstant('2026-06-10', '09:00')).toBe('2026-06-10T09:00:00+08:00');
    expect(chinaParts('2026-06-10T01:00:00.000Z')).toEqual({ date: '2026-06-10', time: '09:00' });
    expect(timeRange('2026-06-10T01:00:00.000Z', '2026-06-10T03:30:00.000Z')).toBe(
      '2026-06-10 09:00–11:30',
    );
    expect(timeRange('2026-06-10T15:00:00.000Z', '2026-06-10T16:30:00.000Z')).toBe(
      '2026-06-10 23:00–2026-06-11 00:30',
    );
  });

  it('carries the list’s filters to the export and to the printed list', () => {
    const filters = {
      kind: 'PARTY_LECTURE' as const,
      branchId: 'QnJhbmNoOjEy',
      year: 2022,
      search: ' 党课 ',
    };
    expect(activityFilter(filters)).toEqual({
      kind: ['PARTY_LECTURE'],
      branchId: 'QnJhbmNoOjEy',
      from: '2022-01-01',
      to: '2022-12-31',
      search: '党课',
    });
    const path = activityPrintPath(filters);
    expect(path.startsWith('/party-life/print?')).toBe(true);
    expect(readActivityPrintPath(new URL(path, 'http://x').searchParams)).toEqual({
      ...filters,
      search: '党课',
    });
    const none = { kind: null, branchId: null, year: null, search: '' };
    expect(activityFilter(none)).toEqual({});
    expect(activityPrintPath(none)).toBe('/party-life/print');
    expect(readActivityPrintPath(new URLSearchParams('kind=NOPE&year=abc'))).toEqual(none);
  });

  it('names the organiser: a branch, a team or an association, nobody for the bureau', () => {
    expect(organiserName({ branch: { name: '城南社区党支部' }, team: null })).toBe(
      '城南社区党支部',
    );
    expect(organiserName({ branch: null, team: { name: '银耀安化志愿服务队' } })).toBe(
      '银耀安化志愿服务队',
    );
    expect(organiserName({ association: { name: '老年书画协会' } })).toBe('老年书画协会');
    expect(organiserName({ branch: null, team: null, association: null })).toBeNull();
  });

  it('offers the branch’s members, everyone present for a new activity', () => {
    const members = [
      { id: 'a', name: '张三' },
      { id: 'b', name: '李四' },
    ];
    expect(attendanceRows(members, null).map((r) => r.attendance)).toEqual(['PRESENT', 'PRESENT']);
    const recorded = attendanceRows(members, [
      { member: { id: 'b', name: '李四' }, attendance: 'ABSENT', absenceReason: '住院' },
      { member: { id: 'c', name: '王五' }, attendance: 'EXCUSED' },
    ]);
    expect(recorded).toEqual([
      { memberId: 'a', name: '张三', attendance: null, absenceReason: '' },
      { memberId: 'b', name: '李四', attendance: 'ABSENT', absenceReason: '住院' },
      { memberId: 'c', name: '王五', attendance: 'EXCUSED', absenceReason: '' },
    ]);
    expect(participantsInput(recorded)).toEqual([
      { memberId: 'b', attendance: 'ABSENT', absenceReason: '住院' },
      { memberId: 'c', attendance: 'EXCUSED' },
    ]);
  });

  it('lists the meetings due: overdue first, then those due within the month', () => {
    const one = { id: '1', name: '一支部' };
    const two = { id: '2', name: '二支部' };
    const due = dueMeetings(
      [
        {
          branch: one,
          kinds: [
            { kind: 'PARTY_LECTURE', overdue: 0, dueBy: '2026-06-30' },
            { kind: 'DEMOCRATIC_APPRAISAL', overdue: 0, dueBy: '2026-12-31' },
            { kind: 'PARTY_GROUP_MEETING', overdue: 0, dueBy: null },
          ],
        },
        { branch: two, kinds: [{ kind: 'BRANCH_MEMBERS_MEETING', overdue: 1, dueBy: null }] },
      ],
      '2026-06-15',
    );
    expect(due).toEqual([
      { branch: two, kind: 'BRANCH_MEMBERS_MEETING', overdue: 1, dueBy: null },
      { branch: one, kind: 'PARTY_LECTURE', overdue: 0, dueBy: '2026-06-30' },
    ]);
  });

  it('writes rates as percentages', () => {
    expect(percent(0.8643)).toBe('86.4%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
  });
});
