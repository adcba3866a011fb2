import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './build/graphql-documents';
import { antdStaticStyles } from './build/antd-styles';

/** `pnpm dev` serves the console with hot reload and forwards the API to the running server. */
export default defineConfig({
  plugins: [
    antdStaticStyles(),
    // Ant Design's menus, tooltips and drawers import its form context, which takes one
    // provider from @rc-component/form's index; that index (its fields, lists and validator
    // with it) has module-level statements, so it was all kept in every first load. The context
    // takes the provider from the module defining it.
    {
      name: 'form-context-alone',
      apply: 'build',
      transform(code, id) {
        if (!/[\\/]antd[\\/]es[\\/]form[\\/]context\.js$/.test(id)) return;
        const from = "from '@rc-component/form';";
        if (!code.includes(from)) throw new Error(`${id} no longer imports ${from}`);
        return code.replace(from, "from '@rc-component/form/es/FormContext';");
      },
    },
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
  build: {
    target: 'es2022',
    // The manifest lets the size report follow each screen's chunks.
    manifest: true,
  },
});
