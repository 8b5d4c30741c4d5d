import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isLeafType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../../src/graphql/context';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { encodeId } from '../../src/ids';
import { NODE_LABELS, type NodeLabel } from '../../src/model/graph';
import { planAt, type Lookahead, type ReadPlan } from '../../src/read/plan';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** What the resolver of the operation's first root field sees. */
function lookahead(document: string, variableValues: Record<string, unknown> = {}): Lookahead {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments, schema, variableValues };
}

const countries = (selection: string, variables?: Record<string, unknown>, fragments = '') =>
  planAt('Country', lookahead(`query ($n: Int, $yes: Boolean!) { countries { edges { node { ${selection} } } } } ${fragments}`, variables), ['edges', 'node']);

describe('planning what a query asks below a field', () => {
  it('sees fields through aliases, inline fragments and named fragments', () => {
    const plan = countries(
      'alias: name ...Leaders ... on Country { code }',
      {},
      'fragment Leaders on Country { officeHolders { edges { node { roles { edges { node { title } } } } } } }',
    );
    expect(plan.properties).toEqual(['code', 'name']);
    expect(plan.along.map(({ as }) => as)).toEqual(['officeHolders']);
    const [holders] = plan.along[0]!.walks;
    expect(holders).toMatchObject({ traversal: 'Country.officeHolders', page: { offset: 0, first: 10 }, withTotal: false });
    expect(holders!.plan.along[0]!.walks[0]).toMatchObject({ traversal: 'Person.roles', plan: { labels: ['Role'], properties: ['title'] } });
  });

  it('reads a nested field’s arguments, literal or from variables', () => {
    const plan = countries('pledges(first: $n, after: "b2Zmc2V0OjQ") { totalCount }', { n: 7, yes: true });
    expect(plan.along[0]!.walks[0]).toMatchObject({ page: { offset: 5, first: 7 }, withTotal: true });
  });

  it('plans each response name apart: one field under two aliases with different pages is read twice', () => {
    const plan = countries('a: pledges(first: 1) { totalCount } b: pledges(first: 2) { edges { node { summary } } }');
    expect(plan.along.map(({ as, walks: [walk] }) => [as, walk!.page, walk!.withTotal, walk!.plan.properties])).toEqual([
      ['a', { offset: 0, first: 1 }, true, []],
      ['b', { offset: 0, first: 2 }, false, ['summary']],
    ]);
  });

  it('merges one response name selected twice with the same arguments', () => {
    const plan = countries('pledges(first: 3) { totalCount } pledges(first: 3) { edges { node { summary } } }');
    expect(plan.along).toHaveLength(1);
    expect(plan.along[0]!.walks[0]).toMatchObject({ page: { first: 3 }, withTotal: true, plan: { properties: ['summary'] } });
  });

  it('leaves to its resolver a page it cannot read (the resolver reports it)', () => {
    expect(countries('pledges(first: 500) { totalCount }').along).toEqual([]);
  });

  it('drops what @skip and @include leave out, literal or from variables', () => {
    const plan = countries(
      'name @skip(if: $yes) code @include(if: $yes) pledges(first: 2) @include(if: false) { totalCount } roles @skip(if: false) { totalCount }',
      {
        yes: true,
      },
    );
    expect(plan.properties).toEqual(['code']);
    expect(plan.along.map(({ as }) => as)).toEqual(['roles']);
  });

  it('applies a fragment on an interface to every type that implements it, a fragment on a type to that type only', () => {
    const info = lookahead(`{ statements { edges { node { about(first: 5) { edges { node {
        ... on Fact { evidence(first: 1) { edges { node { quote } } } }
        ... on Commitment { summary pledgers(first: 2) { totalCount } }
        ... on Condition { pledgers: dependents(first: 3) { totalCount } } } } } } } } }`);
    const about = planAt('Statement', info, ['edges', 'node']).along[0]!.walks[0]!;
    expect(about.traversal).toBe('Statement.about');
    // Nodes of several labels are read whole; what they walk is planned per label.
    expect(about.plan.properties).toBeUndefined();
    const [evidence, pledgers] = about.plan.along;
    expect(evidence).toMatchObject({ as: 'evidence', walks: [{ from: null, traversal: expect.stringMatching(/\.evidence$/) }] });
    expect(pledgers!.walks.map(({ from, traversal, page }) => [from, traversal, page!.first])).toEqual([
      [['Commitment'], 'Commitment.pledgers', 2],
      [['Condition'], 'Condition.dependents', 3],
    ]);
  });
});

/**
 * Every computed leaf field of every node type, resolved by the real resolvers (through Apollo)
 * on a row holding only what the plan read: its resolver may read only that (and `key`,
 * `label`, which every row has). A computed field that reads a sibling property
 * must declare it (`computedField`), or this fails.
 */
/** A value of a leaf type, for a stored property of that field's name; null for a property no field is named after. */
function sampleOf(type: GraphQLOutputType | undefined): unknown {
  const named = type && getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  return { Int: 1, Float: 1, Boolean: true }[named?.name ?? ''] ?? (named ? 'sample' : null);
}

describe('a computed field reads only what the plan fetched', () => {
  // `then`: awaiting the row asks whether it is a promise.
  const ALWAYS = new Set(['key', 'label', 'related', 'then']);
  const types = NODE_LABELS.map((label) => [label, schema.getType(label)] as const).filter(([, type]) => isObjectType(type));

  it.each(types.map(([label]) => label))('%s', async (label) => {
    const type = schema.getType(label);
    if (!isObjectType(type)) throw new Error(label);
    const leaves = Object.values(type.getFields()).filter((field) => field.args.length === 0 && isLeafType(getNamedType(field.type)));
    const unplanned: string[] = [];
    let planned: ReadPlan | undefined;
    const row = (plan: ReadPlan | undefined) =>
      new Proxy(
        { label, key: 'k' },
        {
          get(target, property) {
            if (typeof property !== 'string' || property in target) return Reflect.get(target, property) as unknown;
            if (!ALWAYS.has(property) && !(plan?.properties ?? []).includes(property)) unplanned.push(property);
            return sampleOf(type.getFields()[property]?.type);
          },
        },
      );
    const loader = { load: async () => [] };
    const contextValue = {
      loaders: {
        node: (_label: NodeLabel, plan?: ReadPlan) => {
          planned = plan;
          return { load: async () => row(plan) };
        },
        stageHistory: loader,
        sourceText: { load: async () => 'text' },
      },
    } as unknown as Context;
    const apollo = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers });
    const query = `query ($id: ID!) { node(id: $id) { ... on ${label} { ${leaves.map(({ name }) => name).join(' ')} } } }`;
    const response = await apollo.executeOperation({ query, variables: { id: encodeId(label, 'k') } }, { contextValue });
    expect(response.body.kind).toBe('single');
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
    expect(planned?.labels).toEqual([label]);
    expect(planned?.properties?.length).toBeGreaterThan(0);
    expect(unplanned).toEqual([]);
  });

  it('fails for a computed field that reads a property it does not declare', async () => {
    const undeclared = {
      ...resolvers,
      Commitment: { ...resolvers.Commitment, initialStage: (row: { stage: string; currentStage?: string }) => row.currentStage ?? row.stage },
    };
    const reads: string[] = [];
    const contextValue = {
      loaders: {
        node: (_label: NodeLabel, plan?: ReadPlan) => ({
          load: async () =>
            new Proxy(
              { label: 'Commitment', key: 'k' },
              {
                get(target, property) {
                  if (typeof property === 'string' && property !== 'then' && !(property in target) && !(plan?.properties ?? []).includes(property)) {
                    reads.push(property);
                  }
                  return Reflect.get(target, property) as unknown;
                },
              },
            ),
        }),
      },
    } as unknown as Context;
    const apollo = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers: undeclared });
    await apollo.executeOperation({ query: `{ node(id: "${encodeId('Commitment', 'k')}") { ... on Commitment { initialStage } } }` }, { contextValue });
    expect(reads).toEqual(['currentStage', 'stage']);
  });
});
