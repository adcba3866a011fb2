import { chinaDateTime } from '@wanxia/schema';
import type { ActivityKind, Attendance } from '../../gql/graphql';

/** The seven kinds of 三会一课 and 组织生活, in the order they are shown. */
export const PARTY_LIFE_KINDS: readonly ActivityKind[] = [
  'BRANCH_MEMBERS_MEETING',
  'BRANCH_COMMITTEE_MEETING',
  'PARTY_GROUP_MEETING',
  'PARTY_LECTURE',
  'ORGANISATIONAL_LIFE_MEETING',
  'DEMOCRATIC_APPRAISAL',
  'THEMED_PARTY_DAY',
];
export const ALL_KINDS: readonly ActivityKind[] = [
  ...PARTY_LIFE_KINDS,
  'PARTY_EDUCATION',
  'HONORARY_RETIREMENT',
  'POLITICAL_BIRTHDAY',
  'POLITICAL_EVENT',
  'SYMPOSIUM',
  'INSPECTION',
  'TOPIC_LECTURE',
  'OTHER',
];
export const ATTENDANCES: readonly Attendance[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/** A day and a time of day in China as the instant the API takes (`2026-06-10T09:00:00+08:00`). */
export function chinaInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

/** An instant as the form's day and time of day in China. */
export function chinaParts(instant: string): { date: string; time: string } {
  const [date, time] = chinaDateTime(instant).split(' ');
  return { date, time };
}

/**
 * When an activity was, as one line: `2026-06-10 09:00–11:00` (the end's day when another); the
 * contract's, so the activity export writes the same.
 */
export { chinaTimeRange as timeRange } from '@wanxia/schema';

/** Who organised an activity, by name: its branch, team or association; null for the bureau. */
export function organiserName(organiser: {
  branch?: { name: string } | null;
  team?: { name: string } | null;
  association?: { name: string } | null;
}): string | null {
  return organiser.branch?.name ?? organiser.team?.name ?? organiser.association?.name ?? null;
}

/** One member's row in the attendance picker: their attendance, or null when not taking part. */
export interface AttendanceRow {
  memberId: string;
  name: string;
  attendance: Attendance | null;
  absenceReason: string;
}

/** The picker's rows: the branch's members, with what is recorded (new: everyone present). */
export function attendanceRows(
  members: readonly { id: string; name: string }[],
  recorded:
    | readonly {
        member: { id: string; name: string } | null;
        attendance: Attendance;
        absenceReason?: string | null;
      }[]
    | null,
): AttendanceRow[] {
  const byMember = new Map((recorded ?? []).filter((p) => p.member).map((p) => [p.member!.id, p]));
  const rows = members.map((m) => {
    const kept = byMember.get(m.id);
    return {
      memberId: m.id,
      name: m.name,
      attendance: recorded ? (kept?.attendance ?? null) : ('PRESENT' as Attendance),
      absenceReason: kept?.absenceReason ?? '',
    };
  });
  // Those recorded who are no longer in the branch's list stay on it.
  for (const p of recorded ?? []) {
    if (p.member && !members.some((m) => m.id === p.member!.id))
      rows.push({
        memberId: p.member.id,
        name: p.member.name,
        attendance: p.attendance,
        absenceReason: p.absenceReason ?? '',
      });
  }
  return rows;
}

/** The participant list the API takes: only those taking part, a reason only for an absence. */
export function participantsInput(rows: readonly AttendanceRow[]) {
  return rows
    .filter((r) => r.attendance !== null)
    .map((r) => ({
      memberId: r.memberId,
      attendance: r.attendance!,
      ...(r.attendance === 'ABSENT' ? { absenceReason: r.absenceReason.trim() || null } : {}),
    }));
}

/** A meeting a branch owes: overdue periods, or the running period's last day when soon. */
export interface DueMeeting {
  branch: { id: string; name: string };
  kind: ActivityKind;
  overdue: number;
  dueBy: string | null;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * 我的待办's meetings: those overdue, and those whose running period ends within `days` days
 * without a meeting yet; overdue first, then by the day they are due.
 */
export function dueMeetings(
  branches: readonly {
    branch: { id: string; name: string };
    kinds: readonly { kind: ActivityKind; overdue: number; dueBy?: string | null }[];
  }[],
  today: string,
  days = 30,
): DueMeeting[] {
  const due: DueMeeting[] = [];
  for (const { branch, kinds } of branches) {
    for (const k of kinds) {
      const soon = k.dueBy != null && daysBetween(today, k.dueBy) <= days;
      if (k.overdue > 0 || soon)
        due.push({ branch, kind: k.kind, overdue: k.overdue, dueBy: soon ? k.dueBy! : null });
    }
  }
  return due.sort(
    (a, b) =>
      Number(b.overdue > 0) - Number(a.overdue > 0) ||
      (a.dueBy ?? '9999').localeCompare(b.dueBy ?? '9999') ||
      a.branch.name.localeCompare(b.branch.name, 'zh-CN') ||
      PARTY_LIFE_KINDS.indexOf(a.kind) - PARTY_LIFE_KINDS.indexOf(b.kind),
  );
}

/** A rate as a percentage with one decimal (`86.4%`), or a dash. */
export const percent = (rate: number | null | undefined) =>
  rate == null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** What 活动记录 is filtered by on screen: kind, branch (and those below it), year, title. */
export interface ActivityListFilters {
  kind: ActivityKind | null;
  branchId: string | null;
  year: number | null;
  search: string;
}

/** The `activities` query's filter for the list's filters (the export and the print take it). */
export function activityFilter({ kind, branchId, year, search }: ActivityListFilters) {
  return {
    ...(kind ? { kind: [kind] } : {}),
    ...(branchId ? { branchId } : {}),
    ...(year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  };
}

/** The printed list's address: the filters in the URL (a year left out is every year). */
export function activityPrintPath({ kind, branchId, year, search }: ActivityListFilters): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (branchId) params.set('branch', branchId);
  if (year) params.set('year', String(year));
  if (search.trim()) params.set('q', search.trim());
  const query = params.toString();
  return `/party-life/print${query ? `?${query}` : ''}`;
}

/** The filters of a printed list's address; what does not read as a filter is left out. */
export function readActivityPrintPath(params: URLSearchParams): ActivityListFilters {
  const kind = params.get('kind') as ActivityKind | null;
  const year = Number(params.get('year'));
  return {
    kind: kind && ALL_KINDS.includes(kind) ? kind : null,
    branchId: params.get('branch') || null,
    year: Number.isInteger(year) && year >= 1949 && year <= 9999 ? year : null,
    search: params.get('q') ?? '',
  };
}
