/**
 * The benchmark's peer (bench/peer/type-defs.ts) maps the same graph by hand, in @neo4j/graphql's
 * own shape; this keeps it on the model: every relationship field walks the model's field of
 * the same name (same relationship type and direction), every custom Cypher field walks the model's
 * field of the same name in its order, and every scalar is a property of the model.
 */
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { PEER_TYPE_DEFS } from '../../bench/peer/type-defs';
import { MODEL_FIELDS } from '../../src/model/fields';
import { NODE_TYPES, type NodeLabel } from '../../src/model/graph';
import { walk as traversal, type TraversalName } from '../../src/read/traversals';

const types = parse(PEER_TYPE_DEFS).definitions.filter((node): node is ObjectTypeDefinitionNode => node.kind === Kind.OBJECT_TYPE_DEFINITION);
const fields = types.flatMap((type) => (type.fields ?? []).map((field): [string, FieldDefinitionNode] => [type.name.value, field]));

function cypherOf(field: FieldDefinitionNode): string | undefined {
  const value = field.directives?.find(({ name }) => name.value === 'cypher')?.arguments?.find(({ name }) => name.value === 'statement')?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function relationshipOf(field: FieldDefinitionNode): { type: string; direction: string } | undefined {
  const directive = field.directives?.find(({ name }) => name.value === 'relationship');
  if (!directive) return undefined;
  const argument = (name: string) => {
    const value = directive.arguments?.find((candidate) => candidate.name.value === name)?.value;
    return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : '';
  };
  return { type: argument('type'), direction: argument('direction') };
}

describe('the peer maps the model', () => {
  it('names only node types of the model', () => {
    for (const type of types) expect(Object.keys(NODE_TYPES)).toContain(type.name.value);
  });

  it.each(fields.map(([type, field]) => [`${type}.${field.name.value}`, field] as const))('%s is a walk or a property of the model', (name, field) => {
    const [type, fieldName] = name.split('.') as [NodeLabel, string];
    const relationship = relationshipOf(field);
    const cypher = cypherOf(field);
    if (cypher !== undefined) {
      const { pattern, order } = traversal(name as TraversalName, 'this', 'p');
      expect(cypher).toContain(`MATCH ${pattern} `);
      expect(cypher).toContain(`ORDER BY ${order} `);
      return;
    }
    if (!relationship) {
      expect(fieldName === 'key' || fieldName in NODE_TYPES[type].properties).toBe(true);
      return;
    }
    const walk = MODEL_FIELDS.find((candidate) => candidate.name === name);
    expect(walk?.steps.map(({ type: step, direction }) => ({ type: step, direction: direction.toUpperCase() }))).toEqual([relationship]);
  });
});
