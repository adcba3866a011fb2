import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** GraphQL and the Excel routes: answers about a caller, never to be kept by a cache. */
export const API_PATH = /^\/(graphql|api)(\/|\?|$)/;

/**
 * The browser's second wall, on every answer (the console, /graphql and /api): a
 * Content-Security-Policy that runs only the console's own scripts, no framing, no MIME
 * sniffing, no referrer.
 */
const SECURITY: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      // The built console is module scripts from its own origin, with no inline script.
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Styles need 'unsafe-inline': Ant Design's CSS-in-JS writes <style> elements at run
      // time and ECharts' tooltips are HTML with style attributes, which no nonce can cover
      // (style-src-attr). A style cannot run code, and img-src and font-src keep CSS from
      // sending anything to another origin.
      styleSrc: ["'self'", "'unsafe-inline'"],
      // data: for the inline favicon and Ant Design's icons; blob: for downloaded files.
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // HSTS belongs to whatever terminates TLS (the reverse proxy); over plain HTTP it means nothing.
  strictTransportSecurity: false,
};

/**
 * The headers helmet gives for SECURITY, worked out once: they are the same on every answer,
 * and computing them per request (as @fastify/helmet does) cost as much as a small query.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet(SECURITY)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

/** An onSend hook: the API's answers are about their caller, so no cache may keep them. */
export async function noStoreOnApi(request: FastifyRequest, reply: FastifyReply) {
  if (API_PATH.test(request.url)) reply.header('cache-control', 'no-store');
}
