import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { MemberRoleKind, type RoleStats } from './community-roles.types';

/**
 * A year's community roles from the records in reach: the members holding each kind of role at
 * some time in the year up to `asOf`, and the studios with the cases they handled.
 */
export async function roleFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<RoleStats> {
  const kinds = await db.run(sql`
    SELECT r.kind, count(DISTINCT r.member_id)::int AS n
    FROM member_role r JOIN member m ON m.id = r.member_id
    WHERE r.started_on <= ${asOf}::date AND (r.ended_on IS NULL OR r.ended_on >= ${`${year}-01-01`}::date)
      AND ${reach.member('m')}
    GROUP BY r.kind`);
  const [studios] = await db.run(sql`
    SELECT count(*)::int AS n,
      coalesce(sum((SELECT y.cases FROM elders_studio_year y WHERE y.studio_id = st.id AND y.year = ${year})), 0)::int AS cases
    FROM elders_studio st
    WHERE (st.founded_on IS NULL OR st.founded_on <= ${asOf}::date) AND ${reach.countyRecords('st')}`);
  const of = (kind: MemberRoleKind) => Number(kinds.find((k) => k.kind === kind)?.n ?? 0);
  return {
    communityBranchSecretaries: of(MemberRoleKind.COMMUNITY_BRANCH_SECRETARY),
    communityBranchCommittee: of(MemberRoleKind.COMMUNITY_BRANCH_COMMITTEE),
    studioMembers: of(MemberRoleKind.ELDERS_STUDIO),
    nextGenerationCommittee: of(MemberRoleKind.NEXT_GENERATION_COMMITTEE),
    parentSchoolTeachers: of(MemberRoleKind.PARENT_SCHOOL_TEACHER),
    lecturers: of(MemberRoleKind.LECTURER),
    studios: Number(studios.n),
    studioCases: Number(studios.cases),
  };
}
