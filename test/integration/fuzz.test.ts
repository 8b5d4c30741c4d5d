import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { applyMigrations } from '../../src/neo4j/migrations';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';

jest.setTimeout(300_000);

const driver = getTestDriver();
const schema = buildSchema(loadTypeDefs().join('\n'));

const STACK_TRACE = /\n\s+at .+:\d+:\d+|\bat (?:async )?\S+ \(\/|node_modules|\.ts:\d+:\d+|"stacktrace"/;
const DRIVER_TEXT = /Neo\.(?:Client|Transient|Database)Error|neo4j|cypher|bolt:\/\//i;
/** graphql-js's schema hints ("Did you mean "health"?"); the lexer's "did you mean to use a double quote" reveals nothing. */
const SUGGESTION = /Did you mean/;

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Received {
  status: number;
  text: string;
}

async function send(api: TestServer, request: Sent): Promise<Received> {
  const response = await fetch(`${api.origin}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  return { status: response.status, text: await response.text() };
}

/** The properties every response must have, whatever was sent. */
function expectSafe(request: Sent, response: Received): void {
  const context = `${request.method} ${request.path} ${JSON.stringify(request.headers)} ${request.body?.slice(0, 300)}\n-> ${response.status} ${response.text.slice(0, 500)}`;
  if (response.status >= 500) throw new Error(`5xx: ${context}`);
  if (STACK_TRACE.test(response.text)) throw new Error(`stack trace: ${context}`);
  if (DRIVER_TEXT.test(response.text)) throw new Error(`driver text: ${context}`);
  if (SUGGESTION.test(response.text)) throw new Error(`suggestion: ${context}`);
}

// --- arbitraries --------------------------------------------------------------------------

const fieldNames = [...new Set(Object.values(schema.getTypeMap()).flatMap((type) => (isObjectType(type) ? Object.keys(type.getFields()) : [])))];
const graphqlToken = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ':',
    '$n',
    '...',
    '@include(if: true)',
    '@skip',
    'query',
    'mutation',
    'subscription',
    'fragment F on Query',
    'on',
    '=',
    '!',
    ',',
    '|',
    '&',
  ),
  fc.constantFrom(...fieldNames, '__typename', '__schema', '__type', 'first', 'after', 'code', 'id', 'node', 'edges'),
  fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
  fc.oneof(fc.integer(), fc.double({ noNaN: true }).map(String), fc.constant('1e309'), fc.constant('-0'), fc.constant('99999999999999999999')).map(String),
  fc.string({ maxLength: 6 }),
);
const queryText = fc.array(graphqlToken, { maxLength: 40 }).map((tokens) => tokens.join(' '));

const jsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(0, -1, 101, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1.5, 1e308),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'GB', 'gb', 'XX', 'land', 'null', '<script>', "'; DROP", 'b2Zmc2V0OjA', 'b2Zmc2V0Oi0x', 'b2Zmc2V0OjEwMDAwMDAwMDAw', '\u0000', '\ud800'),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** A root field called with each of its arguments bound to a variable of the declared type. */
const rootCalls = Object.values(schema.getQueryType()!.getFields()).map((field) => {
  const args = field.args;
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  return { field, query: `query Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${call}${selectionFor(field)} }` };
});

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type) && !('getFields' in type)) return '';
  const fields = (type as GraphQLObjectType).getFields();
  if (fields.totalCount && fields.edges) return ' { __typename totalCount edges { cursor node { __typename } } pageInfo { hasNextPage endCursor } }';
  return ' { __typename }';
}

const variablesFor = (args: readonly GraphQLArgument[]) => fc.record(Object.fromEntries(args.map((arg) => [arg.name, jsonValue])), { requiredKeys: [] });

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  '',
);

describe('bad input (fast-check, real HTTP, EXPOSE_SCHEMA=false)', () => {
  let api: TestServer;
  beforeAll(async () => {
    await clearDatabase(driver);
    await applyMigrations(driver);
    await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
    api = await startTestServer({ driver, env: { EXPOSE_SCHEMA: 'false', LOG_LEVEL: 'silent' } });
  });
  afterAll(() => api.stop());

  it('malformed bodies under any content type: never a 5xx, a stack trace, driver text or a suggestion', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc
        .record(
          {
            query: fc.jsonValue({ maxDepth: 2 }),
            variables: fc.jsonValue({ maxDepth: 2 }),
            operationName: fc.jsonValue({ maxDepth: 1 }),
            extensions: fc.jsonValue({ maxDepth: 2 }),
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
      fc.constantFrom(
        '',
        '{',
        '[]',
        '[{}]',
        'null',
        '"query"',
        '{"query":null}',
        '{"query":"{ health }","variables":"x"}',
        '{"__proto__":{"query":"{ health }"}}',
        '{"query":"{ health }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        contentType,
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
        fc.constantFrom('/graphql', '/graphql/', '/', '/readyz', '/%E0%A4%A', '/graphql?query=%7B'),
        async (text, type, method, path) => {
          const request: Sent = { method, path, headers: type ? { 'content-type': type } : {}, body: text };
          expectSafe(request, await send(api, request));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('random GraphQL-ish documents, by POST and by GET: never a 5xx, a stack trace, driver text or a suggestion', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, fc.option(fc.jsonValue({ maxDepth: 2 })), fc.boolean(), async (query, variables, byGet) => {
        const request: Sent = byGet
          ? {
              method: 'GET',
              path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
              headers: { 'apollo-require-preflight': 'true' },
            }
          : { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
        expectSafe(request, await send(api, request));
      }),
      { numRuns: 400 },
    );
  });

  it('every root field with wrong, extreme and hostile variables: never a 5xx, a stack trace, driver text or a suggestion', async () => {
    const call = fc.constantFrom(...rootCalls).chain(({ field, query }) => variablesFor(field.args).map((variables) => ({ query, variables })));
    await fc.assert(
      fc.asyncProperty(call, async (body) => {
        const request: Sent = { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
        expectSafe(request, await send(api, request));
      }),
      { numRuns: 400 },
    );
  });
});

// --- Cypher injection -----------------------------------------------------------------------

const INJECTIONS = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  "x'}) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "'}) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  "\\' CREATE (:Pwned {by: 'injection'}) //",
  '*:* OR text:*',
  '") CALL db.labels() YIELD label RETURN label //',
  "' CALL { MATCH (n) SET n.pwned = true } //",
  '$param} SET n.key = "pwned" //',
  "\u0000'; MATCH (n) DELETE n",
];

interface StringArgumentSite {
  label: string;
  query: string;
  variableType: string;
}

/** Dummy values that let a query reach the field under test. */
function literalFor(type: GraphQLInputType): string | undefined {
  if (isNonNullType(type)) return literalFor(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${required.map((field) => `${field.name}: ${literalFor(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return { Int: '1', Float: '1', Boolean: 'true', String: '"x"', ID: '"x"' }[type.name] ?? '"x"';
  return undefined;
}

function argumentsWith(field: GraphQLField<unknown, unknown>, bound?: { name: string; value: string }): string {
  const parts = field.args.flatMap((arg) => {
    if (bound?.name === arg.name) return [`${arg.name}: ${bound.value}`];
    if (arg.name === 'first') return [`${arg.name}: 2`];
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) return [`${arg.name}: ${literalFor(arg.type)}`];
    return [];
  });
  return parts.length ? `(${parts.join(', ')})` : '';
}

function leafSelection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  return isObjectType(type) || ('getFields' in type && !isInputObjectType(type)) ? ' { __typename }' : '';
}

/** Every String/ID argument (and String/ID field of an input argument) reachable from Query, with a query that binds it to `$inj`. */
function stringArgumentSites(): StringArgumentSite[] {
  const sites: StringArgumentSite[] = [];
  const seen = new Set<string>();
  const queue: { type: GraphQLObjectType; open: string; close: string }[] = [{ type: schema.getQueryType()!, open: '', close: '' }];
  const visited = new Set<string>();
  while (queue.length) {
    const { type, open, close } = queue.shift()!;
    if (visited.has(type.name)) continue;
    visited.add(type.name);
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        const targets: { label: string; value: string; variableType: string }[] = [];
        if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) {
          targets.push({ label: `${type.name}.${field.name}(${arg.name})`, value: '$inj', variableType: `${named.name}!` });
        } else if (isInputObjectType(named)) {
          for (const inner of Object.values(named.getFields())) {
            const innerNamed = getNamedType(inner.type);
            if (isScalarType(innerNamed) && (innerNamed.name === 'String' || innerNamed.name === 'ID')) {
              const others = Object.values(named.getFields()).filter((other) => other !== inner && isNonNullType(other.type));
              const fields = [`${inner.name}: $inj`, ...others.map((other) => `${other.name}: ${literalFor(other.type)}`)];
              targets.push({
                label: `${type.name}.${field.name}(${arg.name}.${inner.name})`,
                value: `{ ${fields.join(', ')} }`,
                variableType: `${innerNamed.name}!`,
              });
            }
          }
        }
        for (const target of targets) {
          if (seen.has(target.label)) continue;
          seen.add(target.label);
          const selection = `${field.name}${argumentsWith(field, { name: arg.name, value: target.value })}${leafSelection(field)}`;
          sites.push({
            label: target.label,
            variableType: target.variableType,
            query: `query Injection($inj: ${target.variableType}) { ${open}${selection}${close} }`,
          });
        }
      }
      const next = getNamedType(field.type);
      if (isObjectType(next) && !next.name.startsWith('__')) {
        const hop = `${field.name}${argumentsWith(field)} { `;
        if (next.name.endsWith('Connection') && 'edges' in next.getFields()) {
          const node = getNamedType(next.getFields().edges!.type);
          const nodeType = isObjectType(node) ? getNamedType(node.getFields().node!.type) : undefined;
          if (nodeType && isObjectType(nodeType)) queue.push({ type: nodeType, open: `${open}${hop}edges { node { `, close: ` } }${' }'}${close}` });
        } else {
          queue.push({ type: next, open: `${open}${hop}`, close: ` }${close}` });
        }
      }
    }
  }
  return sites;
}

async function graphFingerprint(target: Driver): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await target.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
  const relationships = await target.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS properties, properties(a).key AS from, properties(b).key AS to',
  );
  const lines = [
    ...nodes.records.map((record) => `N ${JSON.stringify(record.get('labels'))} ${stableJson(record.get('properties'))}`),
    ...relationships.records.map((record) => `R ${record.get('type')} ${record.get('from')} ${record.get('to')} ${stableJson(record.get('properties'))}`),
  ].sort();
  return { nodes: nodes.records.length, relationships: relationships.records.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}

describe('Cypher injection through every string argument', () => {
  let api: TestServer;
  beforeAll(async () => {
    await clearDatabase(driver);
    await applyMigrations(driver);
    await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
    api = await startTestServer({ driver, env: { EXPOSE_SCHEMA: 'false', LOG_LEVEL: 'silent' } });
  });
  afterAll(() => api.stop());

  it('finds the string arguments of the schema', () => {
    const labels = stringArgumentSites().map((site) => site.label);
    expect(labels).toEqual(expect.arrayContaining(['Query.country(code)', 'Query.countries(after)']));
    expect(labels.length).toBeGreaterThan(10);
  });

  it('leaves the graph exactly as it was, and answers every attempt safely', async () => {
    const before = await graphFingerprint(driver);
    expect(before.nodes).toBeGreaterThan(100);
    const sites = stringArgumentSites();
    const internalErrors: string[] = [];
    const hostile = fc.oneof(
      fc.constantFrom(...INJECTIONS),
      fc.tuple(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 10 }), fc.constantFrom(...INJECTIONS)).map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sites), hostile, async (site, injection) => {
        const request: Sent = {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: site.query, variables: { inj: injection } }),
        };
        const response = await send(api, request);
        expectSafe(request, response);
        if (response.text.includes('"INTERNAL_SERVER_ERROR"')) internalErrors.push(`${site.label} <- ${JSON.stringify(injection)}`);
        if (response.text.includes('GRAPHQL_VALIDATION_FAILED')) throw new Error(`the probe for ${site.label} is not a valid query: ${response.text}`);
      }),
      { numRuns: Math.max(400, sites.length * INJECTIONS.length) },
    );
    // Every site with every fixed injection string, not only the sampled ones.
    for (const site of sites) {
      for (const injection of INJECTIONS) {
        const request: Sent = {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: site.query, variables: { inj: injection } }),
        };
        const response = await send(api, request);
        expectSafe(request, response);
        if (response.text.includes('"INTERNAL_SERVER_ERROR"')) internalErrors.push(`${site.label} <- ${JSON.stringify(injection)}`);
      }
    }
    expect(await graphFingerprint(driver)).toEqual(before);
    expect([...new Set(internalErrors)]).toEqual([]);
  });
});
