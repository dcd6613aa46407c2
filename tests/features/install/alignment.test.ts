// Computed columns stay aligned with their key-result rows whatever rows a user inserts, deletes or sorts, with
// no repair: the built bundle in the local runtime, whose references move as Sheets moves them.
import type { Lang } from '../../../src/i18n/lang';
import { canonicalFormula } from '../../../src/schema/formulas';
import { OKR_COLUMNS, type OkrColumnKey } from '../../../src/schema/layout';
import { alignment, expectAligned } from './alignment-helpers';
import { installedRuntime } from '../../support/workbook';
import { typeRows } from './runtime-helpers';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

const NEW_KR = (lang: Lang, name: string) => ({
  objective: lang === 'fr' ? `Objectif ${name}` : `Objective ${name}`,
  keyResult: `KR ${name}`,
  owner: 'Zoé',
  kind: lang === 'fr' ? 'Augmenter' : 'Increase',
  start: 0,
  target: 40,
  current: 10,
});

describe.each([
  ['en_US', 'en'],
  ['fr_FR', 'fr'],
] as const)('computed columns in %s stay aligned with no repair', (locale, lang) => {
  const okrs = sheetName(lang, 'okrs');
  const setUp = () => {
    const rt = installedRuntime({ locale });
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName(okrs)!;
    const formulas = () => rt.sheetFormulas(okrs)[0];
    const before = formulas();
    expectAligned(rt, lang);
    return { rt, sheet, formulas, before };
  };

  it('when a key result is inserted at row 2, and the dashboard lists its objective', () => {
    const { rt, sheet, formulas, before } = setUp();
    const rowsBefore = alignment(rt, lang).rows;
    sheet.insertRowBefore(2);
    typeRows(rt, okrs, 2, [NEW_KR(lang, 'top')]);
    expectAligned(rt, lang);
    expect(alignment(rt, lang).rows).toBe(rowsBefore + 1);
    // the header formulas read the same columns: whole columns from row 1 do not move (the runtime's rewrite may
    // drop the quotes around a sheet name, as Sheets may)
    expect(formulas().map(canonicalFormula)).toEqual(before.map(canonicalFormula));
    expect(rt.sheetValues(sheetName(lang, 'dashboard')).map(r => r[0])).toContain(
      NEW_KR(lang, 'top').objective
    );
  });

  it('when rows are inserted in the middle and at the end', () => {
    const { rt, sheet } = setUp();
    sheet.insertRowsBefore(6, 2);
    typeRows(rt, okrs, 6, [NEW_KR(lang, 'a'), { ...NEW_KR(lang, 'b'), objective: '', current: 35 }]);
    const last = alignment(rt, lang).rows + 1;
    sheet.insertRowsAfter(last, 1);
    typeRows(rt, okrs, last + 1, [NEW_KR(lang, 'end')]);
    typeRows(rt, okrs, last + 2, [{ ...NEW_KR(lang, 'typed below'), objective: '' }]);
    expectAligned(rt, lang);
    sheet.insertRowsAfter(sheet.getMaxRows(), 3);
    expectAligned(rt, lang);
  });

  it('when rows are deleted, the first one included', () => {
    const { rt, sheet } = setUp();
    const rowsBefore = alignment(rt, lang).rows;
    sheet.deleteRow(2);
    sheet.deleteRows(4, 2);
    expectAligned(rt, lang);
    expect(alignment(rt, lang).rows).toBe(rowsBefore - 3);
  });

  it('when the key results are sorted by owner, then by current value descending', () => {
    const { rt, sheet } = setUp();
    const { rows } = alignment(rt, lang);
    const header = rt.sheetValues(okrs)[0];
    const column = (key: OkrColumnKey) =>
      header.indexOf(
        columnLabel(
          lang,
          OKR_COLUMNS.find(c => c.key === key)!
        )
      ) + 1;
    const data = sheet.getRange(2, 1, rows, header.length);
    data.sort({ column: column('owner'), ascending: true });
    expectAligned(rt, lang);
    data.sort({ column: column('current'), ascending: false });
    expectAligned(rt, lang);
  });

  it('when rows are moved up to row 2 and down below the last key result', () => {
    const { rt, sheet } = setUp();
    const { rows } = alignment(rt, lang);
    sheet.moveRows(sheet.getRange('6:7'), 2);
    expectAligned(rt, lang);
    sheet.moveRows(sheet.getRange('2:2'), rows + 2);
    expectAligned(rt, lang);
    expect(alignment(rt, lang).rows).toBe(rows);
  });
});
