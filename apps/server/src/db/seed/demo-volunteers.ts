import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { COUNTY_TOWNSHIPS } from '../../modules/member/residence';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/** The report's 2022 figure: 32 volunteer teams (队伍32支), at the three levels. */
export const DEMO_TEAMS = { COUNTY: 2, TOWNSHIP: 14, VILLAGE: 16 } as const;
/** People not on the roster who volunteer (old party members of the villages). */
export const DEMO_LIGHT_VOLUNTEERS = 320;

const VILLAGES = [
  '黄沙坪村',
  '柳林坪村',
  '木子村',
  '高城村',
  '唐家观村',
  '洞市村',
  '大桥村',
  '山口村',
  '马路溪村',
  '金山村',
  '双烟村',
  '九龙池村',
  '云台山村',
  '白沙溪村',
  '茶乡村',
  '资江村',
];
const SURNAMES = [
  '李',
  '王',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '谌',
  '夏',
  '曾',
  '彭',
  '唐',
  '蒋',
  '龚',
  '邓',
  '胡',
];
const GIVEN = [
  '建国',
  '秀英',
  '德明',
  '桂兰',
  '志强',
  '淑华',
  '国平',
  '玉梅',
  '长青',
  '春生',
  '爱民',
  '冬梅',
  '福生',
  '金花',
  '新民',
  '光辉',
  '秋菊',
  '正平',
  '翠兰',
  '松柏',
];

interface TeamRow {
  name: string;
  level: 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  township: string | null;
  village: string | null;
  categories: string;
}

/** The 32 teams: two of the county, one per township of fourteen, sixteen of villages. */
function teamRows(): TeamRow[] {
  const townships = COUNTY_TOWNSHIPS.slice(0, DEMO_TEAMS.TOWNSHIP);
  return [
    {
      name: '银耀安化·县直机关老干部志愿服务队',
      level: 'COUNTY',
      township: null,
      village: null,
      categories: 'POLICY_OUTREACH,CIVILISED_CITY,TRAFFIC_SAFETY',
    },
    {
      name: '银耀安化·老科技工作者志愿服务队',
      level: 'COUNTY',
      township: null,
      village: null,
      categories: 'SCIENCE,HEALTH,ENVIRONMENT',
    },
    ...townships.map((township, i): TeamRow => ({
      name: `银耀安化·${township}老党员志愿服务队`,
      level: 'TOWNSHIP',
      township,
      village: null,
      categories: [
        'RURAL_REVITALISATION,CULTURE',
        'GRASSROOTS_GOVERNANCE,LEGAL_EDUCATION',
        'POVERTY_RELIEF,HEALTH',
        'NEXT_GENERATION,ANTI_DRUG',
      ][i % 4],
    })),
    ...VILLAGES.map((village, i): TeamRow => ({
      name: `银耀安化·${village}五老志愿服务队`,
      level: 'VILLAGE',
      township: townships[i % townships.length],
      village,
      categories: [
        'RURAL_REVITALISATION,ENVIRONMENT',
        'GRASSROOTS_GOVERNANCE,TRAFFIC_SAFETY',
        'NEXT_GENERATION,CULTURE',
        'POVERTY_RELIEF,OTHER',
      ][i % 4],
    })),
  ];
}

interface SlotType {
  kind: 'VOLUNTEER_SERVICE' | 'SCIENCE_LECTURE' | 'PERFORMANCE';
  title: string;
  category: string;
  perYear: number;
  /** The first day of the year it falls in (0-based) and the span of days it spreads over. */
  from: number;
  span: number;
  /** Beneficiaries: the least and how many more at most. */
  served: [number, number];
  couplets?: [number, number];
  /** Donations per activity. */
  donations?: number;
  years?: 'FIRST' | 'LATER';
}

/**
 * A year of the teams' activities: 226 in all (220多场), of which 84 science lectures reaching
 * some 20,500 people (科技讲座80余场，受惠群众2万余人), 33 performances (30多场), 24 couplet
 * days writing some 12,500 couplets (义写春联12000余幅), and 16 days of epidemic control with
 * the donations made (自发捐款35万多元; in later years, poverty relief).
 */
const SLOT_TYPES: SlotType[] = [
  {
    kind: 'SCIENCE_LECTURE',
    title: '科技讲座：茶叶种植与加工',
    category: 'SCIENCE',
    perYear: 28,
    from: 40,
    span: 300,
    served: [200, 90],
  },
  {
    kind: 'SCIENCE_LECTURE',
    title: '科技讲座：健康知识与慢病防治',
    category: 'HEALTH',
    perYear: 28,
    from: 45,
    span: 300,
    served: [200, 90],
  },
  {
    kind: 'SCIENCE_LECTURE',
    title: '科技讲座：防范电信诈骗和非法集资',
    category: 'SCIENCE',
    perYear: 28,
    from: 50,
    span: 300,
    served: [200, 90],
  },
  {
    kind: 'PERFORMANCE',
    title: '文艺演出：送戏下乡',
    category: 'CULTURE',
    perYear: 33,
    from: 30,
    span: 320,
    served: [150, 300],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '义写春联送万家',
    category: 'CULTURE',
    perYear: 24,
    from: 4,
    span: 21,
    served: [60, 60],
    couplets: [480, 90],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '疫情防控志愿服务：值守卡点、逐户摸排、引导接种',
    category: 'HEALTH',
    perYear: 16,
    from: 60,
    span: 280,
    served: [100, 200],
    donations: 25,
    years: 'FIRST',
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '扶贫帮困爱心捐助',
    category: 'POVERTY_RELIEF',
    perYear: 16,
    from: 60,
    span: 280,
    served: [30, 40],
    donations: 25,
    years: 'LATER',
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '政策宣讲进村入户',
    category: 'POLICY_OUTREACH',
    perYear: 8,
    from: 20,
    span: 330,
    served: [80, 120],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '助力乡村振兴产业调研帮扶',
    category: 'RURAL_REVITALISATION',
    perYear: 8,
    from: 25,
    span: 330,
    served: [40, 80],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '矛盾纠纷调解与基层治理',
    category: 'GRASSROOTS_GOVERNANCE',
    perYear: 8,
    from: 30,
    span: 330,
    served: [20, 40],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '创文巩卫清洁家园',
    category: 'CIVILISED_CITY',
    perYear: 8,
    from: 35,
    span: 330,
    served: [100, 150],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '普法宣传进社区',
    category: 'LEGAL_EDUCATION',
    perYear: 8,
    from: 40,
    span: 330,
    served: [80, 120],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '资江护河环保行动',
    category: 'ENVIRONMENT',
    perYear: 8,
    from: 45,
    span: 330,
    served: [50, 80],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '交通安全劝导',
    category: 'TRAFFIC_SAFETY',
    perYear: 7,
    from: 50,
    span: 330,
    served: [100, 200],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '禁毒宣传进校园',
    category: 'ANTI_DRUG',
    perYear: 7,
    from: 55,
    span: 330,
    served: [150, 200],
  },
  {
    kind: 'VOLUNTEER_SERVICE',
    title: '五老进校园：革命传统教育与暑期防溺水巡河',
    category: 'NEXT_GENERATION',
    perYear: 7,
    from: 60,
    span: 300,
    served: [150, 250],
  },
];

export interface DemoVolunteerSummary {
  teams: number;
  volunteers: number;
  activities: number;
}

/**
 * 银耀安化: the 32 teams and their volunteers (about 930 members of the roster and 320 old
 * party members of the villages who are not on it), and each year's activities from 2022 to
 * `today` with their volunteers' hours, couplets and donations. Set-based and deterministic.
 */
export async function seedDemoVolunteers(
  db: Queryable,
  today: CalendarDate,
): Promise<DemoVolunteerSummary> {
  const teams = teamRows();
  await db.run(sql`
    WITH t AS (
      INSERT INTO volunteer_team (name, level, township, village, leader, founded_on, bureau_id)
      SELECT t.name, t.level, t.township, t.village,
        ${oneOf(SURNAMES, dice('leader', 't.n'))} || ${oneOf(GIVEN, dice('leader-given', 't.n'))},
        make_date(2019, 3, 1) + ${dice('founded', 't.n')} % 900, ${DEMO_COUNTY}
      FROM unnest(${teams.map((r) => r.name)}::text[], ${teams.map((r) => r.level)}::text[],
        ${teams.map((r) => r.township)}::text[], ${teams.map((r) => r.village)}::text[],
        ${teams.map((r) => r.categories)}::text[]) WITH ORDINALITY AS t(name, level, township, village, categories, n)
      ORDER BY t.n
      RETURNING id, name
    )
    INSERT INTO volunteer_team_category (team_id, category)
    SELECT t.id, c FROM t JOIN unnest(${teams.map((r) => r.name)}::text[], ${teams.map((r) => r.categories)}::text[]) AS r(name, categories)
      ON r.name = t.name
    CROSS JOIN LATERAL unnest(string_to_array(r.categories, ',')) AS c`);

  // Members on the roll through 2022 volunteer in the county's and townships' teams; the people
  // not on the roster in their village's team. Each joins once, after the team was founded.
  await db.run(sql`
    WITH eligible AS (
      SELECT m.id FROM member m
      WHERE (m.death_date IS NULL OR m.death_date > '2022-12-31')
        AND (m.transferred_out_on IS NULL OR m.transferred_out_on > '2022-12-31')
        AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) <= '2022-01-01'
        AND ${dice('volunteer', 'm.id')} < 175
    )
    INSERT INTO volunteer (member_id, bureau_id) SELECT e.id, ${DEMO_COUNTY} FROM eligible e ORDER BY e.id`);
  await db.run(sql`
    INSERT INTO volunteer (name, phone, village, bureau_id)
    SELECT ${oneOf(SURNAMES, dice('light-surname', 'n'))} || ${oneOf(GIVEN, dice('light-given', 'n'))},
      CASE WHEN ${dice('light-phone', 'n')} < 700 THEN '1390737' || lpad(n::text, 4, '0') END,
      (${VILLAGES}::text[])[1 + (n - 1) % ${VILLAGES.length}], ${DEMO_COUNTY}
    FROM generate_series(1, ${DEMO_LIGHT_VOLUNTEERS}::int) AS n ORDER BY n`);
  await db.run(sql`
    WITH teams AS (
      SELECT t.*, row_number() OVER (PARTITION BY t.level = 'VILLAGE' ORDER BY t.id) AS n,
        count(*) OVER (PARTITION BY t.level = 'VILLAGE') AS of
      FROM volunteer_team t
    ), chosen AS (
      SELECT v.id AS volunteer_id, t.id AS team_id, t.founded_on
      FROM volunteer v JOIN teams t ON CASE WHEN v.member_id IS NULL
        THEN t.village = v.village
        ELSE t.level <> 'VILLAGE' AND t.n = 1 + ${dice('team', 'v.id')} % t.of END
    )
    INSERT INTO volunteer_membership (team_id, volunteer_id, joined_on, left_on)
    SELECT c.team_id, c.volunteer_id,
      c.founded_on + ${dice('joined', 'c.volunteer_id')} % ('2022-12-31'::date - c.founded_on + 1),
      CASE WHEN ${dice('left', 'c.volunteer_id')} < 50
        AND '2024-01-01'::date + ${dice('left-day', 'c.volunteer_id')} % 360 < ${today}::date
        THEN '2024-01-01'::date + ${dice('left-day', 'c.volunteer_id')} % 360 END
    FROM chosen c ORDER BY c.volunteer_id`);

  const years: number[] = [];
  for (let y = DEMO_FIRST_YEAR; y <= parts(today).year; y++) years.push(y);
  const [activities] = await db.run(sql`
    WITH types AS (
      SELECT * FROM unnest(${SLOT_TYPES.map((t) => t.kind)}::text[], ${SLOT_TYPES.map((t) => t.title)}::text[],
        ${SLOT_TYPES.map((t) => t.perYear)}::int[], ${SLOT_TYPES.map((t) => t.from)}::int[],
        ${SLOT_TYPES.map((t) => t.span)}::int[], ${SLOT_TYPES.map((t) => t.served[0])}::int[],
        ${SLOT_TYPES.map((t) => t.served[1])}::int[], ${SLOT_TYPES.map((t) => t.years ?? 'ALL')}::text[])
        AS s(kind, title, per_year, from_day, span, served, served_more, years)
    ), teams AS (
      SELECT array_agg(t.id ORDER BY t.id) AS ids,
        array_agg(coalesce(t.village, t.township, '县城') ORDER BY t.id) AS places
      FROM volunteer_team t
    ), slots AS (
      SELECT s.*, y.year, k.n, ${dice('slot', "concat_ws(':', s.title, y.year, k.n)")} AS d,
        make_date(y.year, 1, 1) + s.from_day + (k.n - 1) * s.span / s.per_year
          + ${dice('slot-day', "concat_ws(':', s.title, y.year, k.n)")} % greatest(1, s.span / s.per_year) AS day
      FROM types s CROSS JOIN unnest(${years}::int[]) AS y(year)
      CROSS JOIN generate_series(1, s.per_year) AS k(n)
      WHERE s.years = 'ALL' OR (s.years = 'FIRST') = (y.year = ${DEMO_FIRST_YEAR})
    ), inserted AS (
      INSERT INTO activity (kind, title, starts_at, ends_at, place, organiser_kind, organiser_team_id,
        beneficiaries, created_at, updated_at, bureau_id)
      SELECT s.kind, s.title, (s.day + time '09:00') AT TIME ZONE 'Asia/Shanghai',
        (s.day + time '11:30') AT TIME ZONE 'Asia/Shanghai',
        t.places[1 + s.d % array_length(t.ids, 1)], 'TEAM', t.ids[1 + s.d % array_length(t.ids, 1)],
        s.served + ${dice('served', "concat_ws(':', s.title, s.year, s.n)")} % s.served_more,
        (s.day + time '18:00') AT TIME ZONE 'Asia/Shanghai', (s.day + time '18:00') AT TIME ZONE 'Asia/Shanghai',
        ${DEMO_COUNTY}
      FROM slots s CROSS JOIN teams t
      WHERE s.day < ${today}::date
      ORDER BY s.day, s.title, s.n
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);

  // Each activity's category and couplets by its kind of day (its title), then the hours of
  // 6 to 14 of its team's volunteers who were members that day, 2 to 4 hours each, and the
  // donations of the days that had them.
  await db.run(sql`
    INSERT INTO volunteer_service (activity_id, category, couplets)
    SELECT a.id, s.category,
      CASE WHEN s.couplets > 0 THEN s.couplets + ${dice('couplets', 'a.id')} % s.couplets_more ELSE 0 END
    FROM activity a
    JOIN unnest(${SLOT_TYPES.map((t) => t.title)}::text[], ${SLOT_TYPES.map((t) => t.category)}::text[],
      ${SLOT_TYPES.map((t) => t.couplets?.[0] ?? 0)}::int[], ${SLOT_TYPES.map((t) => t.couplets?.[1] ?? 1)}::int[])
      AS s(title, category, couplets, couplets_more) ON s.title = a.title
    WHERE a.organiser_kind = 'TEAM'
    ORDER BY a.id`);
  await db.run(sql`
    WITH a AS (
      SELECT a.id, a.organiser_team_id, (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
        6 + ${dice('crew', 'a.id')} % 9 AS crew
      FROM activity a WHERE a.organiser_kind = 'TEAM'
    ), picked AS (
      SELECT a.id AS activity_id, vm.volunteer_id, a.crew,
        row_number() OVER (PARTITION BY a.id ORDER BY ${dice('pick', "concat_ws(':', a.id, vm.volunteer_id)")}, vm.volunteer_id) AS n
      FROM a JOIN volunteer_membership vm ON vm.team_id = a.organiser_team_id
        AND vm.joined_on <= a.day AND (vm.left_on IS NULL OR vm.left_on >= a.day)
    )
    INSERT INTO volunteer_hours (activity_id, volunteer_id, hours)
    SELECT p.activity_id, p.volunteer_id, (4 + ${dice('hours', "concat_ws(':', p.activity_id, p.volunteer_id)")} % 5) / 2.0
    FROM picked p WHERE p.n <= p.crew
    ORDER BY p.activity_id, p.volunteer_id`);
  await db.run(sql`
    INSERT INTO volunteer_donation (activity_id, donor, amount_fen)
    SELECT a.id,
      ${oneOf(SURNAMES, dice('donor', "concat_ws(':', a.id, k)"))} || ${oneOf(GIVEN, dice('donor-given', "concat_ws(':', a.id, k)"))},
      (550 + ${dice('amount', "concat_ws(':', a.id, k)")} % 800) * 100
    FROM activity a
    JOIN unnest(${SLOT_TYPES.map((t) => t.title)}::text[], ${SLOT_TYPES.map((t) => t.donations ?? 0)}::int[])
      AS s(title, donations) ON s.title = a.title AND s.donations > 0
    CROSS JOIN LATERAL generate_series(1, s.donations) AS k
    WHERE a.organiser_kind = 'TEAM'
    ORDER BY a.id, k`);

  const [volunteers] = await db.run(sql`SELECT count(*)::int AS n FROM volunteer`);
  return {
    teams: teams.length,
    volunteers: Number(volunteers.n),
    activities: Number(activities.n),
  };
}
