import type { BookmarkChain } from './client';

/** One request's bookmark chain; `wrote` tells whether its response should carry the new bookmark. */
export interface RequestBookmarks extends BookmarkChain {
  readonly wrote: boolean;
}

export function requestBookmarks(initial: string[]): RequestBookmarks {
  let latest = initial;
  let wrote = false;
  return {
    current: () => latest,
    advance(bookmarks, mode) {
      if (mode === 'WRITE') wrote = true;
      if (bookmarks.length > 0) latest = bookmarks;
    },
    get wrote() {
      return wrote;
    },
  };
}
