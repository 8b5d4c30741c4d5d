/**
 * The bench's HTTP side: one request with a client-side timeout, its body counted as it streams
 * (an attack's answer may be hundreds of MB, never held whole), and the "normal client" that keeps
 * asking one README question for the whole run.
 */
import type { GraphqlRequest } from './limit-check';

export interface Outcome {
  /** HTTP status; 0 when no response came (timeout or connection error). */
  status: number;
  /** The first GraphQL error code in the response, or `TIMEOUT (client)` / `CONNECTION (client)`. */
  code?: string;
  ms: number;
  bytes: number;
  startedAt: number;
}

const KEEP = 64 * 1024;

/** The first `extensions.code` after `"errors"` (data may have its own `code` fields, e.g. a country's). */
function errorCode(text: string): string | undefined {
  const errors = text.indexOf('"errors"');
  if (errors === -1) return undefined;
  return /"extensions"\s*:\s*\{[^{}]*?"code"\s*:\s*"([A-Za-z_]+)"/.exec(text.slice(errors))?.[1];
}

/** POSTs `request`; never throws. */
export async function send(url: string, request: GraphqlRequest, timeoutMs: number): Promise<Outcome> {
  const startedAt = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let status = 0;
  let bytes = 0;
  let head = '';
  let tail = '';
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: controller.signal,
    });
    status = response.status;
    const decoder = new TextDecoder();
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
      if (head.length < KEEP) head += decoder.decode(chunk.value.subarray(0, KEEP), { stream: false });
      else tail = (tail + decoder.decode(chunk.value.subarray(Math.max(0, chunk.value.byteLength - KEEP)))).slice(-KEEP);
    }
    const code = errorCode(head) ?? errorCode(tail);
    return { status, code, ms: Date.now() - startedAt, bytes, startedAt };
  } catch (error) {
    const aborted = controller.signal.aborted;
    return {
      status: aborted ? status : 0,
      code: aborted
        ? 'TIMEOUT (client)'
        : `CONNECTION (client): ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
      ms: Date.now() - startedAt,
      bytes,
      startedAt,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** One connection asking the same question back to back until stopped; keeps every outcome. */
export class NormalClient {
  readonly outcomes: Outcome[] = [];
  private running = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private url: string,
    private readonly request: GraphqlRequest,
    private readonly timeoutMs: number,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        this.outcomes.push(await send(this.url, this.request, this.timeoutMs));
        // A dead server answers at once; don't spin.
        if (this.outcomes.at(-1)?.status === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
  }

  /** Stops after the request in flight. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  retarget(url: string): void {
    this.url = url;
  }

  /** Outcomes of requests started in [from, to). */
  between(from: number, to: number): Outcome[] {
    return this.outcomes.filter((outcome) => outcome.startedAt >= from && outcome.startedAt < to);
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
