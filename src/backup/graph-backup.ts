import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GraphClient } from '../neo4j/client';
import { isDatabaseEmpty } from '../write/graph-state';
import { readWholeGraph, writeWholeGraph, type NodeRecord, type RelationshipRecord } from './backup-repository';

export const BACKUP_FORMAT = 'pledgegraph-backup';
export const BACKUP_VERSION = 1;
export const FILES = { manifest: 'manifest.json', nodes: 'nodes.jsonl', audit: 'audit.jsonl', relationships: 'relationships.jsonl' } as const;

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  nodes: number;
  auditEvents: number;
  relationships: number;
}

/** Thrown for a directory that is not a complete backup, or a database that is not empty. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const jsonLines = (records: unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');

/** What a property can hold in Neo4j, as the export writes it (integers and datetimes as text, named in `ints` …). */
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
const typedProperties = {
  props: z.record(z.string(), propertyValue),
  ints: z.array(z.string()).optional(),
  intLists: z.array(z.string()).optional(),
  datetimes: z.array(z.string()).optional(),
};
const nodeLine = z.object({ label: z.string().min(1), ...typedProperties });
const end = z.object({ label: z.string().min(1), key: z.string() });
const relationshipLine = z.object({ type: z.string().min(1), from: end, to: end, ...typedProperties });

/** One record per line, each checked for the shape the export writes: a malformed line stops the import before it writes. */
function readJsonLines<T>(file: string, shape: z.ZodType<T>): T[] {
  if (!fs.existsSync(file)) throw new BackupError(`${file} is missing`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new BackupError(`${file}:${index + 1} is not JSON`);
      }
      const checked = shape.safeParse(record);
      if (!checked.success) {
        const [issue] = checked.error.issues;
        throw new BackupError(
          `${file}:${index + 1} is not a record the export writes: ${issue?.path.join('.') || 'the line'}: ${issue?.message ?? 'malformed'}`,
        );
      }
      return checked.data;
    });
}

/** The order audit events were written in: `seq`, then `at` and `id` for events written before `seq` existed (two writes within one clock tick share an `at`). */
export function inAuditOrder(a: NodeRecord, b: NodeRecord): number {
  return (
    Number(a.props.seq ?? 0) - Number(b.props.seq ?? 0) ||
    String(a.props.at).localeCompare(String(b.props.at)) ||
    String(a.props.id).localeCompare(String(b.props.id))
  );
}

/**
 * Writes the whole graph to `dir` from one read transaction (a consistent snapshot): every node
 * (sources, evidence, facts, stage changes, API keys, idempotency keys) with typed properties, the
 * audit trail in time order, and every relationship. Files are written under a temporary name and
 * renamed, so an interrupted export never leaves a directory that looks complete.
 */
export async function exportGraph(graph: GraphClient, dir: string): Promise<Manifest> {
  const { nodes, relationships } = await readWholeGraph(graph);
  const byIdentity = (a: NodeRecord, b: NodeRecord) =>
    a.label.localeCompare(b.label) || String(a.props.key ?? a.props.id).localeCompare(String(b.props.key ?? b.props.id));
  const audit = nodes.filter((node) => node.label === 'AuditEvent').sort(inAuditOrder);
  const others = nodes.filter((node) => node.label !== 'AuditEvent').sort(byIdentity);
  const edgeOrder = (edge: RelationshipRecord) => `${edge.type}|${edge.from.label}|${edge.from.key}|${edge.to.label}|${edge.to.key}`;
  relationships.sort((a, b) => edgeOrder(a).localeCompare(edgeOrder(b)));
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    nodes: others.length,
    auditEvents: audit.length,
    relationships: relationships.length,
  };
  fs.mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    [FILES.nodes, jsonLines(others)],
    [FILES.audit, jsonLines(audit)],
    [FILES.relationships, jsonLines(relationships)],
    [FILES.manifest, `${JSON.stringify(manifest, null, 2)}\n`],
  ];
  for (const [name, content] of files) {
    const target = path.join(dir, name);
    fs.writeFileSync(`${target}.partial`, content);
    fs.renameSync(`${target}.partial`, target);
  }
  return manifest;
}

/** Reads a backup directory and checks it against its manifest. Touches no database. */
export function readBackup(dir: string): { manifest: Manifest; nodes: NodeRecord[]; relationships: RelationshipRecord[] } {
  const manifestFile = path.join(dir, FILES.manifest);
  if (!fs.existsSync(manifestFile)) throw new BackupError(`${manifestFile} is missing: not a pledgegraph backup (or an interrupted one)`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    throw new BackupError(`${manifestFile} is not JSON: not a pledgegraph backup`);
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) {
    throw new BackupError(`${manifestFile}: format ${manifest.format} version ${manifest.version}; expected ${BACKUP_FORMAT} version ${BACKUP_VERSION}`);
  }
  const nodes = readJsonLines(path.join(dir, FILES.nodes), nodeLine);
  const audit = readJsonLines(path.join(dir, FILES.audit), nodeLine);
  const relationships = readJsonLines(path.join(dir, FILES.relationships), relationshipLine);
  const counts = { nodes: nodes.length, auditEvents: audit.length, relationships: relationships.length };
  for (const [name, count] of Object.entries(counts)) {
    const expected = manifest[name as keyof typeof counts];
    if (count !== expected) throw new BackupError(`${dir}: ${count} ${name} where the manifest lists ${expected}; the backup is incomplete`);
  }
  return { manifest, nodes: [...nodes, ...audit], relationships };
}

/**
 * Loads a backup into an EMPTY database (run the migrations first) in one transaction. Refuses a
 * database holding any node: a restore never merges into, or overwrites, a live graph.
 */
export async function importGraph(graph: GraphClient, dir: string): Promise<Manifest> {
  const backup = readBackup(dir);
  if (!(await isDatabaseEmpty(graph))) {
    throw new BackupError('The database is not empty; restore into an empty database (a fresh DATA_DIR, or a new Neo4j database).');
  }
  await writeWholeGraph(graph, backup);
  return backup.manifest;
}
