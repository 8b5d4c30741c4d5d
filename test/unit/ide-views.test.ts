import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { curlSnippet, fetchSnippet, typedClientSnippet } from '../../ide/src/code-export';
import { flattenRows, toCsv } from '../../ide/src/csv';
import { findEvidence, segmentSource } from '../../ide/src/evidence';
import { operationNameFor } from '../../ide/src/operation-name';
import { withIdentities } from '../../ide/src/identify';
import { nodeQuery } from '../../ide/src/node-query';
import { resultGraph } from '../../ide/src/result-graph';
import { resultTypes } from '../../ide/src/result-types';
import { readShareHash, shareHash } from '../../ide/src/share';
import { loadIdeTabs, OPERATIONS_DIR } from '../../src/http/ide-tabs';
import { loadTypeDefs } from '../../src/graphql/type-defs';

const schema = buildSchema(loadTypeDefs().join('\n'));

describe('the graph view reads any result', () => {
  it('makes a node of every object with an id, and an edge named by the field above it, through connections', () => {
    const data = {
      country: {
        id: 'c1',
        __typename: 'Country',
        name: 'United Kingdom',
        pledges: {
          totalCount: 1,
          edges: [{ node: { id: 'p1', __typename: 'Commitment', key: 'k', evidence: { edges: [{ node: { id: 'e1', quote: 'words' } }] } } }],
        },
      },
      again: { id: 'c1', name: 'United Kingdom' },
    };
    const graph = resultGraph(data);
    expect(graph.nodes).toEqual([
      { id: 'c1', type: 'Country', label: 'United Kingdom' },
      { id: 'p1', type: 'Commitment', label: 'k' },
      { id: 'e1', type: 'Node', label: 'words' },
    ]);
    expect(graph.edges.map(({ source, field, target }) => `${source} -${field}-> ${target}`)).toEqual(['c1 -pledges-> p1', 'p1 -evidence-> e1']);
  });

  it('falls back to type and key where no id was selected, the type read from the schema', () => {
    const query = 'query Q { country(code: "GB") { key name pledges { edges { node { key pledgers { edges { node { __typename key name } } } } } } } }';
    const data = {
      country: {
        key: 'GB',
        name: 'United Kingdom',
        pledges: { edges: [{ node: { key: 'gb-fr', pledgers: { edges: [{ node: { __typename: 'Country', key: 'FR', name: 'France' } }] } } }] },
      },
    };
    const types = resultTypes(schema, query, data);
    const graph = resultGraph(data, (object) => types.get(object));
    expect(graph.nodes.map((node) => `${node.type}:${node.label}`)).toEqual(['Country:United Kingdom', 'Commitment:gb-fr', 'Country:France']);
    expect(graph.edges.map((edge) => edge.field)).toEqual(['pledges', 'pledgers']);
  });

  it('stays linear at a few thousand objects', () => {
    const data = { items: Array.from({ length: 5_000 }, (_, i) => ({ id: `n${i}`, child: { id: `m${i % 100}` } })) };
    const graph = resultGraph(data);
    expect(graph.nodes).toHaveLength(5_100);
    expect(graph.edges).toHaveLength(5_000);
  });
});

describe('the IDE asks for identities', () => {
  it('adds id where the type has one and __typename on abstract types, and the result stays valid against the schema', () => {
    const query =
      'query Q { country(code: "GB") { name pledges { edges { node { key pledgers { edges { node { name } } } } } } } search(query: "x") { edges { node { node { __typename } } } } }';
    const augmented = withIdentities(query, schema);
    const selected = (name: string) => augmented.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
    expect(selected('id')).toBe(4); // country, commitment, pledgers (an interface or union with id), the search hit via ... on Node
    expect(augmented).toContain('... on Node');

    expect(validate(schema, parse(augmented))).toEqual([]);
  });

  it('leaves a selection that already answers to id or __typename alone', () => {
    const query = 'query Q { node(id: "x") { __typename id } }';
    expect(withIdentities(query, schema).replace(/\s+/g, ' ')).toBe('query Q { node(id: "x") { __typename id } }');
  });

  it("opens a node's own query with the scalar fields of its type", () => {
    const query = nodeQuery(schema, 'Country');
    expect(query).toContain('query CountryById($id: ID!)');
    expect(query).toMatch(/\.\.\. on Country \{[^}]*\bcode\b[^}]*\bname\b/);

    expect(validate(schema, parse(query))).toEqual([]);
  });
});

describe('the evidence view', () => {
  it('finds evidence wherever it sits, under edges.node or not, each span once', () => {
    const data = {
      a: { evidence: [{ id: 'e1', quote: 'ab', start: 0, end: 2, source: { id: 's1', key: 'src' } }] },
      b: { evidence: { edges: [{ node: { id: 'e1', quote: 'ab', start: 0, end: 2 } }, { node: { quote: 'cd', start: 5, end: 7 } }] } },
    };
    expect(findEvidence(data)).toEqual([
      { id: 'e1', quote: 'ab', start: 0, end: 2, sourceId: 's1', sourceKey: 'src' },
      { quote: 'cd', start: 5, end: 7 },
    ]);
  });

  it('highlights exactly the quoted characters, marks the other spans and leaves the rest plain', () => {
    const text = 'Paris — Allies agreed Tuesday. “A step,” he said.';
    const quoted = { start: text.indexOf('Allies'), end: text.indexOf('Tuesday') + 'Tuesday'.length };
    const others = [
      { start: text.indexOf('“'), end: text.indexOf('”') + 1 },
      { start: quoted.start, end: quoted.start + 6 },
    ];
    const segments = segmentSource(text, quoted, others);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.kind === 'quoted').map((segment) => segment.text)).toEqual(['Allies agreed Tuesday']);
    expect(segments.filter((segment) => segment.kind === 'other').map((segment) => segment.text)).toEqual(['“A step,”']);
  });
});

describe('export and share', () => {
  it('flattens connections to rows, repeating the parent on each, and writes RFC 4180 CSV', () => {
    const data = {
      domains: {
        edges: [
          { node: { name: 'land', commitments: { edges: [{ node: { key: 'a, "b"' } }, { node: { key: 'c' } }] } } },
          { node: { name: 'sea', commitments: { edges: [] } } },
        ],
      },
    };
    expect(flattenRows(data)).toEqual([
      { 'domains.name': 'land', 'domains.commitments.key': 'a, "b"' },
      { 'domains.name': 'land', 'domains.commitments.key': 'c' },
      { 'domains.name': 'sea' },
    ]);
    expect(toCsv(data)).toBe('domains.name,domains.commitments.key\r\nland,"a, ""b"""\r\nland,c\r\nsea,\r\n');
    // A field that happens to be called `node` (the root `node(id:)`) keeps its name.
    expect(flattenRows({ node: { id: 'x', evidence: [{ quote: 'q1' }, { quote: 'q2' }] } })).toEqual([
      { 'node.id': 'x', 'node.evidence.quote': 'q1' },
      { 'node.id': 'x', 'node.evidence.quote': 'q2' },
    ]);
  });

  it('round-trips an operation and its variables through a shareable fragment', () => {
    const shared = { query: 'query Q($code: String!) { country(code: $code) { name } }', variables: '{ "code": "GB & FR #1" }' };
    expect(readShareHash(shareHash(shared))).toEqual(shared);
    expect(readShareHash('')).toBeUndefined();
  });

  it('exports the request as cURL, fetch and a typed-client call', () => {
    const request = {
      url: 'http://127.0.0.1:4000/graphql',
      query: 'query Q { x(s: "it\'s") }',
      operationName: 'Q',
      variables: { a: 1 },
      headers: { authorization: 'Bearer k' },
    };
    const curl = curlSnippet(request);
    expect(curl).toContain(`-H 'authorization: Bearer k'`);
    // What the shell hands curl is the JSON body, intact.
    const body = /--data-raw '(.*)'$/s.exec(curl)![1]!.replace(/'\\''/g, "'");
    expect(JSON.parse(body)).toEqual({ query: request.query, operationName: 'Q', variables: { a: 1 } });
    expect(fetchSnippet(request)).toContain('"authorization": "Bearer k"');
    expect(typedClientSnippet(request)).toContain("import { QDocument } from './src/graphql/generated/client/graphql'");
  });
});

describe('the preloaded tabs', () => {
  it('open with the flagship question and carry every required variable', () => {
    const tabs = loadIdeTabs();
    expect(tabs.length).toBe(fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql')).length);
    expect(tabs[0]?.query).toMatch(/query WhichNationsLeadWhichDomain\b/);
    for (const tab of tabs) {
      const operation = parse(tab.query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const variables = tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};
      const missing = (operation.variableDefinitions ?? [])
        .filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)
        .map((definition) => definition.variable.name.value)
        .filter((name) => variables[name] === undefined);
      expect({ operation: operation.name?.value, missing }).toEqual({ operation: operation.name?.value, missing: [] });
    }
  });

  it('reads a NAME.variables.json beside its operation', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-tabs-'));
    fs.writeFileSync(path.join(dir, 'b.graphql'), 'query B { health }');
    fs.writeFileSync(path.join(dir, 'a.graphql'), 'query A($id: ID!) { node(id: $id) { id } }');
    fs.writeFileSync(path.join(dir, 'a.variables.json'), '{ "id": "x" }\n');
    expect(loadIdeTabs(dir)).toEqual([
      { query: 'query A($id: ID!) { node(id: $id) { id } }\n', variables: '{ "id": "x" }' },
      { query: 'query B { health }\n' },
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('running a tab', () => {
  it("runs a one-operation document even when GraphiQL still holds the previous tab's operation name", () => {
    expect(operationNameFor('query B { health }', 'A')).toBe('B');
    expect(operationNameFor('query A { health } query B { health }', 'B')).toBe('B');
    expect(operationNameFor('query A { health } query B { health }', 'C')).toBe('C');
    expect(operationNameFor('{ health }', undefined)).toBeUndefined();
    expect(operationNameFor('not graphql', 'A')).toBe('A');
  });
});
