import type { GraphClient, GraphTransaction, UpdateCounts } from '../neo4j/client';
import { KEY_PAGED_RELATIONSHIPS } from '../model/fields';
import { FACT_LABELS, label, relationshipType, type FactLabel, type RelationshipType } from '../model/graph';

/**
 * A facts file is the whole truth about its facts' evidence, not about what else cites a span
 * (a stage change, curation's history): those spans and links are never the writer's to remove.
 */
const FACTS = FACT_LABELS.join('|');
const NOT_CITED_BEYOND_FACTS = `NOT EXISTS { (other)-[:EVIDENCED_BY]->(e) WHERE NOT other:${FACTS}|Claim }`;

export type PropertyValue = string | number | boolean | null;

/** One source and every fact curated from it, shaped as rows for `UNWIND`. */
export interface SourceGraph {
  source: {
    key: string;
    title: string | null;
    publisher: string | null;
    dateline: string | null;
    text: string;
    sha256: string;
  };
  nodes: { label: FactLabel; rows: { key: string; props: Record<string, PropertyValue> }[] }[];
  /** Evidence keys are `<sourceKey>:<start>-<end>`. */
  evidence: { key: string; start: number; end: number; quote: string }[];
  evidenceLinks: { label: FactLabel; rows: { key: string; evidence: string }[] }[];
  relationships: { type: RelationshipType; from: FactLabel; to: FactLabel; rows: { from: string; to: string }[] }[];
  /** Every claim of the source's facts, with the keys of the evidence that supports it. */
  claims: ClaimRow[];
  /** The evidence of the source's own properties: `(s:Source)-[:EVIDENCED_BY {field}]->(e)`. */
  sourceEvidence: { field: string; evidence: string }[];
}

/**
 * One claim a source makes about a fact: a link to another fact (`target`, named in the fact's
 * `field`), or the value of one of its properties (`value`). `own` says whether the claim cites
 * words of its own, or rests on its fact's evidence (a bare reference, a judgement without `evidenceFor`).
 */
export interface ClaimRow {
  label: FactLabel;
  key: string;
  field: string;
  target?: { label: FactLabel; key: string };
  value?: PropertyValue;
  own: boolean;
  evidence: string[];
}

export interface CypherStatement {
  query: string;
  params: Record<string, unknown>;
}

export interface IngestCounts extends UpdateCounts {
  /** Nodes and relationships the sources account for (whether they already existed or not). */
  nodes: number;
  relationships: number;
}

export function evidenceKey(sourceKey: string, start: number, end: number): string {
  return `${sourceKey}:${start}-${end}`;
}

/**
 * A claim's key: `<source>|<Label>:<key>|<field>` for a property (one value per source and
 * field), `…|<field>|<TargetLabel>:<targetKey>` for a link.
 */
export function claimKey(sourceKey: string, claim: Pick<ClaimRow, 'label' | 'key' | 'field' | 'target'>): string {
  const base = `${sourceKey}|${claim.label}:${claim.key}|${claim.field}`;
  return claim.target ? `${base}|${claim.target.label}:${claim.target.key}` : base;
}

/** A property claim's value as the text a Claim stores (an enum's name, a number, true/false). */
export function claimValue(value: PropertyValue | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A claim as the rows that write it: the node, its fact, its source, its target and its evidence. */
export interface StoredClaim {
  key: string;
  source: string;
  label: FactLabel;
  fact: string;
  field: string;
  value: string | null;
  own: boolean;
  target: { label: FactLabel; key: string } | null;
  evidence: string[];
}

export function storedClaims(sourceKey: string, claims: readonly ClaimRow[]): StoredClaim[] {
  const byKey = new Map<string, StoredClaim>();
  for (const claim of claims) {
    const key = claimKey(sourceKey, claim);
    byKey.set(key, {
      key,
      source: sourceKey,
      label: claim.label,
      fact: claim.key,
      field: claim.field,
      value: claim.target ? null : claimValue(claim.value),
      own: claim.own,
      target: claim.target ?? null,
      evidence: [...new Set(claim.evidence)],
    });
  }
  return [...byKey.values()];
}

/**
 * The Cypher that writes claims (MERGE on their keys: writing the same claims again changes
 * nothing): each Claim with its fact (`CLAIMS`), its source (`IN`), its target (`LINKS_TO`) and
 * its evidence (`EVIDENCED_BY`, which must be in the graph already).
 */
export function claimStatements(claims: readonly StoredClaim[]): CypherStatement[] {
  if (claims.length === 0) return [];
  const targets = claims.flatMap((claim) => (claim.target ? [{ key: claim.key, label: claim.target.label, target: claim.target.key }] : []));
  const rows = claims.map(({ key, source, label: name, fact, field, value, own, evidence }) => ({
    key,
    source,
    label: name,
    fact,
    field,
    value,
    own,
    evidence,
  }));
  return [
    {
      query: [
        'UNWIND $rows AS row',
        `CALL (row) { ${factOfLabel('f', 'row.label', 'row.fact')} }`,
        'MATCH (s:Source {key: row.source})',
        'MERGE (c:Claim {key: row.key})',
        'SET c.field = row.field, c.value = row.value, c.ownEvidence = row.own, c.contested = coalesce(c.contested, false)',
        'MERGE (f)-[:CLAIMS]->(c)',
        'MERGE (c)-[:IN]->(s)',
        'WITH c, row UNWIND row.evidence AS cited',
        'MATCH (e:Evidence {key: cited})',
        'MERGE (c)-[:EVIDENCED_BY]->(e)',
      ].join(' '),
      params: { rows },
    },
    ...(targets.length === 0
      ? []
      : [
          {
            query: [
              'UNWIND $rows AS row',
              'MATCH (c:Claim {key: row.key})',
              `CALL (row) { ${factOfLabel('t', 'row.label', 'row.target')} }`,
              'MERGE (c)-[:LINKS_TO]->(t)',
            ].join(' '),
            params: { rows: targets },
          },
        ]),
  ];
}

/**
 * A subquery body binding `variable` to the fact of the label and key the expressions name: one
 * branch per label, each an index seek on its key, so one statement serves facts of every label.
 */
function factOfLabel(variable: string, labelExpression: string, keyExpression: string): string {
  return FACT_LABELS.map((name) => `MATCH (${variable}:${label(name)} {key: ${keyExpression}}) WHERE ${labelExpression} = '${name}' RETURN ${variable}`).join(
    ' UNION ALL ',
  );
}

/**
 * Sets `contested` on the claims of the facts of the given claims, and of every fact whose claims were
 * contested: a property claim is contested when the claims on its fact's field give more than one
 * value (claims of links never are). Run after any write of claims, so reads need not compare.
 */
export function contestedStatements(claimKeys: readonly string[]): CypherStatement[] {
  return [
    {
      query: [
        'CALL () { UNWIND $keys AS key MATCH (:Claim {key: key})<-[:CLAIMS]-(f) RETURN f',
        'UNION MATCH (f)-[:CLAIMS]->(:Claim {contested: true}) RETURN f }',
        'WITH DISTINCT f MATCH (f)-[:CLAIMS]->(c:Claim)',
        'WITH f, c.field AS field, collect(c) AS claims, count(DISTINCT c.value) AS values',
        'UNWIND claims AS c SET c.contested = values > 1',
      ].join(' '),
      params: { keys: claimKeys },
    },
  ];
}

function mergeNodes(name: FactLabel, rows: unknown[]): CypherStatement {
  return { query: `UNWIND $rows AS row MERGE (n:${label(name)} {key: row.key}) SET n += row.props`, params: { rows } };
}

function linkEvidence(name: FactLabel, rows: unknown[]): CypherStatement {
  return {
    query: ['UNWIND $rows AS row', `MATCH (f:${label(name)} {key: row.key})`, 'MATCH (e:Evidence {key: row.evidence})', 'MERGE (f)-[:EVIDENCED_BY]->(e)'].join(
      ' ',
    ),
    params: { rows },
  };
}

function mergeRelationships({ type, from, to, rows }: SourceGraph['relationships'][number]): CypherStatement {
  return {
    query: ['UNWIND $rows AS row', `MATCH (a:${label(from)} {key: row.from})`, `MATCH (b:${label(to)} {key: row.to})`, mergeLink(type)].join(' '),
    params: { rows },
  };
}

/** `MERGE (a)-[:type]->(b)`; a new relationship of a key-paged type gets its ends' keys (src/model/fields.ts `KEY_PAGED_RELATIONSHIPS`). */
export function mergeLink(type: RelationshipType): string {
  const merge = `MERGE (a)-[r:${relationshipType(type)}]->(b)`;
  return KEY_PAGED_RELATIONSHIPS.includes(type) ? `${merge} ON CREATE SET r.startKey = a.key, r.endKey = b.key` : merge;
}

/** The rows of all the graphs, one batch per label and per relationship type; a fact the sources share is one row (the validator checks that they agree). */
function combined(graphs: readonly SourceGraph[]) {
  const nodes = new Map<FactLabel, Map<string, SourceGraph['nodes'][number]['rows'][number]>>();
  const links = new Map<FactLabel, SourceGraph['evidenceLinks'][number]['rows']>();
  const relationships = new Map<string, SourceGraph['relationships'][number]>();
  for (const graph of graphs) {
    for (const { label: name, rows } of graph.nodes) {
      const byKey = nodes.get(name) ?? new Map<string, SourceGraph['nodes'][number]['rows'][number]>();
      nodes.set(name, byKey);
      for (const row of rows) byKey.set(row.key, row);
    }
    for (const { label: name, rows } of graph.evidenceLinks) links.set(name, [...(links.get(name) ?? []), ...rows]);
    for (const batch of graph.relationships) {
      const id = `${batch.from}|${batch.type}|${batch.to}`;
      const merged = relationships.get(id) ?? { ...batch, rows: [] };
      relationships.set(id, merged);
      merged.rows.push(...batch.rows);
    }
  }
  return { nodes, links, relationships };
}

/**
 * The Cypher that writes source graphs (one, or a batch of many), in order: MERGE on stable keys,
 * SET properties, one `UNWIND $rows` statement per label and per relationship type for all the
 * sources together, so a bulk load costs a few dozen statements per batch rather than per source.
 * Values only ever travel as parameters. Evidence of a source that its facts no longer cite is
 * removed, so correcting an offset does not leave a stale span behind.
 */
export function buildIngestStatements(graphs: readonly SourceGraph[]): CypherStatement[] {
  const { nodes, links, relationships } = combined(graphs);
  const claims = graphs.map((graph) => ({ source: graph.source.key, claims: storedClaims(graph.source.key, graph.claims) }));
  const statements: CypherStatement[] = [
    {
      query: 'UNWIND $sources AS source MERGE (s:Source {key: source.key}) SET s += source.props',
      params: { sources: graphs.map(({ source: { key, ...props } }) => ({ key, props })) },
    },
  ];
  const sourceEvidence = sourceEvidenceStatements(graphs);
  statements.push(sourceEvidence.unlink);
  for (const [name, byKey] of nodes) {
    if (byKey.size > 0) statements.push(mergeNodes(name, [...byKey.values()]));
  }
  statements.push(
    {
      query: [
        'UNWIND $rows AS row',
        'MATCH (s:Source {key: row.source})',
        'MERGE (e:Evidence {key: row.key})',
        'SET e.start = row.start, e.`end` = row.`end`, e.quote = row.quote',
        'MERGE (e)-[:IN]->(s)',
      ].join(' '),
      params: { rows: graphs.flatMap((graph) => graph.evidence.map((row) => ({ ...row, source: graph.source.key }))) },
    },
    {
      // A source's claims are what its facts file says now: the others go, with their ties.
      query: ['UNWIND $sources AS source', 'MATCH (c:Claim)-[:IN]->(:Source {key: source.key})', 'WHERE NOT c.key IN source.keys', 'DETACH DELETE c'].join(' '),
      params: { sources: claims.map(({ source, claims: rows }) => ({ key: source, keys: rows.map((claim) => claim.key) })) },
    },
    {
      query: [
        'UNWIND $sources AS source',
        'MATCH (e:Evidence)-[:IN]->(:Source {key: source.key})',
        `WHERE NOT e.key IN source.keys AND ${NOT_CITED_BEYOND_FACTS}`,
        'DETACH DELETE e',
      ].join(' '),
      params: { sources: graphs.map((graph) => ({ key: graph.source.key, keys: graph.evidence.map((row) => row.key) })) },
    },
  );
  if (sourceEvidence.link) statements.push(sourceEvidence.link);
  for (const [name, rows] of links) {
    if (rows.length > 0) statements.push(linkEvidence(name, rows));
  }
  statements.push({
    query: [
      'UNWIND $sources AS source',
      `MATCH (f:${FACTS})-[r:EVIDENCED_BY]->(:Evidence)-[:IN]->(:Source {key: source.key})`,
      "WHERE NOT (labels(f)[0] + ':' + f.key + '|' + endNode(r).key) IN source.links",
      'DELETE r',
    ].join(' '),
    params: {
      sources: graphs.map((graph) => ({
        key: graph.source.key,
        links: graph.evidenceLinks.flatMap(({ label: name, rows }) => rows.map((row) => `${name}:${row.key}|${row.evidence}`)),
      })),
    },
  });
  for (const batch of relationships.values()) {
    if (batch.rows.length > 0) statements.push(mergeRelationships(batch));
  }
  const allClaims = claims.flatMap((entry) => entry.claims);
  statements.push(...claimStatements(allClaims), {
    query: [
      'UNWIND $sources AS source',
      'MATCH (c:Claim)-[:IN]->(:Source {key: source.key})',
      'MATCH (c)-[r:EVIDENCED_BY]->(e:Evidence)',
      "WHERE NOT (c.key + '|' + e.key) IN source.cited",
      'DELETE r',
    ].join(' '),
    params: {
      sources: claims.map(({ source, claims: rows }) => ({
        key: source,
        cited: rows.flatMap((claim) => claim.evidence.map((evidence) => `${claim.key}|${evidence}`)),
      })),
    },
  });
  statements.push(...contestedStatements(allClaims.map((claim) => claim.key)));
  return statements;
}

/**
 * A source's own evidence (the words stating its title, publisher, dateline): stale links are
 * removed before uncited evidence is pruned, so their spans go with them; the evidence rows are
 * written with the facts' (their keys are among `graph.evidence`) and linked after them.
 */
function sourceEvidenceStatements(graphs: readonly SourceGraph[]): { unlink: CypherStatement; link: CypherStatement | null } {
  const rows = graphs.flatMap((graph) => graph.sourceEvidence.map((row) => ({ ...row, source: graph.source.key })));
  return {
    unlink: {
      query: [
        'UNWIND $sources AS source',
        'MATCH (:Source {key: source.key})-[r:EVIDENCED_BY]->(e:Evidence)',
        "WHERE NOT (r.field + '|' + e.key) IN source.links",
        'DELETE r',
      ].join(' '),
      params: {
        sources: graphs.map((graph) => ({ key: graph.source.key, links: graph.sourceEvidence.map(({ field, evidence }) => `${field}|${evidence}`) })),
      },
    },
    link:
      rows.length === 0
        ? null
        : {
            query: [
              'UNWIND $rows AS row',
              'MATCH (s:Source {key: row.source})',
              'MATCH (e:Evidence {key: row.evidence})',
              'MERGE (s)-[:EVIDENCED_BY {field: row.field}]->(e)',
            ].join(' '),
            params: { rows },
          },
  };
}

function accountedFor(graph: SourceGraph): Pick<IngestCounts, 'nodes' | 'relationships'> {
  const claims = storedClaims(graph.source.key, graph.claims);
  const claimTies = claims.reduce((sum, claim) => sum + 2 + (claim.target ? 1 : 0) + claim.evidence.length, 0);
  return {
    nodes: 1 + graph.evidence.length + graph.nodes.reduce((sum, batch) => sum + batch.rows.length, 0) + claims.length,
    relationships:
      claimTies +
      graph.evidence.length +
      graph.sourceEvidence.length +
      graph.evidenceLinks.reduce((sum, batch) => sum + batch.rows.length, 0) +
      graph.relationships.reduce((sum, batch) => sum + batch.rows.length, 0),
  };
}

/** Writes source graphs inside the caller's transaction; returns what they account for and what changed. */
export async function writeSourceGraphs(tx: GraphTransaction, graphs: readonly SourceGraph[]): Promise<IngestCounts> {
  const counts: IngestCounts = { nodes: 0, relationships: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  for (const graph of graphs) {
    const accounted = accountedFor(graph);
    counts.nodes += accounted.nodes;
    counts.relationships += accounted.relationships;
  }
  for (const statement of buildIngestStatements(graphs)) {
    const { updates } = await tx.run(statement.query, statement.params);
    counts.nodesCreated += updates.nodesCreated;
    counts.nodesDeleted += updates.nodesDeleted;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.relationshipsDeleted += updates.relationshipsDeleted;
  }
  return counts;
}

/** Writes source graphs and all their facts in ONE transaction: all of them, or nothing. */
export function ingestSourceGraphs(graph: GraphClient, graphs: readonly SourceGraph[]): Promise<IngestCounts> {
  return graph.writeTransaction((tx) => writeSourceGraphs(tx, graphs));
}
