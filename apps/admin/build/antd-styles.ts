import { createRequire } from 'node:module';
import type * as ReactModule from 'react';
import type { ComponentType, ReactElement } from 'react';
import type * as ReactDomServer from 'react-dom/server';
import type * as Antd from 'antd';
import type * as CssInJs from '@ant-design/cssinjs';
import type { Plugin } from 'vite';

/**
 * Ant Design's style rules, written at build time instead of by its CSS-in-JS at run time.
 *
 * The console's ConfigProvider sets `zeroRuntime` (src/app/i18n.tsx): Ant Design then writes no
 * rules in the browser, only its tokens as CSS variables (the theme, and the bigger controls of
 * phones and tablets), which the rules read. This plugin renders every Ant Design component once
 * in Node and keeps the rules each style hook registered, named as the hook names them
 * (`Button-Button`, `Button-compact`, `Input-TextArea`, `Shared` for the resets every component
 * shares). Each of Ant Design's style modules then imports the CSS of its hooks, so a chunk that
 * carries a component's code carries its rules too, and Vite emits them beside it: a first load
 * fetches the rules of the components it draws, a screen opened later the rest. The functions
 * that wrote the rules in the browser are left out of the bundle.
 *
 * The rules are in the `antd` cascade layer, so the console's own sheet overrides them in
 * whatever order the files arrive. `pnpm dev` (whose Ant Design Vite pre-bundles) gets all of
 * them in index.html.
 */

const VIRTUAL = 'virtual:antd-style/';
const RESOLVED = '\0antd-style:';
/** `genStyleHooks('Button'`, `genSubStyleComponent(['Button', 'compact']`, … in a style module. */
const STYLE_HOOK =
  /\bgen(?:StyleHooks|SubStyleComponent|ComponentStyleHook)\((\[[^\]]*\]|'[^']*')/g;
const HOOK_MAKERS = new Set(['genStyleHooks', 'genSubStyleComponent', 'genComponentStyleHook']);
/** Where the resets every component registers (`Shared`) are generated. */
const SHARED_MODULE = /[\\/]antd[\\/]es[\\/]theme[\\/]util[\\/]genStyleUtils\.js$/;
const ANTD_MODULE = /[\\/]antd[\\/]es[\\/].*\.js$/;
/**
 * The path a cssinjs cache key holds: `style%<hash>%<name>%<prefixCls>…`; no hash here, and a
 * member rendered outside its parent may register its parent's hook without a class prefix.
 */
const STYLE_KEY = /^style%%([^%]+)%[^%]/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Where each style hook's rule-writing function (its second argument) is in a module's code. */
function styleFunctions(program: unknown): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null || !('type' in value)) return;
    const node = value as Node;
    const callee = node.callee as Node | undefined;
    const styleFn = (node.arguments as Node[] | undefined)?.[1];
    if (node.type === 'CallExpression' && callee?.type === 'Identifier' && styleFn)
      if (HOOK_MAKERS.has(callee.name as string)) ranges.push([styleFn.start, styleFn.end]);
    Object.values(node).forEach(visit);
  };
  visit(program);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * The hook's name as cssinjs keys its rules: `['Button', 'compact']` is `Button-compact`, and
 * `'Button'` is `Button-Button`.
 */
function hookName(argument: string): string {
  const cells = [...argument.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  return (cells.length === 1 ? [cells[0], cells[0]] : cells).join('-');
}

type Element = ReactElement<Record<string, unknown>>;

/** Each component Ant Design exports, its members (`Input.TextArea`) and its pop-up panels. */
function elementsOf(
  antd: Record<string, unknown>,
  createElement: (type: unknown, props?: object | null, ...children: unknown[]) => Element,
): Element[] {
  const isComponent = (value: unknown): value is ComponentType =>
    typeof value === 'function' ||
    (typeof value === 'object' && value !== null && '$$typeof' in value);
  const elements: Element[] = [];
  for (const [name, value] of Object.entries(antd)) {
    if (name === 'ConfigProvider' || (typeof value !== 'object' && typeof value !== 'function'))
      continue;
    if (/^[A-Z]/.test(name) && isComponent(value)) elements.push(createElement(value));
    for (const [member, inner] of Object.entries(value as object)) {
      if (!isComponent(inner)) continue;
      if (member === '_InternalPanelDoNotUseOrYouWillBeFired') {
        elements.push(createElement(inner));
        if (name === 'Modal') elements.push(createElement(inner, { type: 'confirm' }));
      } else if (/^[A-Z]/.test(member) && /^[A-Z]/.test(name)) {
        elements.push(createElement(inner));
      }
    }
  }
  // Some need something to wrap (Dropdown, Popconfirm).
  const span = createElement('span');
  return [
    ...elements.flatMap((element) => [
      element,
      createElement(element.type, { ...element.props, menu: { items: [] } }, span),
    ]),
    // Parts drawn only for some props or themes.
    createElement(antd.Tag, { color: 'blue' }),
    createElement(antd.Tag, { color: 'success' }),
    createElement(
      antd.ConfigProvider,
      { theme: { token: { wireframe: true } } },
      createElement(antd.Pagination),
    ),
  ];
}

/** The CSS of each style hook, by its name, each in the `antd` layer. */
export function renderAntdStyles(): Map<string, string> {
  const require = createRequire(createRequire(import.meta.url).resolve('antd/package.json'));
  const React = require('react') as typeof ReactModule;
  const { renderToString } = require('react-dom/server') as typeof ReactDomServer;
  const antd = require('antd') as Record<string, unknown> & typeof Antd;
  const cssinjs = require('@ant-design/cssinjs') as typeof CssInJs;
  const cache = cssinjs.createCache();
  const createElement = React.createElement as unknown as Parameters<typeof elementsOf>[1];
  const silent = console.error;
  console.error = () => {}; // a component rendered without its props complains; it is not shown
  try {
    for (const element of elementsOf(antd, createElement)) {
      try {
        renderToString(
          createElement(
            cssinjs.StyleProvider,
            { cache, mock: 'server' },
            // Unhashed class names: the rules hold for any theme, as they read its variables.
            createElement(antd.ConfigProvider, { theme: { hashed: false } }, element),
          ),
        );
      } catch {
        // Needs props it was not given; its hooks ran with another element of this list.
      }
    }
  } finally {
    console.error = silent;
  }
  // cssinjs keeps each hook's rules under the hook's path; extract them a hook at a time.
  const internal = cache as unknown as {
    cache: Map<string, unknown>;
    updateTimes: Map<string, number>;
  };
  const byName = new Map<string, Map<string, unknown>>();
  for (const [key, entry] of internal.cache) {
    const name = STYLE_KEY.exec(key)?.[1];
    if (!name || name === 'ant-design-icons') continue; // the icons' reset is written at run time
    if (!byName.has(name)) byName.set(name, new Map());
    byName.get(name)!.set(key, entry);
  }
  return new Map(
    [...byName].map(([name, entries]) => {
      const part = { cache: entries, updateTimes: internal.updateTimes, extracted: new Set() };
      const css = cssinjs
        .extractStyle(part as unknown as typeof cache, { plain: true, types: 'style' })
        .replace(/\.data-ant-cssinjs-cache-path\{[^}]*\}$/, '');
      return [name, `@layer antd{${css}}`];
    }),
  );
}

export function antdStaticStyles(): Plugin {
  let styles: Map<string, string> | undefined;
  const stylesOf = () => (styles ??= renderAntdStyles());
  /** Style modules whose hooks have no rules, should a chunk carry one. */
  const unstyled = new Map<string, string[]>();
  return {
    name: 'antd-static-styles',
    enforce: 'pre',
    resolveId(id) {
      if (id.startsWith(VIRTUAL)) return RESOLVED + id.slice(VIRTUAL.length);
    },
    load(id) {
      if (id.startsWith(RESOLVED)) return stylesOf().get(id.slice(RESOLVED.length, -4));
    },
    transform(code, id) {
      if (!ANTD_MODULE.test(id)) return;
      const names = SHARED_MODULE.test(id)
        ? ['Shared']
        : [...new Set([...code.matchAll(STYLE_HOOK)].map((m) => hookName(m[1])))];
      if (names.length === 0) return;
      const found = names.filter((name) => stylesOf().has(name));
      if (found.length < names.length)
        unstyled.set(
          id,
          names.filter((name) => !found.includes(name)),
        );
      // The functions that write the rules never run now: each hook gets one writing none, so
      // they and their helpers are left out of the bundle. Its tokens' defaults stay.
      let stripped = code;
      for (const [start, end] of styleFunctions(this.parse(code)).reverse())
        stripped = `${stripped.slice(0, start)}() => []${stripped.slice(end)}`;
      return {
        code: stripped + found.map((name) => `\nimport '${VIRTUAL}${name}.css';`).join(''),
        map: null,
      };
    },
    generateBundle(_, bundle) {
      const missing = Object.values(bundle)
        .flatMap((chunk) => (chunk.type === 'chunk' ? Object.entries(chunk.modules) : []))
        .flatMap(([id, module]) => (module.renderedLength > 0 ? (unstyled.get(id) ?? []) : []));
      if (missing.length > 0)
        this.error(`Ant Design styles not rendered at build time: ${missing.join(', ')}`);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(_, { server }) {
        if (!server) return;
        return [{ tag: 'style', children: [...stylesOf().values()].join(''), injectTo: 'head' }];
      },
    },
  };
}
