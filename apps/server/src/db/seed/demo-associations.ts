import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/**
 * The nine associations of the report (老年社会团体), each with the kind of activity it holds,
 * how many a year and its titles.
 */
const ASSOCIATIONS = [
  ['“夕阳红”合唱团', 'PERFORMANCE', 6, '“夕阳红”合唱团文艺演出'],
  ['梅山诗社', 'EXHIBITION', 3, '梅山诗社诗词楹联展'],
  ['京剧票友协会', 'PERFORMANCE', 6, '京剧票友送戏下乡'],
  ['老年书画协会', 'EXHIBITION', 3, '老年书画作品展'],
  ['太极拳协会', 'COMPETITION', 3, '广场舞太极拳艺展演'],
  ['老摄影家协会', 'EXHIBITION', 3, '摄影采风作品展'],
  ['门球协会', 'COMPETITION', 4, '老年门球邀请赛'],
  ['钓鱼协会', 'COMPETITION', 3, '老年钓鱼比赛'],
  ['毛泽东思想学会', 'OTHER', 4, '毛泽东思想学习研讨会'],
] as const;
const THEMES = ['金秋颂党恩·启航新征程', '喜迎二十大·奋进新征程', '助力乡村振兴', '庆祝建党'];
const AWARDS = [
  ['省老年文体赛事调演 二等奖', 'PROVINCIAL'],
  ['市老年文体赛事 一等奖', 'CITY'],
  ['市老年文体赛事 优秀奖', 'CITY'],
  ['县老年文体赛事 一等奖', 'COUNTY'],
] as const;

/**
 * The nine associations with 25 to 60 members of the roster each (a president, two vice
 * presidents and a secretary general lead), and each year's activities from 2022 to today,
 * about one in three with an award. Set-based and deterministic.
 */
export async function seedDemoAssociations(db: Queryable, today: CalendarDate): Promise<void> {
  await db.run(sql`
    INSERT INTO association (name, founded_on, bureau_id)
    SELECT a.name, make_date(2005, 1, 1) + ${dice('assoc', 'a.name')} % 5000, ${DEMO_COUNTY}
    FROM unnest(${ASSOCIATIONS.map(([name]) => name)}::text[]) WITH ORDINALITY AS a(name, n)
    ORDER BY a.n`);
  await db.run(sql`
    WITH s AS (
      SELECT s.id, s.founded_on, 25 + ${dice('size', 's.id')} % 36 AS size FROM association s
    ), picked AS (
      SELECT s.id AS association_id, s.founded_on, m.id AS member_id,
        row_number() OVER (PARTITION BY s.id ORDER BY ${dice('joins', "concat_ws(':', s.id, m.id)")}, m.id) AS n, s.size
      FROM s CROSS JOIN member m
      WHERE (m.death_date IS NULL OR m.death_date > '2022-12-31')
        AND (m.transferred_out_on IS NULL OR m.transferred_out_on > '2022-12-31')
        AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) <= '2021-01-01'
        AND ${dice('club', "concat_ws(':', s.id, m.id)")} < 40
    )
    INSERT INTO association_member (association_id, member_id, role, joined_on)
    SELECT p.association_id, p.member_id,
      CASE WHEN p.n = 1 THEN 'PRESIDENT' WHEN p.n <= 3 THEN 'VICE_PRESIDENT' WHEN p.n = 4 THEN 'SECRETARY_GENERAL' ELSE 'MEMBER' END,
      greatest(p.founded_on, make_date(2015, 1, 1) + ${dice('joined', "concat_ws(':', p.association_id, p.member_id)")} % 2200)
    FROM picked p WHERE p.n <= p.size
    ORDER BY p.association_id, p.n`);
  const years: number[] = [];
  for (let y = DEMO_FIRST_YEAR; y <= parts(today).year; y++) years.push(y);
  await db.run(sql`
    WITH kinds AS (
      SELECT * FROM unnest(${ASSOCIATIONS.map(([name]) => name)}::text[], ${ASSOCIATIONS.map(([, kind]) => kind)}::text[],
        ${ASSOCIATIONS.map(([, , n]) => n)}::int[], ${ASSOCIATIONS.map(([, , , title]) => title)}::text[]) AS k(name, kind, per_year, title)
    ), slots AS (
      SELECT s.id, k.kind, k.title, y.year, i.n,
        make_date(y.year, 1, 1) + 20 + (i.n - 1) * 330 / k.per_year
          + ${dice('assoc-day', "concat_ws(':', s.id, y.year, i.n)")} % (300 / k.per_year) AS day,
        ${dice('assoc-slot', "concat_ws(':', s.id, y.year, i.n)")} AS d
      FROM association s JOIN kinds k ON k.name = s.name
      CROSS JOIN unnest(${years}::int[]) AS y(year) CROSS JOIN generate_series(1, k.per_year) AS i(n)
    )
    INSERT INTO activity (kind, title, starts_at, ends_at, place, organiser_kind, organiser_association_id,
      external_attendance, summary, created_at, updated_at, bureau_id)
    SELECT s.kind, s.title || '：' || ${oneOf(THEMES, sql`s.d`)},
      (s.day + time '09:00') AT TIME ZONE 'Asia/Shanghai', (s.day + time '11:30') AT TIME ZONE 'Asia/Shanghai',
      '老干部活动中心', 'ASSOCIATION', s.id, 60 + s.d % 240, '围绕主题开展活动，展示老同志良好精神风貌。',
      (s.day + time '18:00') AT TIME ZONE 'Asia/Shanghai', (s.day + time '18:00') AT TIME ZONE 'Asia/Shanghai',
      ${DEMO_COUNTY}
    FROM slots s WHERE s.day < ${today}::date
    ORDER BY s.day, s.id`);
  await db.run(sql`
    INSERT INTO activity_award (activity_id, award, level, recipient)
    SELECT a.id, (${AWARDS.map(([award]) => award)}::text[])[1 + ${dice('award', 'a.id')} % ${AWARDS.length}],
      (${AWARDS.map(([, level]) => level)}::text[])[1 + ${dice('award', 'a.id')} % ${AWARDS.length}],
      s.name
    FROM activity a JOIN association s ON s.id = a.organiser_association_id
    WHERE a.kind IN ('PERFORMANCE', 'COMPETITION') AND ${dice('won', 'a.id')} < 350
    ORDER BY a.id`);
}
