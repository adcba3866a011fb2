import type { Locale } from '../locales';

// "中文说明 (English text)": the server writes each user error in both languages.
const BILINGUAL = /^(.*[\u3400-\u9fff].*?)\s*\(([^\u3400-\u9fff]+)\)\s*$/s;

/** The half of a server message in the reader's language; other messages stay as they are. */
export function localizeServerMessage(message: string, locale: Locale): string {
  const match = BILINGUAL.exec(message);
  if (!match) return message;
  return locale === 'en-US' ? match[2] : match[1];
}

/** The same user errors, each message in the reader's language. */
export function localizeUserErrors<E extends { message: string }>(
  errors: readonly E[],
  locale: Locale,
): E[] {
  return errors.map((error) => ({
    ...error,
    message: localizeServerMessage(error.message, locale),
  }));
}

/** What went wrong with a request that did not get as far as user errors (network, server). */
export function errorMessage(error: unknown, locale: Locale): string {
  return localizeServerMessage(error instanceof Error ? error.message : String(error), locale);
}
