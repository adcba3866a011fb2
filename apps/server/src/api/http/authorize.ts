import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../kernel/db/database';
import type { RequestScope } from '../../kernel/context';
import { ErrorCode, httpError } from '../../kernel/errors';
import { can } from '../../kernel/access/caller';
import type { Permission } from '../../kernel/access/permissions';
import { requestScope } from '../../modules/auth/request-scope';
import { CSRF_HEADER, hasCsrfHeader, sessionCookieOf } from './session-cookie';

/**
 * The scope of an /api request, its caller known as on /graphql, for a caller who holds
 * `permission`: 401 without a sign-in, 403 without the permission or, signed in by the
 * console's cookie, without the CSRF header.
 */
export async function authorizeApiRequest(
  db: Database,
  clock: Clock,
  request: FastifyRequest,
  permission: Permission,
): Promise<RequestScope> {
  const sessionCookie = sessionCookieOf(request);
  if (sessionCookie && !hasCsrfHeader(request))
    throw httpError(
      403,
      'CSRF',
      `请求缺少 ${CSRF_HEADER} 请求头，已拒绝 (a request signed in by cookie must send the ${CSRF_HEADER} header)`,
    );
  const ctx = await requestScope(db, clock, {
    requestId: request.id,
    logger: request.log,
    authorization: request.headers.authorization,
    sessionCookie,
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  });
  if (ctx.caller.kind === 'ANONYMOUS')
    throw httpError(401, ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  if (!can(ctx.caller, permission))
    throw httpError(403, ErrorCode.FORBIDDEN, `无权执行此操作 (requires ${permission})`);
  return ctx;
}
