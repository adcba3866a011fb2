import path from 'node:path';

/** packages/schema/schema.graphql, from src/graphql or dist/graphql alike. */
export const CONTRACT_PATH = path.resolve(__dirname, '../../../../packages/schema/schema.graphql');
