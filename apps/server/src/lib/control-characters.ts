/**
 * C0 control characters other than tab, newline and carriage return. PostgreSQL refuses NUL in
 * text, and none of the others belongs in a name, an address, a search or a file name: every
 * string that enters (GraphQL arguments, /api query strings, imported cells) is checked here.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The first control character in `text`, as `U+0000`, or null. */
export function controlCharacterIn(text: string): string | null {
  const match = CONTROL_CHARACTER.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

export interface ControlCharacterFound {
  /** Where in `value` the string is: keys and list positions. */
  path: (string | number)[];
  /** The character, as `U+0000`. */
  character: string;
}

/** The first string in `value` (a string, or deep in lists and objects) with a control character. */
export function findControlCharacter(
  value: unknown,
  path: (string | number)[] = [],
): ControlCharacterFound | null {
  if (typeof value === 'string') {
    const character = controlCharacterIn(value);
    return character ? { path, character } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** "中文 (English)" for a refused string, at `where` (an argument's path) when given. */
export function controlCharacterMessage(character: string, where?: string): string {
  const at = where ? `${where} ` : '';
  return `${at}含有不可见的控制字符 ${character}，请删除后重试 (${at}contains the control character ${character})`;
}
