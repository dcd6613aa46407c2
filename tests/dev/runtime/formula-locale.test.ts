// The runtime parses formula text by the spreadsheet's locale, as Sheets does, and moves references (open-ended
// ranges included) on row and column insertion and deletion.
import { fixtureRuntime } from './fixture';

function sheetIn(locale: string) {
  const rt = fixtureRuntime({ locale });
  return { rt, sheet: rt.spreadsheet.getSheets()[0] };
}

describe('formula syntax follows the locale', () => {
  test('fr_FR: `;` separates arguments, `,` is the decimal mark, `\\` separates array columns', () => {
    const { rt, sheet } = sheetIn('fr_FR');
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1;A2;0,5)');
    sheet.getRange('B2').setFormula('=ROUND(2,345;1)');
    sheet.getRange('B3').setValue('={1\\2;3\\4}');
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[5.5], [2.3]]);
    expect(sheet.getRange('B3:C4').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    // getFormula gives the text in the locale's syntax, as written
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1;A2;0,5)');
    expect(rt.cellError('Sheet1', 'B1')).toBeNull();
  });

  test('fr_FR: a `,` between arguments, a `.` decimal or a `,` in an array literal is a parse error', () => {
    const { rt, sheet } = sheetIn('fr_FR');
    sheet.getRange('A1').setValue(2);
    sheet
      .getRange('B1:B4')
      .setFormulas([['=SUM(A1,A1)'], ['=A1*0.5'], ['={A1,A1}'], ['=HYPERLINK("https://x.org","x")']]);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([['#ERROR!'], ['#ERROR!'], ['#ERROR!'], ['#ERROR!']]);
    expect(rt.cellError('Sheet1', 'B1')?.message).toBe('Formula parse error.');
    // the text stays as written, and a `,` inside a string is just text
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1,A1)');
    sheet.getRange('B5').setFormula('=CONCATENATE("a,b";"c")');
    expect(sheet.getRange('B5').getValue()).toBe('a,bc');
  });

  test('en_US: `;` is accepted between arguments and autocorrected to `,`; `,` and `;` in array literals', () => {
    const { sheet } = sheetIn('en_US');
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1').setFormula('=SUM(A1; A1; 0.5)');
    sheet.getRange('B2').setValue('={"Header"; 7}');
    sheet.getRange('C1').setFormula('={1, 2; 3, 4}');
    expect(sheet.getRange('B1').getValue()).toBe(4.5);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1, A1, 0.5)');
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['Header'], [7]]);
    expect(sheet.getRange('B2').getFormula()).toBe('={"Header"; 7}');
    expect(sheet.getRange('C1:D2').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('E1').setFormula('={1\\2}');
    expect(sheet.getRange('E1').getValue()).toBe('#ERROR!');
  });

  test('TRUE and FALSE are constants (VRAI and FAUX too in French)', () => {
    const en = sheetIn('en_US').sheet;
    en.getRange('A1:A3').setFormulas([['=IF(TRUE, 1, 2)'], ['=FALSE'], ['=AND(TRUE(), true)']]);
    expect(en.getRange('A1:A3').getValues()).toEqual([[1], [false], [true]]);
    expect(en.getRange('A2').getFormula()).toBe('=FALSE');
    const fr = sheetIn('fr_FR').sheet;
    // 1,2 is one number in French: {1,2} is a one-cell array
    fr.getRange('A1:A3').setFormulas([['={1,2}'], ['=IF(VRAI;1;2)'], ['=OR(FAUX;FALSE)']]);
    expect(fr.getRange('A1').getValue()).toBe(1.2);
    expect(fr.getRange('A2:A3').getValues()).toEqual([[1], [false]]);
    // a sheet named TRUE stays a name
    const rt = fixtureRuntime();
    rt.spreadsheet.insertSheet('TRUE').getRange('A1').setValue(9);
    rt.spreadsheet.getSheets()[0].getRange('A1').setFormula('=TRUE!A1+1');
    expect(rt.spreadsheet.getSheets()[0].getRange('A1').getValue()).toBe(10);
  });

  test('a custom function gets a boolean from TRUE/FALSE and a decimal from 0,5 in French', () => {
    const { sheet } = sheetIn('fr_FR');
    sheet.getRange('A1:A3').setFormulas([['=DESCRIBE(FAUX)'], ['=DESCRIBE(0,5)'], ['=DOUBLE_ALL(1,5)']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['boolean:false'], ['number:0.5'], [3]]);
  });

  test('with formulaSyntax en_US, getFormula shows a French formula with `,` and decimal points', () => {
    const rt = fixtureRuntime({ locale: 'fr_FR', formulaSyntax: 'en_US' });
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1').setFormula('=ROUND(2,345;1)+SUM({1\\2})');
    expect(sheet.getRange('A1').getFormula()).toBe('=ROUND(2.345,1)+SUM({1,2})');
    expect(sheet.getRange('A1').getValue()).toBeCloseTo(5.3);
    // copying keeps the stored French text working
    sheet.getRange('A1').copyTo(sheet.getRange('B1'));
    expect(sheet.getRange('B1').getValue()).toBeCloseTo(5.3);
  });

  test('changing the locale shows formulas in the new syntax', () => {
    const { rt, sheet } = sheetIn('en_US');
    sheet.getRange('A1').setFormula('=ROUND(2.345, 1)+SUM({1, 2})');
    rt.spreadsheet.setSpreadsheetLocale('fr_FR');
    expect(sheet.getRange('A1').getFormula()).toBe('=ROUND(2,345; 1)+SUM({1\\ 2})');
    expect(sheet.getRange('A1').getValue()).toBeCloseTo(5.3);
  });
});

describe('references move on insertion and deletion, as in Sheets', () => {
  test('rows inserted at row 2: H2:H becomes H3:H, H1:H and H:H keep every row', () => {
    const { sheet } = sheetIn('fr_FR');
    sheet.getRange('A1:A3').setValues([['head'], [1], [2]]);
    sheet.getRange('B1:D1').setFormulas([['=SUM(A2:A)', '=SUM(A1:A)', '=SUM(A:A)']]);
    sheet.insertRowsBefore(2, 1);
    sheet.getRange('A2').setValue(10);
    expect(sheet.getRange('B1:D1').getFormulas()).toEqual([['=SUM(A3:A)', '=SUM(A1:A)', '=SUM(A:A)']]);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([[3, 13, 13]]);
  });

  test('rows inserted in the middle and at the end stay inside an open-ended range', () => {
    const { sheet } = sheetIn('en_US');
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A)');
    sheet.getRange('C1').setFormula('=SUM(A1:A3)');
    sheet.insertRowAfter(2);
    sheet.getRange('A3').setValue(100);
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    sheet.getRange(sheet.getMaxRows(), 1).setValue(1000);
    expect(sheet.getRange('B1:C1').getFormulas()).toEqual([['=SUM(A1:A)', '=SUM(A1:A4)']]);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[1106, 106]]);
  });

  test('deleting the first rows of an open-ended range keeps it open-ended from the same row', () => {
    const { sheet } = sheetIn('en_US');
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('B1').setFormula('=SUM(A2:A)');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A)');
    expect(sheet.getRange('B1').getValue()).toBe(4);
  });

  test('columns inserted and deleted move open-ended and whole-column references, in another sheet too', () => {
    const { rt, sheet } = sheetIn('fr_FR');
    const other = rt.spreadsheet.insertSheet('Data');
    other.getRange('C1:C2').setValues([[1], [2]]);
    sheet.getRange('A1').setFormula('=SUM(Data!C2:C;Data!C:C)');
    other.insertColumnBefore(1);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(Data!D2:D;Data!D:D)');
    expect(sheet.getRange('A1').getValue()).toBe(5);
    other.deleteColumn(4);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  test('a rewritten formula keeps the locale syntax (decimals and separators)', () => {
    const { sheet } = sheetIn('fr_FR');
    sheet.getRange('A2').setValue(4);
    sheet.getRange('B1').setFormula('=ROUND(SUM(A2:A)*0,5;1)');
    sheet.insertRowsBefore(2, 1);
    expect(sheet.getRange('B1').getFormula()).toBe('=ROUND(SUM(A3:A)*0,5;1)');
    expect(sheet.getRange('B1').getValue()).toBe(2);
  });

  test('moveRows moves values and formulas past an array spilling over them; ranges from row 1 keep every row', () => {
    const { sheet } = sheetIn('fr_FR');
    sheet.getRange('A1:A5').setValues([['head'], [1], [2], [3], [4]]);
    sheet.getRange('B1').setFormula('=DOUBLE_ALL(A1:A)');
    sheet.getRange('C4').setFormula('=A4*10');
    sheet.getRange('D1').setFormula('=SUM(A1:A)');
    sheet.moveRows(sheet.getRange('A4:A5'), 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['head', 3, 4, 1, 2]);
    expect(sheet.getRange('B2:B5').getValues().flat()).toEqual([6, 8, 2, 4]);
    expect(sheet.getRange('C2').getFormula()).toBe('=A4*10');
    expect(sheet.getRange('D1').getValue()).toBe(10);
    sheet.moveRows(sheet.getRange('A2:A2'), 6);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['head', 4, 1, 2, 3]);
  });
});
