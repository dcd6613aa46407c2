import { fixtureRuntime } from './fixture';

describe('auth modes, call counting and unimplemented methods', () => {
  test('in AuthMode.NONE the menu can be built but spreadsheet data access throws', () => {
    const rt = fixtureRuntime();
    rt.call('onOpen', { authMode: 'NONE' });
    expect(rt.menus).toEqual([
      {
        title: 'okr-sheets',
        addon: true,
        items: [{ caption: 'Write hello', functionName: 'writeHello' }, { separator: true }],
      },
    ]);
    rt.authMode = 'NONE';
    expect(() => rt.call('readA1')).toThrow(
      /You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/
    );
    expect(() => rt.global.SpreadsheetApp.getActive()).toThrow(/permission/);
    rt.authMode = 'FULL';
    expect(rt.call('readA1')).toBe('');
  });

  test('the event carries the ScriptApp.AuthMode value and the mode only lasts for the call', () => {
    const rt = fixtureRuntime();
    rt.call('onOpen', { authMode: 'FULL' });
    expect(rt.menus[0].items).toContainEqual({ caption: 'Only with access', functionName: 'writeHello' });
    expect(rt.authMode).toBe('FULL');
    rt.runMenuItem('Write hello');
    expect(rt.sheetValues('Sheet1')).toEqual([['hello']]);
    expect(() => rt.runMenuItem('Nope')).toThrow('No menu item "Nope"');
  });

  test('every call is counted by Class.method; spreadsheet() sums the Spreadsheet-service calls only', () => {
    const rt = fixtureRuntime();
    rt.calls.reset();
    const app = rt.global.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    const range = sheet.getRange('A1:B2');
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.getValues();
    const rule = app.newDataValidation().requireNumberBetween(0, 1).setHelpText('0..1').build();
    range.setDataValidation(rule);
    rt.global.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(rt.calls.byMethod()).toMatchObject({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Range.getValues': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireNumberBetween': 1,
      'Range.setDataValidation': 1,
    });
    // builders and other services are not Spreadsheet calls
    expect(rt.calls.spreadsheet()).toBe(7);
    rt.calls.reset();
    expect(rt.calls.spreadsheet()).toBe(0);
    expect(rt.calls.byMethod()).toEqual({});
  });

  test('a method the runtime lacks throws "not implemented: Class.method"', () => {
    const rt = fixtureRuntime();
    const range = rt.spreadsheet.getSheets()[0].getRange('A1') as unknown as Record<string, () => void>;
    expect(() => range.autoFillToNeighbor()).toThrow('not implemented: Range.autoFillToNeighbor');
    expect(() => (rt.global.SpreadsheetApp as Record<string, () => void>).openById()).toThrow(
      'not implemented: SpreadsheetApp.openById'
    );
  });

  test('errors thrown by services are Errors of the script realm', () => {
    const rt = fixtureRuntime();
    rt.spreadsheet.insertSheet('Dup');
    const result = rt.evaluate(
      '(function () { try { SpreadsheetApp.getActive().insertSheet("Dup"); return "no error"; } catch (e) { return (e instanceof Error) + ":" + e.message; } })()'
    );
    expect(result).toBe('true:A sheet with the name "Dup" already exists. Please enter another name.');
  });
});
