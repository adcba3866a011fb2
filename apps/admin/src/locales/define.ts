/** A feature's messages: Chinese first, and English for every key (the compiler checks). */
export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z, string>,
) {
  return { 'zh-CN': zh, 'en-US': en };
}
