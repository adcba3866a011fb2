import type { AuthCheckerFn } from 'type-graphql';
import { ApiError, ErrorCode } from '../../kernel/errors';
import type { Context } from '../../kernel/context';
import { can } from '../../kernel/access/caller';
import type { Access, Permission } from '../../kernel/access/permissions';

/**
 * The one place root fields are guarded: each declares its access with @Authorized(access).
 * Anonymous callers get UNAUTHENTICATED, others without the permission FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<Context, Access> = ({ context }, required) => {
  const { caller } = context;
  for (const access of required) {
    if (access === 'ANYONE') continue;
    if (caller.kind === 'ANONYMOUS') {
      throw new ApiError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
    }
    if (access === 'SIGNED_IN') continue;
    if (access === 'USER' ? caller.kind !== 'USER' : !can(caller, access as Permission)) {
      throw new ApiError(
        ErrorCode.FORBIDDEN,
        `无权执行此操作 (requires ${access === 'USER' ? 'a signed-in person' : access})`,
      );
    }
  }
  return true;
};
