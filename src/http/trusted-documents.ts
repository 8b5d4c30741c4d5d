import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { TrustedDocumentsConfig } from '../config';
import { ErrorCode } from '../errors';

/** graphql-codegen's client preset `persisted-documents.json`: `sha256:<hex>` (or the bare hex) of each document -> the document. */
const manifestSchema = z.record(z.string().regex(/^(sha256:)?[0-9a-f]{64}$/, 'keys must be SHA-256 hashes, `sha256:<hex>`'), z.string().min(1));
const hexOf = (id: string) => id.replace(/^sha256:/, '');

export type TrustedDocuments = ReadonlyMap<string, string>;

/** Reads and checks the manifest; a missing or malformed one stops the server at start with a clear message. */
export function loadTrustedDocuments(manifestPath: string): TrustedDocuments {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS: cannot read ${manifestPath} as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `TRUSTED_DOCUMENTS: ${manifestPath} is not a persisted-documents manifest ({ "<sha256>": "<document>" }): ${parsed.error.issues[0]?.message}`,
    );
  }
  for (const [id, document] of Object.entries(parsed.data)) {
    if (sha256(document) !== hexOf(id)) throw new Error(`TRUSTED_DOCUMENTS: in ${manifestPath}, ${id} is not the SHA-256 of its document`);
  }
  return new Map(Object.entries(parsed.data).map(([id, document]) => [hexOf(id), document]));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a request names: a document id (`documentId`, or an APQ `sha256Hash`) and/or a document's text. */
export interface Asked {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type Decision = { run: 'as-sent' } | { run: 'document'; document: string } | { refuse: string };

/** What to run for a request (HTTP or a WebSocket `subscribe`): the text as sent, a manifest document, or nothing. */
export function decideTrustedDocument(asked: Asked, documents: TrustedDocuments, mode: TrustedDocumentsConfig['mode']): Decision {
  const apqHash = persistedQueryOf(asked.extensions)?.sha256Hash;
  const id = typeof asked.documentId === 'string' ? hexOf(asked.documentId) : typeof apqHash === 'string' ? apqHash : undefined;
  if (id !== undefined) {
    const document = documents.get(id);
    if (document !== undefined) return { run: 'document', document };
    // An unknown APQ hash outside strict mode is ordinary APQ: Apollo answers PERSISTED_QUERY_NOT_FOUND or registers it.
    if (mode === 'allow-apq' && asked.documentId === undefined) return { run: 'as-sent' };
    return { refuse: `No trusted document has the id ${JSON.stringify(id.slice(0, 80))}; this server runs the documents of its manifest (TRUSTED_DOCUMENTS).` };
  }
  if (mode === 'strict' && !(typeof asked.query === 'string' && documents.has(sha256(asked.query)))) {
    return {
      refuse:
        'This server runs only trusted documents (TRUSTED_DOCUMENTS): send the `documentId` (or APQ `sha256Hash`) of a document in its manifest, made by graphql-codegen from the operations it was built with.',
    };
  }
  return { run: 'as-sent' };
}

function persistedQueryOf(extensions: unknown): { sha256Hash?: unknown } | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persistedQuery = (extensions as { persistedQuery?: unknown }).persistedQuery;
  return typeof persistedQuery === 'object' && persistedQuery !== null ? persistedQuery : undefined;
}

function jsonOr(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Trusted documents: with a manifest, a request names a document by its SHA-256 (`documentId:
 * "sha256:<hex>"`, as GraphQL over HTTP's persisted documents say, or Apollo's APQ
 * `extensions.persistedQuery.sha256Hash`) and runs the manifest's text. In `strict` mode nothing
 * else runs (a text is accepted only when it is a manifest document, byte for byte); in
 * `allow-apq` other requests are served as without a manifest. Refusals: HTTP 400,
 * PERSISTED_DOCUMENT_NOT_FOUND. Mounted after the JSON body parser.
 */
export function trustedDocuments(documents: TrustedDocuments, mode: TrustedDocumentsConfig['mode']): RequestHandler {
  return (req, res, next) => {
    let decision: Decision;
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://localhost');
      const params = url.searchParams;
      decision = decideTrustedDocument(
        { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions: jsonOr(params.get('extensions')) },
        documents,
        mode,
      );
      if ('run' in decision && decision.run === 'document') {
        params.set('query', decision.document);
        params.delete('documentId');
        params.delete('extensions');
        req.url = `${url.pathname}?${params.toString()}`;
      }
    } else {
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return next(); // Apollo answers malformed bodies
      const asked = body as Asked & Record<string, unknown>;
      decision = decideTrustedDocument(asked, documents, mode);
      if ('run' in decision && decision.run === 'document') {
        asked.query = decision.document;
        delete asked.documentId;
        const { persistedQuery: _persistedQuery, ...otherExtensions } = (asked.extensions ?? {}) as Record<string, unknown>;
        asked.extensions = otherExtensions;
      }
    }
    if ('refuse' in decision) {
      return void res.status(400).json({ errors: [{ message: decision.refuse, extensions: { code: ErrorCode.PersistedDocumentNotFound } }] });
    }
    next();
  };
}
