import { fixtureRuntime } from './fixture';

describe('sheets and structure', () => {
  test('inserting a sheet whose name exists throws the Apps Script error', () => {
    const rt = fixtureRuntime();
    rt.spreadsheet.insertSheet('OKRs');
    expect(() => rt.spreadsheet.insertSheet('OKRs')).toThrow(
      'A sheet with the name "OKRs" already exists. Please enter another name.'
    );
    expect(rt.spreadsheet.getSheets().map(s => s.getName())).toEqual(['Sheet1', 'OKRs']);
    rt.spreadsheet.insertSheet('First', 0);
    expect(rt.spreadsheet.getSheets().map(s => s.getName())).toEqual(['First', 'Sheet1', 'OKRs']);
  });

  test('setValues with the wrong dimensions throws the Apps Script error', () => {
    const rt = fixtureRuntime();
    const range = rt.spreadsheet.getSheets()[0].getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.'
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.'
    );
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  test('inserting and deleting rows shifts values, formats, notes and rewrites formulas', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A3').setNote('third').setBackground('#ff0000');
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.getRange('C1').setFormula('=SUM(A2:A)');
    sheet.getRange('D1').setFormula('=A3*10');

    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('A5').getNote()).toBe('third');
    expect(sheet.getRange('A5').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('B1:D1').getFormulas()).toEqual([['=SUM(A1:A5)', '=SUM(A4:A)', '=A5*10']]);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([[6, 5, 30]]);
    expect(sheet.getMaxRows()).toBe(1002);

    sheet.deleteRows(4, 1);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[1], [''], [''], [3]]);
    expect(sheet.getRange('B1:D1').getFormulas()).toEqual([['=SUM(A1:A4)', '=SUM(A4:A)', '=A4*10']]);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([[4, 3, 30]]);

    sheet.deleteRow(4);
    expect(sheet.getRange('D1').getFormula()).toBe('=#REF!*10');
    expect(sheet.getRange('D1').getValue()).toBe('#REF!');
  });

  test('column metadata, validations and merges move with inserted and deleted columns', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('B:B').addDeveloperMetadata('okr.column', 'target');
    const rule = rt.global.SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build();
    sheet.getRange('B2').setDataValidation(rule);
    sheet.getRange('C1:D1').merge();

    sheet.insertColumnBefore(1);
    const found = sheet.createDeveloperMetadataFinder().withKey('okr.column').find();
    expect(found.map(m => m.getLocation().getColumn()!.getColumn())).toEqual([3]);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['a', 'b']);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    expect(
      sheet
        .getRange('A1:F1')
        .getMergedRanges()
        .map(r => r.getA1Notation())
    ).toEqual(['D1:E1']);

    sheet.deleteColumns(1, 2);
    expect(
      sheet
        .getRange('A:A')
        .getDeveloperMetadata()
        .map(m => m.getValue())
    ).toEqual(['target']);
  });

  test('getRange accepts A1 forms, row/column numbers and sheet-qualified names', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.insertSheet('My OKRs');
    expect(sheet.getRange('B2:C5').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('A2:B').getLastRow()).toBe(1000);
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
    expect(sheet.getRange(3, 2, 2, 4).getA1Notation()).toBe('B3:E4');
    expect(rt.spreadsheet.getRange("'My OKRs'!C3").getSheet().getName()).toBe('My OKRs');
    sheet.getRange('C3').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
  });

  test('appendRow writes after the last row and grows the sheet when full', () => {
    const rt = fixtureRuntime();
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['c']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('c');
  });

  test('open-ended ranges keep reaching the last row when a sheet grows or is renamed', () => {
    const rt = fixtureRuntime();
    const data = rt.spreadsheet.getSheets()[0];
    const summary = rt.spreadsheet.insertSheet('Summary');
    data.getRange(1000, 2).setValue(5);
    summary.getRange('A1').setFormula('=SUM(Sheet1!B2:B)');
    data.appendRow(['', 7]);
    expect(data.getMaxRows()).toBe(1001);
    expect(summary.getRange('A1').getValue()).toBe(12);
    data.setName('Data');
    expect(summary.getRange('A1').getFormula()).toBe('=SUM(Data!B2:B)');
    data.getRange(1001, 2).setValue(10);
    expect(summary.getRange('A1').getValue()).toBe(15);
  });

  test('protections, named ranges, conditional formats and charts are stored and read back', () => {
    const rt = fixtureRuntime();
    const app = rt.global.SpreadsheetApp;
    const sheet = rt.spreadsheet.getSheets()[0];
    const protection = sheet.getRange('A1:B1').protect().setDescription('headers').setWarningOnly(true);
    expect(sheet.getProtections(app.ProtectionType.RANGE).map(p => p.getDescription())).toEqual(['headers']);
    expect(protection.getRange().getA1Notation()).toBe('A1:B1');

    rt.spreadsheet.setNamedRange('Targets', sheet.getRange('B2:B4'));
    sheet.getRange('B2:B4').setValues([[1], [2], [3]]);
    sheet.getRange('C1').setFormula('=SUM(Targets)');
    expect(sheet.getRange('C1').getValue()).toBe(6);
    expect(rt.spreadsheet.getRangeByName('Targets')?.getA1Notation()).toBe('B2:B4');

    const cf = app
      .newConditionalFormatRule()
      .whenNumberLessThan(2)
      .setBackground('#f4c7c3')
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    sheet.setConditionalFormatRules([cf]);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()?.getBackground()).toBe('#f4c7c3');
    const view = rt.sheetView('Sheet1');
    expect(view.cells.find(c => c.a1 === 'B2')?.background).toBe('#f4c7c3');
    expect(view.cells.find(c => c.a1 === 'B3')?.background).toBeNull();

    const chart = sheet
      .newChart()
      .setChartType(rt.global.Charts.ChartType.BAR)
      .addRange(sheet.getRange('B2:B4'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Progress')
      .build();
    sheet.insertChart(chart);
    const stored = sheet.getCharts()[0];
    expect(stored.getOptions().get('title')).toBe('Progress');
    expect(stored.getRanges().map(r => r.getA1Notation())).toEqual(['B2:B4']);
    sheet.updateChart(stored.modify().setOption('title', 'Renamed').build());
    expect(rt.sheetView('Sheet1').charts[0]).toMatchObject({ type: 'BAR', options: { title: 'Renamed' } });
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
