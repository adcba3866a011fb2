// Prints the gzip size of the JavaScript the first screen loads: the entry script and the
// chunks index.html preloads. Route chunks load later and are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gzip = (file) => gzipSync(readFileSync(new URL(file, dist))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let total = 0;
console.log('\nJavaScript of the first screen (gzip):');
for (const file of initial) {
  const size = gzip(file);
  total += size;
  console.log(`  ${file.padEnd(44)} ${kb(size)}`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(total)} (budget 400 KB)`);
const later = readdirSync(new URL('assets/', dist)).filter(
  (f) => f.endsWith('.js') && !initial.includes(`assets/${f}`),
);
const lazy = later.reduce((sum, f) => sum + gzip(`assets/${f}`), 0);
console.log(`Route chunks loaded on demand: ${later.length} files, ${kb(lazy)} gzip in all\n`);
if (total > 400 * 1024) {
  console.error(
    'The first screen loads more than 400 KB of JavaScript (gzip): split routes further.',
  );
  process.exit(1);
}
