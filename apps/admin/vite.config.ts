import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';

/** `pnpm dev` serves the console with hot reload and forwards the API to the running server. */
export default defineConfig({
  plugins: [
    react({
      babel: {
        // Each `graphql(...)` call becomes an import of its one document, so a screen's chunk
        // carries its own queries instead of every screen's queries riding in the entry chunk.
        plugins: [
          [babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }],
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
