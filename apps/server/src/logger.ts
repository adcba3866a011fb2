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

export function createLogger(level: string) {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' } });
}

export type Logger = pino.Logger;
