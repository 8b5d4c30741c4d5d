import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A layer imports only the layers listed for it, so an upward
 * import fails lint. Every file of src/ must belong to one layer: a file belongs to the first
 * pattern it matches, in the order of this list.
 */
const LAYERS = [
  { type: 'core', pattern: 'src/{errors,excerpt,logger,config,project-root,text-rules}.ts', mayImport: [] },
  // The sink the database client reports each query to, like the logger; metrics and tracing read it.
  { type: 'query-observers', pattern: 'src/observability/graph-queries.ts', mayImport: [] },
  // Ids encode a node's label and key: part of the model.
  { type: 'model', pattern: 'src/{model/**,ids.ts}', mayImport: ['core'] },
  { type: 'neo4j', pattern: 'src/neo4j/**', mayImport: ['core', 'query-observers', 'model'] },
  { type: 'auth', pattern: 'src/auth/**', mayImport: ['core', 'model', 'neo4j'] },
  { type: 'read', pattern: 'src/read/**', mayImport: ['core', 'model', 'neo4j'] },
  // Repositories sit below the use cases of src/write (curation, seed, ingest) that call them.
  { type: 'write-repository', pattern: 'src/write/**/*-repository.ts', mayImport: ['core', 'model', 'neo4j', 'read', 'auth'] },
  { type: 'write', pattern: 'src/write/**', mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository'] },
  { type: 'synthetic', pattern: 'src/synthetic/**', mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write'] },
  // The draft tool (issue 19): text in, a draft seed directory out; it reads the seed format and never the database.
  { type: 'draft', pattern: 'src/draft/**', mayImport: ['core', 'model', 'write'] },
  { type: 'backup', pattern: 'src/backup/**', mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write'] },
  // The WebSocket server is transport, beside src/http; the feeds it serves sit below the resolvers.
  {
    type: 'subscriptions',
    pattern: 'src/subscriptions/!(websocket-server).ts',
    mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write'],
  },
  {
    type: 'graphql',
    pattern: 'src/graphql/**',
    mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write', 'synthetic', 'backup', 'subscriptions'],
  },
  {
    type: 'limits',
    pattern: 'src/limits/**',
    mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write', 'subscriptions', 'graphql'],
  },
  {
    type: 'http',
    pattern: 'src/{http/**,format-error.ts,subscriptions/websocket-server.ts}',
    mayImport: ['core', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write', 'subscriptions', 'graphql', 'limits'],
  },
  // Metrics read the readiness check (http) and the cost of a request (limits).
  {
    type: 'observability',
    pattern: 'src/observability/**',
    mayImport: ['core', 'query-observers', 'model', 'neo4j', 'read', 'auth', 'write-repository', 'write', 'subscriptions', 'graphql', 'limits', 'http'],
  },
  {
    type: 'server',
    pattern: 'src/server.ts',
    mayImport: [
      'core',
      'query-observers',
      'model',
      'neo4j',
      'read',
      'auth',
      'write-repository',
      'write',
      'synthetic',
      'backup',
      'subscriptions',
      'graphql',
      'limits',
      'http',
      'observability',
    ],
  },
  {
    type: 'entry',
    pattern: 'src/{main.ts,cli/**}',
    mayImport: [
      'core',
      'query-observers',
      'model',
      'neo4j',
      'read',
      'auth',
      'write-repository',
      'write',
      'synthetic',
      'backup',
      'subscriptions',
      'graphql',
      'limits',
      'http',
      'observability',
      'server',
      'draft',
    ],
  },
];

/** Outside src/: what src/ must never import (seed/ is data, tests and benchmarks sit on top of src/). */
const OUTSIDE = [
  { type: 'seed-data', pattern: 'seed/**' },
  { type: 'test', pattern: 'test/**' },
  { type: 'bench', pattern: 'bench/**' },
  { type: 'ide', pattern: 'ide/**' },
  { type: 'scripts', pattern: 'scripts/**' },
];

const layerTypes = LAYERS.map((layer) => layer.type);

const importBoundaries = {
  files: ['src/**/*.ts'],
  ignores: ['src/graphql/generated/**'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    // The first pattern a file matches gives its layer (a repository of src/write is not a use case).
    'boundaries/files': [...LAYERS, ...OUTSIDE].map(({ type, pattern }) => ({ category: type, pattern, stopMatching: true })),
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkAllOrigins: true,
        checkUnknownLocals: true,
        policies: [
          ...LAYERS.map(({ type, mayImport }) => ({
            from: { file: { categories: type } },
            allow: { to: { file: { categories: { anyOf: [type, ...mayImport] } } } },
          })),
          // Packages: any, but only src/neo4j talks to the driver.
          { from: { file: { categories: { anyOf: layerTypes } } }, allow: { to: { module: { origin: ['external', 'core'] } } } },
          {
            from: { file: { categories: { anyOf: layerTypes.filter((type) => type !== 'neo4j') } } },
            disallow: { to: { module: { origin: 'external', source: 'neo4j-driver' } } },
            message: 'only src/neo4j imports neo4j-driver (its client maps driver types and errors for everyone else)',
          },
        ],
      },
    ],
    'boundaries/no-unknown-files': 'error',
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'embedded-neo4j/', 'src/graphql/generated/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Apollo's plugin hooks are async by contract (they return a Promise); most of ours need no await.
      '@typescript-eslint/require-await': 'off',
      // Flags destructured callbacks declared as method signatures (onOpen(...), React hooks' actions),
      // which this code calls as plain functions; none of them uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Flags String(value) on `unknown` (error codes, driver values), where stringifying is the point.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests and benchmarks read JSON bodies (any) and assert on them; the IDE talks to untyped DOM/cytoscape APIs.
    files: ['test/**', 'bench/**', 'ide/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  importBoundaries,
);
