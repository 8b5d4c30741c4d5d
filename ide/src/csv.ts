type Row = Record<string, string | number | boolean | null>;

/** Beyond this a spreadsheet is the wrong tool; the JSON export holds everything. */
export const MAX_CSV_ROWS = 50_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

function product(rows: Row[], childRows: Row[]): Row[] {
  const joined: Row[] = [];
  for (const row of rows) {
    for (const childRow of childRows) {
      if (joined.length >= MAX_CSV_ROWS) return joined;
      joined.push({ ...row, ...childRow });
    }
  }
  return joined;
}

/**
 * Flattens a result to rows: a list (a connection's edges included) becomes one row per item,
 * each item's scalars become columns named by their path (`domains.name`, `domains.leadership.disclosed`),
 * an object's scalars repeat on every row below it, and sibling lists multiply (an empty list
 * keeps its parent's row, as a left join would).
 */
export function flattenRows(data: unknown): Row[] {
  // `edge` is true for the items of a connection's `edges`, whose `node` adds nothing to a column name.
  const expand = (value: unknown, prefix: string, edge = false): Row[] => {
    if (Array.isArray(value)) {
      const rows = value.flatMap((item) => expand(item, prefix, edge));
      return rows.length ? rows : [{}];
    }
    if (!isObject(value)) return [{ [prefix || 'value']: value === undefined ? null : (value as Row[string]) }];
    let rows: Row[] = [{}];
    for (const [field, child] of Object.entries(value)) {
      if (field === 'edges' && Array.isArray(child)) {
        rows = product(rows, expand(child, prefix, true));
        continue;
      }
      const path = edge && field === 'node' ? prefix : join(prefix, field);
      const childRows = typeof child === 'object' && child !== null ? expand(child, path) : [{ [path]: child as Row[string] }];
      rows = product(rows, childRows);
    }
    return rows;
  };
  return expand(data, '');
}

function cell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header of every column in first-seen order, CRLF line ends. */
export function toCsv(data: unknown): string {
  const rows = flattenRows(data);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const column of Object.keys(row)) {
      if (seen.has(column)) continue;
      seen.add(column);
      columns.push(column);
    }
  }
  return [columns.map(cell).join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}
