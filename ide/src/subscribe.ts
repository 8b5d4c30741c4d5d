import { createClient } from 'graphql-ws';
import type { ExecutionResult } from 'graphql';

interface Operation {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** The API key in the headers editor, as the WebSocket's connection parameters (browsers cannot set headers on a WebSocket). */
function connectionParams(headers: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'x-api-key') params[lower] = value;
  }
  return params;
}

/**
 * Runs a subscription over the API's WebSocket (graphql-ws, same host and path as `endpoint`),
 * one connection per run, yielding each event until GraphiQL stops it.
 */
export function subscribeOverWebSocket(
  endpoint: string,
  operation: Operation,
  headers: Record<string, string> | undefined,
  onEvent: (result: ExecutionResult) => void,
): AsyncIterableIterator<ExecutionResult> {
  const url = new URL(endpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.href,
    connectionParams: connectionParams(headers),
    retryAttempts: 0,
  });
  const events = client.iterate({
    query: operation.query,
    variables: operation.variables ?? undefined,
    operationName: operation.operationName ?? undefined,
  });
  const stop = async () => {
    await events.return?.();
    await client.dispose();
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      try {
        const result = await events.next();
        if (result.done) await client.dispose();
        else onEvent(result.value as ExecutionResult);
        return result as IteratorResult<ExecutionResult>;
      } catch (error) {
        await client.dispose();
        // A refusal (bad key, over a limit) or a closed socket is shown as the result, not thrown.
        const message =
          error instanceof Error
            ? error.message
            : Array.isArray(error)
              ? (error as { message: string }[]).map((each) => each.message).join('; ')
              : closeReason(error);
        return {
          value: { errors: [{ message }] } as unknown as ExecutionResult,
          done: false,
        };
      }
    },
    async return() {
      await stop();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

function closeReason(error: unknown): string {
  const event = error as { code?: number; reason?: string };
  return event && typeof event.code === 'number' ? `The WebSocket closed (${event.code}): ${event.reason || 'no reason given'}` : String(error);
}
