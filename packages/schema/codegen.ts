import type { CodegenConfig } from '@graphql-codegen/cli';

/** The schema's enums and inputs as TypeScript, for the rules and labels both sides share. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    './src/gql/graphql.ts': {
      plugins: ['typescript'],
      config: {
        scalars: {
          Date: 'string',
          DateTime: 'string',
          MonthDay: 'string',
          // Whole fen (分): an integer, never a float of yuan.
          Money: 'number',
          JSONObject: 'Record<string, unknown>',
        },
        enumsAsConst: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
