/**
 * The model (src/model) and the schema (src/graphql/schema) describe the same graph: every field
 * the model walks is a field of the schema of the same name, target and shape, and every schema
 * field that returns nodes is walked by the model or resolved by a named hand-written resolver.
 */
import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { resolvers } from '../../src/graphql/resolvers';
import { MODEL_FIELDS, type ModelField } from '../../src/model/fields';
import { FACT_LABELS, LISTED_LABELS, NODE_LABELS, NODE_TYPES } from '../../src/model/graph';

/** Schema fields that return nodes and are resolved by hand, not by walking the model. */
const HAND_WRITTEN = [
  'Query.node',
  'Query.search',
  'Query.country',
  'Query.statements',
  'Query.commitments',
  'Query.domain',
  'StageChange.evidence',
  'Evidence.source',
  'Source.titleEvidence',
  'Source.publisherEvidence',
  'Source.datelineEvidence',
  'AuditEvent.touched',
  'IngestSourcePayload.source',
  'IngestSourcePayload.facts',
  'StatementPayload.statement',
  'CommitmentPayload.commitment',
  'RecordCommitmentStagePayload.commitment',
  'AttachEvidencePayload.fact',
  'DomainLeadershipPayload.leadership',
  'FactChange.facts',
  // Claims (issue 18): filtered by field, so read by the claims loader rather than walked.
  ...FACT_LABELS.map((label) => `${label}.claims`),
  'Disagreement.fact',
  'Disagreement.claims',
];
/** Schema fields that return nodes their parent row already holds (a search hit's node, a facet group's node). */
const FROM_ROW = ['SearchResult.node', 'DomainCount.node', 'ActorCount.node', 'ConditionCount.node', 'CapabilityCount.node', 'EventCount.node'];

const labels = new Set<string>(NODE_LABELS);

/** The node type, interface or union a field returns (through a connection's `edges { node }`), and its shape. */
function shapeOf(field: GraphQLField<unknown, unknown>): { target: string; cardinality: string } | undefined {
  const named = getNamedType(field.type);
  const isNodeType = (type: GraphQLNamedType) => labels.has(type.name) || (isAbstractType(type) && isNodeGroup(type));
  if (isObjectType(named) && named.name.endsWith('Connection')) {
    const edge = getNamedType(named.getFields().edges?.type);
    const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
    return node && isNodeType(node) ? { target: node.name, cardinality: 'connection' } : undefined;
  }
  if (!isNodeType(named)) return undefined;
  if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) return { target: named.name, cardinality: 'list' };
  return { target: named.name, cardinality: isNonNullType(field.type) ? 'requiredOne' : 'one' };
}

let schema: GraphQLSchema;
function isNodeGroup(type: GraphQLNamedType): boolean {
  return isAbstractType(type) && schema.getPossibleTypes(type).every(({ name }) => labels.has(name));
}

/** What disagrees between the model's fields (and listed labels) and a schema. */
function drift(against: GraphQLSchema, fields: readonly ModelField[], handWritten: readonly string[]): string[] {
  schema = against;
  const problems: string[] = [];
  const walked = new Set(fields.map(({ name }) => name));
  for (const { name, on, field, target, cardinality } of fields) {
    const type = against.getType(on);
    const definition = isObjectType(type) ? type.getFields()[field] : undefined;
    const shape = definition && shapeOf(definition);
    if (!shape) problems.push(`${name}: the schema has no field ${name} returning nodes`);
    else if (shape.target !== target || shape.cardinality !== cardinality) {
      problems.push(`${name}: the model walks to ${target} (${cardinality}), the schema returns ${shape.target} (${shape.cardinality})`);
    }
  }
  const rootLists = new Set(LISTED_LABELS.map((label) => `Query.${NODE_TYPES[label].plural}`));
  for (const label of LISTED_LABELS) {
    const name = `Query.${NODE_TYPES[label].plural}`;
    const definition = against.getQueryType()?.getFields()[NODE_TYPES[label].plural];
    const shape = definition && shapeOf(definition);
    if (shape?.target !== label || shape.cardinality !== 'connection') problems.push(`${name}: the model lists ${label} at the root, the schema does not`);
  }
  for (const type of Object.values(against.getTypeMap())) {
    // A connection's edges only carry the nodes the field that returns the connection found.
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Edge')) continue;
    for (const definition of Object.values(type.getFields())) {
      const name = `${type.name}.${definition.name}`;
      if (!shapeOf(definition) || walked.has(name as ModelField['name']) || rootLists.has(name) || handWritten.includes(name)) continue;
      problems.push(`${name} returns nodes but is neither walked by the model nor resolved by hand`);
    }
  }
  return problems;
}

const real = buildASTSchema(parse(loadTypeDefs().join('\n')));

describe('the model and the schema', () => {
  it('agree on every field that returns nodes', () => {
    expect(drift(real, MODEL_FIELDS, [...HAND_WRITTEN, ...FROM_ROW])).toEqual([]);
  });

  it.each(HAND_WRITTEN)('%s has a named hand-written resolver', (name) => {
    const [type, field] = name.split('.') as [string, string];
    const typeResolvers = (resolvers as Record<string, Record<string, unknown> | undefined>)[type];
    expect(typeof typeResolvers?.[field]).toBe('function');
  });

  it.each(MODEL_FIELDS.map(({ name }) => name))('%s has a resolver', (name) => {
    const [type, field] = name.split('.') as [string, string];
    expect(typeof (resolvers as Record<string, Record<string, unknown>>)[type]?.[field]).toBe('function');
  });

  it('fails when the schema gains a node field the model does not walk', () => {
    const grown = buildASTSchema(parse([...loadTypeDefs(), 'extend type Country { rivals(first: Int! = 20, after: String): CountryConnection! }'].join('\n')));
    expect(drift(grown, MODEL_FIELDS, [...HAND_WRITTEN, ...FROM_ROW])).toEqual([
      'Country.rivals returns nodes but is neither walked by the model nor resolved by hand',
    ]);
  });

  it('fails when the model walks a field the schema lacks or types differently', () => {
    const pledgers = MODEL_FIELDS.find(({ name }) => name === 'Commitment.pledgers')!;
    const drifted: ModelField[] = [
      ...MODEL_FIELDS.filter((field) => field !== pledgers),
      { ...pledgers, cardinality: 'one' },
      { ...pledgers, name: 'Commitment.sponsors' as ModelField['name'], field: 'sponsors' },
    ];
    expect(drift(real, drifted, [...HAND_WRITTEN, ...FROM_ROW])).toEqual([
      'Commitment.pledgers: the model walks to Actor (one), the schema returns Actor (connection)',
      'Commitment.sponsors: the schema has no field Commitment.sponsors returning nodes',
    ]);
  });

  it('fails when a model walk is dropped while the schema keeps its field', () => {
    const fewer = MODEL_FIELDS.filter(({ name }) => name !== 'Risk.threatens');
    expect(drift(real, fewer, [...HAND_WRITTEN, ...FROM_ROW])).toEqual([
      'Risk.threatens returns nodes but is neither walked by the model nor resolved by hand',
    ]);
  });
});
