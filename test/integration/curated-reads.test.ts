import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, OperationTypeNode, parse, validate, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { PROJECT_ROOT } from '../../src/project-root';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { CURATION_MUTATIONS, CURATION_STEPS, STAGE_CHANGE_QUOTE, STAGED_COMMITMENT, curateGraph } from '../support/curated-graph';
import { CURATION_SOURCE_KEY, CURATION_SOURCE_TEXT, idOf } from '../support/curation';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';
import { OPERATIONS_DIR } from '../support/operations';
import { sweepSchema, type SweepResult } from '../support/schema-sweep';

jest.setTimeout(300_000);

const driver = getTestDriver();
let api: TestServer;
let admin: string;

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver, env: { LOG_LEVEL: 'warn' } });
  const [curator, adminKey] = await Promise.all([createTestApiKey('curator'), createTestApiKey('admin')]);
  admin = adminKey;
  await curateGraph(api.url, curator);
});
afterAll(() => api.stop());

const STAGE_WORDS = 'parliament ratified';
/** Ids the operations' required `ID!` variables are tried with: what curation wrote, and what it touched. */
const CURATED_IDS = [
  idOf('Commitment', STAGED_COMMITMENT),
  idOf('Commitment', 'curated-ca-deminer-training'),
  idOf('DomainLeadership', 'land-leadership'),
  idOf('Country', 'CA'),
  idOf('Source', 'test-fixture-curation-ratified'),
];
const VALUES_BY_TYPE: Record<string, readonly unknown[]> = { ID: CURATED_IDS, String: [STAGE_WORDS] };

const namedType = (type: TypeNode): string => (type.kind === 'NamedType' ? type.name.value : namedType(type.type));

/** One set of variables per combination of values for the operation's required variables without a default. */
function variableSets(operation: OperationDefinitionNode): Record<string, unknown>[] {
  let sets: Record<string, unknown>[] = [{}];
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== 'NonNullType' || definition.defaultValue) continue;
    const values = VALUES_BY_TYPE[namedType(definition.type)];
    if (!values) throw new Error(`no test value for $${definition.variable.name.value}: ${namedType(definition.type)}`);
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [definition.variable.name.value]: value })));
  }
  return sets;
}

describe('reads on a graph every curation mutation has written to', () => {
  it('was curated by all seven mutations', () => {
    expect(CURATION_MUTATIONS.sort()).toEqual(
      ['addCommitment', 'addStatement', 'amendCommitment', 'attachEvidence', 'discloseDomainLeads', 'ingestSource', 'recordCommitmentStage'].sort(),
    );
  });

  const files = fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));
  it('has example operations to run', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  const operationOf = (file: string) =>
    parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    );
  // Subscriptions run over WebSocket (test/integration/subscriptions.test.ts runs each of them); here they must at least fit the schema.
  const subscriptions = files.filter((file) => operationOf(file)?.operation === OperationTypeNode.SUBSCRIPTION);
  const overHttp = files.filter((file) => !subscriptions.includes(file));

  it.each(subscriptions)('has operations/%s valid against schema.graphql', (file) => {
    const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
    expect(validate(schema, parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')))).toEqual([]);
  });

  it.each(overHttp)('answers operations/%s without errors', async (file) => {
    const query = fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
    const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
    expect(operation).toBeDefined();
    for (const variables of variableSets(operation!)) {
      const response = await postGraphQL(api.url, { query, variables });
      expect({ variables, errors: response.json?.errors }).toEqual({ variables, errors: undefined });
      expect(response.status).toBe(200);
      expect(response.json?.data).not.toBeNull();
      expect(response.json?.data).toBeDefined();
    }
  });

  it("finds the stage change's evidence by search, and the facts it evidences", async () => {
    const response = await postGraphQL(api.url, {
      query: `query ($q: String!) { search(query: $q) { totalCount edges { node { matchedText node { __typename ... on Evidence { id quote } } } } } }`,
      variables: { q: STAGE_WORDS },
    });
    expect(response.json?.errors).toBeUndefined();
    const data = response.json?.data as { search: { edges: { node: { matchedText: string; node: { __typename: string; id?: string } } }[] } };
    const hits = data.search.edges.map((edge) => edge.node);
    expect(hits.some((hit) => hit.node.__typename === 'Evidence' && hit.matchedText.includes(STAGE_CHANGE_QUOTE))).toBe(true);
  });

  describe('a sweep of every field of every type reachable from Query', () => {
    let sweep: SweepResult;
    let commitmentCount: number;
    beforeAll(async () => {
      const count = await postGraphQL(api.url, { query: '{ commitments { totalCount } }' });
      commitmentCount = (count.json?.data as { commitments: { totalCount: number } }).commitments.totalCount;
      expect(commitmentCount).toBeGreaterThan(10);
      sweep = await sweepSchema({
        url: api.url,
        headers: { authorization: `Bearer ${admin}` },
        // Every list is a page since 0.2.0: pages of 3 let the sweep's ids spread past the first few facts of each type.
        pageSize: 3,
        maxTokens: Math.floor(api.config.limits.tokens * 0.75),
        rootArguments: {
          search: [{ query: STAGE_WORDS }, { query: 'Canada' }],
          country: [{ code: 'CA' }, { code: 'GB' }],
          domain: [{ name: 'land' }],
          // Canada's pledges are the ones curation and the second source added.
          commitments: [{ first: 20 }, { filter: { pledger: 'CA' } }],
        },
      });
    });

    it('answers every query without errors, with data', () => {
      const failures = sweep.requests.filter((request) => request.errors !== undefined || request.dataIsNull || request.status !== 200);
      expect(failures.slice(0, 5)).toEqual([]);
      expect(sweep.requests.length).toBeGreaterThan(100);
    });

    it('reaches every root field and every object type, and sees each in an answer', () => {
      expect(sweep.unsweptRootFields).toEqual([]);
      expect(sweep.skippedFields).toEqual([]);
      expect(sweep.sweptTypes).toEqual(sweep.reachableTypes);
      const unseen = sweep.reachableTypes.filter((type) => !sweep.seenTypes.includes(type));
      expect(unseen).toEqual([]);
    });

    it('visits what curation wrote through node(id:), and every commitment', () => {
      expect(sweep.seenTypes).toContain('StageChange');
      const start = CURATION_SOURCE_TEXT.indexOf(STAGE_CHANGE_QUOTE);
      const stageEvidence = CURATION_STEPS.find((step) => step.mutation === 'recordCommitmentStage')?.input.evidence as { start: number; end: number }[];
      expect(start).toBeGreaterThan(0);
      expect(sweep.visitedIds).toContain(idOf('Evidence', `${CURATION_SOURCE_KEY}:${stageEvidence[0]?.start}-${stageEvidence[0]?.end}`));
      expect(sweep.visited.Evidence).toBeGreaterThan(10);
      expect(sweep.visitedIds).toEqual(
        expect.arrayContaining([idOf('Commitment', 'curated-ca-deminer-training'), idOf('Commitment', 'fixture-demining-training')]),
      );
      expect(sweep.visited.Commitment).toBe(commitmentCount);
    });
  });
});
