import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { planAt, type Lookahead } from '../../src/read/plan';
import { cachedPlanAt, cachedPlanCount, cachedWalkFor, LruCache, PLAN_CACHE_SIZE } from '../../src/read/plan-cache';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** One parsed document, as Apollo keeps it per query text: its field nodes are the same objects each time it is asked. */
function document(text: string): (variableValues?: Record<string, unknown>) => Lookahead {
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  // graphql-js collects a field's nodes into a new array for every execution.
  return (variableValues = {}) => ({ fieldNodes: [root], fragments: {}, schema, variableValues: { ...variableValues } });
}

const pledges = document('query ($n: Int, $yes: Boolean!) { countries { edges { node { name pledges(first: $n) @include(if: $yes) { totalCount } } } } }');

describe('the plan cache', () => {
  it('answers the same operation asked again with the same variables with the same plan, equal to a fresh one', () => {
    const first = cachedPlanAt('Country', pledges({ n: 3, yes: true }), ['edges', 'node']);
    const again = cachedPlanAt('Country', pledges({ n: 3, yes: true }), ['edges', 'node']);
    expect(again).toBe(first);
    expect(again).toEqual(planAt('Country', pledges({ n: 3, yes: true }), ['edges', 'node']));
  });

  it('plans apart what variables change: a page size, an @include', () => {
    const three = cachedPlanAt('Country', pledges({ n: 3, yes: true }), ['edges', 'node']);
    const seven = cachedPlanAt('Country', pledges({ n: 7, yes: true }), ['edges', 'node']);
    const skipped = cachedPlanAt('Country', pledges({ n: 3, yes: false }), ['edges', 'node']);
    expect(three.along[0]!.walks[0]!.page).toEqual({ offset: 0, first: 3 });
    expect(seven.along[0]!.walks[0]!.page).toEqual({ offset: 0, first: 7 });
    expect(skipped.along).toEqual([]);
  });

  it('plans apart the same text parsed again (another document), another path and other labels', () => {
    const text = 'query { countries { edges { node { code } } } }';
    const once = cachedPlanAt('Country', document(text)(), ['edges', 'node']);
    expect(cachedPlanAt('Country', document(text)(), ['edges', 'node'])).not.toBe(once);
    const other = document('query { countries { edges { node { code } } } }')();
    expect(cachedPlanAt('Country', other, ['edges'])).not.toBe(cachedPlanAt('Country', other, ['edges', 'node']));
    expect(cachedPlanAt(['Country', 'Organization'], other, ['edges', 'node']).labels).toEqual(['Country', 'Organization']);
  });

  it('keeps walks by traversal and variables', () => {
    const holders = document('query ($n: Int) { officeHolders(first: $n) { edges { node { name } } } }');
    const walk = cachedWalkFor('Country.officeHolders', holders({ n: 2 }));
    expect(cachedWalkFor('Country.officeHolders', holders({ n: 2 }))).toBe(walk);
    expect(walk.page).toEqual({ offset: 0, first: 2 });
    expect(cachedWalkFor('Country.officeHolders', holders({ n: 4 })).page).toEqual({ offset: 0, first: 4 });
  });

  it('is bounded: past its size the least recently used entry goes first', () => {
    const cache = new LruCache<number>(3);
    for (const [index, key] of ['a', 'b', 'c'].entries()) cache.set(key, index);
    expect(cache.get('a')).toBe(0);
    cache.set('d', 3);
    expect(cache.length).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([0, 2, 3]);
    expect(PLAN_CACHE_SIZE).toBeGreaterThan(0);
  });

  it('holds at most PLAN_CACHE_SIZE plans however many variables it sees', () => {
    for (let n = 1; n <= PLAN_CACHE_SIZE + 50; n += 1) cachedPlanAt('Country', pledges({ n, yes: true }), ['edges', 'node']);
    expect(cachedPlanCount()).toBe(PLAN_CACHE_SIZE);
  });
});
