import { sheetName } from '../i18n/schema-labels';
import { SHEET_METADATA_KEY, type SheetKey } from '../schema/layout';
import type { Lang } from '../i18n/lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OurSheets {
  sheets: Partial<Record<SheetKey, { sheet: Sheet; name: string }>>;
  /** The sheets that are not ours (their names are read only when we must create a sheet). */
  others: Sheet[];
}

export const SHEET_KEYS: readonly SheetKey[] = ['okrs', 'checkins', 'settings', 'dashboard'];

/** Our sheets by their metadata, with their names: one pass over the sheets, a few calls per sheet. */
export function discoverSheets(ss: Spreadsheet): OurSheets {
  const result: OurSheets = { sheets: {}, others: [] };
  for (const sheet of ss.getSheets()) {
    let key: SheetKey | null = null;
    for (const metadata of sheet.getDeveloperMetadata()) {
      if (metadata.getKey() !== SHEET_METADATA_KEY) continue;
      const value = metadata.getValue() as SheetKey;
      if (SHEET_KEYS.includes(value) && !result.sheets[value]) key = value;
    }
    if (key) result.sheets[key] = { sheet, name: sheet.getName() };
    else result.others.push(sheet);
  }
  return result;
}

/** Every sheet name (to avoid clashes when creating a sheet). */
export function allSheetNames(found: OurSheets): string[] {
  return [...Object.values(found.sheets).map(s => s!.name), ...found.others.map(sheet => sheet.getName())];
}

/**
 * The name for a sheet we create: the localized name, or, when a sheet that is not ours already has it, the name
 * with an " (okr-sheets)" suffix (then " (okr-sheets 2)" ...), so a user's sheet is never overwritten.
 */
export function nameForNewSheet(key: SheetKey, lang: Lang, taken: readonly string[]): string {
  const base = sheetName(lang, key);
  const lower = new Set(taken.map(n => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const candidate = `${base} (okr-sheets${n > 1 ? ` ${n}` : ''})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
