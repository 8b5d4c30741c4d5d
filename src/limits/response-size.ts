import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { worstCaseResponseBytes, type TextLimits } from './cost-tables';
import { costModel, costOfRequest, type CostModel } from './query-cost';

/**
 * True when `value`, serialised as JSON, would take more than `limit` bytes (UTF-8). Walks the
 * value and stops as soon as the count passes the limit, so measuring never builds the one huge
 * string (JSON.stringify of a few hundred MB fails with "Invalid string length").
 */
export function jsonBytesExceed(value: unknown, limit: number): boolean {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') total += Buffer.byteLength(JSON.stringify(item));
    else if (item === null || typeof item !== 'object') total += String(JSON.stringify(item) ?? null).length;
    else if (Array.isArray(item)) {
      total += 2 + Math.max(0, item.length - 1);
      for (const element of item) pending.push(element === undefined ? null : element);
    } else {
      const fields = Object.entries(item).filter(([, field]) => field !== undefined);
      total += 2 + Math.max(0, fields.length - 1);
      for (const [key, field] of fields) {
        total += Buffer.byteLength(JSON.stringify(key)) + 1;
        pending.push(field);
      }
    }
    if (total > limit) return true;
  }
  return false;
}

/** Answers whose cost bounds them below this are measured by serialising them: far below the longest string V8 can build. */
const SERIALISED_UP_TO_BYTES = 64 * 1024 * 1024;

/**
 * The most bytes the response can take whatever the data (cost-tables.ts `worstCaseResponseBytes`),
 * when its cost says: it carries only `data` (errors and extensions are not charged) of a resolved operation.
 */
function worstCaseBytes(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>, model: CostModel): number | undefined {
  const { response } = requestContext;
  if (response.body.kind !== 'single' || response.body.singleResult.errors || response.body.singleResult.extensions) return undefined;
  const computed = requestContext.operation ? costOfRequest(requestContext, model) : undefined;
  return computed && worstCaseResponseBytes(computed.cost);
}

/**
 * True when `result` takes more than `maxBytes` as JSON: not measured when its cost bounds it below,
 * serialised (native, fast) when its cost bounds it within reach of a string, walked otherwise.
 */
function tooLarge(result: unknown, worst: number | undefined, maxBytes: number): boolean {
  if (worst !== undefined && worst <= maxBytes) return false;
  if (worst !== undefined && worst <= SERIALISED_UP_TO_BYTES) return Buffer.byteLength(JSON.stringify(result)) > maxBytes;
  return jsonBytesExceed(result, maxBytes);
}

/**
 * Refuses to send a GraphQL response larger than MAX_RESPONSE_BYTES: it is replaced, before
 * Apollo serialises it, by one RESPONSE_TOO_LARGE error (HTTP 400: the client must ask for less).
 * The result is measured when complete (willSendResponse) because that is the one place that sees
 * every field; the cost limit is what keeps a result within reach of the cap while it is built.
 * A response whose cost already bounds it below the cap is not measured; one whose cost bounds it
 * within reach of a string is serialised to be measured, which is far cheaper than the walk.
 */
export function responseSizePlugin(maxBytes: number, logger: Pick<Logger, 'warn'>, limits: TextLimits): ApolloServerPlugin {
  const model = costModel(limits);
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const { response, operationName } = requestContext;
          if (response.body.kind !== 'single' || !tooLarge(response.body.singleResult, worstCaseBytes(requestContext, model), maxBytes)) return;
          logger.warn({ operationName, maxBytes }, 'response refused: larger than MAX_RESPONSE_BYTES');
          response.body.singleResult = {
            errors: [
              {
                message: `The response would be larger than ${maxBytes} bytes, the most this server sends; ask for fewer items or fields.`,
                extensions: { code: ErrorCode.ResponseTooLarge, maxBytes },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
