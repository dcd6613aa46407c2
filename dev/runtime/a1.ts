import type { Rect } from './model';

/** 1 -> A, 27 -> AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Splits 'Sheet 1'!A1:B2 into the sheet name (unquoted) and the A1 part. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!'"]+))!(.+)$/.exec(a1.trim());
  if (!m) return { sheetName: null, ref: a1.trim() };
  return { sheetName: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation ('B2', 'A1:C3', 'A:A', 'A2:A', '2:3') against a sheet's size. */
export function parseA1(ref: string, maxRows: number, maxCols: number): Rect {
  const [a, b = a] = ref.split(':');
  const pa = PART.exec(a);
  const pb = PART.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) throw new Error(`Range not found`);
  const c1 = pa[1] ? columnNumber(pa[1]) : 1;
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c2 = pb[1] ? columnNumber(pb[1]) : maxCols;
  const r2 = pb[2] ? Number(pb[2]) : maxRows;
  if (!ref.includes(':') && (!pa[1] || !pa[2])) throw new Error('Range not found');
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  if (row < 1 || col < 1) throw new Error('Range not found');
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function rectToA1(rect: Rect): string {
  const start = `${columnLetter(rect.col)}${rect.row}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows - 1}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export type Axis = 'row' | 'col';

/**
 * Moves a rectangle for `count` lines inserted before line `at` (count > 0) or deleted from `at` (count < 0),
 * as Sheets does: inserting inside a range grows it, deleting shrinks it; null when entirely deleted.
 */
export function shiftRect(rect: Rect, axis: Axis, at: number, count: number): Rect | null {
  const startKey = axis === 'row' ? 'row' : 'col';
  const sizeKey = axis === 'row' ? 'rows' : 'cols';
  const start = rect[startKey];
  const size = rect[sizeKey];
  const out = { ...rect };
  if (count > 0) {
    if (at <= start) out[startKey] = start + count;
    else if (at < start + size) out[sizeKey] = size + count;
    return out;
  }
  const n = -count;
  const delEnd = at + n; // exclusive
  const end = start + size; // exclusive
  if (delEnd <= start) {
    out[startKey] = start - n;
    return out;
  }
  if (at >= end) return out;
  const keptBefore = Math.max(0, at - start);
  const keptAfter = Math.max(0, end - delEnd);
  if (keptBefore + keptAfter === 0) return null;
  out[startKey] = Math.min(start, at);
  out[sizeKey] = keptBefore + keptAfter;
  return out;
}
