import { setTimeout as sleep } from 'node:timers/promises';
import type { Queryable, Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
import { passwordContainsUsername } from '@wanxia/schema';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import type { UserCaller } from '../../kernel/access/caller';
import { Role } from '../../kernel/access/permissions';
import {
  decoyPasswordHash,
  hashPassword,
  hashSecret,
  newSecret,
  verifyPassword,
} from '../auth/secrets';
import {
  PAIR_RULE,
  USERNAME_SLOWDOWN_SHARE,
  attemptKeys,
  clearUsername,
  lockedUntil,
  releaseAttempt,
  reserveAttempt,
  slowdownMs,
} from '../auth/throttle';
import { BRANCH_PROJECTION } from '../branch/branch.repository';
import { USER_COLUMNS, toUser } from './user.repository';
import { UserSessionEntity } from './user-session.entity';
import { UserEntity } from './user.entity';
import type {
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  ResetPasswordInput,
  UpdateProfileInput,
  UpdateUserInput,
  User,
} from './user.types';
import { accountBureau } from '../bureau/county';
import type { Reach } from '../../kernel/access/reach';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
}

const minutesUntil = (until: Date, now: Date) =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

const lockedError = (until: Date, now: Date) =>
  userError(
    'username',
    UserErrorCode.LOCKED,
    `登录失败次数过多，请 ${minutesUntil(until, now)} 分钟后再试 (too many failed sign-ins: try again in ${minutesUntil(until, now)} minutes)`,
  );

async function openSession(
  db: Queryable,
  ctx: RequestScope,
  userKey: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret('session');
  const expiresAt = new Date(ctx.now.getTime() + SESSION_TTL_MS);
  await db.run(
    insertRow(UserSessionEntity, {
      userId: userKey,
      tokenHash: hashSecret(token),
      createdAt: ctx.now,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    }),
  );
  return { token, expiresAt };
}

/**
 * Signs in with username and password. Each attempt is counted before the password is checked
 * (per username and address, per address, per username), so a burst checks no more than the
 * limit; from the third attempt on each is slowed, at the limit the username is locked for
 * that address. A username's attempts from everywhere only slow it, never lock it.
 */
export async function login(
  ctx: RequestScope,
  input: LoginInput,
): Promise<MutationOutcome<Session>> {
  const username = input.username.trim().toLowerCase();
  const keys = attemptKeys(username, ctx.ip);
  const attempts = await reserveAttempt(ctx.db, keys, ctx.now);
  if (!attempts) {
    const until =
      (await lockedUntil(
        ctx.db,
        keys.map((k) => k.key),
        ctx.now,
      )) ?? new Date(ctx.now.getTime() + PAIR_RULE.lockMs);
    return { record: null, userErrors: [lockedError(until, ctx.now)] };
  }
  const [pairAttempts, , usernameAttempts] = attempts;
  await sleep(
    Math.max(
      slowdownMs(pairAttempts),
      slowdownMs(Math.floor(usernameAttempts / USERNAME_SLOWDOWN_SHARE)),
    ),
  );

  const [row] = await ctx.db.run(sql`
    SELECT u.id, u.password_hash AS "passwordHash", u.disabled_at AS "disabledAt"
    FROM app_user u WHERE lower(u.username) = ${username}`);
  const passwordHash = (row?.passwordHash as string | undefined) ?? (await decoyPasswordHash());
  const valid = (await verifyPassword(passwordHash, input.password)) && row && !row.disabledAt;
  if (!valid) {
    // This failure was counted when reserved; the one that reached the limit locked the pair.
    const left = PAIR_RULE.limit! - pairAttempts;
    if (left <= 0)
      return {
        record: null,
        userErrors: [lockedError(new Date(ctx.now.getTime() + PAIR_RULE.lockMs), ctx.now)],
      };
    return {
      record: null,
      userErrors: [
        userError(
          'password',
          UserErrorCode.INVALID_CREDENTIALS,
          `用户名或密码错误，还可尝试 ${left} 次 (wrong username or password; ${left} attempts left before a lock)`,
        ),
      ],
    };
  }
  await releaseAttempt(ctx.db, keys);
  const userKey = Number(row.id);
  // The audit entry names the person signing in, not the anonymous caller.
  const signedIn = {
    ...ctx,
    caller: { kind: 'USER', userKey, username, displayName: username } as UserCaller,
  };
  return inTransaction(signedIn, 'login', async (tx) => {
    const session = await openSession(tx, ctx, userKey);
    const [user] = await tx.run(
      sql`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ${userKey}`,
    );
    return { record: { ...session, user: toUser(user) }, change: null };
  });
}

export async function logout(ctx: RequestScope): Promise<MutationOutcome<boolean>> {
  const caller = ctx.caller as UserCaller;
  return inTransaction(ctx, 'logout', async (tx) => {
    await tx.run(
      sql`UPDATE user_session SET revoked_at = ${ctx.now} WHERE id = ${caller.sessionKey}`,
    );
    return { record: true, change: null };
  });
}

/** Ends every session of a user, except the one named. */
const endSessions = (tx: Transaction, userKey: number, now: Date, exceptSession = 0) =>
  tx.run(sql`
    UPDATE user_session SET revoked_at = ${now}
    WHERE user_id = ${userKey} AND revoked_at IS NULL AND id <> ${exceptSession}`);

export async function changePassword(
  ctx: RequestScope,
  input: ChangePasswordInput,
): Promise<MutationOutcome<User>> {
  const caller = ctx.caller as UserCaller;
  const errors = await validateInput(input);
  if (passwordContainsUsername(input.newPassword, caller.username)) {
    errors.push(
      userError(
        'newPassword',
        UserErrorCode.TOO_WEAK,
        '密码不能包含用户名 (must not contain the username)',
      ),
    );
  }
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'changePassword', async (tx) => {
    const [row] = await tx.run(
      sql`SELECT password_hash AS "passwordHash" FROM app_user WHERE id = ${caller.userKey} FOR UPDATE`,
    );
    if (!(await verifyPassword(String(row.passwordHash), input.currentPassword))) {
      refuseIf([
        userError(
          'currentPassword',
          UserErrorCode.INVALID_CREDENTIALS,
          '当前密码不正确 (the current password is wrong)',
        ),
      ]);
    }
    await tx.run(sql`
      UPDATE app_user SET password_hash = ${await hashPassword(input.newPassword)}, password_changed_at = ${ctx.now},
        version = version + 1, updated_at = ${ctx.now}
      WHERE id = ${caller.userKey}`);
    // Other devices must sign in again with the new password.
    await endSessions(tx, caller.userKey, ctx.now, caller.sessionKey);
    const [user] = await tx.run(
      sql`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ${caller.userKey}`,
    );
    return {
      record: toUser(user),
      change: { type: 'User', key: caller.userKey },
      details: { password: 'changed' },
    };
  });
}

/** The signed-in person changes their own display name (个人设置). */
export async function updateProfile(
  ctx: RequestScope,
  input: UpdateProfileInput,
): Promise<MutationOutcome<User>> {
  const caller = ctx.caller as UserCaller;
  const errors = await validateInput(input);
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'updateProfile', async (tx) => {
    const [row] = await tx.run(
      sql`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ${caller.userKey} FOR UPDATE`,
    );
    const before = toUser(row);
    checkVersion(input.expectedVersion, before.version, errors);
    refuseIf(errors);
    await tx.run(sql`
      UPDATE app_user SET display_name = ${input.displayName.trim()}, version = version + 1,
        updated_at = ${ctx.now}
      WHERE id = ${caller.userKey}`);
    const [user] = await tx.run(
      sql`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ${caller.userKey}`,
    );
    const after = toUser(user);
    return { record: after, change: { type: 'User', key: caller.userKey, before, after } };
  });
}

/** A secretary needs a branch; other roles have none. */
async function checkRoleBranch(
  tx: Transaction,
  reach: Reach,
  role: Role,
  branchKey: number | null,
  errors: UserError[],
) {
  if (role !== Role.SECRETARY) {
    if (branchKey !== null) {
      errors.push(
        userError(
          'branchId',
          UserErrorCode.INVALID,
          '只有支部书记账号关联组织 (only a secretary has a branch)',
        ),
      );
    }
    return;
  }
  if (branchKey === null) {
    errors.push(
      userError(
        'branchId',
        UserErrorCode.REQUIRED,
        '支部书记须关联所负责的组织 (a secretary needs a branch)',
      ),
    );
    return;
  }
  const [branch] = await tx.run(
    sql`SELECT ${BRANCH_PROJECTION.select('b', ['archivedAt'])} FROM branch b WHERE b.id = ${branchKey} AND ${reach.branch('b')}`,
  );
  if (!branch) errors.push(notFound('branchId', '组织', 'branch'));
  else if (branch.archivedAt)
    errors.push(userError('branchId', UserErrorCode.ARCHIVED, '该组织已撤销 (archived)'));
}

const usernameTaken = userError(
  'username',
  UserErrorCode.DUPLICATE,
  '用户名已被使用 (the username is taken)',
);

export async function createUser(
  ctx: RequestScope,
  input: CreateUserInput,
  keys: { branch: InputKey | null },
): Promise<MutationOutcome<User>> {
  const errors = await validateInput(input);
  const branchKey = keys.branch != null ? inputKey(keys.branch, 'branchId', errors) : null;
  if (passwordContainsUsername(input.password, input.username)) {
    errors.push(
      userError(
        'password',
        UserErrorCode.TOO_WEAK,
        '密码不能包含用户名 (must not contain the username)',
      ),
    );
  }
  if (refusedOutright(errors)) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'createUser',
    async (tx) => {
      await checkRoleBranch(tx, ctx.reach, input.role, branchKey, errors);
      const bureauKey = await accountBureau(tx, ctx, input.bureauId, branchKey, errors);
      refuseIf(errors);
      const account = insertRow(UserEntity, {
        username: input.username,
        displayName: input.displayName.trim(),
        role: input.role,
        branchId: branchKey,
        bureauId: bureauKey,
        passwordHash: await hashPassword(input.password),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const [{ id }] = await tx.run(sql`${account} RETURNING id`);
      const user = (await lockUser(tx, Number(id)))!;
      return { record: user, change: { type: 'User', key: user.key, after: user } };
    },
    { app_user_username_key: usernameTaken },
  );
}

/** Locks an account; one out of reach (`reach`, when given) is as good as missing. */
async function lockUser(tx: Transaction, key: number, reach?: Reach): Promise<User | null> {
  const [row] = await tx.run(sql`
    SELECT ${USER_COLUMNS} FROM app_user u
    WHERE u.id = ${key} AND ${reach ? reach.account('u') : sql`TRUE`} FOR UPDATE`);
  return row ? toUser(row) : null;
}

export async function updateUser(
  ctx: RequestScope,
  input: UpdateUserInput,
  keys: { user: InputKey; branch: InputKey | null },
): Promise<MutationOutcome<User>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.user, 'id', errors);
  const branchKey = keys.branch != null ? inputKey(keys.branch, 'branchId', errors) : null;
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  const caller = ctx.caller as UserCaller;
  if (key === caller.userKey && (input.disabled || (input.role && input.role !== Role.ADMIN))) {
    return {
      record: null,
      userErrors: [
        userError(
          'id',
          UserErrorCode.FORBIDDEN,
          '不能停用自己或取消自己的管理员权限 (you cannot lock yourself out)',
        ),
      ],
    };
  }
  return inTransaction(ctx, 'updateUser', async (tx) => {
    const user = await lockUser(tx, key, ctx.reach);
    if (!user) refuseIf([notFound('id', '账号', 'user')]);
    const before = user!;
    checkVersion(input.expectedVersion, before.version, errors);
    const role = input.role ?? before.role;
    const nextBranch =
      input.branchId !== undefined ? branchKey : role === Role.SECRETARY ? before.branchId : null;
    await checkRoleBranch(tx, ctx.reach, role, nextBranch, errors);
    refuseIf(errors);
    const disabledAt =
      input.disabled === undefined
        ? before.disabledAt
        : input.disabled
          ? (before.disabledAt ?? ctx.now)
          : null;
    await tx.run(sql`
      UPDATE app_user SET display_name = ${input.displayName?.trim() || before.displayName}, role = ${role},
        branch_id = ${nextBranch},
        -- Limited to a branch, the account is its county's; no longer, it keeps that county.
        bureau_id = CASE WHEN ${nextBranch}::int IS NULL
          THEN coalesce(bureau_id, (SELECT b.bureau_id FROM branch b WHERE b.id = ${before.branchId})) END,
        disabled_at = ${disabledAt}, version = version + 1, updated_at = ${ctx.now}
      WHERE id = ${key}`);
    // A disabled account, or one whose reach changed, signs in again.
    if (disabledAt || role !== before.role || nextBranch !== before.branchId)
      await endSessions(tx, key, ctx.now);
    const after = (await lockUser(tx, key))!;
    return { record: after, change: { type: 'User', key, before, after } };
  });
}

export async function resetPassword(
  ctx: RequestScope,
  input: ResetPasswordInput,
  keys: { user: InputKey },
): Promise<MutationOutcome<User>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.user, 'id', errors);
  if (errors.length || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'resetPassword', async (tx) => {
    const user = await lockUser(tx, key, ctx.reach);
    if (!user) refuseIf([notFound('id', '账号', 'user')]);
    await tx.run(sql`
      UPDATE app_user SET password_hash = ${await hashPassword(input.newPassword)}, password_changed_at = ${ctx.now},
        version = version + 1, updated_at = ${ctx.now}
      WHERE id = ${key}`);
    await endSessions(tx, key, ctx.now);
    await clearUsername(tx, user!.username.toLowerCase());
    return {
      record: (await lockUser(tx, key))!,
      change: { type: 'User', key },
      details: { password: 'reset' },
    };
  });
}
