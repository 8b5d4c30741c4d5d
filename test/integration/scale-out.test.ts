import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/project-root';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { idOf } from '../support/curation';
import { errorCodes, postGraphQL } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';
import { TEST_NEO4J_ENV } from '../support/test-neo4j-env';

jest.setTimeout(300_000);

const driver = getTestDriver();

interface Instance {
  child: ChildProcessWithoutNullStreams;
  url: string;
  exited: Promise<number | null>;
}

/** One API process (`src/main.ts`, as in production) on the run's Neo4j, through NEO4J_URI. */
async function startInstance(): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      NEO4J_URI: process.env[TEST_NEO4J_ENV.uri] ?? '',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "ready" line within 150 s:\n${output}`)), 150_000);
    const watch = () => {
      const match = /pledgegraph is ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', watch);
    void exited.then(() => reject(new Error(`exited before it was ready:\n${output}`)));
  });
  return { child, url, exited };
}

const QUESTIONS = [
  '{ sources(first: 5) { edges { node { key sha256 } } } }',
  '{ search(query: "security guarantees", first: 5) { edges { node { __typename } } } }',
  `{ node(id: "${idOf('Commitment', 'gb-fr-military-centers-and-weapons-storage')}") { id ... on Commitment { summary stage pledgers { edges { node { key } } } } } }`,
];

describe('two API processes on one Neo4j', () => {
  const instances: Instance[] = [];
  let curator: string;
  beforeAll(async () => {
    await reseed(driver);
    curator = await createTestApiKey('curator');
    instances.push(...(await Promise.all([startInstance(), startInstance()])));
  });
  afterAll(async () => {
    for (const instance of instances) {
      instance.child.kill('SIGTERM');
      await instance.exited;
    }
  });

  it('both answer every question the same', async () => {
    const [one, two] = instances as [Instance, Instance];
    expect(one.url).not.toBe(two.url);
    for (const query of QUESTIONS) {
      const [first, second] = await Promise.all([postGraphQL(one.url, { query }), postGraphQL(two.url, { query })]);
      expect(first.status).toBe(200);
      expect(first.json?.errors).toBeUndefined();
      expect(second.text).toBe(first.text);
    }
  });

  it('a write through one is read through the other, with the bookmark the write returned', async () => {
    const [one, two] = instances as [Instance, Instance];
    const key = 'scale-out-written-through-one';
    const write = await postGraphQL(
      one.url,
      {
        query: 'mutation ($input: AddCommitmentInput!) { addCommitment(input: $input) { commitment { key } } }',
        variables: {
          input: {
            key,
            summary: 'Allies agreed a framework of security guarantees.',
            beneficiary: idOf('Country', 'UA'),
            stage: 'AGREED_IN_PRINCIPLE',
            bindingness: 'UNDISCLOSED',
            evidence: [{ ...(await firstSpan('security guarantees')) }],
          },
        },
      },
      { authorization: `Bearer ${curator}` },
    );
    expect(write.json?.errors).toBeUndefined();
    const bookmark = write.headers.get('x-pledgegraph-bookmark');
    expect(bookmark).toMatch(/^\S+$/);

    const read = await postGraphQL(
      two.url,
      { query: `{ node(id: "${idOf('Commitment', key)}") { ... on Commitment { key summary } } }` },
      { 'x-pledgegraph-bookmark': bookmark ?? '' },
    );
    expect(read.json).toEqual({ data: { node: { key, summary: 'Allies agreed a framework of security guarantees.' } } });
    // A read carries no new bookmark: only responses to writes do.
    expect(read.headers.get('x-pledgegraph-bookmark')).toBeNull();
  });

  it('refuses a bookmark the database never issued, or a malformed one, with BAD_USER_INPUT', async () => {
    const [, two] = instances as [Instance, Instance];
    const malformed = await postGraphQL(two.url, { query: '{ health }' }, { 'x-pledgegraph-bookmark': 'not a bookmark!' });
    expect(malformed.status).toBe(400);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const unknown = await postGraphQL(two.url, { query: '{ sources(first: 1) { edges { node { key } } } }' }, { 'x-pledgegraph-bookmark': 'FB:notissued' });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.text).not.toMatch(/Neo|bookmark.*invalid/i);
  });
});

async function firstSpan(quote: string): Promise<{ source: string; start: number; end: number; quote: string }> {
  const { records } = await driver.executeQuery('MATCH (s:Source {key: $key}) RETURN s.text AS text', { key: 'ap-paris-security-guarantees' });
  const text = records[0]?.get('text') as string;
  const start = text.indexOf(quote);
  return { source: idOf('Source', 'ap-paris-security-guarantees'), start, end: start + quote.length, quote };
}
