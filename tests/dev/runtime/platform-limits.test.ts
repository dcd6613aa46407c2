// The runtime is as strict as Google Sheets on sheet size, cell length, the user's address, formulas in text
// cells and literal text; and it can make a write fail on purpose.
import { createRuntime } from '../../../dev/runtime';
import { fixtureRuntime } from './fixture';

const SHEET = 'SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]';

describe('sheet size', () => {
  it('gives a new sheet 1,000 rows and 26 columns', () => {
    const rt = fixtureRuntime();
    expect(
      rt.evaluate(
        `var s = SpreadsheetApp.getActiveSpreadsheet().insertSheet('New'); [s.getMaxRows(), s.getMaxColumns()]`
      )
    ).toEqual([1000, 26]);
  });

  it('refuses getRange past the last row or column with Apps Script’s message', () => {
    const rt = fixtureRuntime();
    const message = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => rt.evaluate(`${SHEET}.getRange(1001, 1)`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.getRange(1, 27)`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.getRange(999, 1, 3, 1)`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.getRange('A1001')`)).toThrow(message);
    expect(rt.evaluate(`${SHEET}.getRange(1000, 26).getA1Notation()`)).toBe('Z1000');
  });

  it('grows with appendRow, insertRowsAfter and insertRowsBefore', () => {
    const rt = fixtureRuntime();
    rt.evaluate(`${SHEET}.getRange(1000, 1).setValue('last')`);
    rt.evaluate(`${SHEET}.appendRow(['appended'])`);
    expect(rt.evaluate(`${SHEET}.getMaxRows()`)).toBe(1001);
    expect(rt.evaluate(`${SHEET}.getRange(1001, 1).getValue()`)).toBe('appended');
    rt.evaluate(`${SHEET}.insertRowsAfter(1001, 500)`);
    expect(rt.evaluate(`${SHEET}.getMaxRows()`)).toBe(1501);
    rt.evaluate(`${SHEET}.insertRowsBefore(1, 2)`);
    expect(rt.evaluate(`${SHEET}.getMaxRows()`)).toBe(1503);
    expect(rt.evaluate(`${SHEET}.getRange(1003, 1).getValue()`)).toBe('appended');
  });
});

describe('cell length', () => {
  it('holds 50,000 characters and refuses one more, writing nothing', () => {
    const rt = fixtureRuntime();
    rt.global.__max = 'x'.repeat(50000);
    rt.global.__over = 'y'.repeat(50001);
    rt.evaluate(`${SHEET}.getRange('A1').setValue(__max)`);
    expect((rt.evaluate(`${SHEET}.getRange('A1').getValue()`) as string).length).toBe(50000);
    const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    expect(() => rt.evaluate(`${SHEET}.getRange('A2:B2').setValues([['ok', __over]])`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.getRange('A3').setValue(__over)`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.appendRow(['ok', __over])`)).toThrow(message);
    expect(rt.evaluate(`${SHEET}.getRange('A2:A4').getValues()`)).toEqual([[''], [''], ['']]);
  });
});

describe("the user's address", () => {
  it('throws without the userinfo.email scope in the manifest', () => {
    const rt = fixtureRuntime({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => rt.evaluate('Session.getActiveUser().getEmail()')).toThrow(
      'You do not have permission to call Session.getActiveUser'
    );
    expect(() => rt.evaluate('Session.getEffectiveUser().getEmail()')).toThrow(
      'You do not have permission to call Session.getEffectiveUser'
    );
  });

  it('gives the address with the scope, and a blank one when the domain hides it', () => {
    const scopes = ['https://www.googleapis.com/auth/userinfo.email'];
    expect(
      fixtureRuntime({ oauthScopes: scopes, userEmail: 'lea@example.com' }).evaluate(
        'Session.getActiveUser().getEmail()'
      )
    ).toBe('lea@example.com');
    expect(
      fixtureRuntime({ oauthScopes: scopes, userEmail: '' }).evaluate('Session.getActiveUser().getEmail()')
    ).toBe('');
  });

  it("reads the add-on's own manifest by default", () => {
    // dist/appsscript.json (built from the repository's) grants userinfo.email.
    const rt = createRuntime({ userEmail: 'lea@example.com' });
    expect(rt.evaluate('Session.getActiveUser().getEmail()')).toBe('lea@example.com');
  });
});

describe('formulas and literal text', () => {
  it('makes a string beginning with = a formula whatever the number format, plain text included', () => {
    const rt = fixtureRuntime();
    rt.evaluate(
      `var r = ${SHEET}.getRange('A1:A2'); r.setNumberFormat('@'); r.setValues([['=1+1'], ['=2*3']])`
    );
    expect(rt.evaluate(`${SHEET}.getRange('A1:A2').getFormulas()`)).toEqual([['=1+1'], ['=2*3']]);
    expect(rt.evaluate(`${SHEET}.getRange('A1:A2').getValues()`)).toEqual([[2], [6]]);
  });

  it('keeps a leading apostrophe’s text literal, read back without the apostrophe', () => {
    const rt = fixtureRuntime();
    rt.evaluate(`${SHEET}.getRange('A1:A4').setValues([["'=1+1"], ["'+33 6 12"], ["'007"], ["''quoted"]])`);
    rt.evaluate(`var r = ${SHEET}.getRange('B1'); r.setNumberFormat('@'); r.setValue("'=SUM(1)")`);
    expect(rt.evaluate(`${SHEET}.getRange('A1:B4').getFormulas()`)).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(rt.evaluate(`${SHEET}.getRange('A1:A4').getValues()`)).toEqual([
      ['=1+1'],
      ['+33 6 12'],
      ['007'],
      ["'quoted"],
    ]);
    expect(rt.evaluate(`${SHEET}.getRange('B1').getValue()`)).toBe('=SUM(1)');
  });
});

describe('fault injection', () => {
  it('fails the n-th write call before it writes, once', () => {
    const rt = fixtureRuntime();
    rt.faults.failOnWrite(2);
    rt.evaluate(`${SHEET}.getRange('A1').setValue(1)`);
    expect(() => rt.evaluate(`${SHEET}.getRange('A2').setValue(2)`)).toThrow('Service Spreadsheets failed');
    rt.evaluate(`${SHEET}.getRange('A3').getValue()`); // reads are not writes
    rt.evaluate(`${SHEET}.getRange('A3').setValue(3)`);
    expect(rt.faults.writes).toBe(3);
    expect(rt.evaluate(`${SHEET}.getRange('A1:A3').getValues()`)).toEqual([[1], [''], [3]]);
  });

  it('fails every write from the n-th on (an outage), until reset', () => {
    const rt = fixtureRuntime();
    rt.faults.failFromWrite(2);
    rt.evaluate(`${SHEET}.getRange('A1').setValue(1)`);
    expect(() => rt.evaluate(`${SHEET}.getRange('A2').setValue(2)`)).toThrow('Service Spreadsheets failed');
    expect(() => rt.evaluate(`${SHEET}.getRange('A3').setValue(3)`)).toThrow('Service Spreadsheets failed');
    rt.faults.reset();
    rt.evaluate(`${SHEET}.getRange('A4').setValue(4)`);
    expect(rt.evaluate(`${SHEET}.getRange('A1:A4').getValues()`)).toEqual([[1], [''], [''], [4]]);
  });
});

describe('protections', () => {
  it('refuse a write into a protected range or sheet the user may not edit, and allow warning-only ones', () => {
    const rt = fixtureRuntime({ userEmail: 'lea@example.com' });
    rt.evaluate(`var p = ${SHEET}.getRange('B1:B5').protect(); p.removeEditors(p.getEditors());`);
    const message = 'You are trying to edit a protected cell or object.';
    expect(() => rt.evaluate(`${SHEET}.getRange('B2').setValue(1)`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.getRange('A1:C1').setNumberFormat('0%')`)).toThrow(message);
    rt.evaluate(`${SHEET}.getRange('C2').setValue(1)`);
    rt.evaluate(`${SHEET}.protect().setWarningOnly(true)`);
    rt.evaluate(`${SHEET}.insertRowsAfter(1000, 1)`);
    rt.evaluate(
      `var s = ${SHEET}.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]; s.setWarningOnly(false); s.removeEditors(s.getEditors());`
    );
    expect(() => rt.evaluate(`${SHEET}.insertRowsAfter(1001, 1)`)).toThrow(message);
    expect(() => rt.evaluate(`${SHEET}.getRange('D4').setValue(1)`)).toThrow(message);
  });
});
