import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      // Test coverage output (not src/pages/coverage, a screen of the console).
      'coverage/**',
      'apps/*/coverage/**',
      'packages/*/coverage/**',
      '**/test-results/**',
      '**/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    // Decorator metadata needs value imports of classes used as parameter types.
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // A module adds its loaders to the kernel's `Loaders` with `interface Loaders extends X {}`.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  {
    // Tests read loosely typed GraphQL responses.
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/*.e2e.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // PostGraphile is a bench-only dev dependency: the app never loads it.
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['postgraphile', 'postgraphile/*', 'postgraphile-plugin-connection-filter'],
              message: 'PostGraphile is for src/bench only (a dev dependency).',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line entry points print their results.
    files: [
      '**/main.ts',
      '**/bench/**/*.ts',
      '**/ops/**/*.ts',
      '**/emit-schema.ts',
      '**/reset.ts',
      '**/backup-cli.ts',
      '**/db/province/generate.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
