import pino from 'pino';

/** Paths that may carry personal data or secrets; pino replaces them before writing. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.idCardNumber',
  '*.phone',
  '*.address',
  '*.healthNotes',
  'variables',
  '*.variables',
];

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
}

/**
 * Fastify's request lines, without the query string: a GET /graphql carries the whole query
 * there, and searches (a name, an ID number's digits) and file names ride in it too.
 * Bodies are never logged.
 */
export const requestSerializer = (req: LoggedRequest) => ({
  method: req.method,
  url: req.url.split('?', 1)[0],
  host: req.host,
  remoteAddress: req.ip,
});

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { req: requestSerializer },
    },
    destination,
  );
}

export type Logger = pino.Logger;
