import { fixtureRuntime } from './fixture';

describe('snapshot', () => {
  test('a snapshot is plain JSON and restores sheets, contents, formats and settings', () => {
    const rt = fixtureRuntime({ locale: 'fr_FR' });
    const app = rt.global.SpreadsheetApp;
    const sheet = rt.spreadsheet.insertSheet('OKRs');
    sheet.getRange('A1:B2').setValues([
      [1, '=A1*2'],
      [new Date('2026-01-05T00:00:00Z'), 'x'],
    ]);
    sheet.getRange('A1').setNumberFormat('0%').setNote('note').setBackground('#eeeeee').setFontWeight('bold');
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInList(['x', 'y']).build());
    sheet.getRange('C1').setFormula('={"Doubled"; DOUBLE_ALL(A2:A)}');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    sheet.addDeveloperMetadata('okr.sheet', 'okrs');
    rt.spreadsheet.setNamedRange('Start', sheet.getRange('A1'));
    sheet.getRange('A1:A2').protect().setDescription('keep');
    rt.global.PropertiesService.getDocumentProperties().setProperty('lang', 'fr');

    const snap = rt.snapshot();
    const json = JSON.stringify(snap);
    const restored = fixtureRuntime({ snapshot: JSON.parse(json) });
    const again = restored.spreadsheet.getSheetByName('OKRs')!;
    expect(again.getRange('A1:B2').getFormulas()).toEqual([
      ['', '=A1*2'],
      ['', ''],
    ]);
    expect(again.getRange('A1:B2').getValues()).toEqual(sheet.getRange('A1:B2').getValues());
    expect(again.getRange('A1:C2').getDisplayValues()).toEqual(sheet.getRange('A1:C2').getDisplayValues());
    expect(again.getRange('A1').getNote()).toBe('note');
    expect(again.getRange('A1').getFontWeight()).toBe('bold');
    expect(again.getRange('B2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['x', 'y']);
    expect(again.getFrozenRows()).toBe(1);
    expect(again.getColumnWidth(2)).toBe(240);
    expect(again.getDeveloperMetadata().map(m => m.getValue())).toEqual(['okrs']);
    expect(restored.spreadsheet.getRangeByName('Start')?.getA1Notation()).toBe('A1');
    expect(restored.spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
    expect(restored.global.PropertiesService.getDocumentProperties().getProperty('lang')).toBe('fr');
    expect(restored.snapshot()).toEqual(snap);
  });
});
