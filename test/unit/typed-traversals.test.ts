import { buildASTSchema, getNamedType, isAbstractType, isObjectType, parse, type GraphQLNamedType } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { NODE_LABELS } from '../../src/model/graph';
import { TRAVERSALS, walk, type TraversalName } from '../../src/read/traversals';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const names = Object.keys(TRAVERSALS) as TraversalName[];

/** The labels each node of a pattern names, in order (`[]` for a node that names none). */
function nodeLabels(pattern: string): string[][] {
  return [...pattern.matchAll(/\(([^)]*)\)/g)].map(([, inside]) => {
    const colon = (inside ?? '').indexOf(':');
    return colon < 0 ? [] : (inside ?? '').slice(colon + 1).split('|');
  });
}

/** The object types a field's values can be: through a connection's `edges { node }`, each possible type of an interface or union. */
function possibleTypes(type: GraphQLNamedType): string[] {
  if (isObjectType(type) && 'edges' in type.getFields()) return possibleTypes(getNamedType(type.getFields().edges!.type));
  if (isObjectType(type) && 'cursor' in type.getFields()) return possibleTypes(getNamedType(type.getFields().node!.type));
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((possible) => possible.name);
  return [type.name];
}

describe('traversal patterns', () => {
  it.each(names)('%s names a label of the model on every node it walks', (name) => {
    const nodes = nodeLabels(TRAVERSALS[name].pattern);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const labels of nodes) {
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(NODE_LABELS).toContain(label);
    }
    expect(nodes[0]).toEqual([TRAVERSALS[name].from]);
  });

  it.each(names)('%s reaches only the types its GraphQL field can return', (name) => {
    const [typeName, fieldName] = name.split('.') as [string, string];
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the schema`);
    const field = type.getFields()[fieldName];
    expect(field).toBeDefined();
    const reached = nodeLabels(TRAVERSALS[name].pattern).at(-1) ?? [];
    expect([...reached].sort()).toEqual(possibleTypes(getNamedType(field!.type)).sort());
  });

  it('keeps the end labels when a walk binds its ends to other variables (its start is bound by the walk it is nested in)', () => {
    expect(TRAVERSALS['Evidence.facts'].pattern).toMatch(/^\(n:Evidence\)<-\[:EVIDENCED_BY\]-\(m:Country\|Organization\|/);
    expect(walk('Evidence.facts', 'e', 'e_0').pattern).toMatch(/^\(e\)<-\[:EVIDENCED_BY\]-\(e_0:Country\|Organization\|/);
    expect(walk('Evidence.facts', 'e', 'e_0').pattern).not.toMatch(/StageChange|AuditEvent|ApiKey|IdempotencyKey/);
  });
});
