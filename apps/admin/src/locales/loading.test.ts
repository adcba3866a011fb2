import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Each feature's messages load with the code that shows them (see define.ts): a module that
// names a message key imports the locale defining it, unless that locale is always loaded.
const src = path.resolve(__dirname, '..');
const locales = path.join(src, 'locales');
const SKIPPED = [path.join(src, 'gql'), path.join(src, 'test'), locales];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.includes(file) ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const all = sources(src);
const localeFiles = [
  ...all.filter((file) => path.basename(file) === 'locale.ts'),
  ...['common.ts', 'menu.ts', 'enum-labels.ts'].map((name) => path.join(locales, name)),
];
// The sign-in page's bundle loads common.ts (app/i18n.tsx); the signed-in console's, the
// screens' names (app/routes.tsx) and the enum labels (app/SignedIn.tsx).
const always = (file: string) =>
  [
    'common.ts',
    ...(file.includes(`${path.sep}login${path.sep}`) ? [] : ['menu.ts', 'enum-labels.ts']),
  ].map((name) => path.join(locales, name));

const owner = new Map<string, string>();
const duplicates: string[] = [];
beforeAll(async () => {
  for (const file of localeFiles) {
    const messages = ((await import(file)) as { default: Record<string, Record<string, string>> })
      .default;
    for (const key of Object.keys(messages['zh-CN'])) {
      if (owner.has(key)) duplicates.push(key);
      owner.set(key, file);
    }
  }
});

/** The locales a module needs: those defining the keys it names, whole or as a `prefix.${…}`. */
function needed(code: string): Set<string> {
  const files = new Set<string>();
  for (const [, key] of code.matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+)['"`]/g))
    if (owner.has(key)) files.add(owner.get(key)!);
  for (const [, prefix] of code.matchAll(/`([a-zA-Z]+(?:\.[\w-]+)*\.)\$\{/g))
    for (const [key, file] of owner) if (key.startsWith(prefix)) files.add(file);
  return files;
}

function imported(file: string, code: string): Set<string> {
  const specifiers = [...code.matchAll(/^import (?:[^'"]* from )?'(\.[^']+)';$/gm)].map(
    (m) => m[1],
  );
  return new Set(
    specifiers.map((specifier) => `${path.resolve(path.dirname(file), specifier)}.ts`),
  );
}

describe('message loading', () => {
  it('defines each key once', () => {
    expect(duplicates).toEqual([]);
  });

  it('has each module import the locales of the messages it shows, and only those', () => {
    const problems = all
      .filter((file) => !localeFiles.includes(file))
      .flatMap((file) => {
        const code = readFileSync(file, 'utf8');
        const need = needed(code);
        const have = [...imported(file, code)].filter((f) => localeFiles.includes(f));
        const base = always(file);
        return [
          ...[...need]
            .filter((f) => !have.includes(f) && !base.includes(f))
            .map((f) => `${path.relative(src, file)} needs ${path.relative(src, f)}`),
          ...have
            .filter((f) => !need.has(f) && !base.includes(f))
            .map((f) => `${path.relative(src, file)} does not need ${path.relative(src, f)}`),
        ];
      });
    expect(problems).toEqual([]);
  });
});
