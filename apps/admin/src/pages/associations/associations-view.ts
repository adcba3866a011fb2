import type {
  ActivityAwardInput,
  ActivityKind,
  AssociationRole,
  AwardLevel,
} from '../../gql/graphql';

/** The roles in an association, leaders first, in the order offered. */
export const ASSOCIATION_ROLES: readonly AssociationRole[] = [
  'PRESIDENT',
  'VICE_PRESIDENT',
  'SECRETARY_GENERAL',
  'MEMBER',
];

/** The current leaders (会长, 副会长, 秘书长) among memberships, in the order of their roles. */
export function leadersOf<M extends { role: AssociationRole; member: { name: string } | null }>(
  memberships: readonly M[],
): M[] {
  return memberships
    .filter((m) => m.role !== 'MEMBER' && m.member)
    .sort((a, b) => ASSOCIATION_ROLES.indexOf(a.role) - ASSOCIATION_ROLES.indexOf(b.role));
}

/** Memberships now first, then those ended (latest first); the API's leaders-first order kept. */
export function currentFirst<M extends { leftOn: string | null }>(memberships: readonly M[]): M[] {
  const now = memberships.filter((m) => m.leftOn === null);
  const before = memberships
    .filter((m) => m.leftOn !== null)
    .sort((a, b) => b.leftOn!.localeCompare(a.leftOn!));
  return [...now, ...before];
}

/** An award as one line: level, award and, when named, who won it. */
export function awardText(
  award: { award: string; level: AwardLevel; recipient: string | null },
  levelLabel: (level: AwardLevel) => string,
): string {
  const line = `${levelLabel(award.level)} · ${award.award}`;
  return award.recipient ? `${line}（${award.recipient}）` : line;
}

/** What an association's activity may be, in the order offered: 演出, 展览, 比赛, 其他. */
export const ASSOCIATION_KINDS: readonly ActivityKind[] = [
  'PERFORMANCE',
  'EXHIBITION',
  'COMPETITION',
  'OTHER',
];

/** The levels of an award, highest first. */
export const AWARD_LEVELS: readonly AwardLevel[] = ['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'];

/** One award as the form holds it. */
export interface AwardRow {
  award?: string;
  level?: AwardLevel;
  recipient?: string | null;
}

/** The form's rows of awards from those kept (no recipient: an empty box). */
export function awardRows(
  awards: readonly { award: string; level: AwardLevel; recipient: string | null }[],
): AwardRow[] {
  return awards.map((w) => ({ award: w.award, level: w.level, recipient: w.recipient ?? '' }));
}

/** The list recordAwards takes from the form's rows: trimmed, a blank recipient none. */
export function awardsInput(rows: readonly AwardRow[] | undefined): ActivityAwardInput[] {
  return (rows ?? []).map((w) => ({
    award: (w.award ?? '').trim(),
    level: w.level ?? 'COUNTY',
    recipient: w.recipient?.trim() || null,
  }));
}

/** The association's members now, whom an activity's participant picker offers. */
export function currentMembers(
  memberships: readonly { leftOn: string | null; member: { id: string; name: string } | null }[],
): { id: string; name: string }[] {
  return memberships.flatMap((m) => (m.leftOn === null && m.member ? [m.member] : []));
}
