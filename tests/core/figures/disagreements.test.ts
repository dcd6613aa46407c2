// Issue 11's "figures that disagree": each case through the built bundle in the local runtime, every surface
// compared (the sheet's computed columns, getCheckinData for the sidebar, the weekly review, the Dashboard).
// Each of these failed before the figures module (src/core/figures.ts).
import type { CheckinData } from '../../../src/features/checkin/types';
import { parseSettings } from '../../../src/schema/settings';
import { readCommitment } from '../../../src/core/read';
import { allKrs, createWorkbook, okrCell, type TestWorkbook } from '../../support/workbook';

function load(wb: TestWorkbook): CheckinData {
  return wb.rt.runServer('getCheckinData') as CheckinData;
}

function settingsRow(wb: TestWorkbook, label: string): number {
  const values = wb.rt.sheetValues(wb.lang === 'fr' ? 'Paramètres' : 'Settings');
  return values.findIndex(row => row[0] === label) + 1;
}

describe('one figure for one KR, objective and overall, on every surface', () => {
  it("reads the text 1,500 in the workbook's language in the sheet and in the sidebar", () => {
    // French workbook: 1,500 is 1.5, so 0 -> 2 is at 75 % (today: 100 % in the sheet, 75 % in the sidebar).
    const wb = createWorkbook(
      [
        {
          id: 'KR-0001',
          objective: 'O',
          keyResult: 'K',
          kind: 'Augmenter',
          start: 0,
          target: 2,
          current: "'1,500",
        },
      ],
      [],
      'fr'
    );
    expect(okrCell(wb, 'KR-0001', 'current')).toBe('1,500');
    expect(okrCell(wb, 'KR-0001', 'progress')).toBe(0.75);
    expect(allKrs(load(wb))[0].progress).toBe(0.75);
  });

  it('gives 0.65 with a blank period the same status in the sheet and the sidebar', () => {
    // Blank period: the calendar quarter of "As of" (2026-10-01 -> 2026-12-31), As of 2026-11-24 expects ~0.59.
    const wb = createWorkbook([
      { id: 'KR-0001', objective: 'O', keyResult: 'K', kind: 'Increase', start: 0, target: 100, current: 65 },
    ]);
    const settings = wb.rt.spreadsheet.getSheetByName('Settings')!;
    settings.getRange(settingsRow(wb, 'Period start'), 2).setValue('');
    settings.getRange(settingsRow(wb, 'Period end'), 2).setValue('');
    settings.getRange(settingsRow(wb, 'As of (for pace)'), 2).setValue(new Date(2026, 10, 24));
    expect(okrCell(wb, 'KR-0001', 'status')).toBe('On track');
    expect(allKrs(load(wb))[0].status).toBe('onTrack');
  });

  it('judges pace at the Settings\' "As of" date in the sidebar, as the Status column does', () => {
    const wb = createWorkbook([
      { id: 'KR-0001', objective: 'O', keyResult: 'K', kind: 'Increase', start: 0, target: 100, current: 30 },
    ]);
    const settings = wb.rt.spreadsheet.getSheetByName('Settings')!;
    settings.getRange(settingsRow(wb, 'As of (for pace)'), 2).setValue(new Date(2026, 9, 20));
    expect(okrCell(wb, 'KR-0001', 'status')).toBe('On track');
    expect(allKrs(load(wb))[0].status).toBe('onTrack');
  });

  it('reads committed / aspirational with one rule (blank is aspirational in OKR_GRADE and in Settings)', () => {
    for (const value of [
      '',
      'Aspirational',
      'Ambitieux',
      'Committed',
      'Engagé',
      true,
      false,
      'TRUE',
      'faux',
    ]) {
      expect(parseSettings([['Default KR type', value]], 'en').krType).toBe(
        readCommitment(value, 'aspirational')
      );
    }
  });

  it("shows the weekly review's overall progress on the Dashboard, not only the KRs checked in", () => {
    // One KR checked in at 100 % in the log, the others never: the Dashboard used to say 100 %.
    const wb = createWorkbook(
      [
        {
          id: 'KR-0001',
          objective: 'A',
          keyResult: 'K1',
          kind: 'Increase',
          start: 0,
          target: 10,
          current: 10,
        },
        { id: 'KR-0002', keyResult: 'K2', kind: 'Increase', start: 0, target: 10, current: 2 },
        {
          id: 'KR-0003',
          objective: 'B',
          keyResult: 'K3',
          kind: 'Increase',
          start: 0,
          target: 10,
          current: 4,
        },
      ],
      [
        {
          date: new Date(2026, 10, 23),
          week: '2026-W48',
          krId: 'KR-0001',
          previous: 0,
          value: 10,
          progress: 1,
        },
      ]
    );
    const review = load(wb).review;
    expect(review.overall).toBeCloseTo(0.5, 10); // A: (1 + 0.2) / 2 = 0.6, B: 0.4
    const dashboard = wb.rt.sheetValues('Dashboard');
    expect(dashboard[1][0]).toBe('Overall progress now');
    expect(dashboard[1][1]).toBeCloseTo(review.overall!, 10);
  });

  it('shows an objective with a KR in error as incomplete everywhere, never the higher mean', () => {
    const wb = createWorkbook([
      { id: 'KR-0001', objective: 'A', keyResult: 'K1', kind: 'Increase', start: 0, target: 10, current: 8 },
      { id: 'KR-0002', keyResult: 'K2', kind: 'Increase', start: 0, target: 'ten', current: 2 },
    ]);
    const incomplete = '⚠ Incomplete: 1 key result has an error or no target';
    expect(okrCell(wb, 'KR-0001', 'objectiveProgress')).toBe(incomplete);
    const data = load(wb);
    expect(data.objectives[0].progress).toBeNull();
    expect(data.objectives[0].incomplete).toBe(1);
    expect(data.review.overall).toBeNull();
    expect(data.review.summary).toContain(incomplete);
    expect(wb.rt.sheetValues('Dashboard')[1][1]).toMatch(/^⚠ Incomplete: 1 objective has/);
  });

  it('flags a current typed in percent against a KR counted in points in the sheet, the sidebar and the quality check', () => {
    // "from 24 % to 28 %" stored as 24 and 28, "26 %" typed in Current reads 0.26: never a silent 0 %.
    const wb = createWorkbook([
      {
        id: 'KR-0001',
        objective: 'A',
        keyResult: 'Open rate from 24 % to 28 %',
        kind: 'Increase',
        start: 24,
        target: 28,
        current: '26%',
      },
    ]);
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(0.26);
    expect(String(okrCell(wb, 'KR-0001', 'progress'))).toMatch(
      /^⚠ Current: 0\.26 is not in the scale .*type 26/
    );
    const kr = allKrs(load(wb))[0];
    expect(kr.progress).toBeNull();
    expect(kr.progressError).toMatch(/type 26/);
    wb.rt.call('showQualityCheck');
    expect(wb.rt.ui.dialogs.at(-1)!.html).toMatch(/OKRs!H2/);
  });
});

describe('KR IDs', () => {
  it('writes only into blank ID cells: a typed 007 and a formula between new rows stay as they are', () => {
    const wb = createWorkbook([
      { id: '', objective: 'O', keyResult: 'new 1', kind: 'Increase', start: 0, target: 10, current: 1 },
      { id: "'007", keyResult: 'typed id', kind: 'Increase', start: 0, target: 10, current: 1 },
      { id: '', keyResult: 'new 2', kind: 'Increase', start: 0, target: 10, current: 1 },
      { id: '="KR-"&"0100"', keyResult: 'formula id', kind: 'Increase', start: 0, target: 10, current: 1 },
      { id: '', keyResult: 'new 3', kind: 'Increase', start: 0, target: 10, current: 1 },
    ]);
    const idCol = wb.okrColumns.id!;
    load(wb);
    const values = wb.rt
      .sheetValues('OKRs')
      .slice(1, 6)
      .map(r => r[idCol]);
    const formulas = wb.rt
      .sheetFormulas('OKRs')
      .slice(1, 6)
      .map(r => r[idCol] ?? '');
    expect(values).toEqual(['KR-0101', '007', 'KR-0102', 'KR-0100', 'KR-0103']);
    expect(formulas[3]).toBe('="KR-"&"0100"');
  });

  it('keeps the cells in between as they are when many separate blank ID cells are filled in one write', () => {
    const krs = Array.from({ length: 12 }, (_, i) => ({
      id: i % 2 === 0 ? '' : i % 4 === 1 ? `'00${i}` : `="KR-"&"09${i}"`,
      objective: i === 0 ? 'O' : '',
      keyResult: `K${i}`,
      kind: 'Increase',
      start: 0,
      target: 10,
      current: 1,
    }));
    const wb = createWorkbook(krs);
    const idCol = wb.okrColumns.id!;
    const before = wb.rt
      .sheetFormulas('OKRs')
      .slice(1, 13)
      .map(r => r[idCol] ?? '');
    load(wb);
    const values = wb.rt
      .sheetValues('OKRs')
      .slice(1, 13)
      .map(r => r[idCol]);
    const formulas = wb.rt
      .sheetFormulas('OKRs')
      .slice(1, 13)
      .map(r => r[idCol] ?? '');
    for (let i = 1; i < 12; i += 2) {
      expect(formulas[i]).toBe(before[i]);
      if (i % 4 === 1) expect(values[i]).toBe(`00${i}`);
    }
    expect(values.filter((_, i) => i % 2 === 0)).toEqual([
      'KR-0912',
      'KR-0913',
      'KR-0914',
      'KR-0915',
      'KR-0916',
      'KR-0917',
    ]);
  });

  it('never re-issues the ID of a deleted KR that only the log still names', () => {
    const wb = createWorkbook(
      [{ id: '', objective: 'O', keyResult: 'new', kind: 'Increase', start: 0, target: 10, current: 1 }],
      [
        {
          date: new Date(2026, 10, 2),
          week: '2026-W45',
          krId: 'KR-0042',
          previous: 0,
          value: 3,
          progress: 0.3,
        },
      ]
    );
    load(wb);
    expect(wb.rt.sheetValues('OKRs')[1][wb.okrColumns.id!]).toBe('KR-0043');
  });

  it('reports a duplicated ID (a copied row) in the quality check', () => {
    const wb = createWorkbook([
      {
        id: 'KR-0001',
        objective: 'O',
        keyResult: 'K',
        owner: 'A',
        kind: 'Increase',
        start: 0,
        target: 10,
        current: 1,
      },
      { id: 'KR-0002', keyResult: 'K2', owner: 'A', kind: 'Increase', start: 0, target: 10, current: 1 },
      { id: 'KR-0001', keyResult: 'K copy', owner: 'A', kind: 'Increase', start: 0, target: 10, current: 1 },
    ]);
    load(wb);
    expect(wb.rt.sheetValues('OKRs')[3][wb.okrColumns.id!]).toBe('KR-0001');
    wb.rt.call('showQualityCheck');
    expect(wb.rt.ui.dialogs.at(-1)!.html).toContain('KR-0001 is the ID of rows 2, 4');
  });
});
