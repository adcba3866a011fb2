import type { RequestScope } from '../../kernel/context';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';

/**
 * The centre's rooms and the 老年大学's courses are the bureau's: only callers who reach the
 * whole county set them up (a branch's secretary books rooms and enrols their members).
 */
export function bureauOnly(ctx: RequestScope, errors: UserError[], field = 'input'): void {
  if (!ctx.reach.wholeBureau)
    errors.push(
      userError(
        field,
        UserErrorCode.FORBIDDEN,
        '活动中心和老年大学由局机关管理 (the bureau runs the centre and its courses)',
      ),
    );
}
