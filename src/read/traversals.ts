import type { NodeLabel } from '../write/ingest-repository';
import { FACT_LABELS } from '../model/graph';

interface Traversal {
  from: NodeLabel;
  /** A pattern from the bound node `n` to the related nodes `m`. */
  pattern: string;
  order: string;
}

const ACTORS = ['Country', 'Organization', 'Person'] as const;
/** Label expressions for an end that is a GraphQL interface or union: its possible types, nothing else. */
const ACTOR = ACTORS.join('|');
const FACT = FACT_LABELS.join('|');
const DEPENDENT = 'Commitment|DomainLeadership';
const BY_KEY = 'm.key';
const IN_SOURCE_ORDER = 'm.start, m.`end`, m.key';
const BY_TYPE_THEN_KEY = 'labels(m)[0], m.key';

function forEach<const L extends NodeLabel, const F extends string>(
  labels: readonly L[],
  field: F,
  pattern: string,
  order = BY_KEY,
): Record<`${L}.${F}`, Traversal> {
  const traversals: Record<string, Traversal> = Object.fromEntries(
    labels.map((from) => [`${from}.${field}`, { from, pattern: pattern.replace('(n)', `(n:${from})`), order }]),
  );
  return traversals;
}

/**
 * Every edge the API walks, named `<Type>.<field>` after the GraphQL field that walks it. The
 * patterns are fixed text; keys, offsets and sizes travel as parameters.
 */
export const TRAVERSALS = {
  'Country.officeHolders': { from: 'Country', pattern: '(n:Country)<-[:OF]-(:Role)<-[:HOLDS]-(m:Person)', order: 'm.name, m.key' },
  ...forEach(['Country', 'Organization'], 'roles', '(n)<-[:OF]-(m:Role)'),
  'Person.roles': { from: 'Person', pattern: '(n:Person)-[:HOLDS]->(m:Role)', order: BY_KEY },
  'Role.holder': { from: 'Role', pattern: '(n:Role)<-[:HOLDS]-(m:Person)', order: BY_KEY },
  'Role.of': { from: 'Role', pattern: `(n:Role)-[:OF]->(m:${ACTOR})`, order: BY_KEY },
  ...forEach(['Country', 'Organization'], 'pledges', '(n)<-[:PLEDGED_BY]-(m:Commitment)'),
  'Country.beneficiaryOf': { from: 'Country', pattern: '(n:Country)<-[:BENEFITS]-(m:Commitment)', order: BY_KEY },
  'Country.memberships': { from: 'Country', pattern: '(n:Country)<-[:HAS_MEMBER]-(m:Organization)', order: 'm.name, m.key' },
  'Organization.members': { from: 'Organization', pattern: '(n:Organization)-[:HAS_MEMBER]->(m:Country)', order: 'm.name, m.key' },
  ...forEach(ACTORS, 'statements', '(n)<-[:MADE_BY]-(m:Statement)'),
  ...forEach(ACTORS, 'positions', '(n)<-[:HELD_BY]-(m:Position)'),
  ...forEach(ACTORS, 'eventsAttended', '(n)<-[:ATTENDED_BY]-(m:Event)', 'm.name, m.key'),
  ...forEach(['Country', 'Organization'], 'leadership', '(n)<-[:LED_BY]-(m:DomainLeadership)'),
  ...forEach(['Country', 'Commitment'], 'risks', '(n)<-[:THREATENS]-(m:Risk)'),
  ...forEach(['Commitment', 'Condition', 'Priority', 'Domain', 'DomainLeadership'], 'statements', '(n)<-[:ABOUT]-(m:Statement)'),
  ...forEach(['Commitment', 'Condition'], 'positions', '(n)<-[:ABOUT]-(m:Position)'),
  ...forEach(['Country', 'Commitment', 'DomainLeadership', 'Event'], 'openQuestions', '(n)<-[:ABOUT]-(m:OpenQuestion)'),
  'Event.attendees': { from: 'Event', pattern: `(n:Event)-[:ATTENDED_BY]->(m:${ACTOR})`, order: 'm.name, m.key' },
  'Event.statements': { from: 'Event', pattern: '(n:Event)<-[:AT]-(m:Statement)', order: BY_KEY },
  'Event.commitments': { from: 'Event', pattern: '(n:Event)<-[:MADE_AT]-(m:Commitment)', order: BY_KEY },
  'Event.priorities': { from: 'Event', pattern: '(n:Event)<-[:AGREED_AT]-(m:Priority)', order: 'm.order, m.key' },
  'Statement.speaker': { from: 'Statement', pattern: `(n:Statement)-[:MADE_BY]->(m:${ACTOR})`, order: BY_KEY },
  'Statement.event': { from: 'Statement', pattern: '(n:Statement)-[:AT]->(m:Event)', order: BY_KEY },
  'Statement.about': { from: 'Statement', pattern: `(n:Statement)-[:ABOUT]->(m:${FACT})`, order: BY_TYPE_THEN_KEY },
  'Statement.source': { from: 'Statement', pattern: '(n:Statement)-[:EVIDENCED_BY]->(:Evidence)-[:IN]->(m:Source)', order: BY_KEY },
  'Commitment.pledgers': { from: 'Commitment', pattern: `(n:Commitment)-[:PLEDGED_BY]->(m:${ACTOR})`, order: 'm.name, m.key' },
  'Commitment.beneficiary': { from: 'Commitment', pattern: '(n:Commitment)-[:BENEFITS]->(m:Country)', order: BY_KEY },
  'Commitment.capabilities': { from: 'Commitment', pattern: '(n:Commitment)-[:PROVIDES]->(m:Capability)', order: BY_KEY },
  'Commitment.domains': { from: 'Commitment', pattern: '(n:Commitment)-[:IN_DOMAIN]->(m:Domain)', order: 'm.name, m.key' },
  'Commitment.conditions': { from: 'Commitment', pattern: '(n:Commitment)-[:CONDITIONAL_ON]->(m:Condition)', order: BY_KEY },
  'Commitment.priorities': { from: 'Commitment', pattern: '(n:Commitment)-[:SERVES]->(m:Priority)', order: 'm.order, m.key' },
  'Commitment.event': { from: 'Commitment', pattern: '(n:Commitment)-[:MADE_AT]->(m:Event)', order: BY_KEY },
  'Capability.commitments': { from: 'Capability', pattern: '(n:Capability)<-[:PROVIDES]-(m:Commitment)', order: BY_KEY },
  'Domain.leadership': { from: 'Domain', pattern: '(n:Domain)<-[:FOR_DOMAIN]-(m:DomainLeadership)', order: BY_KEY },
  'Domain.commitments': { from: 'Domain', pattern: '(n:Domain)<-[:IN_DOMAIN]-(m:Commitment)', order: BY_KEY },
  'DomainLeadership.domain': { from: 'DomainLeadership', pattern: '(n:DomainLeadership)-[:FOR_DOMAIN]->(m:Domain)', order: BY_KEY },
  'DomainLeadership.leads': { from: 'DomainLeadership', pattern: `(n:DomainLeadership)-[:LED_BY]->(m:${ACTOR})`, order: 'm.name, m.key' },
  'DomainLeadership.conditions': { from: 'DomainLeadership', pattern: '(n:DomainLeadership)-[:CONDITIONAL_ON]->(m:Condition)', order: BY_KEY },
  'Priority.event': { from: 'Priority', pattern: '(n:Priority)-[:AGREED_AT]->(m:Event)', order: BY_KEY },
  'Priority.commitments': { from: 'Priority', pattern: '(n:Priority)<-[:SERVES]-(m:Commitment)', order: BY_KEY },
  'Condition.dependents': { from: 'Condition', pattern: `(n:Condition)<-[:CONDITIONAL_ON]-(m:${DEPENDENT})`, order: BY_TYPE_THEN_KEY },
  'Position.holder': { from: 'Position', pattern: `(n:Position)-[:HELD_BY]->(m:${ACTOR})`, order: BY_KEY },
  'Position.about': { from: 'Position', pattern: `(n:Position)-[:ABOUT]->(m:${FACT})`, order: BY_TYPE_THEN_KEY },
  'OpenQuestion.about': { from: 'OpenQuestion', pattern: `(n:OpenQuestion)-[:ABOUT]->(m:${FACT})`, order: BY_TYPE_THEN_KEY },
  'OpenQuestion.raisedBy': { from: 'OpenQuestion', pattern: `(n:OpenQuestion)-[:RAISED_BY]->(m:${ACTOR})`, order: BY_KEY },
  'Risk.threatens': { from: 'Risk', pattern: `(n:Risk)-[:THREATENS]->(m:${FACT})`, order: BY_TYPE_THEN_KEY },
  'Evidence.facts': { from: 'Evidence', pattern: `(n:Evidence)<-[:EVIDENCED_BY]-(m:${FACT})`, order: BY_TYPE_THEN_KEY },
  'Evidence.source': { from: 'Evidence', pattern: '(n:Evidence)-[:IN]->(m:Source)', order: BY_KEY },
  'Source.evidence': { from: 'Source', pattern: '(n:Source)<-[:IN]-(m:Evidence)', order: IN_SOURCE_ORDER },
  ...forEach(FACT_LABELS, 'evidence', '(n)-[:EVIDENCED_BY]->(m:Evidence)', IN_SOURCE_ORDER),
} as const satisfies Record<string, Traversal>;

export type TraversalName = keyof typeof TRAVERSALS;

/** The label of every node a traversal reaches, when its pattern fixes one. */
export function targetLabel(name: TraversalName): NodeLabel | null {
  const match = /\(m:(\w+)\)$/.exec(TRAVERSALS[name].pattern);
  return match ? (match[1] as NodeLabel) : null;
}

/**
 * A traversal's pattern and order with its ends bound to `from` and `to` instead of `n` and `m`
 * (a nested subquery may not shadow its parent's variables).
 */
export function walk(name: TraversalName, from: string, to: string): { pattern: string; order: string } {
  const { pattern, order } = TRAVERSALS[name];
  const rename = (text: string) => text.replace(/\b[nm]\b/g, (end) => (end === 'n' ? from : to));
  return { pattern: rename(fromBound(pattern)), order: rename(order) };
}

/**
 * A pattern whose start node is already bound (by the walk it is nested in, whose end names its
 * labels): the start's label is dropped, so nodes of several labels can share one walk.
 */
const fromBound = (pattern: string): string => pattern.replace(/^\(n:[\w|]+\)/, '(n)');

/** Whether two traversals walk alike from a bound node: the same pattern and order past their start. */
export function walkAlike(a: TraversalName, b: TraversalName): boolean {
  return fromBound(TRAVERSALS[a].pattern) === fromBound(TRAVERSALS[b].pattern) && TRAVERSALS[a].order === TRAVERSALS[b].order;
}

/**
 * Whether a traversal reaches each node at most once from a given node: a single relationship,
 * and relationships are only ever MERGEd, never duplicated. Longer patterns need DISTINCT.
 */
export function reachesOnce(name: TraversalName): boolean {
  return (TRAVERSALS[name].pattern.match(/-\[/g) ?? []).length === 1;
}
