import { fixtureRuntime } from './fixture';

const NNBSP = '\u202F';

describe('values and display values', () => {
  test('typed strings are parsed as Sheets does, unless the cell is plain text', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1:F1').setValues([['12', '45%', 'TRUE', '2026-03-02', 'text', '']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row.slice(0, 3)).toEqual([12, 0.45, true]);
    expect(row[3] instanceof Date).toBe(true);
    expect(row.slice(4)).toEqual(['text', '']);
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0%');
    sheet.getRange('A2').setNumberFormat('@').setValue('0012');
    expect(sheet.getRange('A2').getValue()).toBe('0012');
    sheet.getRange('A3').setValue("'=not a formula");
    expect(sheet.getRange('A3').getValue()).toBe('=not a formula');
    expect(sheet.getRange('A3').getFormula()).toBe('');
  });

  test('a Date written to an automatic cell becomes a date and reads back as a Date', () => {
    const rt = fixtureRuntime({ timeZone: 'Europe/Paris' });
    const sheet = rt.spreadsheet.getSheets()[0];
    const date = new Date('2026-02-01T23:00:00Z'); // 2 Feb midnight in Paris
    sheet.getRange('A1').setValue(date);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back.getTime()).toBe(date.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2/2/2026');
    sheet.getRange('A2').setFormula('=A1+1');
    sheet.getRange('A2').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('2026-02-03');
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe('2026-02-02T23:00:00.000Z');
  });

  test('display values follow the number format and the locale (en)', () => {
    const rt = fixtureRuntime({ locale: 'en_US' });
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1:E1').setValues([[0.45, 1.5, 1234567.891, 0.125, -3]]);
    sheet.getRange('A1:E1').setNumberFormats([['0%', '0.0', '#,##0.00', '0.0%', '0;(0)']]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['45%', '1.5', '1,234,567.89', '12.5%', '(3)'],
    ]);
    sheet.getRange('A2').setValue(new Date('2026-11-24T12:00:00Z'));
    sheet.getRange('A2').setNumberFormat('dddd d mmmm yyyy');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('Tuesday 24 November 2026');
    sheet.getRange('A3').setValue(true);
    expect(sheet.getRange('A3').getDisplayValue()).toBe('TRUE');
  });

  test('display values follow the number format and the locale (fr)', () => {
    const rt = fixtureRuntime({ locale: 'fr_FR' });
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1:D1').setValues([[0.45, 1.5, 1234567.891, true]]);
    sheet.getRange('A1:C1').setNumberFormats([['0%', '0.0', '#,##0.00']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      [`45${NNBSP}%`, '1,5', `1${NNBSP}234${NNBSP}567,89`, 'VRAI'],
    ]);
    sheet.getRange('A2').setValues([['1,5']]);
    expect(sheet.getRange('A2').getValue()).toBe(1.5);
    sheet.getRange('A3').setValue(new Date('2026-11-24T12:00:00Z'));
    expect(sheet.getRange('A3').getDisplayValue()).toBe('24/11/2026 13:00:00');
    sheet.getRange('A3').setNumberFormat('dd/MM/yyyy');
    expect(sheet.getRange('A3').getDisplayValue()).toBe('24/11/2026');
    sheet.getRange('A3').setNumberFormat('d mmm yyyy');
    expect(sheet.getRange('A3').getDisplayValue()).toBe('24 nov. 2026');
  });

  test('getValues on 10,000 cells returns every value', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    const data = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c % 2 ? `t${r}` : r * c))
    );
    sheet.getRange(1, 1, 1000, 10).setValues(data);
    expect(sheet.getRange(1, 1, 1000, 10).getValues()).toEqual(data);
  });
});
