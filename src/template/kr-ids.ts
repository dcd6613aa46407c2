import { isBlank } from '../engine/text';
import { formatKrId, KR_ID_PREFIX } from './layout';

export interface KrIdRow {
  rowNumber: number;
  id: unknown;
  keyResult: unknown;
}

export interface KrIdPlan {
  /** New ids to write, in row order. */
  assignments: { rowNumber: number; id: string }[];
  /** Highest id number ever given, including the new ones. */
  lastIssued: number;
}

const ID_PATTERN = new RegExp(`^${KR_ID_PREFIX}(\\d+)$`, 'i');

function krIdNumber(id: unknown): number | null {
  const match = ID_PATTERN.exec(String(id ?? '').trim());
  return match ? Number(match[1]) : null;
}

/**
 * Gives a new id to every row with a key result but no id, and to the second and later copies of a duplicated id
 * (a user copied a row). Numbers continue after the highest ever given, so a deleted KR's id is never reused.
 */
export function planKrIds(rows: readonly KrIdRow[], lastIssued: number): KrIdPlan {
  let last = Math.max(0, Math.floor(Number(lastIssued) || 0));
  for (const row of rows) last = Math.max(last, krIdNumber(row.id) ?? 0);
  const seen = new Set<string>();
  const assignments: KrIdPlan['assignments'] = [];
  for (const row of rows) {
    const id = String(row.id ?? '').trim();
    if (id && !seen.has(id.toUpperCase())) {
      seen.add(id.toUpperCase());
      continue;
    }
    if (!id && isBlank(row.keyResult)) continue;
    last += 1;
    const fresh = formatKrId(last);
    seen.add(fresh.toUpperCase());
    assignments.push({ rowNumber: row.rowNumber, id: fresh });
  }
  return { assignments, lastIssued: last };
}
