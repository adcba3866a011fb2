/**
 * Normalises a search box entry: trimmed, lower-case (pinyin is stored lower-case), spaces
 * removed (people type "zhang jian guo"), LIKE wildcards escaped. Empty means no search.
 */
export function normalizeSearch(value: string | null | undefined): string {
  return (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[\\%_]/g, (c) => `\\${c}`)
    .slice(0, 50);
}
