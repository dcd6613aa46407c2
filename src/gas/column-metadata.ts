/**
 * Finding the add-on's columns (OKRs, Check-ins, History) and Settings rows by the developer metadata it puts on
 * them, with every label they ever shipped under (any language) as the fallback: the Apps Script reading here, the
 * pure matching in src/schema/locate.ts. The metadata (key COLUMN_METADATA_KEY, value the column
 * or setting key) sits on whole columns or rows, and Sheets moves it with them, so a renamed header, a moved
 * column, user columns inserted anywhere or a user column bearing one of our header texts change nothing.
 *
 * Reading metadata costs a few calls per key found, so the positions found are remembered in the document
 * properties (no Spreadsheet call) with the labels they were found under. While those labels are the same text at
 * the same places, and none of our labels appears twice, nothing of ours can have moved and the remembered
 * positions are used; any rename, move or inserted column changes the labels and the metadata is read again.
 * Install/repair puts the metadata and remembers the positions.
 */
import { columnLetter } from '../schema/a1';
import { COLUMN_METADATA_KEY, type ColumnSpec } from '../schema/layout';
import { hasRepeatedLabel, labelSignature, locateByMetadataThenHeader } from '../schema/locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Dimension = 'column' | 'row';

/** 0-based positions of each key by the metadata on `sheet`: ONE finder, then a few getters per key found. */
function metadataPositions<K extends string>(
  sheet: Sheet,
  keys: readonly K[],
  dimension: Dimension
): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  const wanted = new Set<string>(keys);
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const key = metadata.getValue() as K;
    if (!wanted.has(key) || found[key] !== undefined) continue;
    const location = metadata.getLocation();
    const range = dimension === 'column' ? location.getColumn() : location.getRow();
    if (range) found[key] = (dimension === 'column' ? range.getColumn() : range.getRow()) - 1;
  }
  return found;
}

const LAYOUT_PROPERTY = 'okr-sheets.layout';
const layoutProperty = (name: string, dimension: Dimension) => `${LAYOUT_PROPERTY}.${dimension}.${name}`;

function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  try {
    return PropertiesService.getDocumentProperties();
  } catch {
    return null; // no document (a test bundle) or no authorization: read the metadata every time
  }
}

/** Remembers where our columns or rows are under these labels (install/repair, after putting the metadata). */
export function rememberLayout<K extends string>(
  name: string,
  dimension: Dimension,
  specs: readonly ColumnSpec<K>[],
  labels: readonly unknown[],
  positions: Partial<Record<K, number>>
): void {
  try {
    documentProperties()?.setProperty(
      layoutProperty(name, dimension),
      JSON.stringify({ labels: labelSignature(labels, specs), positions })
    );
  } catch {
    // a full property store only costs the metadata read next time
  }
}

/** Positions by metadata (0-based), reusing the remembered ones while the labels have not changed. */
export function knownPositions<K extends string>(
  sheet: Sheet,
  name: string,
  specs: readonly ColumnSpec<K>[],
  dimension: Dimension,
  labels: readonly unknown[]
): Partial<Record<K, number>> {
  const signature = labelSignature(labels, specs);
  const props = documentProperties();
  if (props && !hasRepeatedLabel(signature, specs)) {
    try {
      const stored = JSON.parse(props.getProperty(layoutProperty(name, dimension)) ?? 'null') as {
        labels: string[];
        positions: Partial<Record<K, number>>;
      } | null;
      if (stored && JSON.stringify(stored.labels) === JSON.stringify(signature)) return stored.positions;
    } catch {
      // unreadable: read the metadata
    }
  }
  const positions = metadataPositions(
    sheet,
    specs.map(s => s.key),
    dimension
  );
  rememberLayout(name, dimension, specs, labels, positions);
  return positions;
}

/** The columns of one of our tables from its header row: metadata (remembered), then shipped labels. */
export function findColumns<K extends string>(
  sheet: Sheet,
  sheetName: string,
  headerRow: readonly unknown[],
  specs: readonly ColumnSpec<K>[]
): Partial<Record<K, number>> {
  return locateByMetadataThenHeader(
    headerRow,
    specs,
    knownPositions(sheet, sheetName, specs, 'column', headerRow)
  );
}

/**
 * Puts the metadata on each of our columns or rows whose metadata is missing or elsewhere (all of them on a new
 * sheet, none on a repaired one): one RangeList for their ranges, then one call per key.
 */
export function ensureMetadata<K extends string>(
  sheet: Sheet,
  positions: Record<K, number>,
  existing: Partial<Record<K, number>>,
  dimension: Dimension
): void {
  const missing = (Object.keys(positions) as K[]).filter(key => existing[key] !== positions[key]);
  if (missing.length === 0) return;
  const a1 = (key: K) => {
    const p = positions[key];
    return dimension === 'column' ? `${columnLetter(p)}:${columnLetter(p)}` : `${p + 1}:${p + 1}`;
  };
  const ranges = sheet.getRangeList(missing.map(a1)).getRanges();
  missing.forEach((key, i) => ranges[i].addDeveloperMetadata(COLUMN_METADATA_KEY, key));
}
