import fs from 'node:fs';
import path from 'node:path';
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

function readJsonLines<T>(file: string): T[] {
  if (!fs.existsSync(file)) throw new BackupError(`${file} is missing`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new BackupError(`${file}:${index + 1} is not JSON`);
      }
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
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) {
    throw new BackupError(`${manifestFile}: format ${manifest.format} version ${manifest.version}; expected ${BACKUP_FORMAT} version ${BACKUP_VERSION}`);
  }
  const nodes = readJsonLines<NodeRecord>(path.join(dir, FILES.nodes));
  const audit = readJsonLines<NodeRecord>(path.join(dir, FILES.audit));
  const relationships = readJsonLines<RelationshipRecord>(path.join(dir, FILES.relationships));
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
