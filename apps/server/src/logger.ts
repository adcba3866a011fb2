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

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' } }, destination);
}

export type Logger = pino.Logger;
