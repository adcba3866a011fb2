import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookies } from '../../kernel/context';

/**
 * The console keeps its session in this cookie: HttpOnly, so no script on the page (nor an
 * injected one) can read it. Integrators send `Authorization: Bearer` instead, which wins.
 */
export const SESSION_COOKIE = 'wanxia_session';

/**
 * What a cookie-authenticated request must carry to show it is not a cross-site forgery: a
 * custom header, which no form, link or image can send and which makes a cross-origin script
 * ask a CORS preflight this server never grants.
 */
export const CSRF_HEADER = 'x-wanxia-csrf';

/**
 * Over TLS, directly or through a proxy that says so. Believing the proxy's header without
 * checking who sent it is safe here: it only makes the cookie stricter (Secure).
 */
function overTls(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return request.protocol === 'https' || proto === 'https';
}

export function sessionCookies(request: FastifyRequest, reply: FastifyReply): SessionCookies {
  const flags = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: overTls(request),
  } as const;
  return {
    set: (token, expiresAt) =>
      void reply.setCookie(SESSION_COOKIE, token, { ...flags, expires: expiresAt }),
    clear: () => void reply.clearCookie(SESSION_COOKIE, flags),
  };
}

/** The session cookie's value, when the request has no Authorization header of its own. */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  return request.headers.authorization ? undefined : request.cookies[SESSION_COOKIE];
}

/** Whether a request authenticated by the cookie carries the anti-forgery header. */
export const hasCsrfHeader = (request: FastifyRequest) => Boolean(request.headers[CSRF_HEADER]);
