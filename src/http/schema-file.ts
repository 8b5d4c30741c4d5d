import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Router } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

export const SCHEMA_FILE_PATH = '/schema.graphql';

export interface SchemaFileOptions {
  /** The SDL, byte for byte what schema.graphql holds (printedSchema()). */
  sdl: string;
  requireKeyForReads: boolean;
  /** Resolves a request's API key (throws UNAUTHENTICATED, or SERVICE_UNAVAILABLE/TIMEOUT with their status). */
  authenticate(headers: IncomingHttpHeaders): Promise<unknown>;
}

/**
 * GET /schema.graphql: the schema as one SDL file, for codegen and other tools
 * (`schema: 'http://…/schema.graphql'`). Under REQUIRE_KEY_FOR_READS it needs a key, as /graphql does.
 */
export function schemaFileRoute({ sdl, requireKeyForReads, authenticate }: SchemaFileOptions): Router {
  const router = Router();
  // The app sends no ETags (src/server.ts); this file's is made once, so a tool that revalidates
  // (`no-cache`) is answered 304 Not Modified while the schema is unchanged.
  const etag = `"${createHash('sha1').update(sdl).digest('base64url')}"`;
  router.get(SCHEMA_FILE_PATH, async (req, res) => {
    res.set({ 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    if (requireKeyForReads) {
      try {
        await authenticate(req.headers);
      } catch (error) {
        const refusal = refusalOf(error);
        return void res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      }
    }
    res.set('etag', etag).type('text/plain; charset=utf-8').send(sdl);
  });
  return router;
}

function refusalOf(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const http = error.extensions.http as { status?: number } | undefined;
    return { status: http?.status ?? 401, code: error.extensions.code, message: error.message };
  }
  return { status: 500, code: ErrorCode.InternalServerError, message: 'Internal server error' };
}
