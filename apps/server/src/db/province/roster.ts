import { addYears, type CalendarDate, idCardProblem } from '@wanxia/schema';
import type { Queryable } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import { nameColumns } from '../../modules/member/member.service';
import {
  AGE_BANDS,
  BRANCH_COLUMNS,
  type BranchInsert,
  CARE_PLAN_BY_HEALTH,
  CONTACT_LEADERS,
  type Gender,
  insertRows,
  JOIN_AGES,
  personName,
  reserveIds,
  TRANSFER_DESTINATIONS,
} from '../seed/demo';
import { Random } from '../seed/random';
import { dice, oneOf } from '../seed/sql-dice';
import { type BranchPlan, layOutProvince } from './layout';
import { insertBureaus } from './bureaus';

/** Names drawn per gender; members pick among them, so common names recur as they do. */
const NAME_POOL = 20_000;
const FORMER_UNITS = [
  '教育局',
  '林业局',
  '财政局',
  '人民医院',
  '公安局',
  '水利局',
  '民政局',
  '交通运输局',
  '第一中学',
  '供销社',
];
const POSITIONS = ['科员', '办公室主任', '副局长', '教师', '医师', '所长', '股长', '主任科员'];
const RELATIONS = ['儿子', '女儿', '儿媳', '女婿', '侄子'];
const ROADS = ['人民路', '解放路', '建设路', '新华路', '五一路', '迎宾路', '沿江路', '文化路'];

export interface ProvinceRosterSummary {
  generalBranches: number;
  branches: number;
  members: number;
}

type BranchRow = BranchPlan & BranchInsert;

/** The branch tree, written with the paths and search columns the app itself writes. */
async function insertBranches(
  tx: Queryable,
  plan: readonly BranchPlan[],
  today: CalendarDate,
  counties: ReadonlyMap<string, number>,
) {
  const ids = await reserveIds(tx, 'branch', plan.length);
  const rows: BranchRow[] = [];
  const todayMs = Date.parse(today);
  plan.forEach((branch, i) => {
    const parent = branch.parentIndex === null ? null : rows[branch.parentIndex];
    const foundedOn = new Date(todayMs - branch.ageDays * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      ...branch,
      id: ids[i],
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${ids[i]}/`,
      depth: parent === null ? 0 : parent.depth + 1,
      bureauId: counties.get(branch.county.name)!,
      demonstrationYear: branch.demonstrationLevel ? Number(foundedOn.slice(0, 4)) + 2 : null,
      foundedOn,
      address: `${branch.county.city}${branch.county.name}老干部活动中心`,
      meetingPlace: `${branch.county.name}老干部活动中心会议室`,
    });
  });
  await insertRows(tx, 'branch', BRANCH_COLUMNS, rows);
  return rows;
}

/** Each gender's pool of names with their pinyin, as the app computes it. */
async function loadNamePool(tx: Queryable, seed: number) {
  const rng = new Random(seed);
  const pool: { gender: Gender; slot: number; name: string }[] = [];
  for (const gender of ['MALE', 'FEMALE'] as const) {
    for (let slot = 0; slot < NAME_POOL; slot++) {
      pool.push({ gender, slot, name: personName(rng, gender).name });
    }
  }
  const columns = new Map<string, ReturnType<typeof nameColumns>>();
  for (const { name } of pool) if (!columns.has(name)) columns.set(name, nameColumns(name));
  await tx.run(sql`
    CREATE TEMP TABLE gen_name ON COMMIT DROP AS
    SELECT * FROM unnest(${pool.map((p) => p.gender)}::text[], ${pool.map((p) => p.slot)}::int[],
      ${pool.map((p) => p.name)}::text[], ${pool.map((p) => columns.get(p.name)!.namePinyin)}::text[],
      ${pool.map((p) => columns.get(p.name)!.nameInitials)}::text[])
      AS t(gender, slot, name, name_pinyin, name_initials)`);
  await tx.run(sql`CREATE UNIQUE INDEX ON gen_name (gender, slot)`);
}

/** Value `i` of 1,000 per-mille buckets drawn from weighted bands of whole numbers. */
function perMille(bands: readonly (readonly [readonly [number, number], number])[]): number[] {
  const total = bands.reduce((sum, [, w]) => sum + w, 0);
  const values: number[] = [];
  for (const [[from, to], weight] of bands) {
    const count = Math.round((weight / total) * 1000);
    for (let i = 0; i < count; i++) values.push(from + Math.floor((i * (to - from + 1)) / count));
  }
  while (values.length < 1000) values.push(values[values.length - 1]);
  return values.slice(0, 1000);
}

/** A pool name for member `k` of `gender` (an SQL expression), drawn with `salt`. */
function poolName(salt: string, gender: Sql | string): Sql {
  const g = typeof gender === 'string' ? sql`${gender}` : gender;
  return sql`(SELECT n.name FROM gen_name n WHERE n.gender = ${g}
    AND n.slot = (${dice(`${salt}1`, 'p.k')} * 1000 + ${dice(`${salt}2`, 'p.k')}) % ${NAME_POOL})`;
}

/** The GB 11643 check character of the 17 digits `first17` (an SQL expression). */
function checkChar(first17: Sql): Sql {
  return sql`substr('10X98765432', 1 + (SELECT sum(substr(${first17}, w.i::int, 1)::int * w.weight)
    FROM unnest('{7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2}'::int[]) WITH ORDINALITY AS w(weight, i))::int % 11, 1)`;
}

/**
 * People: who they are, drawn per member from deterministic dice (`p.k` numbers them), with
 * their member id, in one statement into a working table.
 */
async function drawPeople(tx: Queryable, today: CalendarDate) {
  const femaleAges = perMille(AGE_BANDS);
  const maleAges = perMille(AGE_BANDS.filter(([[from]]) => from >= 60));
  const joinAges = perMille(JOIN_AGES);
  await tx.run(sql`
    CREATE TEMP TABLE gen_person ON COMMIT DROP AS
    WITH slots AS (
      SELECT row_number() OVER (ORDER BY b.id, s.n)::int AS k, b.id AS branch_id, b.area_code,
        b.county, b.city, b.founded_on
      FROM gen_branch b CROSS JOIN generate_series(1, b.size) AS s(n)
    ), drawn AS (
      SELECT p.*, g.gender,
        CASE WHEN g.gender = 'MALE' THEN (${maleAges}::int[])[1 + ${dice('age', 'p.k')}]
          ELSE (${femaleAges}::int[])[1 + ${dice('age', 'p.k')}] END AS age,
        (${joinAges}::int[])[1 + ${dice('join', 'p.k')}] AS join_age,
        ${dice('birthday', 'p.k')} * 365 / 1000 AS birthday_offset
      FROM slots p
      CROSS JOIN LATERAL (SELECT CASE WHEN ${dice('gender', 'p.k')} < 650 THEN 'MALE' ELSE 'FEMALE' END AS gender) g
    ), born AS (
      SELECT d.*, (${today}::date - make_interval(years => d.age))::date - d.birthday_offset AS birth_date
      FROM drawn d
    ), retired AS (
      SELECT b.*, least((date_trunc('month', b.birth_date + make_interval(years => CASE WHEN b.gender = 'MALE' THEN 60 ELSE 55 END))
          + interval '1 month')::date, ${today}::date) AS retirement_date
      FROM born b
    )
    SELECT nextval(pg_get_serial_sequence('member', 'id'))::int AS id, r.*,
      least(greatest(r.retirement_date, r.founded_on), ${today}::date) AS enrolled,
      r.birth_date < date '1932-10-01' AND ${dice('lixiu', 'r.k')} < 300 AS lixiu
    FROM retired r`);
}

/** The roster from the people: members (ID numbers unique per area and birth date) and their enrolment. */
async function insertMembers(tx: Queryable, today: CalendarDate) {
  const healthNote = (status: string, note: string) => sql`WHEN ${status} THEN ${note}`;
  await tx.run(sql`
    WITH fate AS (
      SELECT p.*,
        ${dice('fate', 'p.k')} AS fate_die,
        CASE WHEN p.age < 70 THEN 15 WHEN p.age < 80 THEN 40 WHEN p.age < 90 THEN 80 ELSE 140 END AS death_per_mille,
        greatest(p.enrolled, ${addYears(today, -5)}::date) AS recent,
        ${dice('health', 'p.k')} AS health_die,
        ${dice('living', 'p.k')} AS living_die,
        row_number() OVER (PARTITION BY p.area_code, p.birth_date ORDER BY p.k) AS sequence
      FROM gen_person p
    ), person AS (
      SELECT f.*,
        CASE WHEN NOT f.lixiu AND f.fate_die < f.death_per_mille THEN 'DECEASED'
          WHEN NOT f.lixiu AND f.age < 85 AND f.fate_die >= 979 THEN 'TRANSFERRED_OUT'
          ELSE 'ACTIVE' END AS status,
        f.recent + ${dice('fate-day', 'f.k')} * (${today}::date - f.recent) / 1000 AS fate_day,
        CASE WHEN f.health_die < 600 - f.age * 5 THEN 'GOOD' WHEN f.health_die < 900 - f.age * 2 THEN 'FAIR'
          WHEN f.health_die < 970 THEN 'POOR' ELSE 'BEDRIDDEN' END AS health,
        CASE WHEN f.living_die < 100 + (f.age >= 80)::int * 80 THEN 'ALONE'
          WHEN f.living_die < 500 THEN 'WITH_SPOUSE' WHEN f.living_die < 960 THEN 'WITH_FAMILY'
          ELSE 'CARE_HOME' END AS living,
        f.area_code || to_char(f.birth_date, 'YYYYMMDD')
          || lpad(((f.sequence - 1) * 2 + (f.gender = 'MALE')::int)::text, 3, '0') AS first17,
        '1' || (38 + ${dice('phone', 'f.k')} % 12)::text
          || lpad((${dice('phone1', 'f.k')} * 100000 + ${dice('phone2', 'f.k')} * 100 + ${dice('phone3', 'f.k')} % 100)::text, 8, '0') AS phone,
        ${dice('party', 'f.k')} < 850 OR f.lixiu AS party_member,
        (f.birth_date + make_interval(years => f.join_age))::date + ${dice('join-day', 'f.k')} * 365 / 1000 AS joined
      FROM fate f
    )
    INSERT INTO member (id, name, name_pinyin, name_initials, gender, ethnicity, birth_date, id_card_number,
      phone, address, residence_kind, residence_place, former_unit, former_position, rank, retirement_type,
      retirement_date, work_start_date, party_member, party_join_date, full_membership_date, branch_id, status,
      death_date, transferred_out_on, transfer_destination, health_status, health_notes, living_situation,
      spouse_name, emergency_contact_name, emergency_contact_relation, emergency_contact_phone, care_plan,
      contact_leader, tags, created_at, updated_at)
    SELECT p.id, n.name, n.name_pinyin, n.name_initials, p.gender,
      CASE WHEN ${dice('ethnicity', 'p.k')} < 950 THEN '汉族' ELSE ${oneOf(['土家族', '苗族', '瑶族', '侗族', '回族'], dice('ethnicity', 'p.k'))} END,
      p.birth_date, p.first17 || ${checkChar(sql`p.first17`)},
      CASE WHEN ${dice('no-phone', 'p.k')} >= 20 THEN p.phone END,
      p.county || ${oneOf(ROADS, dice('road', 'p.k'))} || (1 + ${dice('number', 'p.k')} % 300) || '号',
      CASE WHEN ${dice('away', 'p.k')} < 180 THEN 'ELSEWHERE' ELSE 'TOWNSHIP' END,
      CASE WHEN ${dice('away', 'p.k')} < 180 THEN ${oneOf(['长沙市', '广州市', '深圳市', '北京市'], dice('city', 'p.k'))} ELSE p.county END,
      p.county || ${oneOf(FORMER_UNITS, dice('unit', 'p.k'))}, ${oneOf(POSITIONS, dice('position', 'p.k'))},
      ${oneOf(['科员', '科员', '副科级', '副科级', '正科级', '正科级', '副处级'], dice('rank', 'p.k'))},
      CASE WHEN p.lixiu THEN 'LIXIU' ELSE 'TUIXIU' END, p.retirement_date,
      CASE WHEN p.lixiu THEN least(p.birth_date + interval '17 years', date '1949-09-30')
        ELSE p.birth_date + make_interval(years => 17 + ${dice('work', 'p.k')} % 8) END,
      p.party_member, CASE WHEN p.party_member THEN p.joined END,
      CASE WHEN NOT p.party_member OR ${dice('full', 'p.k')} >= 920 THEN NULL
        WHEN ${dice('full', 'p.k')} < 800 THEN p.joined + interval '1 year'
        ELSE p.joined + make_interval(years => 2 + ${dice('full', 'p.k')} % 3) END,
      p.branch_id, p.status,
      CASE WHEN p.status = 'DECEASED' THEN p.fate_day END,
      CASE WHEN p.status = 'TRANSFERRED_OUT' THEN p.fate_day END,
      CASE WHEN p.status = 'TRANSFERRED_OUT' THEN ${oneOf(TRANSFER_DESTINATIONS, dice('destination', 'p.k'))} END,
      p.health,
      CASE p.health ${healthNote('FAIR', '高血压，需定期复查')} ${healthNote('POOR', '冠心病，已安装支架')}
        ${healthNote('BEDRIDDEN', '长期卧床，需专人护理')} END,
      p.living,
      CASE WHEN p.living = 'WITH_SPOUSE' THEN ${poolName('spouse', sql`CASE WHEN p.gender = 'MALE' THEN 'FEMALE' ELSE 'MALE' END`)} END,
      ${poolName('contact', 'MALE')}, ${oneOf(RELATIONS, dice('relation', 'p.k'))},
      '1' || (38 + ${dice('contact-phone', 'p.k')} % 12)::text || lpad((${dice('contact-phone1', 'p.k')} * 100000 + ${dice('contact-phone2', 'p.k')})::text, 8, '0'),
      CASE WHEN p.age >= 80 OR p.living = 'ALONE' THEN (${JSON.stringify(CARE_PLAN_BY_HEALTH)}::jsonb) ->> p.health END,
      CASE WHEN p.lixiu OR ${dice('leader', 'p.k')} < 20 THEN ${oneOf(CONTACT_LEADERS, dice('leader-who', 'p.k'))} END,
      array_remove(ARRAY[
        CASE WHEN p.lixiu THEN '离休干部' END,
        CASE WHEN p.living = 'ALONE' THEN '独居' END,
        CASE WHEN p.health = 'BEDRIDDEN' THEN '失能' END,
        CASE WHEN ${dice('hardship', 'p.k')} < 60 THEN '困难' END], NULL),
      (p.enrolled + time '09:00') AT TIME ZONE 'Asia/Shanghai', (p.enrolled + time '09:00') AT TIME ZONE 'Asia/Shanghai'
    FROM person p
    JOIN gen_name n ON n.gender = p.gender
      AND n.slot = (${dice('name1', 'p.k')} * 1000 + ${dice('name2', 'p.k')}) % ${NAME_POOL}
    ORDER BY p.k`);
  // Enrolled on retiring (or when the branch was founded); leaving the roster ends it, as the app does.
  await tx.run(sql`
    INSERT INTO branch_membership (member_id, branch_id, started_on, ended_on, reason, note, created_at)
    SELECT m.id, m.branch_id, p.enrolled, coalesce(m.death_date, m.transferred_out_on), 'ENROLLED',
      CASE WHEN m.status = 'TRANSFERRED_OUT' THEN '转往' || m.transfer_destination END, m.created_at
    FROM member m JOIN gen_person p ON p.id = m.id ORDER BY m.id`);
  // Each branch's secretary: its first active party member.
  await tx.run(sql`
    UPDATE branch b SET secretary_id = s.id
    FROM (SELECT DISTINCT ON (branch_id) branch_id, id FROM member
      WHERE status = 'ACTIVE' AND party_member ORDER BY branch_id, id) s
    WHERE b.id = s.branch_id`);
}

/** The app's own rule holds for a sample of the generated ID numbers. */
async function checkIdNumbers(tx: Queryable) {
  const rows = await tx.run(
    sql`SELECT id_card_number AS n FROM member ORDER BY md5(id::text) LIMIT 2000`,
  );
  const bad = rows.map((r) => String(r.n)).filter((n) => idCardProblem(n) !== null);
  if (bad.length)
    throw new Error(`generated ID numbers the app refuses: ${bad.slice(0, 3).join(', ')}`);
}

/**
 * A province's branches and members, set-based: the tree and the name pool come from the app's
 * own functions (paths, pinyin, search text), the people from SQL over generate_series.
 */
export async function generateProvinceRoster(
  tx: Queryable,
  options: { today: CalendarDate; memberCount: number; seed: number },
): Promise<ProvinceRosterSummary> {
  const { today, memberCount, seed } = options;
  const plan = layOutProvince(memberCount, seed);
  const counties = await insertBureaus(tx);
  const branches = await insertBranches(tx, plan, today, counties);
  const leaves = branches.filter((b) => b.kind === 'BRANCH');
  await tx.run(sql`
    CREATE TEMP TABLE gen_branch ON COMMIT DROP AS
    SELECT * FROM unnest(${leaves.map((b) => b.id)}::int[], ${leaves.map((b) => b.size)}::int[],
      ${leaves.map((b) => b.county.areaCode)}::text[], ${leaves.map((b) => b.county.name)}::text[],
      ${leaves.map((b) => b.county.city)}::text[], ${leaves.map((b) => b.foundedOn)}::date[])
      AS t(id, size, area_code, county, city, founded_on)`);
  await loadNamePool(tx, seed);
  await drawPeople(tx, today);
  await insertMembers(tx, today);
  await checkIdNumbers(tx);
  return {
    generalBranches: branches.length - leaves.length,
    branches: leaves.length,
    members: memberCount,
  };
}
