import { compiledQueryCount } from '../../src/read/cypher-cache';
import { cachedPlanCount } from '../../src/read/plan-cache';
import { useSeededApi } from '../support/api';
import { operation } from '../support/operations';

jest.setTimeout(120_000);

const api = useSeededApi();

describe('the plan cache behind the real server', () => {
  it('plans an operation once: asked again with the same variables it plans nothing, with others it plans again, and answers alike', async () => {
    const leaders = operation('who-leads-each-country');
    const first = await api.request(leaders, { first: 3 });
    expect(first.errors).toBeUndefined();
    const planned = cachedPlanCount();
    expect(planned).toBeGreaterThan(0);
    const again = await api.request(leaders, { first: 3 });
    expect(cachedPlanCount()).toBe(planned);
    expect(again.data).toEqual(first.data);
    const more = await api.request(leaders, { first: 4 });
    expect(more.errors).toBeUndefined();
    expect(cachedPlanCount()).toBeGreaterThan(planned);
  });

  it("compiles an operation's Cypher once: asked again it compiles nothing, with other variables it compiles again, and answers alike", async () => {
    const pledges = operation('what-did-the-united-kingdom-pledge');
    const first = await api.request(pledges, { code: 'FR' });
    expect(first.errors).toBeUndefined();
    const compiled = compiledQueryCount();
    expect(compiled).toBeGreaterThan(0);
    const again = await api.request(pledges, { code: 'FR' });
    expect(compiledQueryCount()).toBe(compiled);
    expect(again.data).toEqual(first.data);
    const other = await api.request(pledges, { code: 'GB' });
    expect(other.errors).toBeUndefined();
    expect(compiledQueryCount()).toBeGreaterThan(compiled);
  });
});
