import { sql } from '../kernel/db/sql';
import { toGlobalId } from '../kernel/global-id';
import { inSubtree } from '../kernel/access/subtree';
import { DEMO_PASSWORD } from '../modules/user/accounts-seed';
import type { TestApp } from './harness';

export interface BureauRef {
  key: number;
  id: string;
}

/** Signed-in admins of the province, the city and each county. */
export type CountyTokens = Record<'province' | 'city' | 'anhua' | 'taojiang', string>;

export interface TwoCounties {
  anhua: BureauRef;
  taojiang: BureauRef;
  city: BureauRef;
  /** The demo's general branch that became Taojiang's, with its subtree. */
  moved: { key: number; path: string };
  token: CountyTokens;
}

export const bureauOf = async (t: TestApp, code: string): Promise<BureauRef> => {
  const [row] = await t.db.run(sql`SELECT id FROM bureau WHERE code = ${code}`);
  return { key: Number(row.id), id: toGlobalId('Bureau', Number(row.id)) };
};

/** An ADMIN account limited to `bureauId`, made by the province's admin, signed in. */
export async function adminOf(t: TestApp, username: string, bureauId: string): Promise<string> {
  const res = await t.gql(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { field code } } }`,
    {
      input: { username, displayName: username, role: 'ADMIN', password: DEMO_PASSWORD, bureauId },
    },
  );
  expect(res.data!.createUser.userErrors).toEqual([]);
  return t.login(username);
}

/**
 * Two counties of one city with data, on the demo: its 安化县 and 桃江县, which takes over the
 * demo's last general branch with its members, visit tasks, branch lines and activities; an
 * admin of each, of the city and of the province (the demo's admin, yiyang and anhua).
 */
export async function twoCounties(t: TestApp): Promise<TwoCounties> {
  const anhua = await bureauOf(t, '430923');
  const city = await bureauOf(t, '430900');
  const [made] = await t.db.run(sql`
    INSERT INTO bureau (name, level, code, parent_id, path, depth)
    SELECT '桃江县', 'COUNTY', '430922', c.id, '', 2 FROM bureau c WHERE c.code = '430900'
    RETURNING id`);
  await t.db.run(sql`
    UPDATE bureau u SET path = c.path || u.id || '/' FROM bureau c
    WHERE u.id = ${Number(made.id)} AND c.id = u.parent_id`);
  const taojiang = { key: Number(made.id), id: toGlobalId('Bureau', Number(made.id)) };
  const [general] = await t.db.run(sql`
    SELECT id, path FROM branch WHERE kind = 'GENERAL_BRANCH' ORDER BY id DESC LIMIT 1`);
  const moved = { key: Number(general.id), path: String(general.path) };
  const inMoved = sql`SELECT d.id FROM branch d WHERE ${inSubtree('d', moved.path)}`;
  await t.db.run(sql`UPDATE branch d SET bureau_id = ${taojiang.key} WHERE d.id IN (${inMoved})`);
  await t.db.run(
    sql`UPDATE budget SET bureau_id = ${taojiang.key} WHERE branch_id IN (${inMoved})`,
  );
  await t.db.run(
    sql`UPDATE activity SET bureau_id = ${taojiang.key} WHERE organiser_branch_id IN (${inMoved})`,
  );
  const token: CountyTokens = {
    province: await t.adminToken(),
    city: await t.login('yiyang'),
    anhua: await t.login('anhua'),
    taojiang: await adminOf(t, 'taojiang', taojiang.id),
  };
  return { anhua, taojiang, city, moved, token };
}
