// Builds the console: codegen, vite, the size report. Skipped when nothing it is built from has
// changed since the last build (the inputs' content hash is kept beside the output), so a second
// `pnpm start` does not rebuild what it already has.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const admin = path.resolve(import.meta.dirname, '..');
const inputs = [
  'src',
  'build',
  'index.html',
  'vite.config.ts',
  'codegen.ts',
  'tsconfig.json',
  'package.json',
  '../../packages/schema/schema.graphql',
  '../../pnpm-lock.yaml',
];
// Written by codegen from the inputs above.
const generated = path.join(admin, 'src', 'gql');
const stamp = path.join(admin, 'dist', '.inputs-hash');

function files(entry) {
  if (entry === generated || !existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap((input) => files(path.join(admin, input)))) {
  hash.update(path.relative(admin, file)).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');

const built = existsSync(path.join(admin, 'dist', 'index.html')) && existsSync(stamp);
if (built && readFileSync(stamp, 'utf8') === digest) {
  console.log(
    'The console is unchanged since its last build; not rebuilt (delete dist/ to force).',
  );
  process.exit(0);
}
for (const command of [
  'pnpm codegen',
  'vite build',
  'node scripts/compress.mjs',
  'node scripts/report-size.mjs',
]) {
  const { status } = spawnSync(command, { cwd: admin, stdio: 'inherit', shell: true });
  if (status !== 0) process.exit(status ?? 1);
}
writeFileSync(stamp, digest);
