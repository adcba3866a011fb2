import type { AssociationRole, AwardLevel } from '../../gql/graphql';

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
