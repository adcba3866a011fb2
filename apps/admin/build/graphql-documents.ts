import { readFileSync, statSync } from 'node:fs';
import { parse } from 'graphql';
import type { PluginObj, types as t } from '@babel/core';

/** `export const NameDocument = {…} as unknown as DocumentNode<…>;`, one per line. */
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

let cache: { file: string; mtimeMs: number; documents: Map<string, string> } | null = null;

/** The generated documents by constant name, as JSON, read again when the file changes. */
function generatedDocuments(file: string): Map<string, string> {
  const { mtimeMs } = statSync(file);
  if (cache?.file !== file || cache.mtimeMs !== mtimeMs) {
    const text = readFileSync(file, 'utf8');
    cache = {
      file,
      mtimeMs,
      documents: new Map([...text.matchAll(GENERATED)].map((m) => [m[1], m[2]])),
    };
  }
  return cache.documents;
}

/**
 * Replaces each `graphql(`…`)` call with its generated document, inline, as `JSON.parse('…')`.
 * Without it every screen would load the generated map of all the console's documents
 * (src/gql/gql.ts and graphql.ts, a module rollup cannot split); with it a screen's chunk holds
 * only the documents it uses. A call the generator has not seen fails the build: run codegen.
 */
export function graphqlDocuments(documentsFile: string) {
  return ({ types }: { types: typeof t }): PluginObj => ({
    name: 'graphql-documents',
    visitor: {
      CallExpression(call) {
        const { callee, arguments: args } = call.node;
        if (callee.type !== 'Identifier' || callee.name !== 'graphql') return;
        const [literal] = args;
        if (literal?.type !== 'TemplateLiteral' || literal.quasis.length !== 1) return;
        const [definition] = parse(literal.quasis[0].value.raw).definitions;
        if (
          (definition.kind !== 'OperationDefinition' && definition.kind !== 'FragmentDefinition') ||
          !definition.name
        ) {
          return;
        }
        const name = `${definition.name.value}${definition.kind === 'FragmentDefinition' ? 'FragmentDoc' : 'Document'}`;
        const json = generatedDocuments(documentsFile).get(name);
        if (!json)
          throw call.buildCodeFrameError(`${name} is not in ${documentsFile}: run codegen`);
        call.replaceWith(
          types.callExpression(
            types.memberExpression(types.identifier('JSON'), types.identifier('parse')),
            [types.stringLiteral(json)],
          ),
        );
      },
    },
  });
}
