import type { Locale } from '.';

/** The messages loaded so far, per locale: each feature's arrive with the code that shows them. */
export const loadedMessages: Record<Locale, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };

/**
 * A feature's messages: Chinese first, and English for every key (the compiler checks). They are
 * known once the module defining them is loaded, so a module showing a feature's messages imports
 * that feature's locale (locales/loading.test.ts checks), and a screen's chunk carries its own.
 */
export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z, string>,
) {
  Object.assign(loadedMessages['zh-CN'], zh);
  Object.assign(loadedMessages['en-US'], en);
  return { 'zh-CN': zh, 'en-US': en };
}
