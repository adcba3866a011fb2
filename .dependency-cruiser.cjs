/**
 * The server's layers (docs/architecture.md): lib ← kernel ← modules ← api ← entry points.
 * `pnpm lint` runs this check; an import cycle or an import against the layers fails it.
 */
const SRC = '^apps/server/src/';

/**
 * The domain modules, each after the ones it may use: a module imports only modules listed
 * before it, so modules never form a cycle.
 */
const MODULES = [
  'auth',
  'branch',
  'user',
  'api-token',
  'audit',
  'member',
  'activity',
  'volunteer',
  'association',
  'funding',
  'party-org',
  'visit',
  'campaign',
  'centre',
  'signup',
  'excel',
  'education',
  'report',
];

/**
 * Entities are one declaration of the data model: a foreign key is a relation on both tables'
 * entities, so entity files may name each other (and only each other) across the order.
 */
const ENTITY = '\\.entity\\.ts$';

const moduleOrder = MODULES.map((name, index) => ({
  name: `module-order-${name}`,
  comment: `modules/${name} may use only the modules listed before it in MODULES`,
  severity: 'error',
  from: { path: `${SRC}modules/${name}/`, pathNot: `\\.spec\\.ts$|${ENTITY}` },
  to: {
    path: `${SRC}modules/(${MODULES.slice(index + 1).join('|') || '$^'})/`,
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: split the shared part out, or turn one import around.',
      severity: 'error',
      from: { pathNot: ENTITY },
      to: { circular: true },
    },
    {
      name: 'lib-imports-nothing-of-the-app',
      comment: 'lib/ holds plain helpers: it imports only other helpers of lib/.',
      severity: 'error',
      from: { path: `${SRC}lib/`, pathNot: '\\.spec\\.ts$' },
      to: { path: SRC, pathNot: `${SRC}lib/` },
    },
    {
      name: 'kernel-imports-only-kernel-and-lib',
      comment: 'The kernel knows no module, no api and no entry point.',
      severity: 'error',
      from: { path: `${SRC}kernel/`, pathNot: '\\.spec\\.ts$' },
      to: { path: SRC, pathNot: `${SRC}(kernel|lib)/` },
    },
    {
      name: 'modules-do-not-import-api-or-entry-points',
      comment:
        'A module uses the kernel, lib and the modules before it; api/ wires modules, not the reverse.',
      severity: 'error',
      from: { path: `${SRC}modules/`, pathNot: '\\.spec\\.ts$' },
      to: { path: SRC, pathNot: `${SRC}(kernel|lib|modules)/` },
    },
    {
      name: 'api-does-not-import-entry-points',
      comment:
        'api/ assembles modules; main, db/, jobs/, ops/, bench/ and test/ use api/, not the reverse.',
      severity: 'error',
      from: { path: `${SRC}api/`, pathNot: '\\.spec\\.ts$' },
      to: { path: SRC, pathNot: `${SRC}(kernel|lib|modules|api)/` },
    },
    {
      name: 'entities-name-only-entities',
      comment: 'An entity declares a table: it names other entities and the kernel, nothing else.',
      severity: 'error',
      from: { path: ENTITY },
      to: { path: SRC, pathNot: `${ENTITY}|${SRC}(kernel|lib)/` },
    },
    ...moduleOrder,
  ],
  options: {
    includeOnly: SRC,
    exclude: { path: ['/dist/', 'node_modules'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'apps/server/tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
