/**
 * Splits a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it) into the phases of a
 * request. Each sample is charged to the phase of the innermost frame that belongs to a known
 * package or module; frames of Node's own internals (streams, sockets, timers) are charged to the
 * code that called them, and only to "Node I/O" when nothing else is on the stack. A socket's
 * write(2) is its own phase (Bolt or HTTP): it is where a loaded machine shows most.
 */

interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export const PHASES = [
  'HTTP: Node http parser and response writing',
  'HTTP: Express, body parsing, compression, CORS, ETag',
  'HTTP: request logging (src/http/request-logging.ts, pino)',
  'HTTP: socket write syscalls (writev, writeBuffer)',
  'pledgegraph HTTP middleware, limits, auth (src/http, src/limits, src/auth)',
  'Apollo Server request pipeline and plugins',
  'graphql-js parse',
  'graphql-js validate (incl. graphql-armor rules)',
  'graphql-js execute (field walk, completeValue)',
  'look-ahead plan and Cypher building (src/read)',
  'resolvers, loaders, row mapping (src/graphql, src/read other)',
  'neo4j-driver: session and transaction bookkeeping',
  'neo4j-driver: Bolt protocol (messages, chunking, transformers)',
  'neo4j-driver: Bolt socket write syscalls (writeBuffer)',
  'neo4j-driver: PackStream encode/decode',
  'neo4j-driver: stack trace captured per Result',
  'neo4j-driver: other',
  'serialise: JSON.stringify of the response (Apollo prettyJSONStringify)',
  'JSON.parse (request bodies)',
  'Node I/O: sockets, streams, timers (no library on the stack)',
  '@neo4j/graphql: translation to Cypher, its resolvers (the peer only)',
  "bench/peer: the peer's and the floor's own server code",
  'bench wrappers (query counter, control port)',
  'garbage collection',
  'V8 other (program, compile)',
  'other',
] as const;
export type Phase = (typeof PHASES)[number];

const RULES: [RegExp, Phase][] = [
  [
    /neo4j-driver-bolt-connection\/lib\/packstream\/|neo4j-driver-core\/lib\/(record|graph-types|integer|temporal-types|spatial-types)\.js$/,
    'neo4j-driver: PackStream encode/decode',
  ],
  [/neo4j-driver-bolt-connection\/lib\/(bolt|channel|buf)\//, 'neo4j-driver: Bolt protocol (messages, chunking, transformers)'],
  [
    /neo4j-driver-core\/lib\/(session|transaction|transaction-promise|transaction-executor|internal)|neo4j-driver-bolt-connection\/lib\/(pool|connection|connection-provider|rediscovery)\//,
    'neo4j-driver: session and transaction bookkeeping',
  ],
  [/neo4j-driver(-core|-bolt-connection)?\//, 'neo4j-driver: other'],
  [
    /node_modules\/(pino-http|pino|pino-std-serializers|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|atomic-sleep)\//,
    'HTTP: request logging (src/http/request-logging.ts, pino)',
  ],
  [/\/src\/http\/request-logging\b/, 'HTTP: request logging (src/http/request-logging.ts, pino)'],
  [/node_modules\/graphql\/language\//, 'graphql-js parse'],
  [/node_modules\/(graphql\/validation|@escape\.tech\/graphql-armor)/, 'graphql-js validate (incl. graphql-armor rules)'],
  [/node_modules\/graphql\/(execution|jsutils|type)\//, 'graphql-js execute (field walk, completeValue)'],
  [/node_modules\/(@apollo|@as-integrations|graphql\/utilities|@graphql-tools)\//, 'Apollo Server request pipeline and plugins'],
  [
    /node_modules\/(express|router|body-parser|raw-body|compression|cors|etag|fresh|send|finalhandler|on-finished|on-headers|qs|content-type|type-is|negotiator|accepts|vary|parseurl|proxy-addr|depd|http-errors|iconv-lite|mime-types|media-typer|express-rate-limit|statuses|content-disposition|cookie|bytes|debug|ms|encodeurl|escape-html|range-parser|forwarded)\//,
    'HTTP: Express, body parsing, compression, CORS, ETag',
  ],
  [/\/src\/read\/(plan|compile|lookahead|cypher|read-along|pagination|traversals)\b/, 'look-ahead plan and Cypher building (src/read)'],
  [/\/src\/(http|limits|auth)\//, 'pledgegraph HTTP middleware, limits, auth (src/http, src/limits, src/auth)'],
  [/node_modules\/@neo4j\/(graphql|cypher-builder)\//, '@neo4j/graphql: translation to Cypher, its resolvers (the peer only)'],
  [/^(?!.*node_modules).*\/src\/|node_modules\/dataloader\//, 'resolvers, loaders, row mapping (src/graphql, src/read other)'],
  [/\/bench\/peer\//, "bench/peer: the peer's and the floor's own server code"],
  [/\/bench\//, 'bench wrappers (query counter, control port)'],
];

const NODE_HTTP = /^node:_http_|^node:internal\/http/;
/** Native frames that are the write(2) of a socket: charged to Bolt or to HTTP by who wrote. */
const SOCKET_WRITES = new Set(['writeBuffer', 'writev', 'writeUtf8String', 'writeLatin1String', 'writeAsciiString']);
const DRIVER = /neo4j-driver/;

function phaseOfFrame(frame: CallFrame): Phase | undefined {
  if (frame.functionName === 'prettyJSONStringify') return 'serialise: JSON.stringify of the response (Apollo prettyJSONStringify)';
  if (frame.functionName === 'captureStacktrace' && frame.url.includes('neo4j-driver-core')) return 'neo4j-driver: stack trace captured per Result';
  if (frame.url === '') {
    if (frame.functionName === '(garbage collector)') return 'garbage collection';
    if (frame.functionName === '(program)') return 'V8 other (program, compile)';
    if (frame.functionName === 'stringify') return 'serialise: JSON.stringify of the response (Apollo prettyJSONStringify)';
    if (frame.functionName === 'parse') return 'JSON.parse (request bodies)';
    return undefined;
  }
  if (frame.url.startsWith('node:')) return undefined;
  return RULES.find(([pattern]) => pattern.test(frame.url))?.[1];
}

export interface PhaseBreakdown {
  /** Sampled time (ms) the main thread was busy, idle excluded. */
  busyMs: number;
  idleMs: number;
  byPhase: Map<Phase, number>;
}

/** Busy time per phase (ms) of one profile. */
export function phasesOf(profile: CpuProfile): PhaseBreakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const phaseOfNode = new Map<number, Phase | 'idle'>();
  const classify = (id: number): Phase | 'idle' => {
    const known = phaseOfNode.get(id);
    if (known) return known;
    const leaf = byId.get(id) as ProfileNode;
    let phase: Phase | 'idle' | undefined = leaf.callFrame.functionName === '(idle)' ? 'idle' : undefined;
    if (leaf.callFrame.url === '' && SOCKET_WRITES.has(leaf.callFrame.functionName)) {
      let byDriver = false;
      for (let at = parentOf.get(id); at !== undefined && !byDriver; at = parentOf.get(at)) byDriver = DRIVER.test((byId.get(at) as ProfileNode).callFrame.url);
      phase = byDriver ? 'neo4j-driver: Bolt socket write syscalls (writeBuffer)' : 'HTTP: socket write syscalls (writev, writeBuffer)';
    }
    for (let at: number | undefined = id; phase === undefined && at !== undefined; at = parentOf.get(at)) {
      phase = phaseOfFrame((byId.get(at) as ProfileNode).callFrame);
    }
    if (phase === undefined) {
      phase = NODE_HTTP.test(leaf.callFrame.url)
        ? 'HTTP: Node http parser and response writing'
        : leaf.callFrame.url.startsWith('node:')
          ? 'Node I/O: sockets, streams, timers (no library on the stack)'
          : 'other';
    }
    phaseOfNode.set(id, phase);
    return phase;
  };
  const byPhase = new Map<Phase, number>();
  let busyMs = 0;
  let idleMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const phase = classify(id);
    if (phase === 'idle') {
      idleMs += ms;
      return;
    }
    busyMs += ms;
    byPhase.set(phase, (byPhase.get(phase) ?? 0) + ms);
  });
  return { busyMs, idleMs, byPhase };
}
