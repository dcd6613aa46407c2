/**
 * Finding the add-on's columns by the developer metadata it puts on them, with header text (English or French) as
 * a fallback. Column metadata (key COLUMN_METADATA_KEY, value the column key) moves with its column in Sheets, so
 * a renamed header, a moved column, user columns inserted anywhere or a user column bearing one of our header
 * texts change nothing.
 *
 * Reading metadata costs about four Spreadsheet calls per column. The map found is therefore kept in the
 * document properties together with the header row it was found under: while the header row is the same text at
 * the same places, no column can have moved, and the cached map is used (no Spreadsheet call). Any change of the
 * header row (a column inserted, moved, renamed) reads the metadata again. Install/repair forgets the cache when
 * it tags columns.
 */
import { COLUMN_METADATA_KEY, mapColumnsByHeader, type ColumnSpec } from '../template/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CACHE_PREFIX = 'okr-sheets.columns.';

interface CachedColumns {
  header: string[];
  columns: Record<string, number>;
}

/** The header row as compared for the cache: trimmed texts, trailing blank cells dropped (the used width varies). */
function headerTexts(header: readonly unknown[]): string[] {
  const texts = header.map(cell => String(cell ?? '').trim());
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

/**
 * Records the columns of a sheet under its header row (install/repair, which knows both after tagging), so the
 * first check-in does not read the metadata again.
 */
export function rememberColumns(
  sheetName: string,
  headerRow: readonly unknown[],
  columns: Partial<Record<string, number>>
): void {
  writeCache(sheetName, headerTexts(headerRow), columns as Record<string, number>);
}

function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  try {
    return PropertiesService.getDocumentProperties();
  } catch {
    return null; // no document (a test bundle) or no authorization: read the metadata every time
  }
}

function readCache(name: string, header: string[]): Record<string, number> | null {
  const raw = documentProperties()?.getProperty(CACHE_PREFIX + name);
  if (!raw) return null;
  try {
    const cached = JSON.parse(raw) as CachedColumns;
    const same =
      Array.isArray(cached.header) &&
      cached.header.length === header.length &&
      cached.header.every((text, i) => text === header[i]);
    return same ? cached.columns : null;
  } catch {
    return null;
  }
}

function writeCache(name: string, header: string[], columns: Record<string, number>): void {
  try {
    documentProperties()?.setProperty(CACHE_PREFIX + name, JSON.stringify({ header, columns }));
  } catch {
    // a cache only
  }
}

/** Forgets the cached column map of a sheet (after its column metadata changed). */
export function forgetColumns(sheetName: string): void {
  try {
    documentProperties()?.deleteProperty(CACHE_PREFIX + sheetName);
  } catch {
    // a cache only
  }
}

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** True when one of our header texts (either language) heads two columns. */
function headersRepeat<K extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<K>[]
): boolean {
  const ours = new Set(specs.flatMap(spec => [norm(spec.header.en), norm(spec.header.fr)]));
  const seen = new Set<string>();
  for (const text of header.map(norm)) {
    if (!ours.has(text)) continue;
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}

/** Column keys → 0-based indexes from the column metadata of `sheet` (first column for a key wins). */
export function columnsFromMetadata<K extends string>(
  sheet: Sheet,
  specs: readonly ColumnSpec<K>[]
): Partial<Record<K, number>> {
  const keys = new Set<string>(specs.map(spec => spec.key));
  const found: Partial<Record<K, number>> = {};
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const key = metadata.getValue();
    if (!key || !keys.has(key) || found[key as K] !== undefined) continue;
    const column = metadata.getLocation().getColumn();
    if (column) found[key as K] = column.getColumn() - 1;
  }
  return found;
}

/**
 * The columns of one of our tables: by developer metadata first, then by header text for the keys without
 * metadata (among the columns metadata did not claim). `sheetName` names the cache entry.
 */
export function findColumns<K extends string>(
  sheet: Sheet,
  sheetName: string,
  headerRow: readonly unknown[],
  specs: readonly ColumnSpec<K>[]
): Partial<Record<K, number>> {
  const header = headerTexts(headerRow);
  // Two columns headed alike (a user column bearing one of our header texts) could swap places under the same
  // header row: then the metadata is read every time.
  const cached = headersRepeat(header, specs) ? null : readCache(sheetName, header);
  if (cached) return cached as Partial<Record<K, number>>;
  const columns = columnsFromMetadata(sheet, specs);
  const claimed = new Set(Object.values(columns) as number[]);
  const unclaimed = header.map((text, i) => (claimed.has(i) ? '' : text));
  const byHeader = mapColumnsByHeader(unclaimed, specs);
  for (const spec of specs) {
    if (columns[spec.key] === undefined && byHeader[spec.key] !== undefined)
      columns[spec.key] = byHeader[spec.key];
  }
  writeCache(sheetName, header, columns as Record<string, number>);
  return columns;
}

/**
 * Puts column metadata on each column of `columns` that has none yet (install/repair). `known` is what
 * columnsFromMetadata found (null on a sheet just created: nothing to read). Returns how many were added.
 */
export function tagColumns<K extends string>(
  sheet: Sheet,
  sheetName: string,
  columns: Partial<Record<K, number>>,
  known: Partial<Record<K, number>> | null
): number {
  let added = 0;
  for (const [key, index] of Object.entries(columns) as [K, number | undefined][]) {
    if (index === undefined || known?.[key] !== undefined) continue;
    const letter = columnLetterOf(index);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
    added++;
  }
  if (added > 0) forgetColumns(sheetName);
  return added;
}

function columnLetterOf(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
