import type { Queryable, Row } from '../../kernel/db/database';
import { ownColumns, Projection, takePrefixed, toNode } from '../../kernel/db/projection';
import { join, raw, sql, where, type Sql } from '../../kernel/db/sql';
import type { Selection } from '../../kernel/selection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { callerLabel, mayReadPersonalData } from '../../kernel/access/caller';
import type { AuditActor } from '../../kernel/audit';
import { BranchMembershipEntity } from './branch-membership.entity';
import { MemberEntity } from './member.entity';
import { branchColumns, toBranch } from '../branch/branch.repository';
import { OrderDirection, paginate, type PageArgs, type SortKey } from '../../kernel/connection';
import { badInput } from '../../kernel/errors';
import { toGlobalId } from '../../kernel/global-id';
import { normalizeSearch } from '../../lib/search';
import { bureauBranchIds, subtreeBranchIds } from '../../kernel/access/subtree';
import { compareDates } from '@wanxia/schema';
import { movedOnRoster, onRosterOn } from './roster-dates';
import { medalEligibility } from './medal-rules';
import { AREA_CITIES, ResidenceArea } from './residence';
import {
  FIRST_DECADE_BIRTHDAY,
  isLeapYear,
  LAST_DECADE_BIRTHDAY,
  latestStartFor,
  parts,
} from '@wanxia/schema';
import {
  MemberOrderField,
  type BranchMembership,
  Member,
  type MemberFilter,
  type MemberOrder,
  type PersonalData,
} from './member.types';

/** Member rows as GraphQL objects; lists select only what their query asks for. */
export const MEMBER_PROJECTION = Projection.of(
  MemberEntity,
  // What the search box and the birthday order read; partyStandingFrom is the field's to work out.
  { omit: ['nameInitials', 'searchText', 'birthMd', 'partyStandingFrom'] },
  {
    id: ['key'],
    branch: ['branchId'],
    branchHistory: ['key'],
    age: ['birthDate', 'deathDate'],
    partyYears: ['partyMember', 'partyJoinDate', 'fullMembershipDate', 'deathDate'],
    partyStandingFrom: ['partyMember', 'partyJoinDate', 'fullMembershipDate'],
    partyStandingEstimated: ['partyMember', 'partyJoinDate', 'fullMembershipDate'],
    nextBirthday: ['status', 'birthDate'],
    nextDecadeBirthday: ['status', 'birthDate'],
    eligibleMedals: ['status', 'partyMember', 'partyJoinDate', 'fullMembershipDate'],
  },
);

/** Every column, for loaders and writes that return the whole record. */
export const MEMBER_COLUMNS = MEMBER_PROJECTION.select('m', MEMBER_PROJECTION.properties());

export function toMember(row: Row): Member {
  return toNode(Member, 'Member', row);
}

export async function membersByKeys(
  db: Queryable,
  reach: Reach,
  keys: readonly number[],
): Promise<Member[]> {
  const rows = await db.run(
    sql`SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = ANY(${keys}) AND ${reach.member('m')}`,
  );
  return rows.map(toMember);
}

/** What `revealPersonalData` reads of each member. */
const PERSONAL_DATA = [
  'key',
  'idCardNumber',
  'phone',
  'address',
  'healthNotes',
  'emergencyContactPhone',
] as const satisfies readonly (keyof PersonalData)[];

/**
 * Personal data of members in reach, in one statement that first appends an audit entry per
 * member: the data is never read without the record of who read it.
 */
export async function revealPersonalData(
  db: Queryable,
  reach: Reach,
  actor: AuditActor,
  keys: readonly number[],
): Promise<PersonalData[]> {
  const { caller } = actor;
  const ids = keys.map((key) => toGlobalId('Member', key));
  const rows = await db.run(sql`
    WITH wanted AS (
      SELECT * FROM unnest(${keys}::int[], ${ids}::text[]) AS w(key, global_id)
    ), revealed AS (
      SELECT ${MEMBER_PROJECTION.select('m', [...PERSONAL_DATA])}, w.global_id, b.bureau_id
      FROM member m JOIN wanted w ON w.key = m.id JOIN branch b ON b.id = m.branch_id
      WHERE ${reach.member('m')}
    ), logged AS (
      INSERT INTO audit_event (occurred_at, actor_user_id, actor_token_id, actor_label, request_id, operation,
        record_type, record_id, bureau_id)
      SELECT ${actor.now}, ${caller.kind === 'USER' ? caller.userKey : null}::int,
        ${caller.kind === 'TOKEN' ? caller.tokenKey : null}::int, ${callerLabel(caller)}, ${actor.requestId},
        'revealPersonalData', 'Member', r.global_id, r.bureau_id
      FROM revealed r
    )
    SELECT ${raw(PERSONAL_DATA.map((p) => `"${p}"`).join(', '))} FROM revealed`);
  return rows as unknown as PersonalData[];
}

const MEMBERSHIP_PROJECTION = Projection.of(
  BranchMembershipEntity,
  { omit: ['id', 'createdAt'] },
  {},
);
const MEMBERSHIP_COLUMNS = MEMBERSHIP_PROJECTION.select('bm', MEMBERSHIP_PROJECTION.properties());

export async function membershipsByMemberKeys(
  db: Queryable,
  keys: readonly number[],
): Promise<Map<number, BranchMembership[]>> {
  const rows = await db.run(sql`
    SELECT ${MEMBERSHIP_COLUMNS} FROM branch_membership bm
    WHERE bm.member_id = ANY(${keys}) ORDER BY bm.started_on, bm.id`);
  const byMember = new Map<number, BranchMembership[]>();
  for (const row of rows) {
    const list = byMember.get(Number(row.memberId)) ?? [];
    list.push(row as unknown as BranchMembership);
    byMember.set(Number(row.memberId), list);
  }
  return byMember;
}

function monthDay(value: string): number {
  return Number(value.slice(0, 2)) * 100 + Number(value.slice(3, 5));
}

const LEAP_DAY = 229;
const DAY_BEFORE_LEAP_DAY = 228;

/**
 * Birthdays from `from` to `to` (MM-DD, wrapping the year end when `to` is earlier) in `year`:
 * in a common year a 29 February birthday is on 28 February, so it is in the range exactly
 * when 28 February is.
 */
function birthdayRange(fromText: string, toText: string, year: number): Sql {
  const from = monthDay(fromText);
  const to = monthDay(toText);
  const holds = (md: number) => (from <= to ? md >= from && md <= to : md >= from || md <= to);
  const range =
    from <= to
      ? sql`m.birth_md BETWEEN ${from} AND ${to}`
      : sql`(m.birth_md >= ${from} OR m.birth_md <= ${to})`;
  if (isLeapYear(year) || holds(LEAP_DAY) === holds(DAY_BEFORE_LEAP_DAY)) return range;
  return holds(DAY_BEFORE_LEAP_DAY)
    ? sql`(${range} OR m.birth_md = ${LEAP_DAY})`
    : sql`(${range} AND m.birth_md <> ${LEAP_DAY})`;
}

/** Member `m` lives in the area: a township of the county, one of the cities, or elsewhere. */
export function residenceAreaCondition(area: ResidenceArea): Sql {
  if (area === ResidenceArea.COUNTY) return sql`m.residence_kind = 'TOWNSHIP'`;
  const city = AREA_CITIES[area];
  if (city) return sql`(m.residence_kind = 'ELSEWHERE' AND m.residence_place = ${city})`;
  return sql`(m.residence_kind = 'ELSEWHERE' AND m.residence_place <> ALL(${Object.values(AREA_CITIES)}::text[]))`;
}

/** A member filter with its ids decoded: the branch whose subtree, the bureau whose branches. */
export type MemberCriteria = Omit<MemberFilter, 'branchSubtree' | 'bureauId'> & {
  subtreeKey?: number | null;
  bureauKey?: number | null;
};

/**
 * The conditions of a member filter; `today` anchors ages and party years. `searchIdNumbers`: whether a search of digits finds the
 * ends of ID numbers; for callers who may not read them it finds nothing (else they could
 * rebuild a masked number digit by digit).
 */
export function memberConditions(
  filter: MemberCriteria | null | undefined,
  today: string,
  searchIdNumbers: boolean,
): Sql[] {
  const conditions: Sql[] = [];
  if (!filter) return conditions;
  const subtree = filter.subtreeKey != null ? subtreeBranchIds(filter.subtreeKey) : null;
  // On a past day or in a period, the subtree is where the member was then, not today.
  if (subtree && filter.asOf == null && filter.movement == null)
    conditions.push(sql`m.branch_id IN ${subtree}`);
  if (filter.bureauKey != null)
    conditions.push(sql`m.branch_id IN ${bureauBranchIds(filter.bureauKey)}`);
  if (filter.asOf != null) conditions.push(onRosterOn(sql`${filter.asOf}::date`, subtree));
  if (filter.movement != null) {
    const { kind, from, to } = filter.movement;
    if (compareDates(from, to) > 0)
      throw badInput('filter.movement.from must not be after filter.movement.to', {
        argument: 'filter.movement.from',
      });
    conditions.push(movedOnRoster(kind, sql`${from}::date`, sql`${to}::date`, subtree));
  }
  // Ages and party years count on the day asked for.
  const day = filter.asOf ?? today;
  if (filter.status?.length) conditions.push(sql`m.status = ANY(${filter.status})`);
  if (filter.retirementType) conditions.push(sql`m.retirement_type = ${filter.retirementType}`);
  if (filter.partyMember != null) conditions.push(sql`m.party_member = ${filter.partyMember}`);
  for (const [name, value] of Object.entries({
    ageMin: filter.ageMin,
    ageMax: filter.ageMax,
    partyYearsAtLeast: filter.partyYearsAtLeast,
    partyYearsAtMost: filter.partyYearsAtMost,
  })) {
    if (value != null && (value < 0 || value > 150))
      throw badInput(`filter.${name} must be between 0 and 150`);
  }
  // Age ≥ n means born on or before the latest birth date n years back (29 February counts on
  // 28 February in common years); age ≤ n means not age ≥ n + 1.
  if (filter.ageMin != null)
    conditions.push(sql`m.birth_date <= ${latestStartFor(filter.ageMin, day)}::date`);
  if (filter.ageMax != null)
    conditions.push(sql`m.birth_date > ${latestStartFor(filter.ageMax + 1, day)}::date`);
  if (filter.birthdayFrom != null || filter.birthdayTo != null) {
    const year = filter.decadeBirthdayIn ?? parts(today).year;
    conditions.push(
      birthdayRange(filter.birthdayFrom ?? '01-01', filter.birthdayTo ?? '12-31', year),
    );
  }
  // 党龄 counts from full membership (or joining + 1 year while that is unknown).
  if (filter.partyYearsAtLeast != null) {
    const latest = latestStartFor(filter.partyYearsAtLeast, day);
    conditions.push(sql`m.party_standing_from <= ${latest}::date`);
  }
  // At most n years: not yet n + 1 (members with no 党龄 have none to count).
  if (filter.partyYearsAtMost != null) {
    const earliest = latestStartFor(filter.partyYearsAtMost + 1, today);
    conditions.push(sql`m.party_standing_from > ${earliest}::date`);
  }
  if (filter.eligibleForMedal) {
    conditions.push(medalEligibility(filter.eligibleForMedal, 'm', parts(today).year));
  }
  if (filter.decadeBirthdayIn != null) {
    const year = filter.decadeBirthdayIn;
    if (year < 1900 || year > 9999) throw badInput('filter.decadeBirthdayIn must be a year');
    // Born in year − 60, year − 70, …: ranges of birth dates, so the birth-date index serves.
    const ranges = [];
    for (let age = FIRST_DECADE_BIRTHDAY; age <= LAST_DECADE_BIRTHDAY; age += 10) {
      ranges.push(
        sql`m.birth_date BETWEEN ${`${year - age}-01-01`}::date AND ${`${year - age}-12-31`}::date`,
      );
    }
    conditions.push(sql`(${join(ranges, ' OR ')})`);
  }
  if (filter.partyJoinMonth != null) {
    if (filter.partyJoinMonth < 1 || filter.partyJoinMonth > 12)
      throw badInput('filter.partyJoinMonth must be between 1 and 12');
    conditions.push(sql`extract(month FROM m.party_join_date) = ${filter.partyJoinMonth}`);
  }
  if (filter.tag) conditions.push(sql`m.tags @> ARRAY[${filter.tag}]::text[]`);
  if (filter.gender) conditions.push(sql`m.gender = ${filter.gender}`);
  if (filter.rank != null) conditions.push(sql`m.rank = ${filter.rank}`);
  if (filter.healthStatus) conditions.push(sql`m.health_status = ${filter.healthStatus}`);
  if (filter.residenceArea) conditions.push(residenceAreaCondition(filter.residenceArea));
  const search = normalizeSearch(filter.search);
  if (search) conditions.push(searchCondition(search, searchIdNumbers));
  return conditions;
}

/** Digits (and a final X) are the end of an ID number; anything else is a name or its pinyin. */
function isIdNumberEnd(search: string): boolean {
  return /^\d+x?$/.test(search);
}

/** Trigrams need three characters; a shorter Chinese entry is found by its characters instead. */
function isShortChinese(search: string): boolean {
  return [...search].length < 3 && /[^ -~]/.test(search);
}

/** A name's characters as member_name_chars_idx holds them: the first marked ^, then the rest. */
const NAME_CHARS = sql`(ARRAY['^' || left(m.name, 1)] || string_to_array(substr(m.name, 2), NULL))`;

/**
 * A normalised search entry as a condition on `m`. Names and pinyin are matched anywhere in the
 * search text (`member_search_idx` serves entries of three characters or more). A short Chinese
 * entry can only match the name (pinyin is Latin): its characters there, the first of them at
 * the start or both further on, are what member_name_chars_idx finds; the LIKE keeps those side
 * by side, so the matches are the same.
 */
function searchCondition(search: string, searchIdNumbers: boolean): Sql {
  if (isIdNumberEnd(search)) {
    return searchIdNumbers
      ? sql`reverse(m.id_card_number) LIKE ${`${[...search.toUpperCase()].reverse().join('')}%`}`
      : sql`false`;
  }
  const like = sql`m.search_text LIKE ${`%${search}%`}`;
  if (!isShortChinese(search)) return like;
  const [first, ...rest] = [...search];
  return sql`((${NAME_CHARS} @> ${[`^${first}`, ...rest]}::text[]
    OR ${NAME_CHARS} @> ${[first, ...rest]}::text[]) AND ${like})`;
}

/**
 * Whether an index finds the entry's matches: then a page of them is sorted from the matches,
 * not read off an index in the page's order (which reads most of the roster when the matches
 * sort late, as 张 does after most names). One or two Latin letters match too widely for either.
 * One Chinese character is found in two parts (`oneCharacterMatches`).
 */
function searchFindsFirst(search: string | null | undefined): boolean {
  const normalized = normalizeSearch(search);
  return [...normalized].length >= 3 || isShortChinese(normalized);
}

/** The character of an entry of one Chinese character, else null. */
function singleChineseCharacter(search: string | null | undefined): string | null {
  const normalized = normalizeSearch(search);
  return [...normalized].length === 1 && isShortChinese(normalized) ? normalized : null;
}

/**
 * The members (id and sort key) whose name holds one Chinese character, under `conditions`:
 * those whose name starts with it (a surname; 张 is one member in fifteen) from
 * member_name_start_idx alone, the few holding it further on from member_name_chars_idx (which
 * marks the first character apart). The same members as the search's LIKE, without reading the
 * table for the first.
 */
function oneCharacterMatches(char: string, sortExpr: string, conditions: Sql[]): Sql {
  const starts = sql`left(m.name, 1) = ${char}`;
  const matching = (condition: Sql) =>
    sql`SELECT m.id, ${raw(sortExpr)} AS sort_key FROM member m ${where([condition, ...conditions])}`;
  // A name holding it at the start and again further on (丽丽) is in the first part only.
  return sql`${matching(starts)}
    UNION ALL ${matching(sql`${NAME_CHARS} @> ARRAY[${char}]::text[] AND NOT ${starts}`)}`;
}

/** The members in the caller's reach that the criteria match, as conditions on `m`. */
function rosterConditions(scope: Scope, criteria: MemberCriteria | null | undefined): Sql[] {
  return [
    scope.reach.member('m'),
    ...memberConditions(criteria, scope.today, mayReadPersonalData(scope.caller)),
  ];
}

/** Sort expressions; never NULL, as keyset cursors need. */
const SORT_EXPRESSIONS: Record<MemberOrderField, Omit<SortKey, 'property'>> = {
  [MemberOrderField.NAME]: { expr: 'm.name_pinyin', type: 'text' },
  [MemberOrderField.BIRTH_DATE]: { expr: 'm.birth_date', type: 'date' },
  [MemberOrderField.BIRTHDAY]: { expr: 'm.birth_md', type: 'smallint' },
  [MemberOrderField.PARTY_JOIN_DAY]: {
    expr: `coalesce(to_char(m.party_join_date, 'MMDD'), '9999')`,
    type: 'text',
  },
  [MemberOrderField.PARTY_JOIN_DATE]: {
    expr: `coalesce(m.party_join_date, '9999-12-31'::date)`,
    type: 'date',
  },
  [MemberOrderField.PARTY_STANDING_FROM]: {
    expr: `coalesce(m.party_standing_from, '9999-12-31'::date)`,
    type: 'date',
  },
  [MemberOrderField.CREATED_AT]: { expr: 'm.created_at', type: 'timestamptz' },
  [MemberOrderField.UPDATED_AT]: { expr: 'm.updated_at', type: 'timestamptz' },
};

/**
 * The columns (and joins) for a member under `alias` as a selection asks: only the fields it
 * needs, with the branch and that branch's parent joined in when it asks for them.
 */
export function memberColumns(
  selection: Selection | undefined,
  alias: string,
  prefix: string,
  reach: Reach,
): { columns: Sql[]; joins: Sql[] } {
  const columns = [
    MEMBER_PROJECTION.select(alias, MEMBER_PROJECTION.properties(selection), prefix),
  ];
  const joins: Sql[] = [];
  const branchSelection = selection?.get('branch');
  if (branchSelection) {
    // A member in reach is in a branch in reach, so the branch itself needs no condition.
    const branchAlias = `${alias}b`;
    const branch = branchColumns(branchSelection, branchAlias, `${prefix}branch.`, reach);
    columns.push(...branch.columns);
    joins.push(
      sql`JOIN branch ${raw(branchAlias)} ON ${raw(branchAlias)}.id = ${raw(alias)}.branch_id`,
      ...branch.joins,
    );
  }
  return { columns, joins };
}

/** The member read by `memberColumns` (under `prefix`), with its joined branch and parent. */
export function takeMember(row: Row, prefix = ''): Member {
  const parentJoined = `${prefix}branch.parent.key` in row;
  const parent = takePrefixed(row, `${prefix}branch.parent.`);
  const branch = takePrefixed(row, `${prefix}branch.`);
  const member = toMember(prefix ? takePrefixed(row, prefix)! : ownColumns(row));
  if (branch) {
    member.preloadedBranch = toBranch(branch);
    if (parentJoined) member.preloadedBranch.preloadedParent = parent && toBranch(parent);
  }
  return member;
}

/** What a page reads of each member (`m`) and the joins it needs, and what it makes of a row. */
export interface MemberRowShape<T> {
  columns: Sql[];
  joins: Sql[];
  map: (row: Row) => T;
}

/** Members as objects: only the columns the selection asks for, the branch and its parent joined in when it asks for them. */
export function memberObjects(
  selection: Selection | undefined,
  reach: Reach,
): MemberRowShape<Member> {
  return { ...memberColumns(selection, 'm', '', reach), map: (row) => takeMember(row) };
}

/** A page of members in one statement, read in the given shape. */
export function listMembers<T>(
  db: Queryable,
  scope: Scope,
  criteria: MemberCriteria | null | undefined,
  order: MemberOrder | null | undefined,
  args: PageArgs,
  shape: MemberRowShape<T>,
  options: { subtreePath?: string } = {},
) {
  const sort = SORT_EXPRESSIONS[order?.field ?? MemberOrderField.NAME];
  const { columns, joins, map } = shape;
  const subtree =
    options.subtreePath == null
      ? []
      : [sql`m.branch_id IN ${subtreeBranchIds(options.subtreePath)}`];
  const conditions = [...subtree, ...rosterConditions(scope, criteria)];
  const page = {
    db,
    direction: order?.direction ?? OrderDirection.ASC,
    args,
    map,
  };
  if (searchFindsFirst(criteria?.search)) {
    const char = singleChineseCharacter(criteria?.search);
    const matches =
      char === null
        ? sql`SELECT m.id, ${raw(sort.expr)} AS sort_key FROM member m ${where(conditions)}`
        : oneCharacterMatches(char, sort.expr, [
            ...subtree,
            ...rosterConditions(scope, { ...criteria, search: null }),
          ]);
    // The matches with their sort key, materialised: ordered by that copy, the page can only
    // be sorted from them.
    const direction = raw(order?.direction === OrderDirection.DESC ? 'DESC' : 'ASC');
    return paginate({
      ...page,
      // Sorted before the join, so a page reads only its own members.
      select: sql`WITH found AS MATERIALIZED (${matches})
        SELECT ${join(columns, ', ')}, f.sort_key::text AS "sortKey"
        FROM (SELECT * FROM found ORDER BY sort_key ${direction}, id ${direction}) f
        JOIN member m ON m.id = f.id ${join(joins, ' ')}`,
      countFrom: sql`FROM (${matches}) f`,
      conditions: [],
      sort: { expr: 'f.sort_key', type: sort.type, property: 'sortKey' },
      tiebreaker: { expr: 'f.id', property: 'key', type: 'integer' },
    });
  }
  return paginate({
    ...page,
    // The roster's pages without a search are the most read statements of all.
    prepared: !criteria?.search,
    select: sql`SELECT ${join(columns, ', ')}, (${raw(sort.expr)})::text AS "sortKey"
      FROM member m ${join(joins, ' ')}`,
    countFrom: sql`FROM member m`,
    conditions,
    sort: { ...sort, property: 'sortKey' },
    tiebreaker: { expr: 'm.id', property: 'key', type: 'integer' },
  });
}

/** Every member the roster shows (same criteria, reach and order), for a spreadsheet. */
export function memberRows(
  scope: Scope,
  criteria: MemberCriteria | null | undefined,
  order: MemberOrder | null | undefined,
): { query: Sql; count: Sql } {
  const conditions = rosterConditions(scope, criteria);
  const sort = SORT_EXPRESSIONS[order?.field ?? MemberOrderField.NAME];
  const direction = raw(order?.direction === OrderDirection.DESC ? 'DESC' : 'ASC');
  return {
    count: sql`SELECT count(*)::int AS count FROM member m ${where(conditions)}`,
    query: sql`SELECT ${MEMBER_COLUMNS} FROM member m ${where(conditions)}
      ORDER BY ${raw(sort.expr)} ${direction}, m.id ${direction}`,
  };
}
