import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { parseApiKey } from '../../src/auth/api-key';
import { encodeId } from '../../src/ids';
import { createGraphClient, type GraphClient } from '../../src/neo4j/client';
import { PROJECT_ROOT } from '../../src/project-root';
import { recordAudit, type AuditEntry } from '../../src/write/audit-repository';
import { reseed } from '../support/api';
import { createTestApiKey, keyIdOf } from '../support/api-keys';
import { errorCodes, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { itemsOfConnections } from '../support/connections';
import { getTestDriver, testNeo4jUri } from '../support/neo4j';

const driver = getTestDriver();
const run = promisify(execFile);

const AUDIT_TRAIL = `query Audit($first: Int, $after: String, $operation: String, $keyId: ID, $touching: ID) {
  auditTrail(first: $first, after: $after, operation: $operation, keyId: $keyId, touching: $touching) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at operation keyId summary changes touched(first: 5) { edges { node { __typename id ... on Country { name } ... on Commitment { key } } } } } }
  }
}`;

interface AuditTrailData {
  auditTrail: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { id: string; at: string; operation: string; keyId: string; summary: string; changes: unknown; touched: { __typename: string; id: string }[] };
    }[];
  };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

function auditTrail(api: TestServer, key: string | undefined, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return postGraphQL(api.url, { query: AUDIT_TRAIL, variables }, key ? bearer(key) : {});
}

function trailOf(response: GraphQLResponse): AuditTrailData['auditTrail'] {
  expect(response.json?.errors).toBeUndefined();
  return itemsOfConnections(response.json?.data as AuditTrailData).auditTrail;
}

async function count(cypher: string): Promise<number> {
  const result = await driver.executeQuery(cypher);
  return Number(result.records[0]?.get(0));
}

/** Runs the keys CLI as a user would (`npm run keys -- …`), against the test database. */
async function keysCli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return keysCliWith({ NEO4J_URI: testNeo4jUri() }, ...args);
}

async function keysCliWith(env: Record<string, string>, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout, stderr } = await run(tsx, [path.join(PROJECT_ROOT, 'src', 'cli', 'keys.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      timeout: 60_000,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let graph: GraphClient;
let admin: string;
let reader: string;
let curator: string;
let api: TestServer;
let strict: TestServer;

beforeAll(async () => {
  await reseed(driver);
  graph = createGraphClient({ driver, logger: pino({ level: 'silent' }) });
  [admin, reader, curator] = await Promise.all([createTestApiKey('admin'), createTestApiKey('reader'), createTestApiKey('curator')]);
  api = await startTestServer({ driver });
  strict = await startTestServer({ driver, env: { REQUIRE_KEY_FOR_READS: 'true' } });
});

afterAll(async () => {
  await api?.stop();
  await strict?.stop();
});

describe('authentication', () => {
  it('reads are public by default: no key, a plain query answers', async () => {
    const response = await postGraphQL(api.url, { query: '{ health countries(first: 1) { totalCount } }' });
    expect(response.status).toBe(200);
    expect(response.json?.data).toMatchObject({ health: 'ok' });
  });

  it('a malformed, unknown or tampered key is UNAUTHENTICATED with HTTP 401, also for a public read', async () => {
    const tampered = `${reader.slice(0, -2)}${reader.endsWith('AA') ? 'BB' : 'AA'}`;
    const unknown = reader.replace(keyIdOf(reader), '0123456789abcdef');
    const headerSets = [bearer('not-a-key'), bearer(tampered), bearer(unknown), { 'x-api-key': 'pgk_nope' }, { authorization: 'Basic dTpw' }, bearer('')];
    for (const headers of headerSets) {
      const response = await postGraphQL(api.url, { query: '{ health }' }, headers);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.json?.data).toBeUndefined();
      expect(response.text).not.toContain(parseApiKey(reader)!.secret.slice(0, 20));
    }
  });

  it('a good key works in either header', async () => {
    for (const headers of [bearer(reader), { 'x-api-key': reader }]) {
      const response = await postGraphQL(api.url, { query: '{ health }' }, headers);
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ data: { health: 'ok' } });
    }
  });

  it('REQUIRE_KEY_FOR_READS: no key is UNAUTHENTICATED 401; a reader key reads', async () => {
    const anonymous = await postGraphQL(strict.url, { query: '{ countries(first: 1) { totalCount } }' });
    expect(anonymous.status).toBe(401);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.json?.data).toBeUndefined();
    const withKey = await postGraphQL(strict.url, { query: '{ countries(first: 1) { totalCount } }' }, bearer(reader));
    expect(withKey.status).toBe(200);
    expect(withKey.json?.data).toEqual({ countries: { totalCount: 6 } });
  });
});

describe('the admin-only audit trail', () => {
  it('without a key is UNAUTHENTICATED 401', async () => {
    const response = await auditTrail(api, undefined);
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.json?.data).toBeNull();
  });

  it('with a reader or curator key is FORBIDDEN 403', async () => {
    for (const key of [reader, curator]) {
      const response = await auditTrail(api, key);
      expect(response.status).toBe(403);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.json?.data).toBeNull();
      expect(response.text).not.toContain(parseApiKey(key)!.secret);
    }
  });

  describe('with events recorded inside write transactions', () => {
    const curatorEntries = (): AuditEntry[] => [
      {
        keyId: keyIdOf(curator),
        operation: 'recordStage',
        summary: 'multi-level-security-guarantees: RATIFIED',
        changes: { stage: { from: 'AGREED_IN_PRINCIPLE', to: 'RATIFIED' } },
        touched: [{ label: 'Commitment', key: 'multi-level-security-guarantees' }],
      },
      {
        keyId: keyIdOf(curator),
        operation: 'addStatement',
        summary: 'a statement by the United Kingdom',
        changes: { statement: 'x' },
        touched: [
          { label: 'Country', key: 'GB' },
          { label: 'Commitment', key: 'multi-level-security-guarantees' },
        ],
      },
      {
        keyId: keyIdOf(admin),
        operation: 'recordStage',
        summary: 'multi-level-security-guarantees: IN_FORCE',
        changes: { stage: { from: 'RATIFIED', to: 'IN_FORCE' } },
        touched: [{ label: 'Commitment', key: 'multi-level-security-guarantees' }],
      },
    ];
    const recorded: { id: string; at: string }[] = [];

    beforeAll(async () => {
      for (const entry of curatorEntries()) {
        recorded.push(await graph.writeTransaction(async (tx) => recordAudit(tx, entry)));
      }
    });

    it('recordAudit returns the event id and time', () => {
      expect(recorded).toHaveLength(3);
      for (const { id, at } of recorded) {
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(Number.isNaN(Date.parse(at))).toBe(false);
      }
      expect(new Set(recorded.map(({ id }) => id)).size).toBe(3);
    });

    it('an admin sees every event, oldest first, with who, what and the touched nodes', async () => {
      const trail = trailOf(await auditTrail(api, admin));
      expect(trail.totalCount).toBe(3);
      expect(trail.edges.map(({ node }) => node.id)).toEqual(recorded.map(({ id }) => id));
      const [first, second] = trail.edges.map(({ node }) => node);
      expect(first).toMatchObject({
        operation: 'recordStage',
        keyId: keyIdOf(curator),
        summary: 'multi-level-security-guarantees: RATIFIED',
        // A DateTime (graphql-scalars): the database's time in UTC, to the millisecond.
        at: new Date(recorded[0]!.at).toISOString(),
        touched: [{ __typename: 'Commitment', id: encodeId('Commitment', 'multi-level-security-guarantees'), key: 'multi-level-security-guarantees' }],
      });
      // A JSON value (graphql-scalars), not JSON text.
      expect(first!.changes).toEqual({ stage: { from: 'AGREED_IN_PRINCIPLE', to: 'RATIFIED' } });
      expect(second?.touched).toEqual([
        { __typename: 'Commitment', id: encodeId('Commitment', 'multi-level-security-guarantees'), key: 'multi-level-security-guarantees' },
        { __typename: 'Country', id: encodeId('Country', 'GB'), name: 'United Kingdom' },
      ]);
    });

    it('links each event to the facts it touched and to the key that made it, in the graph', async () => {
      expect(await count('MATCH (:AuditEvent)-[r:TOUCHED]->(:Commitment {key: "multi-level-security-guarantees"}) RETURN count(r)')).toBe(3);
      expect(await count(`MATCH (:AuditEvent)-[r:RECORDED_BY]->(:ApiKey {id: "${keyIdOf(curator)}"}) RETURN count(r)`)).toBe(2);
    });

    it('filters by operation, key id and touched node, alone and together', async () => {
      const ids = async (variables: Record<string, unknown>) => trailOf(await auditTrail(api, admin, variables)).edges.map(({ node }) => node.id);
      const [ratified, statement, inForce] = recorded.map(({ id }) => id);
      expect(await ids({ operation: 'recordStage' })).toEqual([ratified, inForce]);
      expect(await ids({ keyId: keyIdOf(curator) })).toEqual([ratified, statement]);
      expect(await ids({ touching: encodeId('Country', 'GB') })).toEqual([statement]);
      expect(await ids({ touching: encodeId('Commitment', 'multi-level-security-guarantees'), keyId: keyIdOf(admin) })).toEqual([inForce]);
      expect(await ids({ operation: 'recordStage', keyId: keyIdOf(curator) })).toEqual([ratified]);
      expect(await ids({ operation: 'noSuchOperation' })).toEqual([]);
      expect(await ids({ touching: encodeId('Country', 'FR') })).toEqual([]);
    });

    it('paginates with first/after', async () => {
      const page1 = trailOf(await auditTrail(api, admin, { first: 2 }));
      expect(page1.edges).toHaveLength(2);
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = trailOf(await auditTrail(api, admin, { first: 2, after: page1.pageInfo.endCursor }));
      expect(page2.edges.map(({ node }) => node.id)).toEqual([recorded[2]!.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const tooMany = await auditTrail(api, admin, { first: 101 });
      expect(tooMany.status).toBe(400);
      expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a malformed touching id with BAD_USER_INPUT', async () => {
      const response = await auditTrail(api, admin, { touching: 'not-an-id' });
      expect(response.status).toBe(400);
      expect(response.json?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'touching' });
    });

    it('a failing write transaction leaves no audit event (nor anything else)', async () => {
      const before = await count('MATCH (n) RETURN count(n)');
      const events = await count('MATCH (e:AuditEvent) RETURN count(e)');
      await expect(
        graph.writeTransaction(async (tx) => {
          await tx.run('CREATE (:Country {key: "ZZ", name: "Nowhere"})');
          await recordAudit(tx, { ...curatorEntries()[0]!, touched: [{ label: 'Country', key: 'ZZ' }] });
          throw new Error('the mutation failed after auditing');
        }),
      ).rejects.toThrow('the mutation failed after auditing');
      await expect(graph.writeTransaction((tx) => recordAudit(tx, { ...curatorEntries()[0]!, touched: [{ label: 'Country', key: 'XX' }] }))).rejects.toThrow(
        /touched node is missing/,
      );
      await expect(graph.writeTransaction((tx) => recordAudit(tx, { ...curatorEntries()[0]!, touched: [{ label: 'Nonsense', key: 'GB' }] }))).rejects.toThrow(
        /not a label/,
      );
      expect(await count('MATCH (e:AuditEvent) RETURN count(e)')).toBe(events);
      expect(await count('MATCH (n) RETURN count(n)')).toBe(before);
    });
  });
});

describe('the keys CLI', () => {
  it('creates a key shown once, lists it without its hash, and revokes it at once', async () => {
    const created = await keysCli('create', '--role', 'admin', '--name', 'ci bot');
    expect(created.status).toBe(0);
    const plaintext = /pgk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}/.exec(created.stdout)?.[0];
    expect(plaintext).toBeDefined();
    const keyId = keyIdOf(plaintext!);
    expect(created.stdout).toContain(`Created API key ${keyId} (role admin, name "ci bot")`);
    expect(created.stderr).not.toContain(plaintext!);

    const works = await auditTrail(api, plaintext);
    expect(works.status).toBe(200);
    expect(trailOf(works).totalCount).toBeGreaterThanOrEqual(0);

    const stored = await driver.executeQuery('MATCH (k:ApiKey {id: $keyId}) RETURN k', { keyId });
    const properties = stored.records[0]?.get('k').properties as Record<string, unknown>;
    expect(Object.keys(properties).sort()).toEqual(['createdAt', 'hash', 'id', 'name', 'role']);
    expect(JSON.stringify(properties)).not.toContain(parseApiKey(plaintext!)!.secret);

    const listed = await keysCli('list');
    expect(listed.status).toBe(0);
    const line = listed.stdout.split('\n').find((row) => row.startsWith(keyId));
    expect(line).toMatch(new RegExp(`^${keyId}\\s+ci bot\\s+admin\\s+\\d{4}-\\d\\d-\\d\\dT\\S+\\s+-$`));
    expect(listed.stdout.split('\n')[0]).toMatch(/^id\s+name\s+role\s+created\s+revoked$/);
    for (const secretish of [String(properties.hash), parseApiKey(plaintext!)!.secret]) expect(listed.stdout).not.toContain(secretish);
    const json = JSON.parse((await keysCli('list', '--json')).stdout) as Record<string, unknown>[];
    expect(json.find((key) => key.id === keyId)).toEqual({ id: keyId, name: 'ci bot', role: 'admin', createdAt: expect.any(String), revokedAt: null });
    expect(JSON.stringify(json)).not.toContain('hash');

    const revoked = await keysCli('revoke', keyId);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^Revoked API key ${keyId} at \\d{4}-`));
    const refused = await auditTrail(api, plaintext);
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.json?.errors?.[0]?.message).toMatch(/revoked/);
    expect(refused.text).not.toContain(parseApiKey(plaintext!)!.secret);
    const relisted = await keysCli('list');
    expect(relisted.stdout.split('\n').find((row) => row.startsWith(keyId))).not.toMatch(/\s-$/);
  });

  it('without NEO4J_URI uses the embedded Neo4j already running on NEO4J_BOLT_PORT instead of starting one', async () => {
    const dataDir = path.join(os.tmpdir(), `pledgegraph-keys-never-created-${process.pid}`);
    const boltPort = new URL(testNeo4jUri()).port;
    const result = await keysCliWith({ NEO4J_URI: '', NEO4J_BOLT_PORT: boltPort, DATA_DIR: dataDir }, 'list');
    expect(result.stderr).toContain(`Using the Neo4j already running at bolt://127.0.0.1:${boltPort}.`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(keyIdOf(admin));
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('answers bad arguments with the usage and exit status 2, an unknown id with status 1', async () => {
    for (const args of [
      [],
      ['create'],
      ['create', '--role', 'root'],
      ['frobnicate'],
      ['revoke'],
      ['list', '--role', 'admin'],
      ['create', '--role', 'admin', '--bogus'],
    ]) {
      const result = await keysCli(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage:');
      expect(result.stdout).toBe('');
    }
    const unknown = await keysCli('revoke', 'ffffffffffffffff');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No API key has the id "ffffffffffffffff"/);
  });
});

describe('logs', () => {
  it('never hold any part of a key, accepted or refused', async () => {
    const refusedKey = `${admin.slice(0, -4)}AAAA`;
    await postGraphQL(api.url, { query: 'query Hello { health }', operationName: 'Hello' }, bearer(admin));
    await postGraphQL(api.url, { query: AUDIT_TRAIL }, { 'x-api-key': reader });
    await postGraphQL(api.url, { query: '{ health }' }, bearer(refusedKey));
    await postGraphQL(api.url, { query: '{ health }' }, bearer(`pgk_${'a'.repeat(16)}_short-secret-value`));
    await postGraphQL(strict.url, { query: '{ health }' }, bearer(curator));
    const everything = JSON.stringify([...api.logs, ...strict.logs]);
    expect(api.logs.length).toBeGreaterThan(0);
    for (const key of [admin, reader, refusedKey, curator]) {
      expect(everything).not.toContain(parseApiKey(key)!.secret.slice(0, 12));
      expect(everything).not.toContain(parseApiKey(key)!.secret.slice(-12));
    }
    expect(everything).not.toContain('short-secret-value');
  });
});
