import { buildASTSchema, getNamedType, isAbstractType, isObjectType, parse, type GraphQLNamedType } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { NODE_LABELS } from '../../src/model/graph';
import { degreePattern, TRAVERSALS, walk, type TraversalName } from '../../src/read/traversals';

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

  it.each(names)('%s as walked is its pattern with only some labels left out', (name) => {
    const { pattern, walked } = TRAVERSALS[name];
    const unlabelled = (text: string) => text.replace(/\(([nm]?)(:[\w|]+)?\)/g, '($1)');
    expect(unlabelled(walked)).toBe(unlabelled(pattern));
    const full = nodeLabels(pattern);
    nodeLabels(walked).forEach((labels, index) => {
      if (labels.length > 0) expect(labels).toEqual(full[index]);
    });
    expect(nodeLabels(walked)[0]).toEqual([TRAVERSALS[name].from]);
  });

  it('leaves out a label only where every relationship of that type ends at that label', () => {
    expect(TRAVERSALS['Country.pledges'].walked).toBe('(n:Country)<-[:PLEDGED_BY]-(m)');
    expect(TRAVERSALS['Commitment.pledgers'].walked).toBe('(n:Commitment)-[:PLEDGED_BY]->(m)');
    expect(TRAVERSALS['Country.officeHolders'].walked).toBe('(n:Country)<-[:OF]-()<-[:HOLDS]-(m)');
    // Claims are EVIDENCED_BY evidence too, and a Claim is no Fact: the facts keep their labels.
    expect(TRAVERSALS['Evidence.facts'].walked).toBe(TRAVERSALS['Evidence.facts'].pattern);
    expect(walk('Evidence.facts', 'e', 'e_0').pattern).toMatch(/^\(e\)<-\[:EVIDENCED_BY\]-\(e_0:Country\|Organization\|/);
  });

  it('counts from the degree only one relationship whose far end the model implies', () => {
    expect(degreePattern('Country.pledges', 'c')).toBe('(c)<-[:PLEDGED_BY]-()');
    expect(degreePattern('Commitment.evidence', 'c')).toBe('(c)-[:EVIDENCED_BY]->()');
    expect(degreePattern('Evidence.facts', 'e')).toBeNull();
    expect(degreePattern('Country.officeHolders', 'c')).toBeNull();
  });

  it('keeps the end labels when a walk binds its ends to other variables (its start is bound by the walk it is nested in)', () => {
    expect(TRAVERSALS['Evidence.facts'].pattern).toMatch(/^\(n:Evidence\)<-\[:EVIDENCED_BY\]-\(m:Country\|Organization\|/);
    expect(walk('Evidence.facts', 'e', 'e_0').pattern).toMatch(/^\(e\)<-\[:EVIDENCED_BY\]-\(e_0:Country\|Organization\|/);
    expect(walk('Evidence.facts', 'e', 'e_0').pattern).not.toMatch(/StageChange|AuditEvent|ApiKey|IdempotencyKey/);
  });
});
