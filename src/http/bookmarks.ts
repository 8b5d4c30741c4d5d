import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { badUserInput } from '../errors';
import type { RequestBookmarks } from '../neo4j/bookmark-chain';

/**
 * Read-your-writes across instances: a response to a request that wrote carries the write's Neo4j
 * bookmark in this header; a client that sends it back makes every read of its next request wait
 * until the member serving it has that write, whichever API instance and cluster member it reaches.
 */
export { requestBookmarks, type RequestBookmarks } from '../neo4j/bookmark-chain';

export const BOOKMARK_HEADER = 'x-pledgegraph-bookmark';

/** Neo4j 5 bookmarks are `FB:` and Base64 (the server cuts the prefix off unchecked when it merges several). */
const BOOKMARK = /^FB:[A-Za-z0-9+/=_-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/** The bookmarks a request sent (comma-separated); BAD_USER_INPUT for anything that can't be one. */
export function bookmarksFrom(headers: IncomingHttpHeaders): string[] {
  const raw = headers[BOOKMARK_HEADER];
  if (raw === undefined) return [];
  const bookmarks = (Array.isArray(raw) ? raw.join(',') : raw)
    .split(',')
    .map((bookmark) => bookmark.trim())
    .filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS || !bookmarks.every((bookmark) => BOOKMARK.test(bookmark))) {
    throw badUserInput(`The ${BOOKMARK_HEADER} header must hold the bookmark(s) a previous response carried in it.`);
  }
  return bookmarks;
}

/** Puts the bookmark of a request that wrote into its response. */
export function bookmarkHeaderPlugin(): ApolloServerPlugin<{ bookmarks?: RequestBookmarks }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const bookmarks = contextValue.bookmarks;
          if (bookmarks?.wrote && bookmarks.current().length > 0) response.http.headers.set(BOOKMARK_HEADER, bookmarks.current().join(','));
        },
      };
    },
  };
}
