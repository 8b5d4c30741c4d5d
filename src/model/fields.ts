/**
 * Every GraphQL field that walks the graph, derived from the relationships and paths of the model
 * (graph.ts): one per end of a relationship and label that has it, one per path.
 */
import { PATHS, RELATIONSHIPS, type Cardinality, type End, type NodeLabel, type Relationship, type Step, type TargetType } from './graph';

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
