// Issue 11's "figures that disagree": each case through the built bundle in the local runtime, every surface
// compared (the sheet's computed columns, getCheckinData for the sidebar, the weekly review, the Dashboard).
// Each of these failed before the figures module (src/engine/figures.ts).
import type { CheckinData } from '../../src/checkin/types';
import { parseKrType } from '../../src/template/settings';
import { readCommitment } from '../../src/engine/figures';
import { allKrs, createWorkbook, okrCell, type TestWorkbook } from '../checkin/workbook';

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
      expect(parseKrType(value)).toBe(readCommitment(value));
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
