// Columns found by the add-on's developer metadata (issue 11 §6) and a re-install that changes no user cell (§8),
// through the built bundle in the local runtime.
import type { CheckinData, SaveResult } from '../../../src/features/checkin/types';
import { allKrs, createWorkbook, entryFor, standardKrs, type TestWorkbook } from '../../support/workbook';

function load(wb: TestWorkbook): CheckinData {
  return wb.rt.runServer('getCheckinData') as CheckinData;
}

/** Every cell of every sheet (value, formula, number format, style, note, validation), keyed `Sheet!R1C1`. */
function allCells(wb: TestWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of wb.rt.snapshot().sheets) {
    sheet.cells.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        if (cell) out.set(`${sheet.name}!R${r + 1}C${c + 1}`, JSON.stringify(cell));
      })
    );
  }
  return out;
}

function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter(key => before.get(key) !== after.get(key));
}

describe('OKRs columns and Settings rows found by developer metadata', () => {
  it('ignores a user column titled "Current" inserted left of ours, for reading and for saving', () => {
    const wb = createWorkbook(standardKrs());
    const current = wb.okrColumns.current!;
    wb.okrs.insertColumnBefore(current + 1); // the user's column, where ours was
    wb.okrs.getRange(1, current + 1).setValue('Current');
    wb.okrs.getRange(2, current + 1).setValue(999);
    const data = load(wb);
    const kr = allKrs(data).find(k => k.id === 'KR-0001')!;
    expect(kr.current).toBe(104);
    const result = wb.rt.runServer('saveCheckin', { entries: [entryFor(kr, '110')] }) as SaveResult;
    expect(result.saved).toEqual(['KR-0001']);
    expect(wb.okrs.getRange(2, current + 2).getValue()).toBe(110); // ours, moved one column right
    expect(wb.okrs.getRange(2, current + 1).getValue()).toBe(999); // the user's, untouched
  });

  it('reads a renamed header and columns inserted anywhere as before', () => {
    const wb = createWorkbook(standardKrs());
    wb.okrs.getRange(1, wb.okrColumns.target! + 1).setValue('Goal');
    wb.okrs.getRange(1, wb.okrColumns.current! + 1).setValue('Now');
    wb.okrs.insertColumnBefore(1);
    wb.okrs.insertColumnsBefore(6, 2);
    const kr = allKrs(load(wb)).find(k => k.id === 'KR-0002')!;
    expect([kr.target, kr.current, kr.progress]).toEqual([100, 60, 0.2]);
  });

  it('finds Settings rows by metadata after a label is renamed and rows are inserted above', () => {
    const wb = createWorkbook([
      { id: 'KR-0001', objective: 'O', keyResult: 'K', kind: 'Increase', start: 0, target: 100, current: 30 },
    ]);
    const settings = wb.rt.spreadsheet.getSheetByName('Settings')!;
    const labels = settings
      .getRange('A1:A10')
      .getValues()
      .map(r => r[0]);
    const asOf = labels.indexOf('As of (for pace)') + 1;
    settings.getRange(asOf, 2).setValue(new Date(2026, 9, 20)); // early in the quarter: 30 % is on track
    settings.getRange(asOf, 1).setValue('Reference day');
    settings.insertRowsBefore(2, 3);
    expect(allKrs(load(wb))[0].status).toBe('onTrack');
  });
});

describe('re-install over a heavily edited workbook', () => {
  it('changes 0 user cells (every cell compared) and reports a renamed header instead of reverting it', () => {
    const wb = createWorkbook(standardKrs());
    const { rt, okrs } = wb;
    // Renamed header, user columns with their own styled headers, a user "Current" column inside the table.
    okrs.getRange(1, wb.okrColumns.target! + 1).setValue('Goal');
    const width = okrs.getLastColumn();
    okrs.getRange(1, width + 1, 1, 2).setValues([['Budget', 'Team']]);
    okrs
      .getRange(1, width + 1, 1, 2)
      .setBackground('#ff0000')
      .setFontWeight('normal');
    okrs.getRange(2, width + 1, 2, 2).setValues([
      [1200, 'Growth'],
      [800, 'Content'],
    ]);
    okrs.insertColumnBefore(wb.okrColumns.current! + 1);
    okrs.getRange(1, wb.okrColumns.current! + 1).setValue('Current');
    // A date format of the user's on Last check-in; a percent KR formatted as such.
    const lastCheckin = okrs.getRange(1, 1, 1, okrs.getLastColumn()).getValues()[0].indexOf('Last check-in');
    okrs.getRange(2, lastCheckin + 1, 4, 1).setNumberFormat('dd/mm/yyyy');
    okrs.getRange(4, wb.okrColumns.start! + 1, 1, 2).setNumberFormat('0.0%');
    // The Dashboard's labels in the team's words; a renamed Settings label and a note row.
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard')!;
    dashboard.getRange('A1').setValue('Marketing OKRs');
    dashboard.getRange('A3:B3').setValues([['By status', '#']]);
    dashboard.getRange('A10').setValue('Objective (Q4)');
    const settings = rt.spreadsheet.getSheetByName('Settings')!;
    settings.getRange('A2').setValue('Quarter');
    settings.getRange('A12:B12').setValues([['Note', 'Review every Monday']]);

    const before = allCells(wb);
    rt.call('installTemplate');
    const after = allCells(wb);
    expect(changedCells(before, after)).toEqual([]);
    expect(before.size).toBeGreaterThan(200);
    expect(rt.ui.toasts.at(-1)?.message).toContain('"Goal" (Target)');
  });
});
