import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** `pnpm dev` serves the console with hot reload and forwards the API to the running server. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/graphql', '/api'].map((path) => [path, process.env.WANXIA_API ?? 'http://localhost:4000']),
    ),
  },
  // The manifest lets the size report follow each screen's chunks.
  build: { target: 'es2022', manifest: true },
});
