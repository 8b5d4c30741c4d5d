import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Compresses a response whose body is at least `thresholdBytes` long, with the best encoding the
 * client lists in `Accept-Encoding` (br, gzip or deflate; none when it lists none) and
 * `Vary: Accept-Encoding` so caches keep the variants apart. Smaller bodies go as they are:
 * compressing a few hundred bytes costs more CPU than the bytes it saves.
 */
export function compressResponses(thresholdBytes: number): RequestHandler {
  return compression({ threshold: thresholdBytes });
}
