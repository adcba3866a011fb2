import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the console, from the contract the server publishes. */
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: {
          Date: 'string',
          DateTime: 'string',
          MonthDay: 'string',
          // Whole fen (分): an integer, never a float of yuan.
          Money: 'number',
          JSONObject: 'Record<string, unknown>',
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
    // Which types implement each interface: the cache needs it to match fragments on them.
    './src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { deterministic: true },
    },
  },
};

export default config;
