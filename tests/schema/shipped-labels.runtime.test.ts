// Issue 12's regression, in the local runtime with the built bundle: a French workbook whose headers show a label
// that is not the current French one (a label shipped earlier or in another language). Repair must not add a
// column and the check-in must still read every owner, with the column metadata (which decides first) and
// without it (the label is then the only way). No French label has changed yet (shipped-labels.json), so the
// shipped labels used here are the English ones.
import type { CheckinData } from '../../src/features/checkin/types';
import { columnLabel } from '../../src/i18n/schema-labels';
import { CHECKIN_COLUMNS, COLUMN_METADATA_KEY, OKR_COLUMNS, type ColumnSpec } from '../../src/schema/layout';
import { createWorkbook, standardKrs, type TestWorkbook } from '../support/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes, over each of our typed columns' header, a shipped label other than the one it shows. */
function showOtherShippedLabels(sheet: Sheet, specs: readonly ColumnSpec<string>[]): void {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  for (const spec of specs) {
    if (spec.computed) continue; // its header is inside its formula
    const at = header.indexOf(columnLabel('fr', spec));
    const other = columnLabel('en', spec);
    if (at >= 0 && other !== header[at]) sheet.getRange(1, at + 1).setValue(`  ${other.toUpperCase()} `);
  }
}

function columnMetadata(sheet: Sheet) {
  return sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find();
}

function headers(wb: TestWorkbook) {
  const row = (sheet: Sheet) => sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0];
  return {
    okrs: row(wb.okrs),
    log: row(wb.log),
    okrWidth: wb.okrs.getLastColumn(),
    logWidth: wb.log.getLastColumn(),
  };
}

describe.each([
  ['with the column metadata', false],
  ['without any column metadata', true],
])('a French workbook showing other shipped headers, %s', (_, dropMetadata) => {
  let wb: TestWorkbook;
  beforeAll(() => {
    wb = createWorkbook(standardKrs(), [], 'fr');
    showOtherShippedLabels(wb.okrs, OKR_COLUMNS);
    showOtherShippedLabels(wb.log, CHECKIN_COLUMNS);
    if (dropMetadata) for (const sheet of [wb.okrs, wb.log]) columnMetadata(sheet).forEach(m => m.remove());
  });

  it('the check-in still reads every owner and KR', () => {
    const data = wb.rt.runServer('getCheckinData') as CheckinData;
    expect(data.owners).toEqual(['Léa', 'Marc', 'Sam']);
    expect(data.objectives.flatMap(o => o.krs.map(k => [k.id, k.owner, k.current]))).toEqual([
      ['KR-0001', 'Léa', 104],
      ['KR-0002', 'Marc', 60],
      ['KR-0003', 'Léa', 0.11],
      ['KR-0004', 'Sam', 1],
    ]);
  });

  it('repair adds no column, keeps the headers shown and puts the metadata back', () => {
    const before = headers(wb);
    wb.rt.call('installTemplate');
    expect(headers(wb)).toEqual(before);
    expect(columnMetadata(wb.okrs)).toHaveLength(OKR_COLUMNS.length);
    expect(columnMetadata(wb.log)).toHaveLength(CHECKIN_COLUMNS.length);
    const data = wb.rt.runServer('getCheckinData') as CheckinData;
    expect(data.owners).toEqual(['Léa', 'Marc', 'Sam']);
  });
});
