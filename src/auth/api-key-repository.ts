import type { GraphClient } from '../neo4j/client';
import type { Role } from './roles';

/** An API key as stored: never its plaintext, only the SHA-256 of its secret. */
export interface ApiKeyRow {
  id: string;
  name: string;
  role: Role;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What may be shown of a key (lists, CLI): everything but its hash. */
export type ApiKeySummary = Omit<ApiKeyRow, 'hash'>;

export interface NewApiKeyRow {
  id: string;
  name: string;
  role: Role;
  hash: string;
}

export const API_KEY_BY_ID = `MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .role, .hash, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key`;

const CREATE_API_KEY = `CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: null} AS key`;

const LIST_API_KEYS = `MATCH (k:ApiKey)
WITH k ORDER BY k.createdAt, k.id
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key`;

const REVOKE_API_KEY = `MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key`;

export interface ApiKeyRepository {
  /** One indexed read (the ApiKey.id uniqueness constraint); null when no key has that id. */
  byId(id: string): Promise<ApiKeyRow | null>;
  create(key: NewApiKeyRow): Promise<ApiKeySummary>;
  list(): Promise<ApiKeySummary[]>;
  /** Marks the key revoked (keeping the first revocation time); null when no key has that id. */
  revoke(id: string): Promise<ApiKeySummary | null>;
}

export function createApiKeyRepository(graph: GraphClient): ApiKeyRepository {
  const one = async <T>(rows: Promise<{ key: T }[]>): Promise<T | null> => (await rows)[0]?.key ?? null;
  return {
    byId: (id) => one(graph.read<{ key: ApiKeyRow }>(API_KEY_BY_ID, { id })),
    create: async (key) => {
      const created = await one(graph.write<{ key: ApiKeySummary }>(CREATE_API_KEY, { ...key }));
      if (!created) throw new Error('creating the API key returned nothing');
      return created;
    },
    list: async () => (await graph.read<{ key: ApiKeySummary }>(LIST_API_KEYS)).map((row) => row.key),
    revoke: (id) => one(graph.write<{ key: ApiKeySummary }>(REVOKE_API_KEY, { id })),
  };
}
