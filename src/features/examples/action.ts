import { sheetCalendar } from '../../gas/sheet-calendar';
import { columnLetter } from '../../schema/a1';
import { EXAMPLE_PERCENT_FORMAT, examplePercentRows, exampleRows, hasExampleOkrs } from './data';
import { groupWrites, type CellWrite } from '../install/plan';
import { OKR_COLUMNS } from '../../schema/layout';
import { t } from '../../i18n/catalog';
import { loadColdSection } from '../../gas/cold-data';
import { readCheckinLog } from '../../gas/checkin-log';
import { installOrRepair } from '../install/action';
import { ensureKrIds, readOkrTable, readSettings } from '../../gas/okr-sheet';

/**
 * Menu action: appends the example OKRs below the last row that holds anything a user typed (never over user
 * rows; computed columns are left to their formulas), then gives them ids. Installs the template first if needed;
 * asks before adding the examples a second time.
 */
export function insertExampleOkrs(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let { lang } = readSettings(ss);
  let table = readOkrTable(ss, lang);
  if (!table) {
    lang = installOrRepair(ss, new Date()).lang;
    table = readOkrTable(ss, lang);
    if (!table) return;
  }
  const texts = loadColdSection('EXAMPLES');
  const objectiveColumn = table.columns.objective;
  if (
    objectiveColumn !== undefined &&
    hasExampleOkrs(
      texts,
      table.rows.map(r => r.values[objectiveColumn])
    )
  ) {
    const ui = SpreadsheetApp.getUi();
    const again = ui.alert(t(texts, lang, 'title'), t(texts, lang, 'again'), ui.ButtonSet.YES_NO);
    if (again !== ui.Button.YES) return;
  }
  const width = Math.max(table.header.length, ...Object.values(table.columns).map(c => (c ?? 0) + 1));
  const rows = exampleRows(texts, lang, table.columns, width);
  const firstRow = Math.max(1, ...table.rows.map(r => r.rowNumber)) + 1;
  const computed = new Set(OKR_COLUMNS.filter(c => c.computed).map(c => table.columns[c.key]));
  const writes: CellWrite[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!computed.has(c)) writes.push({ row: firstRow + r, col: c + 1, value });
    })
  );
  for (const block of groupWrites(writes)) {
    table.sheet
      .getRange(block.row, block.col, block.values.length, block.values[0].length)
      .setValues(block.values);
  }
  // Percent KRs are stored as fractions formatted as percents (the unit rule): one RangeList, one format call.
  const percentCells: string[] = [];
  examplePercentRows().forEach((isPercent, r) => {
    if (!isPercent) return;
    for (const key of ['start', 'target', 'current'] as const) {
      const col = table.columns[key];
      if (col !== undefined) percentCells.push(`${columnLetter(col)}${firstRow + r}`);
    }
  });
  if (percentCells.length) table.sheet.getRangeList(percentCells).setNumberFormat(EXAMPLE_PERCENT_FORMAT);
  rows.forEach((values, r) => table.rows.push({ rowNumber: firstRow + r, values }));
  ensureKrIds(ss, table, () => {
    const log = readCheckinLog(ss, lang, sheetCalendar(ss));
    return log && log.columns.krId !== undefined
      ? log.values.slice(1).map(row => row[log.columns.krId!])
      : [];
  });
  ss.toast(t(texts, lang, 'inserted'), t(texts, lang, 'title'), 8);
}
