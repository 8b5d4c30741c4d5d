/**
 * A key-paged list (a country's pledges) is read from its relationship index and counted from the
 * degree. A relationship written straight into the store, past the write layer, has no keys and
 * is in no index until the next start fills them: paging must still end, never offering a next
 * page it cannot give, and show it in its place once the keys are filled.
 */
import { fillRelationshipKeys } from '../../src/neo4j/migrations';
import { useSeededApi, type GraphQLResponse } from '../support/api';

jest.setTimeout(120_000);

const api = useSeededApi();

interface PledgesPage {
  country: {
    pledges: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { key: string } }[];
    };
  };
}

const PLEDGES = `query ($code: String!, $after: String) {
  country(code: $code) { pledges(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }
}`;

/** Follows `endCursor` while `hasNextPage`, as docs/api.md tells clients to; stops a runaway loop. */
async function pageThrough(code: string): Promise<{ keys: string[]; totals: number[] }> {
  const keys: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const response: GraphQLResponse<PledgesPage> = await api.request<PledgesPage>(PLEDGES, { code, after });
    expect(response.errors).toBeUndefined();
    const { pledges } = response.data!.country;
    keys.push(...pledges.edges.map((edge) => edge.node.key));
    totals.push(pledges.totalCount);
    if (!pledges.pageInfo.hasNextPage) return { keys, totals };
    expect(pledges.pageInfo.endCursor).not.toBeNull();
    after = pledges.pageInfo.endCursor;
  }
  throw new Error(`paging ${code}'s pledges did not end within 50 pages`);
}

it('ends at the last page it can give while a pledge lacks its keys, and shows it once they are filled', async () => {
  const picked = await api.driver.executeQuery(
    `MATCH (c:Country) WITH c, COUNT { (c)<-[:PLEDGED_BY]-() } AS pledges ORDER BY pledges DESC, c.key LIMIT 1
     MATCH (m:Commitment) WHERE NOT (m)-[:PLEDGED_BY]->(c)
     WITH c, m ORDER BY m.key LIMIT 1
     RETURN c.key AS code, m.key AS commitment, [(c)<-[:PLEDGED_BY]-(p) | p.key] AS pledged`,
  );
  const [record] = picked.records;
  const code = record!.get('code') as string;
  const commitment = record!.get('commitment') as string;
  const pledged = [...(record!.get('pledged') as string[])].sort();
  expect(pledged.length).toBeGreaterThanOrEqual(1);
  const keyed = await pageThrough(code);
  expect(keyed.keys).toEqual(pledged);
  expect(new Set(keyed.totals)).toEqual(new Set([pledged.length]));

  await api.driver.executeQuery('MATCH (c:Country {key: $code}), (m:Commitment {key: $commitment}) CREATE (m)-[:PLEDGED_BY]->(c)', { code, commitment });
  try {
    const unkeyed = await pageThrough(code);
    expect(unkeyed.keys).toEqual(pledged);
    expect(new Set(unkeyed.totals)).toEqual(new Set([pledged.length + 1]));

    await fillRelationshipKeys(api.driver);
    const filled = await pageThrough(code);
    expect(filled.keys).toEqual([...pledged, commitment].sort());
    expect(new Set(filled.totals)).toEqual(new Set([pledged.length + 1]));
  } finally {
    await api.driver.executeQuery('MATCH (:Commitment {key: $commitment})-[r:PLEDGED_BY]->(:Country {key: $code}) DELETE r', { code, commitment });
  }
});
