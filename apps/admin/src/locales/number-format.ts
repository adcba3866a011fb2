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

// The first format of a locale is the dear one (its data loads: about 45 ms on a phone). A
// screen that shows figures makes it while it waits for them, in a task of its own, rather
// than in the one that draws them.
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(() =>
    numberFormat(document.documentElement.lang === 'en-US' ? 'en-US' : 'zh-CN').format(0),
  );
}
