import type { Lang } from '../i18n/lang';
import { shippedSheetNames } from '../schema/labels-shipped';
import { SHEET_METADATA_KEY, type SheetKey } from '../schema/layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The one way the menu actions and the check-in server find and read one of the add-on's sheets (the installer,
 * which needs every sheet, lists them once: discover.ts). Each Spreadsheet call costs tens of milliseconds and a
 * check-in has a call budget, so the cheap path comes first: the sheet's default name in the workbook language,
 * then in the other ones (and any name it shipped under: src/schema/labels-shipped.ts), read straight by name. A
 * sheet found by name counts as ours only when what was read looks like ours, since a user may own a sheet with our
 * name. Otherwise the developer metadata the installer put on the sheet is searched (several calls): a renamed
 * sheet still works, just slower.
 */
export interface SheetReader<T> {
  /** Reads the sheet named `name` (`sheet` is given when already known); null when no sheet has that name. */
  read(name: string, sheet: Sheet | null): T | null;
  /** Whether what was read by name is our sheet (a sheet found by its metadata is ours anyway). */
  isOurs(data: T): boolean;
}

export interface OurSheetRead<T> {
  name: string;
  data: T;
}

/** Our sheet for `key` by its developer metadata (whatever its name), or null. */
function findSheetByMetadata(ss: Spreadsheet, key: SheetKey): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(SHEET_METADATA_KEY).withValue(key).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** Finds our sheet `key` (by name, checked, then by metadata) and reads it with `reader`; null when missing. */
export function readOurSheet<T>(
  ss: Spreadsheet,
  key: SheetKey,
  lang: Lang,
  reader: SheetReader<T>
): OurSheetRead<T> | null {
  for (const name of shippedSheetNames(key, lang)) {
    const data = reader.read(name, null);
    if (data !== null && reader.isOurs(data)) return { name, data };
  }
  const sheet = findSheetByMetadata(ss, key);
  if (!sheet) return null;
  const name = sheet.getName();
  const data = reader.read(name, sheet);
  return data === null ? null : { name, data };
}

/** Fetches the sheet itself (for a caller that writes to it) and reads it with `read`. */
export function sheetReader<T>(
  ss: Spreadsheet,
  read: (sheet: Sheet, name: string) => T
): SheetReader<T>['read'] {
  return (name, known) => {
    const sheet = known ?? ss.getSheetByName(name);
    return sheet ? read(sheet, name) : null;
  };
}
