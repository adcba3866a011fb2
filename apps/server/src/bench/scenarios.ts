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
  /** The same read through PostGraphile's generated schema (see postgraphile.ts). */
  pgl: {
    /** JSON bodies for PostGraphile's POST /graphql, one per variant, as `bodies`. */
    bodies: string[];
    /**
     * PostGraphile's `data` in the shape of the API's: its field names renamed, ids made
     * global and personal data masked as the API masks it (PostGraphile returns it in full).
     */
    toApiData(data: unknown): unknown;
  };
}

/** Loose access to a reply's nested fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

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

/** PostGraphile: the same filter as a connection filter, the same order by columns. */
const MEMBER_PAGE_PGL = `query ($born: Date!) {
  allMembers(
    first: 50
    filter: { status: { in: ["ACTIVE"] }, birthDate: { lessThanOrEqualTo: $born } }
    orderBy: [NAME_PINYIN_ASC, ROW_ID_ASC]
  ) {
    nodes { rowId name birthDate phone branchByBranchId { name branchByParentId { name } } }
  }
}`;

function memberPage({ today }: ScenarioInputs): Scenario {
  // Age ≥ 70 today means born on or before this date, as the API computes it.
  const born = addYears(today, -70);
  const values = [['ACTIVE'], born];
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
    pgl: {
      bodies: [JSON.stringify({ query: MEMBER_PAGE_PGL, variables: { born } })],
      toApiData: (data: Json) => ({
        members: {
          nodes: data.allMembers.nodes.map((n: Json) => ({
            id: toGlobalId('Member', Number(n.rowId)),
            name: n.name,
            birthDate: n.birthDate,
            phone: n.phone === null ? null : maskPhone(String(n.phone)),
            branch: {
              name: n.branchByBranchId.name,
              parent: n.branchByBranchId.branchByParentId && {
                name: n.branchByBranchId.branchByParentId.name,
              },
            },
          })),
        },
      }),
    },
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

/**
 * PostGraphile: roots and children by the same filter and order; the subtree count is the
 * computed column `branch_member_count(branch)` the bench adds for it (postgraphile.ts).
 */
const BRANCH_TREE_PGL = `{
  allBranches(
    first: 10
    filter: { parentId: { isNull: true }, archivedAt: { isNull: true } }
    orderBy: [NAME_PINYIN_ASC, ROW_ID_ASC]
  ) {
    nodes {
      name
      memberCount
      branchesByParentId(
        first: 50
        filter: { archivedAt: { isNull: true } }
        orderBy: [NAME_PINYIN_ASC, ROW_ID_ASC]
      ) { nodes { name memberCount } }
    }
  }
}`;

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
    pgl: {
      bodies: [JSON.stringify({ query: BRANCH_TREE_PGL })],
      toApiData: (data: Json) => ({
        branches: {
          nodes: data.allBranches.nodes.map((n: Json) => ({
            name: n.name,
            memberCount: n.memberCount,
            children: { nodes: n.branchesByParentId.nodes },
          })),
        },
      }),
    },
  };
}

const MEMBER_BY_ID = `query ($id: ID!) {
  node(id: $id) { ... on Member { name idCardNumber branch { name } } }
}`;

const MEMBER_BY_ID_SQL = `
  SELECT m.name, m.id_card_number AS "idCardNumber", b.name AS "branchName"
  FROM member m JOIN branch b ON b.id = m.branch_id
  WHERE m.id = $1`;

const MEMBER_BY_ID_PGL = `query ($id: Int!) {
  memberByRowId(rowId: $id) { name idCardNumber branchByBranchId { name } }
}`;

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
    pgl: {
      bodies: memberKeys.map((key) =>
        JSON.stringify({ query: MEMBER_BY_ID_PGL, variables: { id: key } }),
      ),
      toApiData: (data: Json) => ({
        node: data.memberByRowId && {
          name: data.memberByRowId.name,
          idCardNumber: maskIdCard(String(data.memberByRowId.idCardNumber)),
          branch: { name: data.memberByRowId.branchByBranchId.name },
        },
      }),
    },
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

const TASK_BOARD_PGL = `query ($dueTo: Date!) {
  allVisitTasks(
    first: 50
    filter: { status: { in: ["OPEN"] }, dueBy: { lessThanOrEqualTo: $dueTo } }
    orderBy: [DUE_BY_ASC, ROW_ID_ASC]
  ) {
    totalCount
    nodes { rowId occasion dueBy memberByMemberId { name branchByBranchId { name } } }
  }
}`;

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
    pgl: {
      bodies: [JSON.stringify({ query: TASK_BOARD_PGL, variables: { dueTo } })],
      toApiData: (data: Json) => ({
        visitTasks: {
          totalCount: data.allVisitTasks.totalCount,
          nodes: data.allVisitTasks.nodes.map((n: Json) => ({
            id: toGlobalId('VisitTask', Number(n.rowId)),
            occasion: n.occasion,
            dueBy: n.dueBy,
            member: {
              name: n.memberByMemberId.name,
              branch: { name: n.memberByMemberId.branchByBranchId.name },
            },
          })),
        },
      }),
    },
  };
}

export function buildScenarios(inputs: ScenarioInputs): Scenario[] {
  return [memberPage(inputs), branchTree(), memberById(inputs), taskBoard(inputs)];
}
