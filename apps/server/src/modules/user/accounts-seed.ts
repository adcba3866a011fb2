import type { Database } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Logger } from '../../kernel/logger';
import { Role } from '../../kernel/access/permissions';
import { insertRow } from '../../kernel/db/entity-columns';
import { hashPassword } from '../auth/secrets';
import { UserEntity } from './user.entity';

/** The demo's sign-ins, listed in the README. Only ever created together with the demo data. */
export const DEMO_PASSWORD = 'wanxia2022';
export const DEMO_USERS = [
  { username: 'admin', displayName: '局办公室 李明', role: Role.ADMIN },
  { username: 'yiyang', displayName: '益阳市委老干部局 陈刚', role: Role.ADMIN, bureau: '430900' },
  { username: 'anhua', displayName: '安化县委老干部局 刘洋', role: Role.ADMIN, bureau: '430923' },
  { username: 'shuji', displayName: '支部书记 王芳', role: Role.SECRETARY },
  { username: 'guest', displayName: '查阅账号 赵强', role: Role.VIEWER },
] as const;

/**
 * Creates the demo accounts: the province-wide admin, a city's (益阳市) and a county's (安化县), each
 * limited to their bureau by its division code; the secretary is responsible for the first
 * general branch by name.
 */
export async function seedDemoUsers(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [general] = await db.run(sql`
    SELECT id FROM branch WHERE kind = 'GENERAL_BRANCH' AND archived_at IS NULL ORDER BY name_pinyin, id LIMIT 1`);
  const bureaus = new Map(
    (await db.run(sql`SELECT code, id FROM bureau`)).map((b) => [String(b.code), Number(b.id)]),
  );
  for (const user of DEMO_USERS) {
    const bureauId = 'bureau' in user ? bureaus.get(user.bureau) : null;
    if (bureauId === undefined) continue;
    const account = insertRow(UserEntity, {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      branchId: user.role === Role.SECRETARY ? Number(general.id) : null,
      bureauId,
      passwordHash,
    });
    await db.run(sql`${account} ON CONFLICT DO NOTHING`);
  }
}

/**
 * Outside the demo the first administrator comes from configuration; there is no built-in
 * password. Does nothing once any administrator exists.
 */
export async function ensureFirstAdmin(
  db: Database,
  logger: Logger,
  configured: { username?: string; password?: string },
): Promise<void> {
  const [{ n }] = await db.run(
    sql`SELECT count(*)::int AS n FROM app_user WHERE role = 'ADMIN' AND disabled_at IS NULL`,
  );
  if (Number(n) > 0) return;
  if (!configured.username || !configured.password) {
    logger.warn(
      'No administrator yet: set ADMIN_USERNAME and ADMIN_PASSWORD to create the first one',
    );
    return;
  }
  await db.run(
    insertRow(UserEntity, {
      username: configured.username,
      displayName: configured.username,
      role: Role.ADMIN,
      passwordHash: await hashPassword(configured.password),
    }),
  );
  logger.info({ username: configured.username }, 'first administrator created from configuration');
}
