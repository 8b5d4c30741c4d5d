import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { phasesOf, type CpuProfile } from '../../bench/support/cpu-phases';
import { orderEffect, serverOrder, type Placement } from '../../bench/support/fair';
import { currentCommit, writeReport, type Measurement } from '../../bench/support/report';
import { SERVER_NAMES } from '../../bench/support/servers';

describe('the bench balances the order of the servers', () => {
  const orders = (cellIndex: number, rounds: number = SERVER_NAMES.length) =>
    Array.from({ length: rounds }, (_, round) => serverOrder(SERVER_NAMES, cellIndex, round));

  it('runs the Latin square forwards in one cell and backwards in the next', () => {
    const letters = (cellIndex: number) => orders(cellIndex).map((order) => order.map((name) => 'ABC'[SERVER_NAMES.indexOf(name)]).join(''));
    expect(letters(0)).toEqual(['ABC', 'BCA', 'CAB']);
    expect(letters(1)).toEqual(['CBA', 'BAC', 'ACB']);
  });

  it('puts every server first, second and third exactly once in the rounds of any cell', () => {
    for (let cellIndex = 0; cellIndex < 8; cellIndex++) {
      const positions = new Map<string, number[]>(SERVER_NAMES.map((name) => [name, []]));
      for (const order of orders(cellIndex)) order.forEach((name, position) => positions.get(name)?.push(position));
      for (const [, seen] of positions) expect([...seen].sort()).toEqual([0, 1, 2]);
    }
  });

  it('never runs one server twice in a row within a cell, across its rounds too', () => {
    for (let cellIndex = 0; cellIndex < 8; cellIndex++) {
      const windows = orders(cellIndex).flat();
      for (let at = 1; at < windows.length; at++) expect(windows[at]).not.toBe(windows[at - 1]);
    }
  });

  it('lets every server follow every other equally often over two cells', () => {
    for (let first = 0; first < 8; first += 2) {
      const follows = new Map<string, number>();
      for (const order of [...orders(first), ...orders(first + 1)]) {
        for (let position = 1; position < order.length; position++) {
          const pair = `${order[position]} after ${order[position - 1]}`;
          follows.set(pair, (follows.get(pair) ?? 0) + 1);
        }
      }
      // 3 servers: 6 ordered pairs, 12 successions in 6 rounds of two cells.
      expect(follows.size).toBe(6);
      expect(new Set(follows.values())).toEqual(new Set([2]));
    }
  });

  it('runs all six orders in six cells of one round each', () => {
    const seen = new Set(Array.from({ length: 6 }, (_, cellIndex) => orders(cellIndex, 1)[0]?.join('|')));
    expect(seen.size).toBe(6);
  });

  const placement = (server: (typeof SERVER_NAMES)[number], position: number, previous: Placement['previous'], requestsPerSecond: number): Placement => ({
    cell: 'scale 1 q c=10',
    server,
    round: position,
    position,
    previous,
    requests: requestsPerSecond,
    seconds: 1,
    requestsPerSecond,
    p95: 1,
  });

  it('reports what going first costs, against the same server in the same cell', () => {
    const placements: Placement[] = SERVER_NAMES.flatMap((server, s) =>
      [0, 1, 2].map((position) => placement(server, position, null, (100 + 50 * s) * (position === 0 ? 0.5 : 1))),
    );
    // Each server's geometric mean is 0.5^(1/3) = 0.794 of its steady rate: first 0.5/0.794 = 0.63×, the others 1.26×.
    expect(orderEffect(placements, 3)).toContain('first 0.63×, second 1.26×, third 1.26×');
  });

  it('reports no order effect where each server ran one window per cell', () => {
    const placements: Placement[] = SERVER_NAMES.map((server, position) => placement(server, position, null, 100 * (position + 1)));
    expect(orderEffect(placements, 3)).toContain('first –, second –, third –');
  });

  it('reports what following each other server costs', () => {
    const [a, b, c] = SERVER_NAMES;
    // b runs at half speed after a, full speed after c; a and c are steady whoever went before.
    const placements: Placement[] = [
      placement(a, 0, c, 100),
      placement(a, 1, b, 100),
      placement(b, 1, a, 50),
      placement(b, 2, c, 100),
      placement(c, 2, b, 300),
      placement(c, 0, a, 300),
    ];
    const effect = orderEffect(placements, 3);
    // b's geometric mean is sqrt(50 × 100) = 70.7: 0.71× after a, 1.41× after c.
    expect(effect).toContain(`${b} after ${a} 0.71×`);
    expect(effect).toContain(`${b} after ${c} 1.41×`);
    expect(effect).toContain(`${a} after ${c} 1.00×`);
    expect(effect).toContain(`${c} after ${b} 1.00×`);
  });
});

describe('the CPU profile is split into the phases of a request', () => {
  const frame = (functionName: string, url: string) => ({
    functionName,
    url,
    scriptId: '0',
    lineNumber: 0,
    columnNumber: 0,
  });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 7, 8, 9] },
      {
        id: 2,
        callFrame: frame('onread', 'node:internal/stream_base_commons'),
        children: [3],
      },
      {
        id: 3,
        callFrame: frame('handleMessage', 'file:///p/node_modules/neo4j-driver-bolt-connection/lib/bolt/response-handler.js'),
        children: [4, 12],
      },
      {
        id: 4,
        callFrame: frame('unpack', 'file:///p/node_modules/neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js'),
        children: [5],
      },
      { id: 5, callFrame: frame('readUInt8', 'node:buffer'), children: [6] },
      {
        id: 6,
        callFrame: frame('captureStacktrace', 'file:///p/node_modules/neo4j-driver-core/lib/result.js'),
        children: [10],
      },
      { id: 7, callFrame: frame('(garbage collector)', '') },
      { id: 8, callFrame: frame('(idle)', '') },
      {
        id: 9,
        callFrame: frame('sendResponse', 'file:///p/node_modules/@apollo/server/dist/cjs/runHttpQuery.js'),
        children: [11],
      },
      {
        id: 10,
        callFrame: frame('prepareStackTrace', 'node:internal/source_map/prepare_stack_trace'),
      },
      { id: 11, callFrame: frame('stringify', '') },
      { id: 12, callFrame: frame('writeBuffer', '') },
    ],
    samples: [5, 5, 7, 8, 8, 11, 10, 2, 12, 8],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
    startTime: 0,
    endTime: 9000, // the last sample has no next delta: it counts for nothing
  };

  it('charges Node internals to the library that called them, and native JSON to serialising', () => {
    const { busyMs, idleMs, byPhase } = phasesOf(profile);
    expect(idleMs).toBe(2);
    expect(busyMs).toBe(7);
    expect(byPhase.get('neo4j-driver: Bolt socket write syscalls (writeBuffer)')).toBe(1);
    expect(byPhase.get('neo4j-driver: PackStream encode/decode')).toBe(2);
    expect(byPhase.get('neo4j-driver: stack trace captured per Result')).toBe(1);
    expect(byPhase.get('garbage collection')).toBe(1);
    expect(byPhase.get('serialise: JSON.stringify of the response (Apollo prettyJSONStringify)')).toBe(1);
    expect(byPhase.get('Node I/O: sockets, streams, timers (no library on the stack)')).toBe(1);
  });
});

describe('the regenerated benchmarks page', () => {
  it('knows the commit it runs from', () => {
    const { sha, dirty } = currentCommit();
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof dirty).toBe('boolean');
  });

  it('keeps the hand-written analysis, profile and questions blocks and says how the servers are configured', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'benchmarks.md'),
        'old\n<!-- analysis -->\nwhy A\n<!-- /analysis -->\nmiddle\n<!-- profile -->\nwhere B\n<!-- /profile -->\n<!-- questions -->\nwhat C\n<!-- /questions -->\n<!-- memory -->\nheld D\n<!-- /memory -->\n',
      );
      const measurement = (server: Measurement['server'], requestsPerSecond: number): Measurement => ({
        scale: 1,
        question: 'q',
        paginated: true,
        server,
        connections: 10,
        requestsPerSecond,
        p50: 1,
        p95: 2,
        p99: 3,
        errors: 0,
        roundTrips: 1,
        dbHits: 5,
        rssMiB: 100,
      });
      const window: Placement = {
        cell: 'scale 1 q c=10',
        server: 'pledgegraph',
        round: 0,
        position: 1,
        previous: 'raw driver',
        requests: 600,
        seconds: 3,
        requestsPerSecond: 200,
        p95: 2,
      };
      const { ratios } = writeReport({
        measurements: [measurement('pledgegraph', 200), measurement('@neo4j/graphql', 100), measurement('raw driver', 400)],
        infos: [
          {
            scale: 1,
            loadSeconds: 1,
            nodes: 1,
            relationships: 1,
            storeMiB: 1,
            prewarmSeconds: 12,
          },
        ],
        command: 'npm run bench',
        seconds: 9,
        rounds: 3,
        prewarm: {
          connections: 10,
          windowSeconds: 2,
          tolerance: 0.1,
          maxRounds: 10,
        },
        orderEffect: 'Order effect: first 1.00×, second 1.00×, third 1.00×.',
        commit: { sha: '0123456789abcdef0123456789abcdef01234567', dirty: true },
        cells: [{ cell: 'scale 1 q c=10', start: [1.5, 1, 1], end: [2.25, 1, 1] }],
        windows: [window],
        connectionCounts: [10],
        minutes: 1,
        outDir: dir,
      });
      expect(ratios).toContain('pledgegraph throughput 2.00× @neo4j/graphql');
      expect(ratios).toContain('0.50× the raw-driver floor');
      // Issue 15's targets, each with its verdict: 2.00× the peer is met, 0.50× the floor is not.
      expect(ratios).toContain('| throughput ≥ 2.0× @neo4j/graphql, geometric mean | 2.00× | met |');
      expect(ratios).toContain('| throughput ≥ 0.6× the raw-driver floor, geometric mean | 0.50× | **missed** |');
      expect(ratios).toContain("| p95 ≤ the peer's in every cell | 0 of 1 cells above (worst 1.00×) | met |");
      expect(ratios).toContain('| RSS under load ≤ 150 MiB at scale 1 | 100 MiB (largest after any cell) | met |');
      const page = fs.readFileSync(path.join(dir, 'benchmarks.md'), 'utf8');
      expect(page).toContain('<!-- analysis -->\nwhy A\n<!-- /analysis -->');
      expect(page).toContain('<!-- profile -->\nwhere B\n<!-- /profile -->');
      expect(page).toContain('<!-- questions -->\nwhat C\n<!-- /questions -->');
      expect(page).toContain('<!-- memory -->\nheld D\n<!-- /memory -->');
      expect(page).toContain('## How the three servers are configured');
      expect(page).toContain('acquisition 30 s (production: 3 s, see below)');
      expect(page).toContain("The bench's driver waits up to 30 s for a pooled connection where production waits 3 s");
      expect(page).toContain('it took 12 s at scale 1');
      expect(page).toContain('Order effect: first 1.00×');
      expect(page).toContain('commit 0123456789ab with uncommitted changes in the tree; 1-minute load average 1.5–2.3 at the start and end of the cells');
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'benchmarks.json'), 'utf8')) as Record<string, unknown>;
      expect(json.commit).toEqual({ sha: '0123456789abcdef0123456789abcdef01234567', dirty: true });
      expect(json.cells).toEqual([{ cell: 'scale 1 q c=10', start: [1.5, 1, 1], end: [2.25, 1, 1] }]);
      expect(json.windows).toEqual([window]);
      expect((json.measurements as unknown[]).length).toBe(3);
      expect((json.infos as unknown[]).length).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
