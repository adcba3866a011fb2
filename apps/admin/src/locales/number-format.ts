import type { Locale } from './index';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per locale and options, made once: making one costs a phone as much
 * as a hundred uses, and a dashboard formats a hundred figures.
 */
export function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions) {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
