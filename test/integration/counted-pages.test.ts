/**
 * A counted page is one walk (src/read/compile.ts): the nodes collected in order, counted, the
 * window cut from the list. Its count is the whole list's, whatever the window; its window is the
 * same slice of the same order as the whole list; nested counted pages read alike.
 */
import { useSeededApi } from '../support/api';

jest.setTimeout(120_000);

const api = useSeededApi();

interface Counted<T> {
  totalCount: number;
  pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean };
  edges: { cursor: string; node: T }[];
}
interface Statement {
  key: string;
  evidence: Counted<{ key: string }>;
}
interface Country {
  key: string;
  statements: Counted<Statement>;
}

const statements = (window: string) =>
  `statements(${window}) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { key evidence(first: 1) { totalCount edges { cursor node { key } } } } } }`;

describe('a counted page', () => {
  it('counts the whole list and windows the same order, nested counted pages too, after any cursor', async () => {
    const counts = await api.request<{ countries: { edges: { node: { key: string; statements: { totalCount: number } } }[] } }>(
      '{ countries(first: 100) { edges { node { key statements { totalCount } } } } }',
    );
    const codes = counts.data!.countries.edges.filter(({ node }) => node.statements.totalCount >= 2).map(({ node }) => node.key);
    expect(codes.length).toBeGreaterThan(0);
    const paged: Country[] = [];
    for (const code of codes) {
      const whole = await api.request<{ country: Country }>(`query ($code: String!) { country(code: $code) { key ${statements('first: 100')} } }`, { code });
      expect(whole.errors).toBeUndefined();
      const list = whole.data!.country.statements;
      expect(list.edges).toHaveLength(list.totalCount);
      for (const { node } of list.edges) expect(node.evidence.edges).toHaveLength(Math.min(1, node.evidence.totalCount));
      paged.push(whole.data!.country);
    }

    for (const country of paged) {
      const all = country.statements;
      for (let index = -1; index < all.totalCount; index += 1) {
        const response = await api.request<{ country: Country }>(
          `query ($code: String!, $after: String) { country(code: $code) { key ${statements('first: 1, after: $after')} } }`,
          { code: country.key, after: index < 0 ? null : all.edges[index]!.cursor },
        );
        expect(response.errors).toBeUndefined();
        const page = response.data!.country.statements;
        expect(page.totalCount).toBe(all.totalCount);
        expect(page.pageInfo).toEqual({ hasNextPage: index + 2 < all.totalCount, hasPreviousPage: index >= 0 });
        expect(page.edges).toEqual(all.edges.slice(index + 1, index + 2));
      }
      const counted = await api.request<{ country: { statements: { totalCount: number } } }>(
        `query ($code: String!) { country(code: $code) { statements(first: 1) { totalCount } } }`,
        { code: country.key },
      );
      expect(counted.data!.country.statements.totalCount).toBe(all.totalCount);
    }
  });
});
