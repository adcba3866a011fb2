// Checks the settings (environment and .env) before anything is built, so a bad value or a busy
// PORT is reported at once rather than after the build. It runs src/kernel/config.ts itself, compiled
// in memory by swc: one definition of the settings, and no build needed first.
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import swc from '@swc/core';

const load = createRequire(import.meta.url);
load.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformFileSync(filename, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

// The contract's modules that config.ts takes (`@wanxia/schema/<module>`) from their source, as
// the package may not be built yet either.
const contractSrc = path.join(import.meta.dirname, '..', '..', '..', 'packages', 'schema', 'src');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const contract = /^@wanxia\/schema\/([\w-]+)$/.exec(request);
  if (contract) return path.join(contractSrc, `${contract[1]}.ts`);
  return resolveFilename.call(this, request, ...rest);
};

const src = path.join(import.meta.dirname, '..', 'src');
const { loadConfig, readEnvFile } = load(path.join(src, 'kernel', 'config.ts'));
const { assertPortFree } = load(path.join(src, 'start-checks.ts'));

try {
  readEnvFile();
  const config = loadConfig();
  await assertPortFree(config.PORT, config.HOST, 'PORT');
} catch (error) {
  console.error('Wanxia cannot start:', error instanceof Error ? error.message : error);
  process.exit(1);
}
