/**
 * npm run bench:adversarial                 scale 1000; writes docs/adversarial.json and the table in docs/operations.md
 * npm run bench:adversarial -- --quick      scale 100, shorter windows and timeouts; writes nothing
 *   [--scale N] [--seconds S] [--timeout-ms T] [--max-minutes M] [--only name,name] [--data-dir DIR]
 *   [--label "before the fixes"] [--no-write]
 *
 * Builds the curated seed plus N synthetic articles in an embedded store (or reuses --data-dir),
 * starts pledgegraph on it as `npm start` does (src/main.ts, its own process, every setting at its
 * default unless set in the environment), and has a normal client ask a README question back to
 * back: first alone (its quiet p95), then while each attack is thrown. The attacks
 * (bench/support/attacks.ts) are the worst requests within the documented limits, generated from
 * the running server's introspected schema plus the hand-written ones of issue #11; each is
 * checked against the server's own limit rules before it is sent. Per attack: HTTP status and
 * error code, latency, response bytes, the server's RSS growth (sampled every 100 ms from /proc),
 * the normal client's p95 during the attack; pass/fail against issue #11's targets. Every request
 * has a client-side timeout; the whole run is bounded by --max-minutes; every process it starts is
 * stopped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { loadConfig } from '../src/config';
import { PROJECT_ROOT } from '../src/project-root';
import { answerKey, judge, markdownTable, summary, writeDocs, type AdversarialRun, type AttackResult } from './support/adversarial-report';
import { NormalClient, percentile, send, type Outcome } from './support/attack-client';
import { ensureAttackGraph } from './support/attack-graph';
import { serverEnvironment, startPledgegraph, type ServerProcess } from './support/attack-server';
import { generatedAttacks, handWrittenAttacks, type Attack } from './support/attacks';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    seconds: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'max-minutes': { type: 'string' },
    only: { type: 'string' },
    'data-dir': { type: 'string' },
    label: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const quick = values.quick === true;
const scale = Number(values.scale ?? (quick ? 100 : 1000));
const attackSeconds = Number(values.seconds ?? (quick ? 3 : 5));
const timeoutMs = Number(values['timeout-ms'] ?? (quick ? 15_000 : 30_000));
const maxMinutes = Number(values['max-minutes'] ?? (quick ? 15 : 30));
const settleMs = Math.max(2 * timeoutMs, 30_000);
const quietSeconds = quick ? 5 : 10;
const write = !quick && values['no-write'] !== true;
/** A README question that stays quick at scale 1000 (which-nations-lead-which-domain takes ~2 s there alone). */
const NORMAL_QUESTION = 'operations/who-leads-each-country.graphql';

const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const startedAt = Date.now();
let server: ServerProcess | undefined;
let normal: NormalClient | undefined;

/** The settings the server runs with, as it reads them (secrets left out). */
function serverSettings(dataDir: string): Record<string, unknown> {
  const config = loadConfig(serverEnvironment(dataDir, 7687)) as unknown as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'neo4j' || key === 'port' || key === 'host') continue;
    if (key === 'embedded') {
      const { dataDir: _dir, boltPort: _port, ...rest } = value as Record<string, unknown>;
      settings.embeddedNeo4j = rest;
    } else settings[key] = value;
  }
  return settings;
}

async function introspect(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const json = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!json.data) throw new Error(`introspection failed (HTTP ${response.status}): ${JSON.stringify(json.errors).slice(0, 500)}`);
  return buildClientSchema(json.data);
}

/** Peak RSS of the server and its JVM, sampled every 100 ms until stopped. */
function sampleRss(target: () => ServerProcess | undefined) {
  let peak = NaN;
  let jvmPeak = NaN;
  const tick = () => {
    const current = target();
    if (!current) return;
    const rss = current.rssMiB();
    const jvm = current.jvmRssMiB();
    if (Number.isFinite(rss)) peak = Number.isFinite(peak) ? Math.max(peak, rss) : rss;
    if (Number.isFinite(jvm)) jvmPeak = Number.isFinite(jvmPeak) ? Math.max(jvmPeak, jvm) : jvm;
  };
  tick();
  const timer = setInterval(tick, 100);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return { peak, jvmPeak };
    },
  };
}

/** Waits until the normal client gets three answers in a row below `thresholdMs`, up to `settleMs`. */
async function settle(client: NormalClient, after: number, thresholdMs: number): Promise<boolean> {
  const deadline = Date.now() + settleMs;
  while (Date.now() < deadline) {
    if (!server?.alive()) return false;
    const recent = client.outcomes.filter((outcome) => outcome.startedAt >= after).slice(-3);
    if (recent.length === 3 && recent.every((outcome) => outcome.status === 200 && !outcome.code && outcome.ms <= thresholdMs)) return true;
    await sleep(200);
  }
  return false;
}

async function throwAttack(attack: Attack, quietP95: number, dataDir: string, logFile: string): Promise<AttackResult> {
  const current = server as ServerProcess;
  const client = normal as NormalClient;
  await sleep(500);
  const rssBefore = current.rssMiB();
  const jvmBefore = current.jvmRssMiB();
  const sampler = sampleRss(() => server);
  const t0 = Date.now();
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: attack.parallel }, async () => {
      do {
        outcomes.push(await send(current.url, attack.request, timeoutMs));
      } while (Date.now() - t0 < attackSeconds * 1000 && current.alive());
    }),
  );
  const t1 = Date.now();
  const settled = await settle(client, t1, Math.max(2 * quietP95, quietP95 + 50));
  const { peak, jvmPeak } = sampler.stop();
  let restarted: string | undefined;
  if (!current.alive() || !settled) {
    restarted = current.alive() ? `server still busy ${settleMs / 1000} s after the attack: restarted` : 'server process died: restarted';
    log(`  ${restarted}`);
    await current.stop();
    server = await startPledgegraph(dataDir, logFile);
    client.retarget(server.url);
    await settle(client, Date.now(), Math.max(2 * quietP95, quietP95 + 50));
  }
  const during = client.outcomes.filter((outcome) => outcome.startedAt < t1 && outcome.startedAt + outcome.ms > t0);
  const answers: Record<string, number> = {};
  for (const outcome of outcomes) answers[answerKey(outcome)] = (answers[answerKey(outcome)] ?? 0) + 1;
  const latencies = outcomes.map((outcome) => outcome.ms);
  const result: Omit<AttackResult, 'failures'> = {
    name: attack.name,
    description: attack.description,
    parallel: attack.parallel,
    cost: attack.verdict.cost,
    depth: attack.verdict.depth,
    aliases: attack.verdict.aliases,
    tokens: attack.verdict.tokens,
    bodyBytes: attack.verdict.bodyBytes,
    sent: outcomes.length,
    answers,
    latencyMaxMs: Math.max(...latencies),
    latencyMedianMs: percentile(latencies, 50),
    bytesMax: Math.max(...outcomes.map((outcome) => outcome.bytes)),
    rssBeforeMiB: rssBefore,
    rssPeakMiB: peak,
    jvmRssBeforeMiB: jvmBefore,
    jvmRssPeakMiB: jvmPeak,
    normalP95Ms: percentile(
      during.map((outcome) => outcome.ms),
      95,
    ),
    normalRequests: during.length,
    normalFailures: during.filter((outcome) => outcome.status !== 200 || outcome.code).length,
    restarted,
  };
  return { ...result, failures: judge(result, outcomes, quietP95) };
}

async function main(): Promise<AdversarialRun> {
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-adversarial-'));
  const logFile = path.join(os.tmpdir(), `pledgegraph-adversarial-${process.pid}.log`);
  try {
    const graph = await ensureAttackGraph(dataDir, scale, log);
    server = await startPledgegraph(dataDir, logFile);
    log(`pledgegraph pid ${server.pid} (Neo4j JVM pid ${server.jvmPid}) at ${server.url}; log ${logFile}`);
    const schema = await introspect(server.url);
    const generated = generatedAttacks(schema);
    const hand = handWrittenAttacks(schema);
    const only = values.only?.split(',');
    const attacks = [...hand.attacks, ...generated].filter((attack) => !only || only.includes(attack.name));
    for (const attack of attacks) {
      log(
        `  ${attack.name}: cost ${attack.verdict.cost}, depth ${attack.verdict.depth}, ${attack.verdict.aliases} aliases, ${attack.verdict.tokens} tokens, ${attack.verdict.bodyBytes} B — ${attack.description}`,
      );
    }
    for (const skipped of hand.skipped) log(`  skipped ${skipped.name}: ${skipped.reason}`);

    const question = { query: fs.readFileSync(path.join(PROJECT_ROOT, NORMAL_QUESTION), 'utf8') };
    const check = await send(server.url, question, timeoutMs);
    if (check.status !== 200 || check.code) throw new Error(`the normal question fails on its own: HTTP ${check.status} ${check.code ?? ''}`);
    normal = new NormalClient(server.url, question, timeoutMs);
    normal.start();
    await sleep(3000);
    const quietFrom = Date.now();
    await sleep(quietSeconds * 1000);
    const quiet = normal.between(quietFrom, Date.now());
    const quietP95 = percentile(
      quiet.map((outcome) => outcome.ms),
      95,
    );
    log(
      `normal client alone: p95 ${quietP95} ms over ${quiet.length} requests; RSS ${server.rssMiB().toFixed(0)} MiB, Neo4j ${server.jvmRssMiB().toFixed(0)} MiB`,
    );

    const run: AdversarialRun = {
      command: `npm run bench:adversarial${process.argv.length > 2 ? ` -- ${process.argv.slice(2).map(shellWord).join(' ')}` : ''}`,
      label: values.label,
      date: new Date().toISOString(),
      graph,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '?',
        memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        loadAverageAtStart: os.loadavg()[0] as number,
      },
      server: serverSettings(dataDir),
      normalQuestion: NORMAL_QUESTION,
      quietP95Ms: quietP95,
      quietRequests: quiet.length,
      attackSeconds,
      timeoutMs,
      results: [],
      skipped: hand.skipped,
      minutes: 0,
      pass: false,
    };
    const deadline = startedAt + maxMinutes * 60_000;
    for (const attack of attacks) {
      // Room for one more attack: its window, a timed-out request, settling and a restart.
      if (Date.now() + attackSeconds * 1000 + timeoutMs + settleMs + 120_000 > deadline) {
        run.unfinished = `--max-minutes ${maxMinutes} reached before ${attack.name}`;
        break;
      }
      log(`${attack.name} …`);
      const result = await throwAttack(attack, quietP95, dataDir, logFile);
      run.results.push(result);
      log(
        `  ${Object.entries(result.answers)
          .map(([key, count]) => `${key} ×${count}`)
          .join(
            ', ',
          )}; latency max ${result.latencyMaxMs} ms; ${result.bytesMax} B; RSS +${(result.rssPeakMiB - result.rssBeforeMiB).toFixed(0)} MiB (${result.rssBeforeMiB.toFixed(0)} → ${result.rssPeakMiB.toFixed(0)}); Neo4j +${(result.jvmRssPeakMiB - result.jvmRssBeforeMiB).toFixed(0)} MiB; normal p95 ${result.normalP95Ms} ms over ${result.normalRequests}: ${result.failures.length ? `FAIL (${result.failures.join(', ')})` : 'pass'}`,
      );
    }
    run.minutes = (Date.now() - startedAt) / 60_000;
    run.machine.loadAverageAtEnd = os.loadavg()[0] as number;
    run.pass = !run.unfinished && run.skipped.length === 0 && run.results.every((result) => result.failures.length === 0);
    return run;
  } finally {
    await normal?.stop();
    await server?.stop();
    if (!values['data-dir']) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// The whole run is bounded: past --max-minutes (plus a grace for stopping), stop everything and exit.
const watchdog = setTimeout(
  () => {
    process.stderr.write(`\nbench:adversarial exceeded ${maxMinutes} min; stopping\n`);
    void Promise.race([server?.stop(), sleep(40_000)]).finally(() => process.exit(2));
  },
  (maxMinutes + 2) * 60_000,
);
watchdog.unref();

main().then(
  (run) => {
    const table = markdownTable(run);
    log(`\n${summary(run)}\n\n${table}\n`);
    const jsonFile = path.join(os.tmpdir(), `pledgegraph-adversarial-${process.pid}.json`);
    fs.writeFileSync(jsonFile, `${JSON.stringify(run, null, 2)}\n`);
    if (write) writeDocs(path.join(PROJECT_ROOT, 'docs'), run);
    log(`finished in ${run.minutes.toFixed(1)} min; JSON in ${jsonFile}${write ? '; wrote docs/adversarial.json and the table in docs/operations.md' : ''}`);
    process.exit(run.pass ? 0 : 1);
  },
  (error: unknown) => {
    process.stderr.write(`\nbench:adversarial failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
