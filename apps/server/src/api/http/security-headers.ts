import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyHelmetOptions } from '@fastify/helmet';

/** GraphQL and the Excel routes: answers about a caller, never to be kept by a cache. */
export const API_PATH = /^\/(graphql|api)(\/|\?|$)/;

/**
 * The browser's second wall, on every answer (the console, /graphql and /api): a
 * Content-Security-Policy that runs only the console's own scripts, no framing, no MIME
 * sniffing, no referrer.
 */
export const securityHeaders: FastifyHelmetOptions = {
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

/** An onSend hook: the API's answers are about their caller, so no cache may keep them. */
export async function noStoreOnApi(request: FastifyRequest, reply: FastifyReply) {
  if (API_PATH.test(request.url)) reply.header('cache-control', 'no-store');
}
