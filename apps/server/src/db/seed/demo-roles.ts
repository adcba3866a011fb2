import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/**
 * The report's 2022 figures: 20 old party members serve as community branch secretaries and 28
 * as committee members (小区党支部书记 / 委员); and, beside them, the 五老工作室, the 关工委, the
 * 家长学校 and the lecturers.
 */
export const DEMO_ROLES = [
  ['COMMUNITY_BRANCH_SECRETARY', 20],
  ['COMMUNITY_BRANCH_COMMITTEE', 28],
  ['ELDERS_STUDIO', 30],
  ['NEXT_GENERATION_COMMITTEE', 12],
  ['PARENT_SCHOOL_TEACHER', 8],
  ['LECTURER', 15],
] as const;
const STUDIO_TOWNSHIPS = ['东坪镇', '梅城镇', '小淹镇', '江南镇', '烟溪镇', '清塘铺镇'];
const COMMUNITIES = ['城东社区', '城西社区', '城南社区', '河滨社区', '新城社区', '茶乡社区'];
const ESTATES = ['锦绣', '资江', '梅山', '阳光', '和谐', '书香', '滨江'];
const NEXT_GENERATION = ['县关工委', '东坪镇关工委', '梅城镇关工委', '小淹镇关工委'];
const PARENT_SCHOOLS = ['新桥“四老”家长学校', '东坪“四老”家长学校', '梅城“四老”家长学校'];

/**
 * Roles of party members on the roll through 2022 (each member one role, held from 2019–2021
 * and still held), the six studios and the cases each handled every year to today.
 */
export async function seedDemoRoles(db: Queryable, today: CalendarDate): Promise<void> {
  await db.run(sql`
    INSERT INTO elders_studio (name, township, founded_on, bureau_id)
    SELECT t || '五老工作室', t, make_date(2018, 1, 1) + ${dice('studio', 't')} % 900, ${DEMO_COUNTY}
    FROM unnest(${STUDIO_TOWNSHIPS}::text[]) WITH ORDINALITY AS s(t, n) ORDER BY s.n`);
  const years: number[] = [];
  for (let y = DEMO_FIRST_YEAR; y <= parts(today).year; y++) years.push(y);
  await db.run(sql`
    INSERT INTO elders_studio_year (studio_id, year, cases)
    SELECT st.id, y, 20 + ${dice('cases', "concat_ws(':', st.id, y)")} % 40
    FROM elders_studio st CROSS JOIN unnest(${years}::int[]) AS y ORDER BY st.id, y`);
  await db.run(sql`
    WITH kinds AS (
      SELECT k.kind, k.n, sum(k.n) OVER (ORDER BY k.i) - k.n AS before
      FROM unnest(${DEMO_ROLES.map(([kind]) => kind)}::text[], ${DEMO_ROLES.map(([, n]) => n)}::int[])
        WITH ORDINALITY AS k(kind, n, i)
    ), studios AS (
      SELECT array_agg(st.id ORDER BY st.id) AS ids FROM elders_studio st
    ), chosen AS (
      SELECT m.id, row_number() OVER (ORDER BY ${dice('role', 'm.id')}, m.id) AS seat
      FROM member m
      WHERE m.party_member
        AND (m.death_date IS NULL OR m.death_date > '2022-12-31')
        AND (m.transferred_out_on IS NULL OR m.transferred_out_on > '2022-12-31')
        AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) <= '2019-01-01'
    )
    INSERT INTO member_role (member_id, kind, organisation, studio_id, title, started_on)
    SELECT c.id, k.kind,
      CASE k.kind
        WHEN 'ELDERS_STUDIO' THEN NULL
        WHEN 'NEXT_GENERATION_COMMITTEE' THEN ${oneOf(NEXT_GENERATION, dice('ngc', 'c.id'))}
        WHEN 'PARENT_SCHOOL_TEACHER' THEN ${oneOf(PARENT_SCHOOLS, dice('school', 'c.id'))}
        WHEN 'LECTURER' THEN '县委老干部宣讲团'
        ELSE '东坪镇' || ${oneOf(COMMUNITIES, dice('community', 'c.id'))} || ${oneOf(ESTATES, dice('estate', 'c.id'))} || '小区党支部'
      END,
      CASE WHEN k.kind = 'ELDERS_STUDIO' THEN s.ids[1 + (c.seat - k.before - 1) % array_length(s.ids, 1)] END,
      CASE k.kind
        WHEN 'COMMUNITY_BRANCH_SECRETARY' THEN '书记'
        WHEN 'COMMUNITY_BRANCH_COMMITTEE' THEN '委员'
        WHEN 'NEXT_GENERATION_COMMITTEE' THEN CASE WHEN ${dice('ngc-title', 'c.id')} < 200 THEN '副主任' ELSE '委员' END
      END,
      make_date(2019, 1, 1) + ${dice('role-start', 'c.id')} % 1000
    FROM chosen c JOIN kinds k ON c.seat > k.before AND c.seat <= k.before + k.n
    CROSS JOIN studios s
    ORDER BY c.seat`);
}
