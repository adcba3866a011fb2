import path from 'node:path';

/** packages/schema/schema.graphql, from src/api/graphql or dist/api/graphql alike. */
export const CONTRACT_PATH = path.resolve(
  __dirname,
  '../../../../../packages/schema/schema.graphql',
);
