/**
 * Every GraphQL field that walks the graph, derived from the relationships and paths of the model
 * (graph.ts): one per end of a relationship and label that has it, one per path.
 */
import {
  ABSTRACT_TYPES,
  NODE_TYPES,
  PATHS,
  RELATIONSHIPS,
  type Cardinality,
  type End,
  type NodeLabel,
  type Relationship,
  type RelationshipType,
  type Step,
  type TargetType,
} from './graph';

type Declared = (typeof RELATIONSHIPS)[number];
type OutName<R> = R extends {
  from: readonly (infer L extends string)[];
  out: { field: infer F extends string };
}
  ? `${L}.${F}`
  : never;
type BackName<R> = R extends {
  back: {
    field: infer F extends string;
    on: readonly (infer L extends string)[];
  };
}
  ? `${L}.${F}`
  : R extends {
        to: readonly (infer L extends string)[];
        back: { field: infer F extends string };
      }
    ? `${L}.${F}`
    : never;
type PathName<P> = P extends {
  on: infer L extends string;
  field: infer F extends string;
}
  ? `${L}.${F}`
  : never;

/** `<Type>.<field>` of every field that walks the graph. */
export type ModelFieldName = OutName<Declared> | BackName<Declared> | PathName<(typeof PATHS)[number]>;

export interface ModelField {
  name: ModelFieldName;
  /** The label whose GraphQL type has the field. */
  on: NodeLabel;
  field: string;
  /** What the field returns (a connection's nodes): a node type, or an interface or union of them. */
  target: TargetType;
  cardinality: Cardinality;
  /** The hops from the node to what the field returns. */
  steps: readonly Step[];
}

function targetOf(end: End, labels: readonly NodeLabel[], relationship: Relationship): TargetType {
  if (end.type) return end.type;
  const [only, ...more] = labels;
  if (!only || more.length > 0) throw new Error(`${relationship.type}.${end.field} reaches several labels: give the field's interface or union as its type`);
  return only;
}

function endFields(relationship: Relationship): ModelField[] {
  const { type, from, to, out, back } = relationship;
  const fields = (end: End, owners: readonly NodeLabel[], reached: readonly NodeLabel[], direction: Step['direction']) => {
    const target = targetOf(end, reached, relationship);
    return (end.on ?? owners).map((on) => ({
      name: `${on}.${end.field}` as ModelFieldName,
      on,
      field: end.field,
      target,
      cardinality: end.cardinality,
      steps: [{ type: type as Step['type'], direction, to: reached[0]! }],
    }));
  };
  return [...(out ? fields(out, from, to, 'out') : []), ...(back ? fields(back, to, from, 'in') : [])];
}

export const MODEL_FIELDS: readonly ModelField[] = [
  ...(RELATIONSHIPS as readonly Relationship[]).flatMap(endFields),
  ...PATHS.map(({ on, field, cardinality, steps }) => ({
    name: `${on}.${field}` as ModelFieldName,
    on,
    field,
    target: steps[steps.length - 1]!.to,
    cardinality,
    steps,
  })),
];

const BY_NAME = new Map<string, ModelField>(MODEL_FIELDS.map((field) => [field.name, field]));
if (BY_NAME.size !== MODEL_FIELDS.length) throw new Error('the model declares a field twice');

export function modelField(name: ModelFieldName): ModelField {
  return BY_NAME.get(name)!;
}

/** The fields of one label that walk the graph, in declaration order. */
export function fieldsOf(label: NodeLabel): ModelField[] {
  return MODEL_FIELDS.filter((field) => field.on === label);
}

/** Whether a list of `type`'s nodes is in key order alone (the type declares no order of its own). */
export function inKeyOrder(type: TargetType): boolean {
  const declared = type in ABSTRACT_TYPES ? ABSTRACT_TYPES[type as keyof typeof ABSTRACT_TYPES] : NODE_TYPES[type as NodeLabel];
  return !('orderBy' in declared) && !('byType' in declared);
}

/** Whether a field is a page of the nodes one relationship reaches against its direction, in key order. */
export const pagedInKeyOrderAgainst = ({ cardinality, steps, target }: ModelField): boolean =>
  cardinality === 'connection' && steps.length === 1 && steps[0]!.direction === 'in' && inKeyOrder(target);

/**
 * The relationship types some connection walks against their direction in key order, from the
 * node they end at (a domain's commitments, a country's pledges): the lists that grow with the
 * sources. Each relationship of these types carries its ends' keys (`startKey`, `endKey`, written
 * with it), and a range index on (endKey, startKey) (src/neo4j/migrations.ts) serves such a page
 * in order and stops after it, whatever the end node's degree (src/read/compile.ts).
 */
export const KEY_PAGED_RELATIONSHIPS: readonly RelationshipType[] = [
  ...new Set(MODEL_FIELDS.filter(pagedInKeyOrderAgainst).map(({ steps }) => steps[0]!.type)),
];
