// Prints, for the screens a user meets first, the compressed JavaScript and CSS their first load
// fetches: the entry script, the signed-in console's chunk for the screens behind sign-in, the
// screen's chunk and every chunk those import statically, with their style sheets (read from the
// build manifest). Chunks loaded later (other screens, charts) are listed apart. Fails the build
// when a screen's first load grows past a budget; lower a budget when a change earns it.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const KB = 1024;
// Gzip bytes per first load, of JavaScript and of CSS. The goal is 300 KB of JavaScript for sign-in
// and the dashboard (both reached): the entry (React, Ant Design's core) and the signed-in chunk
// (Apollo Client, the menu and its icons) are most of it; each screen brings its own messages.
// The CSS is mostly Ant Design's rules for the components the screen draws (build/antd-styles.ts).
const signedIn = 'src/app/SignedIn.tsx';
const screens = [
  {
    name: 'sign-in (登录)',
    entries: ['src/pages/login/LoginPage.tsx'],
    budget: 232 * KB,
    cssBudget: 28 * KB,
  },
  {
    name: 'dashboard (首页)',
    entries: [signedIn, 'src/pages/home/HomePage.tsx'],
    budget: 283 * KB,
    cssBudget: 26 * KB,
  },
  {
    name: 'roster (花名册)',
    entries: [signedIn, 'src/pages/roster/RosterList.tsx'],
    // A phone's first load: the table a wider screen shows, its column chooser and its filter
    // row are chunks of their own (a phone opens the filters in a drawer, when asked). The
    // bureau tag the lists share is a small chunk of its own too.
    budget: 355 * KB,
    cssBudget: 40 * KB,
  },
];

// A module the manifest keys by its source path; the signed-in console's chunk, which shares
// modules with the screens, is keyed by its chunk name instead.
function chunkOf(src) {
  if (manifest[src]) return src;
  const name = src.replace(/^.*\//, '').replace(/\.\w+$/, '');
  const key = Object.keys(manifest).find(
    (k) => manifest[k].isDynamicEntry && manifest[k].name === name,
  );
  if (!key) throw new Error(`${src} is not in the build manifest`);
  return key;
}

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

// Sizes by file name, relative to dist/.
const bytes = (file) => readFileSync(new URL(file, dist));
const gzip = (file) => gzipSync(bytes(file)).length;
const brotli = (file) => brotliCompressSync(bytes(file)).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const sum = (files, size) => [...files].reduce((total, file) => total + size(file), 0);
const cssOf = (keys) => new Set([...keys].flatMap((key) => manifest[key].css ?? []));

console.log('\nFirst load, JavaScript (gzip / brotli) and CSS (gzip):');
const firstLoads = new Set();
const firstCss = new Set();
let over = false;
for (const screen of screens) {
  const keys = new Set(
    ['index.html', ...screen.entries].flatMap((entry) => [...staticClosure(chunkOf(entry))]),
  );
  keys.forEach((key) => firstLoads.add(key));
  const scripts = [...keys].map((key) => manifest[key].file);
  const sheets = cssOf(keys);
  sheets.forEach((file) => firstCss.add(file));
  const size = sum(scripts, gzip);
  const css = sum(sheets, gzip);
  const overs = [
    size > screen.budget ? 'JavaScript OVER' : '',
    css > screen.cssBudget ? 'CSS OVER' : '',
  ].filter(Boolean);
  over ||= overs.length > 0;
  console.log(
    `  ${screen.name.padEnd(20)} ${kb(size).padStart(9)} / ${kb(sum(scripts, brotli)).padStart(9)}` +
      `  ${keys.size} files, budget ${kb(screen.budget)};` +
      ` CSS ${kb(css).padStart(8)} in ${sheets.size} files, budget ${kb(screen.cssBudget)}` +
      (overs.length ? `  ${overs.join(', ')}` : ''),
  );
}
const later = Object.keys(manifest).filter(
  (key) => !firstLoads.has(key) && manifest[key].file.endsWith('.js'),
);
const laterCss = [...cssOf(Object.keys(manifest))].filter((file) => !firstCss.has(file));
console.log(
  `Chunks loaded on demand: ${later.length} files, ${kb(
    sum(
      later.map((key) => manifest[key].file),
      gzip,
    ),
  )} gzip in all;` + ` their CSS ${laterCss.length} files, ${kb(sum(laterCss, gzip))}\n`,
);
if (over) {
  console.error('A first load is over its budget: split or defer what it does not need.');
  process.exit(1);
}
