import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './build/graphql-documents';

/** `pnpm dev` serves the console with hot reload and forwards the API to the running server. */
export default defineConfig({
  plugins: [
    react({
      // Each `graphql(…)` call becomes its document, inline (see build/graphql-documents).
      babel: {
        plugins: [
          graphqlDocuments(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))),
        ],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/graphql', '/api'].map((path) => [path, process.env.WANXIA_API ?? 'http://localhost:4000']),
    ),
  },
  // The manifest lets the size report follow each screen's chunks.
  build: { target: 'es2022', manifest: true },
});
