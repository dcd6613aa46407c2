// A spill blocked by a typed cell shows #REF! naming that cell, and recovers once it is cleared, as in Sheets.
import { createRuntime } from '../../../dev/runtime';
import { fixtureDist, fixtureRuntime } from './fixture';

describe('blocked spills', () => {
  test('a typed cell blocks the spill (#REF! naming it); clearing it lets the column spill again', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A2:A4').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('={"Doubled"; DOUBLE_ALL(A2:A)}');
    expect(sheet.getRange('B1:B4').getValues()).toEqual([['Doubled'], [2], [4], [6]]);

    sheet.getRange('B3').setValue(99);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([['#REF!'], [''], [99], ['']]);
    expect(rt.cellError('Sheet1', 'B1')).toMatchObject({
      value: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in B3.',
    });

    sheet.getRange('B3').setValue('');
    expect(sheet.getRange('B1:B4').getValues()).toEqual([['Doubled'], [2], [4], [6]]);
    expect(rt.cellError('Sheet1', 'B1')).toBeNull();
    // and it keeps following its arguments
    sheet.getRange('A4').setValue(10);
    expect(sheet.getRange('B4').getValue()).toBe(20);
  });

  test('a workbook saved with a blocked spill recovers after a restore once the cell is cleared', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A2:A3').setValues([[1], [2]]);
    sheet.getRange('B1').setFormula('={"Doubled"; DOUBLE_ALL(A2:A)}');
    sheet.getRange('B2').setValue('typed');
    const restored = createRuntime({ distDir: fixtureDist(), snapshot: rt.snapshot() });
    const again = restored.spreadsheet.getSheets()[0];
    expect(again.getRange('B1').getValue()).toBe('#REF!');
    again.getRange('B2').clearContent();
    expect(again.getRange('B1:B3').getValues()).toEqual([['Doubled'], [2], [4]]);
  });

  test('one write of an array formula and blanks over the cells it spills into expands it, as in Sheets', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A2:A4').setValues([[1], [2], [3]]);
    sheet.getRange('B2:B4').setValues([['=A2*5'], [7], ['=A4*5']]);
    sheet.getRange('B1:B4').setValues([['={"Doubled"; DOUBLE_ALL(A2:A)}'], [''], [''], ['']]);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([['Doubled'], [2], [4], [6]]);
    expect(sheet.getRange('B1:B4').getFormulas()).toEqual([
      ['={"Doubled"; DOUBLE_ALL(A2:A)}'],
      [''],
      [''],
      [''],
    ]);
    expect(rt.cellError('Sheet1', 'B1')).toBeNull();
  });
});
