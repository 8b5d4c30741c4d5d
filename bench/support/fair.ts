/**
 * What keeps the comparison fair: no server meets a colder database than another, and none
 * always goes first. The database is pre-warmed until every question's latency settles on every
 * server; then each cell (question × connection count) is measured in rounds, and the order of
 * the servers rotates from round to round and from cell to cell, so each server goes first,
 * second and third equally often within every cell.
 */
import type { Question } from '../questions';
import { driveWindow, summarise, waitForIdle, type Window } from './drive';
import type { LoadResult } from './drive';
import type { RunningServer, ServerName } from './servers';

/** `servers` rotated left by `by`: round r of cell c runs in the order rotated(servers, c + r). */
export function rotated<T>(items: readonly T[], by: number): T[] {
  const shift = ((by % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};

export interface PrewarmOptions {
  connections: number;
  windowSeconds: number;
  /** Settled when every server's median latency moved by less than this share since its previous round. */
  tolerance: number;
  maxRounds: number;
}

export interface PrewarmResult {
  question: string;
  rounds: number;
  settled: boolean;
  seconds: number;
  /** Median latency (ms) per server in the last round. */
  medians: Record<string, number>;
}

/**
 * Asks `question` of every server in rounds (rotating their order) until each one's median
 * latency settles, or `maxRounds` have passed. Each round sends the question's Cypher (the
 * server's own) to Neo4j under load, so its plans are cached, its pages in memory and the JVM's
 * JIT has compiled the paths it takes before anything is timed.
 */
export async function prewarm(servers: readonly RunningServer[], question: Question, options: PrewarmOptions): Promise<PrewarmResult> {
  const startedAt = Date.now();
  let previous: Map<ServerName, number> | undefined;
  let rounds = 0;
  let settled = false;
  let medians = new Map<ServerName, number>();
  while (rounds < options.maxRounds && !settled) {
    medians = new Map();
    for (const server of rotated(servers, rounds)) {
      await waitForIdle(server);
      const window = await driveWindow(server, question, options.connections, options.windowSeconds);
      medians.set(server.name, median(window.latencies));
    }
    rounds += 1;
    const before = previous;
    settled =
      before !== undefined &&
      [...medians].every(([name, now]) => Math.abs(now - (before.get(name) as number)) <= options.tolerance * (before.get(name) as number));
    previous = medians;
  }
  return { question: question.name, rounds, settled, seconds: (Date.now() - startedAt) / 1000, medians: Object.fromEntries(medians) };
}

const geomean = (values: number[]) => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);

export interface CellResult {
  server: ServerName;
  result: LoadResult;
}

/** Where a server stood in a round of a cell, and its throughput in that window. */
export interface Placement {
  cell: string;
  server: ServerName;
  position: number;
  requestsPerSecond: number;
}

/**
 * Measures one cell: `rounds` windows per server of `seconds / rounds` each, the order rotated
 * by `cellIndex + round`, each server idle-checked before its window. Returns one summary per
 * server (requests and latencies of its windows together) and where it stood in each round.
 */
export async function measureCell(
  servers: readonly RunningServer[],
  question: Question,
  connections: number,
  options: { seconds: number; rounds: number; cellIndex: number },
): Promise<{ results: CellResult[]; placements: Placement[] }> {
  const windows = new Map<ServerName, Window[]>(servers.map((server) => [server.name, []]));
  const placements: Placement[] = [];
  const cell = `${question.name} c=${connections}`;
  const windowSeconds = options.seconds / options.rounds;
  for (let round = 0; round < options.rounds; round++) {
    const order = rotated(servers, options.cellIndex + round);
    for (const [position, server] of order.entries()) {
      await waitForIdle(server);
      const window = await driveWindow(server, question, connections, windowSeconds);
      windows.get(server.name)?.push(window);
      placements.push({ cell, server: server.name, position, requestsPerSecond: window.requests / window.seconds });
    }
  }
  return { results: servers.map((server) => ({ server: server.name, result: summarise(windows.get(server.name) ?? []) })), placements };
}

/**
 * The order effect: for each position (first, second, third in a round), the geometric mean of a
 * server's throughput there over its own (geometric) mean throughput in the same cell. 1.00× everywhere means
 * the order did not matter; the rotation cancels whatever it is from the ratios.
 */
export function orderEffect(placements: readonly Placement[], serverCount: number): string {
  const meanOf = new Map<string, number>();
  for (const key of new Set(placements.map((p) => `${p.cell}|${p.server}`))) {
    const rates = placements.filter((p) => `${p.cell}|${p.server}` === key).map((p) => p.requestsPerSecond);
    meanOf.set(key, geomean(rates.filter((r) => r > 0)));
  }
  const names = ['first', 'second', 'third', 'fourth'];
  const parts: string[] = [];
  for (let position = 0; position < serverCount; position++) {
    const ratios = placements
      .filter((p) => p.position === position)
      .map((p) => p.requestsPerSecond / (meanOf.get(`${p.cell}|${p.server}`) as number))
      .filter((r) => Number.isFinite(r) && r > 0);
    parts.push(`${names[position] ?? position + 1} ${ratios.length > 0 ? geomean(ratios).toFixed(2) : '–'}×`);
  }
  return `Order effect (a server's req/s in a round's window against its own geometric mean in that cell, geometric mean over every cell and server): ${parts.join(', ')}.`;
}
