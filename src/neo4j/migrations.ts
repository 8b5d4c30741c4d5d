import type { Driver, Session } from 'neo4j-driver';
import { KEY_PAGED_RELATIONSHIPS } from '../model/fields';
import { LISTED_LABELS, NODE_LABELS, NODE_TYPES, type NodeLabel, type NodeType } from '../model/graph';

function snake(label: NodeLabel): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Full-text indexes: name -> label and the properties it covers. */
export const FULLTEXT_INDEXES = [
  { name: 'statement_text', label: 'Statement', properties: ['text'] },
  { name: 'evidence_quote', label: 'Evidence', properties: ['quote'] },
  { name: 'commitment_summary', label: 'Commitment', properties: ['summary'] },
] as const satisfies readonly { name: string; label: NodeLabel; properties: readonly string[] }[];

/**
 * Full-text indexes over the other texts a fact carries, so `search` finds anything (issue 13):
 * names, titles, descriptions, stances and questions. Each spans the labels that share the
 * property. New names, created IF NOT EXISTS, so a store made before them gains them at start.
 */
export const FIND_FULLTEXT_INDEXES = [
  { name: 'fact_name', labels: ['Country', 'Organization', 'Person', 'Capability', 'Domain', 'Event'], properties: ['name'] },
  { name: 'fact_title', labels: ['Role', 'Priority'], properties: ['title'] },
  { name: 'fact_description', labels: ['Condition', 'Risk'], properties: ['description'] },
  { name: 'position_stance', labels: ['Position'], properties: ['stance'] },
  { name: 'open_question_question', labels: ['OpenQuestion'], properties: ['question'] },
] as const satisfies readonly { name: string; labels: readonly NodeLabel[]; properties: readonly string[] }[];

/** Range indexes the API filters and sorts on. */
export const RANGE_INDEXES = [
  { name: 'priority_order', label: 'Priority', property: 'order' },
  { name: 'condition_kind', label: 'Condition', property: 'kind' },
  { name: 'commitment_stage', label: 'Commitment', property: 'stage' },
  { name: 'commitment_bindingness', label: 'Commitment', property: 'bindingness' },
  { name: 'statement_kind', label: 'Statement', property: 'kind' },
  { name: 'organization_kind', label: 'Organization', property: 'kind' },
  { name: 'domain_leadership_disclosed', label: 'DomainLeadership', property: 'disclosed' },
] as const satisfies readonly { name: string; label: NodeLabel; property: string }[];

/**
 * A composite range index on each listed label's own order (the model's `orderBy`, then the key),
 * from which a root page in that order (either direction) is read without sorting every node
 * (src/read/order.ts `indexedOrderPredicates`). A page in key order reads the key's constraint index.
 */
export const ORDER_INDEXES = LISTED_LABELS.flatMap((label) => {
  const declared: NodeType = NODE_TYPES[label];
  return declared.orderBy ? [{ name: `${snake(label)}_list_order`, label, properties: [...declared.orderBy, 'key'] }] : [];
});

/**
 * A composite range index per relationship type some connection pages against its direction in
 * key order (src/model/fields.ts `KEY_PAGED_RELATIONSHIPS`), on the ends' keys the relationship
 * carries: an end node's page is read from it in order, past the node's other relationships.
 */
export const KEY_PAGE_INDEXES = KEY_PAGED_RELATIONSHIPS.map((type) => ({ name: `${type.toLowerCase()}_key_page`, type }));

/**
 * Gives every relationship of the key-paged types the keys of its ends where it lacks them (a
 * store written before they were copied, a backup restored from one), in batches.
 */
export const RELATIONSHIP_KEY_FILLS = KEY_PAGED_RELATIONSHIPS.map(
  (type) =>
    `MATCH (a)-[r:\`${type}\`]->(b) WHERE r.startKey IS NULL OR r.endKey IS NULL CALL (a, r, b) { SET r.startKey = a.key, r.endKey = b.key } IN TRANSACTIONS OF 10000 ROWS`,
);

/**
 * Operational nodes (API keys, audit events): not facts from sources, so keyed by `id`, not `key`.
 * The id constraints also index the lookups every authenticated request and audit query make.
 */
export const OPERATIONAL_SCHEMA = [
  'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:`ApiKey`) REQUIRE n.`id` IS UNIQUE',
  'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:`AuditEvent`) REQUIRE n.`id` IS UNIQUE',
  'CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:`AuditEvent`) ON (n.`at`)',
  'CREATE INDEX audit_event_key_id IF NOT EXISTS FOR (n:`AuditEvent`) ON (n.`keyId`)',
  'CREATE INDEX audit_event_operation IF NOT EXISTS FOR (n:`AuditEvent`) ON (n.`operation`)',
  // The audit sequence (one counter node) and the index the subscription feed follows it by.
  'CREATE CONSTRAINT audit_sequence_key IF NOT EXISTS FOR (n:`AuditSequence`) REQUIRE n.`key` IS UNIQUE',
  'CREATE INDEX audit_event_seq IF NOT EXISTS FOR (n:`AuditEvent`) ON (n.`seq`)',
] as const;

/**
 * Curation's own nodes: stage changes (keyed like facts) and idempotency keys, whose uniqueness
 * makes a repeated mutation wait for the first one and then replay its result.
 */
export const CURATION_SCHEMA = [
  'CREATE CONSTRAINT stage_change_key IF NOT EXISTS FOR (n:`StageChange`) REQUIRE n.`key` IS UNIQUE',
  'CREATE CONSTRAINT idempotency_key_key IF NOT EXISTS FOR (n:`IdempotencyKey`) REQUIRE n.`key` IS UNIQUE',
  'CREATE INDEX commitment_current_stage IF NOT EXISTS FOR (n:`Commitment`) ON (n.`currentStage`)',
] as const;

/**
 * Claims (issue 18): the disagreement query starts from the contested ones (set at load time),
 * and a reload finds a source's claims through their `IN` relationship (the source's key is unique).
 */
export const CLAIM_SCHEMA = ['CREATE INDEX claim_contested IF NOT EXISTS FOR (n:`Claim`) ON (n.`contested`)'] as const;

/**
 * The schema statements, each idempotent (`IF NOT EXISTS`). Neo4j Community has only IS UNIQUE
 * constraints, so "every node has a key" is the loader's job; uniqueness is the database's.
 * Every name comes from the fixed lists above, never from input.
 */
export function migrationStatements(): string[] {
  return [
    ...NODE_LABELS.map((label) => `CREATE CONSTRAINT ${snake(label)}_key IF NOT EXISTS FOR (n:\`${label}\`) REQUIRE n.key IS UNIQUE`),
    ...FULLTEXT_INDEXES.map(
      ({ name, label, properties }) =>
        `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:\`${label}\`) ON EACH [${properties.map((p) => `n.\`${p}\``).join(', ')}]`,
    ),
    ...FIND_FULLTEXT_INDEXES.map(
      ({ name, labels, properties }) =>
        `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels.map((l) => `\`${l}\``).join('|')}) ON EACH [${properties.map((p) => `n.\`${p}\``).join(', ')}]`,
    ),
    ...RANGE_INDEXES.map(({ name, label, property }) => `CREATE INDEX ${name} IF NOT EXISTS FOR (n:\`${label}\`) ON (n.\`${property}\`)`),
    ...ORDER_INDEXES.map(
      ({ name, label, properties }) => `CREATE INDEX ${name} IF NOT EXISTS FOR (n:\`${label}\`) ON (${properties.map((p) => `n.\`${p}\``).join(', ')})`,
    ),
    ...KEY_PAGE_INDEXES.map(({ name, type }) => `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:\`${type}\`]-() ON (r.endKey, r.startKey)`),
    ...OPERATIONAL_SCHEMA,
    ...CURATION_SCHEMA,
    ...CLAIM_SCHEMA,
  ];
}

/**
 * Creates the uniqueness constraints and indexes the graph needs, fills the keys key-paged
 * relationships carry where any lacks them, then waits until every index is online. Safe to run at
 * every start: statements that are already applied change nothing.
 */
export async function applyMigrations(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    // Schema commands cannot share a transaction with each other's data writes: one each.
    for (const statement of migrationStatements()) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    await fillKeys(session);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

/** `RELATIONSHIP_KEY_FILLS`, on their own (after a restore, which writes relationships as they were backed up). */
export async function fillRelationshipKeys(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await fillKeys(session);
  } finally {
    await session.close();
  }
}

/** CALL … IN TRANSACTIONS needs an auto-commit transaction: `run`, not `executeWrite`. */
async function fillKeys(session: Session): Promise<void> {
  for (const statement of RELATIONSHIP_KEY_FILLS) await session.run(statement);
}
