/**
 * What keeps the comparison fair: no server meets a colder database than another, none always
 * goes first, and none always follows the same other server. The database is pre-warmed until
 * every question's latency settles on every server; then each cell (question × connection count)
 * is measured in rounds whose order is a row of a Latin square (each server first, second and
 * third once in three rounds), the square read forwards in even cells and backwards in odd ones,
 * so over two cells every server follows every other equally often (`serverOrder`).
 */
import os from 'node:os';
import type { Question } from '../questions';
import { driveWindow, percentile, summarise, waitForIdle, type Window } from './drive';
import type { LoadResult } from './drive';
import type { RunningServer, ServerName } from './servers';

/** `items` rotated left by `by`. */
export function rotated<T>(items: readonly T[], by: number): T[] {
  const shift = ((by % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * The order of the servers in round `round` of cell `cellIndex`: in even cells the rotation by
 * `round`, in odd cells the rotation the other way, reversed (plus one more every two cells).
 * Cell 0 runs ABC, BCA, CAB; cell 1 CBA, BAC, ACB. Within a cell each server holds each position
 * once per `items.length` rounds and never runs two windows in a row; over two cells each server
 * follows each other equally often. A rotation alone would put A after C, B after A and C after B in
 * every round of every cell, so whatever one server leaves behind (a hot JVM path, GC pressure, a
 * busy page cache) would always land on the same next one. With one round per cell, six cells run
 * all six orders.
 */
export function serverOrder<T>(items: readonly T[], cellIndex: number, round: number): T[] {
  const base = Math.floor(cellIndex / 2);
  return cellIndex % 2 === 0 ? rotated(items, base + round) : rotated(items, base - round).reverse();
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
 * Asks `question` of every server in rounds (in `serverOrder`, a round standing for a cell) until each one's median
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
    for (const server of serverOrder(servers, rounds, 0)) {
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

/** One timed window: where a server stood in a round of a cell, after whom, and what it did. */
export interface Placement {
  cell: string;
  server: ServerName;
  round: number;
  position: number;
  /** The server whose window ran just before this one in the cell (the previous round's last, for a round's first); null for the cell's first window. */
  previous: ServerName | null;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency (ms) of this window alone. */
  p95: number;
}

/** The 1-, 5- and 15-minute load averages when a cell's first window started and when its last ended. */
export interface CellLoad {
  cell: string;
  start: number[];
  end: number[];
}

/**
 * Measures one cell: `rounds` windows per server of `seconds / rounds` each, in `serverOrder` for
 * `cellIndex`, each server idle-checked before its window. Returns one summary per server
 * (requests and latencies of its windows together), every window, and the load average around them.
 */
export async function measureCell(
  servers: readonly RunningServer[],
  question: Question,
  connections: number,
  options: { seconds: number; rounds: number; cellIndex: number; scale: number },
): Promise<{ results: CellResult[]; placements: Placement[]; load: CellLoad }> {
  const windows = new Map<ServerName, Window[]>(servers.map((server) => [server.name, []]));
  const placements: Placement[] = [];
  const cell = `scale ${options.scale} ${question.name} c=${connections}`;
  const windowSeconds = options.seconds / options.rounds;
  const start = os.loadavg();
  let previous: ServerName | null = null;
  for (let round = 0; round < options.rounds; round++) {
    for (const [position, server] of serverOrder(servers, options.cellIndex, round).entries()) {
      await waitForIdle(server);
      const window = await driveWindow(server, question, connections, windowSeconds);
      windows.get(server.name)?.push(window);
      placements.push({
        cell,
        server: server.name,
        round,
        position,
        previous,
        requests: window.requests,
        seconds: window.seconds,
        requestsPerSecond: window.requests / window.seconds,
        p95: percentile(
          [...window.latencies].sort((a, b) => a - b),
          95,
        ),
      });
      previous = server.name;
    }
  }
  return {
    results: servers.map((server) => ({ server: server.name, result: summarise(windows.get(server.name) ?? []) })),
    placements,
    load: { cell, start, end: os.loadavg() },
  };
}

/**
 * A window's req/s over its server's own geometric mean in the same cell, for every window that
 * has one; a server with one window in a cell (`--rounds 1`) has nothing to compare it with.
 */
function againstOwnMean(placements: readonly Placement[]): { placement: Placement; ratio: number }[] {
  const meanOf = new Map<string, number>();
  for (const key of new Set(placements.map((p) => `${p.cell}|${p.server}`))) {
    const rates = placements.filter((p) => `${p.cell}|${p.server}` === key).map((p) => p.requestsPerSecond);
    if (rates.length > 1) meanOf.set(key, geomean(rates.filter((r) => r > 0)));
  }
  return placements
    .map((placement) => ({ placement, ratio: placement.requestsPerSecond / (meanOf.get(`${placement.cell}|${placement.server}`) ?? NaN) }))
    .filter(({ ratio }) => Number.isFinite(ratio) && ratio > 0);
}

const ofRatios = (ratios: number[]) => (ratios.length > 0 ? `${geomean(ratios).toFixed(2)}×` : '–');

/**
 * The order effect: for each position (first, second, third in a round), the geometric mean of a
 * server's throughput there over its own (geometric) mean throughput in the same cell; and the
 * same for each server after each other one (the window just before it in the cell). 1.00×
 * everywhere means the order did not matter; the balanced order cancels whatever it is from the ratios.
 */
export function orderEffect(placements: readonly Placement[], serverCount: number): string {
  const ratios = againstOwnMean(placements);
  const names = ['first', 'second', 'third', 'fourth'];
  const positions: string[] = [];
  for (let position = 0; position < serverCount; position++) {
    positions.push(
      `${names[position] ?? position + 1} ${ofRatios(ratios.filter(({ placement }) => placement.position === position).map(({ ratio }) => ratio))}`,
    );
  }
  const pairs = [...new Set(placements.filter((p) => p.previous !== null).map((p) => `${p.server} after ${p.previous}`))].sort();
  const predecessors = pairs.map(
    (pair) => `${pair} ${ofRatios(ratios.filter(({ placement }) => `${placement.server} after ${placement.previous}` === pair).map(({ ratio }) => ratio))}`,
  );
  return [
    `Order effect (a server's req/s in a round's window against its own geometric mean in that cell, geometric mean over every cell and server): ${positions.join(', ')}.`,
    ...(predecessors.length > 0
      ? [
          '',
          `Predecessor effect (the same ratio, by the server whose window ran just before in the cell; a round's first follows the previous round's last): ${predecessors.join(', ')}.`,
        ]
      : []),
  ].join('\n');
}
