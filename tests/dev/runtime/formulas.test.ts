import { fixtureRuntime } from './fixture';

describe('formulas', () => {
  test('getValues returns computed values of formula cells', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[2], [3], ['=A1*A2']]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    expect(sheet.getRange('A3').getValue()).toBe(6);
    expect(sheet.getRange('B1').getValue()).toBe(11);
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('B1').getValue()).toBe(43);
    expect(sheet.getRange('A3:B3').getFormulas()).toEqual([['=A1*A2', '']]);
  });

  test('a custom function receives scalars, and a range as a 2D array with blanks and Dates', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1:A4').setValues([[1.5], [''], [new Date('2026-03-02T12:00:00Z')], ['text']]);
    sheet.getRange('B1').setNumberFormat('0%').setValue(0.25);
    sheet
      .getRange('C1:C4')
      .setFormulas([['=DESCRIBE(A1:A4)'], ['=DESCRIBE(A3)'], ['=DESCRIBE(B1)'], ['=DESCRIBE(A2)']]);
    expect(sheet.getRange('C1:C4').getValues()).toEqual([
      ['number:1.5|string:|date:2026-03-02|string:text'],
      ['date:2026-03-02'],
      ['number:0.25'],
      ['string:'],
    ]);
  });

  test('a custom function returning a column spills as tall as its range, under an array-literal header', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A2:A4').setValues([[1], [''], [3]]);
    sheet.getRange('B1').setFormula('={"Doubled"; DOUBLE_ALL(A2:A)}');
    const values = sheet.getRange('B1:B5').getValues();
    expect(values).toEqual([['Doubled'], [2], [''], [6], ['']]);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    sheet.getRange('A3').setValue(5);
    expect(sheet.getRange('B3').getValue()).toBe(10);
  });

  test('errors read as Sheets error strings, with the message kept for tests', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet
      .getRange('A1:A3')
      .setFormulas([['=1/0'], ['=FAIL_WITH("Start and target are equal in KR-0001")'], ['=NOPE(1)']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#DIV/0!'], ['#ERROR!'], ['#NAME?']]);
    expect(rt.cellError('Sheet1', 'A2')).toMatchObject({
      value: '#ERROR!',
      message: 'Start and target are equal in KR-0001',
    });
    expect(rt.cellError('Sheet1!A1')?.value).toBe('#DIV/0!');
    expect(rt.cellError('Sheet1', 'B1')).toBeNull();
  });

  test('setValue with a leading = sets a formula; quoted sheet names and ARRAYFORMULA work', () => {
    const rt = fixtureRuntime();
    const data = rt.spreadsheet.insertSheet('My data');
    data.getRange('A1:A2').setValues([[4], [5]]);
    const sheet = rt.spreadsheet.getSheetByName('Sheet1')!;
    sheet.getRange('A1').setValue("=SUM('My data'!A1:A)");
    sheet.getRange('B1').setValue('=ARRAYFORMULA(IF(\'My data\'!A1:A2>4, "big", "small"))');
    expect(sheet.getRange('A1').getFormula()).toBe("=SUM('My data'!A1:A)");
    expect(sheet.getRange('A1').getValue()).toBe(9);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['small'], ['big']]);
  });

  test('TODAY() and new Date() in the script follow rt.setNow', () => {
    const rt = fixtureRuntime({ timeZone: 'Europe/Paris' });
    rt.setNow(new Date('2026-11-24T10:00:00Z'));
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1').setFormula('=TODAY()');
    const today = sheet.getRange('A1').getValue() as Date;
    expect(today instanceof Date).toBe(true);
    expect(today.toISOString()).toBe('2026-11-23T23:00:00.000Z'); // midnight in Paris
    expect((rt.call('today') as Date).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(rt.call('isDateHere', sheet.getRange('A1').getValue())).toBe(true);
  });

  test('a 1,000 x 16 workbook with a formula per column loads and recomputes', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    const rows = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 15 }, (_, c) => r * 16 + c));
    sheet.getRange(1, 1, 1000, 15).setValues(rows);
    sheet.getRange('P1').setFormula('={"Doubled"; DOUBLE_ALL(A2:A)}');
    const values = sheet.getRange(1, 1, 1000, 16).getValues();
    expect(values[999][15]).toBe(999 * 16 * 2);
    expect(values[500][3]).toBe(500 * 16 + 3);
  });
});
