import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { API_KEY_PREFIX, generateApiKey, hashSecret, parseApiKey, secretMatches } from '../../src/auth/api-key';
import { apiKeyFrom, createAuthenticator } from '../../src/auth/authenticate';
import { requireRole } from '../../src/auth/require-role';
import { ROLES, roleAtLeast } from '../../src/auth/roles';
import { loadConfig } from '../../src/config';
import type { ApiKeyRow } from '../../src/auth/api-key-repository';
import { auditTrailQuery, recordAuditQuery } from '../../src/write/audit-repository';

function codeAndStatus(run: () => unknown): { code: unknown; status: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, status: (error.extensions.http as { status?: number } | undefined)?.status, message: error.message };
  }
  throw new Error('expected a GraphQLError');
}

async function rejection(promise: Promise<unknown>): Promise<{ code: unknown; status: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, status: (error.extensions.http as { status?: number } | undefined)?.status, message: error.message };
  }
  throw new Error('expected a GraphQLError');
}

describe('API keys', () => {
  it('look like pgk_<16 hex>_<43 base64url> and are different every time', () => {
    const keys = Array.from({ length: 50 }, () => generateApiKey());
    for (const key of keys) {
      expect(key.plaintext).toMatch(/^pgk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
      expect(key.plaintext.startsWith(`${API_KEY_PREFIX}${key.keyId}_`)).toBe(true);
    }
    expect(new Set(keys.map((key) => key.plaintext)).size).toBe(50);
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(50);
  });

  it('store only the SHA-256 of the secret, never the key or the secret', () => {
    const key = generateApiKey();
    const parsed = parseApiKey(key.plaintext);
    expect(parsed?.keyId).toBe(key.keyId);
    expect(key.hash).toBe(createHash('sha256').update(parsed!.secret).digest('hex'));
    expect(key.hash).not.toContain(parsed!.secret);
    expect(hashSecret(parsed!.secret)).toBe(key.hash);
  });

  it('parse only their own format', () => {
    const { plaintext } = generateApiKey();
    for (const bad of ['', 'pgk_', plaintext.slice(0, -1), `${plaintext}x`, plaintext.replace('pgk_', 'pgx_'), ` ${plaintext}`, 'Bearer abc']) {
      expect(parseApiKey(bad)).toBeNull();
    }
    expect(parseApiKey(plaintext)).not.toBeNull();
  });

  it('match a secret only against its own hash', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    const secretOf = (plaintext: string) => parseApiKey(plaintext)!.secret;
    expect(secretMatches(secretOf(a.plaintext), a.hash)).toBe(true);
    expect(secretMatches(secretOf(a.plaintext), b.hash)).toBe(false);
    expect(secretMatches(secretOf(a.plaintext), 'not-hex')).toBe(false);
  });
});

describe('roles', () => {
  it('order reader < curator < admin', () => {
    expect(ROLES).toEqual(['reader', 'curator', 'admin']);
    expect(roleAtLeast('admin', 'curator')).toBe(true);
    expect(roleAtLeast('curator', 'curator')).toBe(true);
    expect(roleAtLeast('reader', 'reader')).toBe(true);
    expect(roleAtLeast('reader', 'curator')).toBe(false);
    expect(roleAtLeast('curator', 'admin')).toBe(false);
  });

  it('requireRole: no principal is UNAUTHENTICATED 401, a lower role FORBIDDEN 403', () => {
    expect(codeAndStatus(() => requireRole({ principal: null }, 'curator'))).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(codeAndStatus(() => requireRole({ principal: { keyId: 'k1', role: 'reader' } }, 'curator'))).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
    expect(requireRole({ principal: { keyId: 'k1', role: 'admin' } }, 'curator')).toEqual({ keyId: 'k1', role: 'admin' });
  });
});

describe('authentication', () => {
  const active = generateApiKey();
  const revoked = generateApiKey();
  const rows = new Map<string, ApiKeyRow>([
    [active.keyId, { id: active.keyId, name: 'a', role: 'curator', hash: active.hash, createdAt: '2025-01-01T00:00:00Z', revokedAt: null }],
    [revoked.keyId, { id: revoked.keyId, name: 'r', role: 'admin', hash: revoked.hash, createdAt: '2025-01-01T00:00:00Z', revokedAt: '2025-02-01T00:00:00Z' }],
  ]);
  const apiKeys = { byId: async (id: string) => rows.get(id) ?? null };
  const authenticate = createAuthenticator({ apiKeys, requireKeyForReads: false });

  it('reads the key from Authorization: Bearer, else x-api-key', () => {
    expect(apiKeyFrom({})).toBeUndefined();
    expect(apiKeyFrom({ authorization: 'Bearer abc' })).toBe('abc');
    expect(apiKeyFrom({ authorization: 'bearer   abc ' })).toBe('abc');
    expect(apiKeyFrom({ 'x-api-key': 'xyz' })).toBe('xyz');
    expect(apiKeyFrom({ authorization: 'Bearer abc', 'x-api-key': 'xyz' })).toBe('abc');
    expect(codeAndStatus(() => apiKeyFrom({ authorization: 'Basic dXNlcjpwYXNz' }))).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('answers no key with an anonymous principal, a good key with its id and role', async () => {
    await expect(authenticate({})).resolves.toBeNull();
    await expect(authenticate({ authorization: `Bearer ${active.plaintext}` })).resolves.toEqual({ keyId: active.keyId, role: 'curator' });
    await expect(authenticate({ 'x-api-key': active.plaintext })).resolves.toEqual({ keyId: active.keyId, role: 'curator' });
  });

  it('refuses malformed, unknown, tampered and revoked keys with 401, never echoing the key', async () => {
    const tampered = `${active.plaintext.slice(0, -1)}${active.plaintext.endsWith('A') ? 'B' : 'A'}`;
    const cases = ['nonsense', generateApiKey().plaintext, tampered, revoked.plaintext];
    for (const key of cases) {
      const error = await rejection(authenticate({ authorization: `Bearer ${key}` }));
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
      expect(error.message).not.toContain(key);
      const secret = parseApiKey(key)?.secret;
      if (secret) expect(error.message).not.toContain(secret);
    }
    expect((await rejection(authenticate({ 'x-api-key': revoked.plaintext }))).message).toMatch(/revoked/);
  });

  it('with REQUIRE_KEY_FOR_READS refuses a request without a key', async () => {
    const strict = createAuthenticator({ apiKeys, requireKeyForReads: true });
    expect(await rejection(strict({}))).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await expect(strict({ authorization: `Bearer ${active.plaintext}` })).resolves.toEqual({ keyId: active.keyId, role: 'curator' });
  });

  it('REQUIRE_KEY_FOR_READS is off by default and validated', () => {
    expect(loadConfig({}).requireKeyForReads).toBe(false);
    expect(loadConfig({ REQUIRE_KEY_FOR_READS: 'true' }).requireKeyForReads).toBe(true);
    expect(() => loadConfig({ REQUIRE_KEY_FOR_READS: 'yes please' })).toThrow(/REQUIRE_KEY_FOR_READS/);
  });
});

describe('audit Cypher', () => {
  const entry = {
    keyId: 'abc',
    operation: 'recordStage',
    summary: 'Commitment x: RATIFIED',
    changes: { stage: { from: 'AGREED_IN_PRINCIPLE', to: 'RATIFIED' } },
    touched: [
      { label: 'Commitment', key: 'x-commitment' },
      { label: 'Evidence', key: 'ev-1' },
      { label: 'Commitment', key: 'x-commitment' },
    ],
  };

  it('carries every value as a parameter and links each touched node once', () => {
    const { query, params, expected } = recordAuditQuery(entry, 'uuid-1');
    for (const value of ['abc', 'recordStage', 'Commitment x: RATIFIED', 'x-commitment', 'ev-1', 'RATIFIED']) expect(query).not.toContain(value);
    expect(params).toMatchObject({ id: 'uuid-1', keyId: 'abc', touched0: ['x-commitment'], touched1: ['ev-1'] });
    expect(JSON.parse(params.changes as string)).toEqual(entry.changes);
    expect(expected).toEqual([1, 1]);
    expect(query).toMatchSnapshot();
  });

  it('refuses a label outside the model before building any Cypher', () => {
    expect(() => recordAuditQuery({ ...entry, touched: [{ label: 'Commitment`) DETACH DELETE (n', key: 'k' }] }, 'id')).toThrow(/not a label/);
    expect(() => recordAuditQuery({ ...entry, touched: [{ label: 'ApiKey', key: 'k' }] }, 'id')).toThrow(/not a label/);
  });

  it('anchors the trail on the touched node, else the key id, else the operation', () => {
    const page = { offset: 0, first: 20 };
    expect(auditTrailQuery({}, page).query).toContain('MATCH (e:AuditEvent) ');
    expect(auditTrailQuery({ operation: 'op' }, page).query).toContain('MATCH (e:AuditEvent {operation: $operation})');
    const byKey = auditTrailQuery({ operation: 'op', keyId: 'k' }, page);
    expect(byKey.query).toContain('MATCH (e:AuditEvent {keyId: $keyId}) WHERE e.operation = $operation');
    const touching = auditTrailQuery({ keyId: 'k', touching: { label: 'Country', key: 'GB' } }, page);
    expect(touching.query).toContain('MATCH (:`Country` {key: $touching})<-[:TOUCHED]-(e:AuditEvent) WHERE e.keyId = $keyId');
    expect(touching.params).toMatchObject({ touching: 'GB', keyId: 'k' });
    expect(touching.query).not.toContain('GB');
  });
});

describe('a database outage while checking a key', () => {
  it('is SERVICE_UNAVAILABLE with HTTP 503, not a 500', async () => {
    const down = new GraphQLError('The graph database is unavailable; try again shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const authenticate = createAuthenticator({
      apiKeys: {
        byId: async () => {
          throw down;
        },
      },
      requireKeyForReads: false,
    });
    expect(await rejection(authenticate({ authorization: `Bearer ${generateApiKey().plaintext}` }))).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
    });
  });
});
