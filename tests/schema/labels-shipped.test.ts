// Every label a workbook may show must stay recognized: a translator's rename adds a label, never replaces one.
import { columnLabel, sheetName } from '../../src/i18n/schema-labels';
import { LANGS } from '../../src/i18n/lang';
import { HISTORY_COLUMNS } from '../../src/schema/history';
import { shippedLabels, shippedSheetNames } from '../../src/schema/labels-shipped';
import {
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  SETTING_ROWS,
  type ColumnSpec,
  type SheetKey,
  type Table,
} from '../../src/schema/layout';
import { keyOfLabel } from '../../src/schema/locate';
import SHIPPED from './shipped-labels.json';

type ByLang = Record<string, string[]>;
const TABLES: Record<Table, readonly ColumnSpec<string>[]> = {
  okrs: OKR_COLUMNS,
  checkins: CHECKIN_COLUMNS,
  history: HISTORY_COLUMNS,
  settings: SETTING_ROWS,
};
const SHEETS = SHIPPED.sheets as Record<SheetKey, ByLang>;

describe('labels shipped', () => {
  it.each(Object.keys(TABLES) as Table[])('%s: every label ever shipped is still recognized', table => {
    const shipped = SHIPPED[table] as Record<string, ByLang>;
    for (const [key, byLang] of Object.entries(shipped)) {
      const spec = TABLES[table].find(s => s.key === key);
      expect(spec).toBeDefined();
      for (const label of Object.values(byLang).flat()) {
        expect({ key, label, known: shippedLabels(spec!).includes(label) }).toEqual({
          key,
          label,
          known: true,
        });
        expect({ key, label, found: keyOfLabel(label, TABLES[table]) }).toEqual({ key, label, found: key });
      }
    }
  });

  it('every sheet name ever shipped is still tried by name', () => {
    for (const [key, byLang] of Object.entries(SHEETS) as [SheetKey, ByLang][])
      for (const name of Object.values(byLang).flat()) expect(shippedSheetNames(key, 'en')).toContain(name);
  });

  it.each(Object.keys(TABLES) as Table[])(
    '%s: every current label is in the history, and names only its own key',
    table => {
      const specs = TABLES[table];
      for (const spec of specs)
        for (const lang of LANGS) {
          const label = columnLabel(lang, spec);
          expect(shippedLabels(spec)).toContain(label);
          expect({ label, key: keyOfLabel(label, specs) }).toEqual({ label, key: spec.key });
        }
    }
  );

  // So the next rename is caught: a label added to the catalogue is recorded in shipped-labels.json too.
  it('every current catalogue label is recorded in shipped-labels.json', () => {
    for (const [table, specs] of Object.entries(TABLES) as [Table, readonly ColumnSpec<string>[]][])
      for (const spec of specs)
        for (const lang of LANGS) {
          const recorded = (SHIPPED[table] as Record<string, ByLang>)[spec.key]?.[lang] ?? [];
          expect({
            table,
            key: spec.key,
            lang,
            recorded: recorded.includes(columnLabel(lang, spec)),
          }).toEqual({
            table,
            key: spec.key,
            lang,
            recorded: true,
          });
        }
    for (const key of Object.keys(SHEETS) as SheetKey[])
      for (const lang of LANGS) expect(SHEETS[key][lang]).toContain(sheetName(lang, key));
  });

  it('the workbook language names a sheet first', () => {
    for (const lang of LANGS)
      expect(shippedSheetNames('checkins', lang)[0]).toBe(sheetName(lang, 'checkins'));
  });
});
