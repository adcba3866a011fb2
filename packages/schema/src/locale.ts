/** The two languages everything a person reads is written in: Chinese first, then English. */
export type Locale = 'zh-CN' | 'en-US';

/** A text in both languages. */
export type Bilingual = Record<Locale, string>;
