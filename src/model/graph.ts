/** Node labels of the graph (docs/model.md): the only label names Cypher is ever built with. */
export const NODE_LABELS = [
  'Source',
  'Evidence',
  'Country',
  'Organization',
  'Person',
  'Role',
  'Event',
  'Statement',
  'Commitment',
  'Capability',
  'Domain',
  'DomainLeadership',
  'Priority',
  'Condition',
  'Position',
  'OpenQuestion',
  'Risk',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type FactLabel = Exclude<NodeLabel, 'Source' | 'Evidence'>;
/** The labels of facts: what `Fact` (and `EVIDENCED_BY`'s start) can be. Never history or operational nodes. */
export const FACT_LABELS = NODE_LABELS.filter((name): name is FactLabel => name !== 'Source' && name !== 'Evidence');

/** Relationship types of the graph: the only type names Cypher is ever built with. */
export const RELATIONSHIP_TYPES = [
  'IN',
  'EVIDENCED_BY',
  'HOLDS',
  'OF',
  'HAS_MEMBER',
  'ATTENDED_BY',
  'MADE_BY',
  'AT',
  'ABOUT',
  'PLEDGED_BY',
  'BENEFITS',
  'PROVIDES',
  'IN_DOMAIN',
  'CONDITIONAL_ON',
  'SERVES',
  'MADE_AT',
  'AGREED_AT',
  'FOR_DOMAIN',
  'LED_BY',
  'HELD_BY',
  'RAISED_BY',
  'THREATENS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A label, checked against the model and quoted: the only non-parameter text Cypher is built with. */
export function label(name: NodeLabel): string {
  if (!(NODE_LABELS as readonly string[]).includes(name)) throw new Error(`not a label of the model: ${name}`);
  return `\`${name}\``;
}

/** A relationship type, checked against the model and quoted. */
export function relationshipType(name: RelationshipType): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(name)) throw new Error(`not a relationship type of the model: ${name}`);
  return `\`${name}\``;
}
