// OKR_HISTORY in the built bundle, as a formula over the History sheet a close wrote, and on plain values.
import { createRuntime } from '../../../dev/runtime';
import { createWorkbook, standardKrs } from '../../support/workbook';
import { close, loadClose, payloadFor } from './helpers';

describe('OKR_HISTORY over the History sheet', () => {
  it('counts grades and statuses, means and lows per period and per owner, leaving blank keys blank', () => {
    const wb = createWorkbook(standardKrs());
    const data = loadClose(wb.rt);
    const payload = payloadFor(data, i => (i === 0 ? 'achieved' : 'carryOver'));
    payload.krs[0].finalValue = '120'; // KR-0001 reaches its target: green
    close(wb.rt, payload);
    const sheet = wb.rt.spreadsheet.insertSheet('Mine');
    sheet.getRange('A1:A3').setValues([['Q4 2026'], ['Q3 2026'], ['']]);
    sheet
      .getRange('B1:F1')
      .setValues([
        [
          '=OKR_HISTORY(A1:A3, History!A2:A, History!K2:K, "Green")',
          '=OKR_HISTORY(A1:A3, History!A2:A, History!K2:K, "rouge")',
          '=OKR_HISTORY(A1:A3, History!A2:A, History!M2:M, "Carry over")',
          '=OKR_HISTORY(A1:A3, History!A2:A, History!J2:J)',
          '=OKR_HISTORY(A1:A3, History!A2:A, History!J2:J, "count")',
        ],
      ]);
    // Each formula spills down its three rows, beside its keys.
    const values = wb.rt.sheetValues('Mine');
    expect(values.slice(0, 3).map(row => row.slice(1, 4))).toEqual([
      [1, 3, 3],
      [0, 0, 0],
      ['', '', ''],
    ]);
    // Mean progress: 1 for KR-0001 (120 of 100 → 120), 0.2, 1/3 and 0.2 for the others.
    expect(values[0][4]).toBeCloseTo((1 + 0.2 + 1 / 3 + 0.2) / 4);
    expect(values[1][4]).toBe('');
    expect(values[0][5]).toBe(4);

    // Per owner: the lowest progress (1 means always at 1.0: aiming too low).
    sheet.getRange('H1:H3').setValues([['Léa'], ['Marc'], ['Sam']]);
    sheet.getRange('I1').setFormula('=OKR_HISTORY(H1:H3, History!E2:E, History!J2:J, "min")');
    const owners = wb.rt
      .sheetValues('Mine')
      .slice(0, 3)
      .map(row => row[8]);
    expect(owners[0]).toBeCloseTo(1 / 3);
    expect(owners.slice(1)).toEqual([0.2, 0.2]);
  });
});

describe('OKR_HISTORY on values', () => {
  const rt = createRuntime();
  const run = (formula: string) => {
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1').setFormula(formula);
    return { value: sheet.getRange('A1').getValue(), error: rt.cellError(sheet.getName(), 'A1') };
  };

  it('reads labels in either language and refuses a measure it does not know', () => {
    expect(run('=OKR_HISTORY("Q4", {"Q4";"Q4";"Q3"}, {"Vert";"Green";"Green"}, "green")').value).toBe(2);
    expect(run('=OKR_HISTORY("Q4", {"Q4";"Q4"}, {0.5;"x"})').error?.message).toBe(
      "History values: 'x' is not a number"
    );
    expect(run('=OKR_HISTORY("Q4", {"Q4";"Q4"}, {0.5;1}, 3)').error?.message).toMatch(/3' is not a measure/);
    expect(run('=OKR_HISTORY("Q4", {"Q4";"Q4"}, {0.5;1;1})').error?.message).toMatch(
      /History keys has 2 rows but history values has 3 rows/
    );
  });
});
