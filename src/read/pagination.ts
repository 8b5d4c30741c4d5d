import { badUserInput } from '../errors';
import { orderToken, readOrder, type OrderTerm } from './order';

export const MAX_PAGE_SIZE = 100;

/** Forward pagination arguments as the schema declares them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** The order asked for, where the field takes one; none: the list's own order. */
  orderBy?: readonly OrderTerm[] | null;
}

/** A validated window: skip `offset` items, take `first`, in `order` (absent: the list's own). */
export interface Page {
  offset: number;
  first: number;
  order?: OrderTerm[];
}

/** One page of rows and the size of the whole list, as repositories return it. */
export interface PageOf<T> {
  total: number;
  rows: T[];
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const CURSOR_PREFIX = 'offset:';

/**
 * An opaque cursor for the item at `position` (0-based) in a list in the order `order` stands for
 * (`orderToken`): `offset:N` in the list's own order, `offset:N@NAME:DESC,KEY:ASC` in another.
 */
export function encodeCursor(position: number, order = ''): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}${order === '' ? '' : `@${order}`}`, 'utf8').toString('base64url');
}

/**
 * The position a cursor made by `encodeCursor` stands for, when it was made under `order`;
 * anything else is `BAD_USER_INPUT` (an offset counted in another order would skip or repeat items).
 */
export function decodeCursor(cursor: string, order = ''): number {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const at = decoded.indexOf('@');
  const body = at < 0 ? decoded : decoded.slice(0, at);
  const digits = body.startsWith(CURSOR_PREFIX) ? body.slice(CURSOR_PREFIX.length) : '';
  const position = /^(0|[1-9]\d{0,8})$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(position)) throw badUserInput(`"${cursor}" is not a valid cursor.`, 'after');
  const madeUnder = at < 0 ? '' : decoded.slice(at + 1);
  if (madeUnder !== order) {
    const named = (token: string) => (token === '' ? "the list's own order" : `orderBy ${token}`);
    throw badUserInput(
      `"${cursor}" is a cursor of ${named(madeUnder)}, not of ${named(order)}; ask for the first page again in this order, or keep the order the cursor was made under.`,
      'after',
    );
  }
  return position;
}

/**
 * Validates `first` (1..100) and `after`, wherever they came from (literal or variable). An
 * omitted `first` arrives as the field's schema default; an explicit null is refused, since the
 * cost rule charges the default and a page of any other size would break its bound.
 */
export function readPage({ first, after, orderBy }: PageArgs): Page {
  const size = first;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; it was ${String(first)}.`, 'first');
  }
  const order = readOrder(orderBy);
  const offset = after == null ? 0 : decodeCursor(after, orderToken(order)) + 1;
  return order ? { first: size, offset, order } : { first: size, offset };
}

/**
 * Wraps one page of rows in a Relay connection. A page shorter than asked is the list's last,
 * whatever the total says: a total counted apart from the rows (a key-paged list's degree, with a
 * relationship written past the write layer that its index doesn't hold yet) must never send a
 * client after a page that isn't there.
 */
export function toConnection<T>({ offset, first, order }: Page, { total, rows }: PageOf<T>): Connection<T> {
  const token = orderToken(order);
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(offset + index, token), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length === first && offset + rows.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** A Relay page of a list held whole in memory (bounded by what wrote it, e.g. one request's input). */
export function connectionOf<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const page = readPage(args);
  return toConnection(page, { total: items.length, rows: items.slice(page.offset, page.offset + page.first) });
}
