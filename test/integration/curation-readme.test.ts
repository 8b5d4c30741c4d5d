import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(120_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;
let admin: string;

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
  [curator, admin] = await Promise.all([createTestApiKey('curator'), createTestApiKey('admin')]);
});
afterAll(() => api.stop());

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Curation\n'), readme.indexOf('\n## Tests\n'));

/** The section's code blocks in order, indentation (list items) removed. */
function codeBlocks(text: string): { language: string; body: string }[] {
  const blocks: { language: string; body: string }[] = [];
  const fence = /^( *)```(\w*)\n([\s\S]*?)^\1```$/gm;
  for (let match = fence.exec(text); match; match = fence.exec(text)) {
    const indent = match[1] ?? '';
    const body = (match[3] ?? '')
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    blocks.push({ language: match[2] ?? '', body });
  }
  return blocks;
}

/** Each GraphQL example with the JSON variables right after it. */
function examples(): { document: string; variables: Record<string, unknown> }[] {
  const blocks = codeBlocks(section);
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1];
    if (block.language !== 'graphql' || next?.language !== 'json') return [];
    return [{ document: block.body, variables: JSON.parse(next.body) as Record<string, unknown> }];
  });
}

describe('the README curation section', () => {
  it('shows the facts.yaml that its ingestSource example sends', () => {
    const yaml = codeBlocks(section).find((block) => block.language === 'yaml');
    const ingest = examples().find((example) => example.document.includes('ingestSource'));
    expect((ingest?.variables.input as { facts: string }).facts).toBe(yaml?.body);
  });

  it('has an example of every mutation, and each runs as shown, in order', async () => {
    const all = examples();
    const mutations = ['ingestSource', 'recordCommitmentStage', 'addCommitment', 'addStatement', 'amendCommitment', 'attachEvidence', 'discloseDomainLeads'];
    for (const mutation of mutations) expect(all.some((example) => example.document.includes(`${mutation}(`))).toBe(true);
    expect(all).toHaveLength(mutations.length + 2);

    const answers: Record<string, unknown>[] = [];
    for (const { document, variables } of all) {
      const key = document.includes('auditTrail') ? admin : document.trimStart().startsWith('mutation') ? curator : undefined;
      const response = await postGraphQL(api.url, { query: document, variables }, key ? { authorization: `Bearer ${key}` } : {});
      expect(response.json?.errors).toBeUndefined();
      answers.push(response.json?.data as Record<string, unknown>);
    }
    const [ingest, , history, trail] = answers as [
      { ingestSource: { source: { id: string } } },
      unknown,
      { node: { stage: string; initialStage: string; stageHistory: { edges: unknown[] } } },
      { auditTrail: { totalCount: number } },
    ];
    expect(ingest.ingestSource.source.id).toBe('U291cmNlOmV4YW1wbGUtY3VyYXRpb24tcmVwb3J0');
    expect(history.node).toMatchObject({ stage: 'RATIFIED', initialStage: 'AGREED_IN_PRINCIPLE' });
    expect(history.node.stageHistory.edges).toHaveLength(1);
    expect(trail.auditTrail.totalCount).toBe(1);
  });
});
