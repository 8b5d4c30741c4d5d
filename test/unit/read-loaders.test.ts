import { createLoaders, type LoaderSources } from '../../src/read/loaders';
import type { ReadPlan } from '../../src/read/plan';

/** Sources that answer every key and count the batches they were asked for. */
function countingSources() {
  const calls: string[] = [];
  const sources: LoaderSources = {
    nodes: {
      byKeys: async (label, keys, plan) => {
        calls.push(`${label} ${keys.join(',')} ${plan ? 'planned' : 'whole'}`);
        return keys.map((key) => ({ label, key, name: `fresh ${key}` }) as never);
      },
      sourceTexts: async (keys) => keys.map(() => 'text'),
    },
    relations: {
      related: async (walk, keys) => {
        calls.push(`walk ${walk.traversal} ${keys.join(',')}`);
        return keys.map(() => [{ label: 'Person', key: 'p1', name: 'walked' }]);
      },
    },
    curation: { stageHistories: async (keys) => keys.map(() => []) },
    sources: { propertyEvidence: async (keys) => keys.map(() => ({})), citedSpans: async (keys) => keys.map(() => null) },
    claims: { claimsOf: async (_label, keys) => keys.map(() => ({ total: 0, rows: [] })) },
  };
  return { sources, calls };
}

const whole: ReadPlan = { labels: ['Country', 'Organization', 'Person'], along: [] };
const shaped: ReadPlan = { labels: ['Person'], properties: ['name'], along: [] };

describe('DataLoader as its authors intend', () => {
  it('rows read along prime the loader of their plan, and the whole-node loader when read whole', async () => {
    const { sources, calls } = countingSources();
    const loaders = createLoaders(sources);
    loaders.prime([{ label: 'Person', key: 'p1', name: 'read along' }], whole);
    loaders.prime([{ label: 'Person', key: 'p2', name: 'read along' }], shaped);
    expect(await loaders.node('Person', whole).load('p1')).toMatchObject({ name: 'read along' });
    expect(await loaders.node('Person').load('p1')).toMatchObject({ name: 'read along' });
    expect(await loaders.node('Person', shaped).load('p2')).toMatchObject({ name: 'read along' });
    expect(calls).toEqual([]);
    // A row read with only some properties is no answer to loading the whole node.
    expect(await loaders.node('Person').load('p2')).toMatchObject({ name: 'fresh p2' });
    expect(calls).toEqual(['Person p2 whole']);
  });

  it('a fall-back walk batches its keys into one read and primes what it reached', async () => {
    const { sources, calls } = countingSources();
    const loaders = createLoaders(sources);
    const walk = { from: null, traversal: 'Role.holder', withTotal: false, plan: whole } as const;
    await Promise.all([loaders.walk(walk).load('r1'), loaders.walk({ ...walk }).load('r2')]);
    expect(calls).toEqual(['walk Role.holder r1,r2']);
    expect(await loaders.node('Person').load('p1')).toMatchObject({ name: 'walked' });
    expect(calls).toHaveLength(1);
  });

  it('clearAll after a write: the same loaders read afresh', async () => {
    const { sources, calls } = countingSources();
    const loaders = createLoaders(sources);
    const node = loaders.node('Country');
    await node.load('GB');
    await node.load('GB');
    expect(calls).toEqual(['Country GB whole']);
    loaders.clearAll();
    expect(loaders.node('Country')).toBe(node);
    await node.load('GB');
    expect(calls).toEqual(['Country GB whole', 'Country GB whole']);
  });
});
