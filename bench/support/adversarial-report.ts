import fs from 'node:fs';
import path from 'node:path';
import type { Outcome } from './attack-client';
import type { GraphInfo } from './attack-graph';
import type { SkippedAttack } from './attacks';

/** The targets of issue #11 ("Done when"). */
export const TARGETS = {
  latencyMs: 2000,
  rssGrowthMiB: 200,
  normalP95Factor: 2,
} as const;

export interface AttackResult {
  name: string;
  description: string;
  parallel: number;
  cost: number;
  depth: number;
  aliases: number;
  tokens: number;
  bodyBytes: number;
  sent: number;
  /** "200 × 3", "400 GRAPHQL_VALIDATION_FAILED × 12" … */
  answers: Record<string, number>;
  latencyMaxMs: number;
  latencyMedianMs: number;
  bytesMax: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  jvmRssBeforeMiB: number;
  jvmRssPeakMiB: number;
  normalP95Ms: number;
  normalRequests: number;
  normalFailures: number;
  /** The server was gone after the attack, or did not settle, and was restarted for the next one. */
  restarted?: string;
  failures: string[];
}

export interface AdversarialRun {
  command: string;
  label?: string;
  date: string;
  graph: GraphInfo;
  /** Where it ran: the figures mean little on a machine busy with other work (see the load averages). */
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverageAtStart: number; loadAverageAtEnd?: number };
  server: Record<string, unknown>;
  normalQuestion: string;
  quietP95Ms: number;
  quietRequests: number;
  attackSeconds: number;
  timeoutMs: number;
  results: AttackResult[];
  skipped: SkippedAttack[];
  minutes: number;
  pass: boolean;
  unfinished?: string;
}

export function answerKey(outcome: Outcome): string {
  return `${outcome.status || '–'}${outcome.code ? ` ${outcome.code.split(':')[0]}` : ''}`;
}

/** What failed against the targets, empty when the attack passed. */
export function judge(result: Omit<AttackResult, 'failures'>, outcomes: Outcome[], quietP95Ms: number): string[] {
  const failures: string[] = [];
  if (outcomes.some((outcome) => outcome.code?.startsWith('TIMEOUT'))) failures.push('client timeout');
  else if (result.latencyMaxMs > TARGETS.latencyMs) failures.push(`latency > ${TARGETS.latencyMs / 1000} s`);
  if (result.rssPeakMiB - result.rssBeforeMiB > TARGETS.rssGrowthMiB || !Number.isFinite(result.rssPeakMiB)) failures.push(`RSS +${TARGETS.rssGrowthMiB} MiB`);
  if (!(result.normalP95Ms < TARGETS.normalP95Factor * quietP95Ms)) failures.push(`normal p95 ≥ ${TARGETS.normalP95Factor}× quiet`);
  if (outcomes.some((outcome) => outcome.status >= 500)) failures.push('5xx');
  if (outcomes.some((outcome) => outcome.code?.startsWith('CONNECTION'))) failures.push('no answer (connection lost)');
  if (result.restarted) failures.push(result.restarted);
  return failures;
}

const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(run: AdversarialRun): string {
  const rows = run.results.map((r) => {
    const answers = Object.entries(r.answers)
      .map(([key, count]) => `${key} ×${count}`)
      .join(', ');
    return `| ${cell(r.name)} | ${cell(r.description)} | ${fmt(r.cost)} / ${fmt(r.depth)} / ${fmt(r.aliases)} / ${fmt(r.tokens)} | ${cell(answers)} | ${fmt(r.latencyMaxMs)} (${fmt(r.latencyMedianMs)}) | ${mb(r.bytesMax)} | ${fmt(r.rssPeakMiB - r.rssBeforeMiB)} (${fmt(r.rssBeforeMiB)} → ${fmt(r.rssPeakMiB)}) | ${fmt(r.jvmRssPeakMiB - r.jvmRssBeforeMiB)} | ${fmt(r.normalP95Ms)} (${r.normalRequests}${r.normalFailures ? `, ${r.normalFailures} failed` : ''}) | ${r.failures.length ? `**FAIL**: ${cell(r.failures.join(', '))}` : 'pass'} |`;
  });
  return [
    `| attack | what it asks | cost / depth / aliases / tokens | HTTP answers (code) × count | latency max (median) ms | response max | server RSS growth MiB (before → peak) | Neo4j RSS growth MiB | normal p95 ms (requests) — quiet ${fmt(run.quietP95Ms)} | result |`,
    '|---|---|---|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

export function summary(run: AdversarialRun): string {
  const failed = run.results.filter((r) => r.failures.length > 0);
  const lines = [
    `Machine: ${run.machine.cpus} × ${run.machine.cpuModel}, ${run.machine.memoryGiB} GiB, Node ${run.machine.node}; 1-minute load average ${fmt(run.machine.loadAverageAtStart, 1)} at the start of the attacks, ${fmt(run.machine.loadAverageAtEnd ?? NaN, 1)} at the end (server, Neo4j and the bench share the machine). ` +
      `Graph: scale ${run.graph.scale} (${run.graph.nodes} nodes, ${run.graph.relationships} relationships, ${run.graph.sources} sources, ${run.graph.evidence} evidence spans). ` +
      `Normal client: \`${run.normalQuestion}\`, one connection, quiet p95 ${fmt(run.quietP95Ms)} ms over ${run.quietRequests} requests. ` +
      `Each attack is sent back to back for ${run.attackSeconds} s (at least once; client timeout ${run.timeoutMs / 1000} s) while the normal client keeps asking.`,
    '',
    `**Overall: ${run.pass ? 'PASS' : 'FAIL'}** — ${run.results.length - failed.length} of ${run.results.length} attacks within the targets (each ≤ ${TARGETS.latencyMs / 1000} s, server RSS growth ≤ ${TARGETS.rssGrowthMiB} MiB, normal p95 < ${TARGETS.normalP95Factor}× quiet, no 5xx)${run.unfinished ? `; run unfinished: ${run.unfinished}` : ''}.`,
  ];
  if (run.skipped.length)
    lines.push('', `Skipped (not valid within the limits against this schema): ${run.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}.`);
  return lines.join('\n');
}

const BEGIN = '<!-- adversarial-benchmark:begin (written by npm run bench:adversarial) -->';
const END = '<!-- adversarial-benchmark:end -->';

/** Replaces the generated block of docs/operations.md's "Adversarial benchmark" section. */
export function writeDocs(docsDir: string, run: AdversarialRun): void {
  fs.writeFileSync(path.join(docsDir, 'adversarial.json'), `${JSON.stringify(run, null, 2)}\n`);
  const file = path.join(docsDir, 'operations.md');
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`${file} has no adversarial-benchmark markers`);
  const block = [
    BEGIN,
    `Recorded run${run.label ? ` — **${run.label}**` : ''} (${run.date.slice(0, 10)}, \`${run.command}\`, ${run.minutes.toFixed(1)} min; raw figures in [docs/adversarial.json](adversarial.json)):`,
    '',
    summary(run),
    '',
    markdownTable(run),
    END,
  ].join('\n');
  fs.writeFileSync(file, text.slice(0, start) + block + text.slice(end + END.length));
}
