import { toGlobalId } from '../kernel/global-id';
import { addYears } from '@wanxia/schema';
import { addDays } from '../modules/visit/occasions';
import { maskIdCard, maskPhone } from '../kernel/access/mask';

export type Row = Record<string, unknown>;

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** One representative read, as a GraphQL request and as the hand-written SQL equivalent. */
export interface Scenario {
  label: string;
  /** JSON bodies for POST /graphql, one per variant; the load cycles through them. */
  bodies: string[];
  /** The SQL for variant `i` (modulo the number of bodies). */
  sql(i: number): SqlQuery;
  /** The SQL rows in the shape of the API's `data`, to check both return the same thing. */
  toApiData(rows: Row[]): unknown;
}

export interface ScenarioInputs {
  /** The date the server will read as "today" (ages are relative to it). */
  today: string;
  /** Real member keys for the by-id lookup. */
  memberKeys: number[];
}

const MEMBER_PAGE = `{
  members(first: 50, filter: { status: [ACTIVE], ageMin: 70 }) {
    nodes { id name birthDate phone branch { name parent { name } } }
  }
}`;

/** Same filter and order (name_pinyin, id) as the API's default; one statement with both joins. */
const MEMBER_PAGE_SQL = `
  SELECT m.id, m.name, m.birth_date AS "birthDate", m.phone,
         b.name AS "branchName", p.name AS "parentName"
  FROM member m
  JOIN branch b ON b.id = m.branch_id
  LEFT JOIN branch p ON p.id = b.parent_id
  WHERE m.status = ANY($1) AND m.birth_date <= $2::date
  ORDER BY m.name_pinyin, m.id
  LIMIT 50`;

function memberPage({ today }: ScenarioInputs): Scenario {
  // Age ≥ 70 today means born on or before this date, as the API computes it.
  const values = [['ACTIVE'], addYears(today, -70)];
  return {
    label: 'member page (50, nested)',
    bodies: [JSON.stringify({ query: MEMBER_PAGE })],
    sql: () => ({ text: MEMBER_PAGE_SQL, values }),
    toApiData: (rows) => ({
      members: {
        nodes: rows.map((r) => ({
          id: toGlobalId('Member', Number(r.id)),
          name: r.name,
          birthDate: r.birthDate,
          // The API masks personal data for everyone; the SQL side does the same work.
          phone: r.phone === null ? null : maskPhone(String(r.phone)),
          branch: {
            name: r.branchName,
            parent: r.parentName === null ? null : { name: r.parentName },
          },
        })),
      },
    }),
  };
}

const BRANCH_TREE = `{
  branches(first: 10, filter: { rootsOnly: true }) {
    nodes { name memberCount children(first: 50) { nodes { name memberCount } } }
  }
}`;

/**
 * Roots and their first 50 children, each with the active members of its whole subtree
 * (branches found by materialised path), nested as JSON in one statement. Members are counted
 * once per branch and then summed, rather than joined per subtree.
 */
const BRANCH_TREE_SQL = `
  WITH roots AS (
    SELECT id, name, name_pinyin, path FROM branch
    WHERE parent_id IS NULL AND archived_at IS NULL
    ORDER BY name_pinyin, id LIMIT 10
  ), kids AS (
    SELECT id, parent_id, name, name_pinyin, path FROM (
      SELECT c.*, row_number() OVER (PARTITION BY c.parent_id ORDER BY c.name_pinyin, c.id) AS rn
      FROM branch c JOIN roots r ON c.parent_id = r.id
      WHERE c.archived_at IS NULL
    ) ranked WHERE rn <= 50
  ), direct AS (
    SELECT branch_id, count(*) AS n FROM member WHERE status = 'ACTIVE' GROUP BY branch_id
  ), counts AS (
    SELECT t.id, coalesce(sum(x.n), 0)::int AS n
    FROM (SELECT id, path FROM roots UNION ALL SELECT id, path FROM kids) t
    JOIN branch d ON d.path LIKE t.path || '%'
    LEFT JOIN direct x ON x.branch_id = d.id
    GROUP BY t.id
  )
  SELECT r.name, rc.n AS "memberCount",
    coalesce((
      SELECT json_agg(json_build_object('name', k.name, 'memberCount', kc.n)
                      ORDER BY k.name_pinyin, k.id)
      FROM kids k JOIN counts kc ON kc.id = k.id
      WHERE k.parent_id = r.id
    ), '[]') AS children
  FROM roots r JOIN counts rc ON rc.id = r.id
  ORDER BY r.name_pinyin, r.id`;

function branchTree(): Scenario {
  return {
    label: 'branch tree + counts',
    bodies: [JSON.stringify({ query: BRANCH_TREE })],
    sql: () => ({ text: BRANCH_TREE_SQL, values: [] }),
    toApiData: (rows) => ({
      branches: {
        nodes: rows.map((r) => ({
          name: r.name,
          memberCount: r.memberCount,
          children: { nodes: r.children },
        })),
      },
    }),
  };
}

const MEMBER_BY_ID = `query ($id: ID!) {
  node(id: $id) { ... on Member { name idCardNumber branch { name } } }
}`;

const MEMBER_BY_ID_SQL = `
  SELECT m.name, m.id_card_number AS "idCardNumber", b.name AS "branchName"
  FROM member m JOIN branch b ON b.id = m.branch_id
  WHERE m.id = $1`;

function memberById({ memberKeys }: ScenarioInputs): Scenario {
  return {
    label: `member by id (${memberKeys.length} ids)`,
    bodies: memberKeys.map((key) =>
      JSON.stringify({ query: MEMBER_BY_ID, variables: { id: toGlobalId('Member', key) } }),
    ),
    sql: (i) => ({ text: MEMBER_BY_ID_SQL, values: [memberKeys[i % memberKeys.length]] }),
    toApiData: ([r]) => ({
      node: r
        ? {
            name: r.name,
            idCardNumber: maskIdCard(String(r.idCardNumber)),
            branch: { name: r.branchName },
          }
        : null,
    }),
  };
}

const TASK_BOARD = `query ($dueTo: Date!) {
  visitTasks(first: 50, filter: { status: [OPEN], dueTo: $dueTo }) {
    totalCount
    nodes { id occasion dueBy member { name branch { name } } }
  }
}`;

/** The 待访 board's first column: open tasks due within a week, soonest first, with the count. */
const TASK_BOARD_SQL = `
  SELECT vt.id, vt.occasion, vt.due_by AS "dueBy", m.name, b.name AS "branchName",
    (SELECT count(*)::int FROM visit_task c WHERE c.status = 'OPEN' AND c.due_by <= $1::date) AS total
  FROM visit_task vt
  JOIN member m ON m.id = vt.member_id
  JOIN branch b ON b.id = m.branch_id
  WHERE vt.status = 'OPEN' AND vt.due_by <= $1::date
  ORDER BY vt.due_by, vt.id
  LIMIT 50`;

function taskBoard({ today }: ScenarioInputs): Scenario {
  const dueTo = addDays(today, 7);
  return {
    label: 'task board (50 + count)',
    bodies: [JSON.stringify({ query: TASK_BOARD, variables: { dueTo } })],
    sql: () => ({ text: TASK_BOARD_SQL, values: [dueTo] }),
    toApiData: (rows) => ({
      visitTasks: {
        totalCount: rows[0]?.total ?? 0,
        nodes: rows.map((r) => ({
          id: toGlobalId('VisitTask', Number(r.id)),
          occasion: r.occasion,
          dueBy: r.dueBy,
          member: { name: r.name, branch: { name: r.branchName } },
        })),
      },
    }),
  };
}

export function buildScenarios(inputs: ScenarioInputs): Scenario[] {
  return [memberPage(inputs), branchTree(), memberById(inputs), taskBoard(inputs)];
}
