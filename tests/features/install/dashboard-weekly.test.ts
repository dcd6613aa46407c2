// The Dashboard's weekly table through the built bundle: overall progress as of each week from the check-in log,
// and the repair of the per-row AVERAGEIF formulas older installs wrote.
import type { CheckinData, CheckinEntry, CheckinKr } from '../../../src/features/checkin/types';
import type { Runtime } from '../../../dev/runtime';
import { examplesRuntime, installedRuntime, NOW } from '../../support/workbook';
import { dashboardCell } from '../../../src/features/install/dashboard';

function krs(rt: Runtime): CheckinKr[] {
  return (rt.runServer('getCheckinData') as CheckinData).objectives.flatMap(o => o.krs);
}

function checkIn(rt: Runtime, updates: [CheckinKr, number][]): void {
  const entries: CheckinEntry[] = updates.map(([kr, value]) => ({
    id: kr.id,
    loadedCurrent: kr.current,
    loadedConfidence: kr.confidence,
    value: String(value),
    confidence: String(kr.confidence),
    comment: '',
  }));
  rt.runServer('saveCheckin', { entries });
}

/** Week and overall progress of the weekly table's filled rows (D11:E). */
function weeklyRows(rt: Runtime): [unknown, unknown][] {
  return rt
    .sheetValues('Dashboard')
    .slice(10)
    .filter(row => row[3] !== '' && row[3] !== undefined)
    .map(row => [row[3], row[4]]);
}

describe('Dashboard: overall progress per week', () => {
  it('averages every KR checked in so far at its latest progress, week by week', () => {
    const rt = examplesRuntime({ locale: 'en_US', now: new Date('2026-11-17T10:00:00Z') });
    const [first, second, , , fifth] = krs(rt);
    checkIn(rt, [[first, first.current as number]]); // week 47: one KR
    const w47 = first.progress as number;
    rt.setNow(NOW);
    const now = krs(rt);
    checkIn(rt, [
      [now[1], second.current as number],
      [now[4], fifth.current as number],
    ]);
    const rows = weeklyRows(rt);
    expect(rows.map(r => r[0])).toEqual(['2026-W47', '2026-W48']);
    expect(rows[0][1]).toBeCloseTo(w47, 10);
    const expected = (w47 + (second.progress as number) + (fifth.progress as number)) / 3;
    expect(rows[1][1]).toBeCloseTo(expected, 10);
    expect(rt.sheetValues('Dashboard')[9][4]).toBe('Overall progress');
  });

  it('gives column A room for objective names and sets the title in bold', () => {
    const rt = installedRuntime();
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard')!;
    expect(dashboard.getColumnWidth(1)).toBeGreaterThanOrEqual(250);
    expect(dashboard.getRange(dashboardCell('title')).getFontWeight()).toBe('bold');
    expect(dashboard.getRange(dashboardCell('weeklyProgress')).getFontWeight()).toBe('bold');
    expect(dashboard.getRange(dashboardCell('objectives')).getFontWeight()).toBe('normal');
  });
});

describe('Dashboard repair', () => {
  it('replaces the per-row AVERAGEIF formulas of an old install with one formula and keeps the chart', () => {
    const rt = installedRuntime({ locale: 'fr_FR' });
    const dashboard = rt.spreadsheet.getSheets().find(s => s.getName() === 'Tableau de bord')!;
    const newFormula = dashboard.getRange(dashboardCell('weeklyProgress')).getFormula();
    const old = Array.from({ length: 53 }, (_, i) => [
      `=IF(D${i + 11}=""; ""; AVERAGEIF('Suivi hebdo'!$B$2:$B; D${i + 11}; 'Suivi hebdo'!$H$2:$H))`,
    ]);
    dashboard.getRange('E11:E63').setFormulas(old);
    dashboard.getRange(dashboardCell('weeklyProgress')).setValue('Progression');
    const log = rt.spreadsheet.getSheetByName('Suivi hebdo')!;
    log.getRange(2, 1, 3, 8).setValues([
      ['', '2026-W47', 'KR-0001', '', '', '', '', 1],
      ['', '2026-W48', 'KR-0002', '', '', '', '', 0.5],
      ['', '2026-W48', 'KR-0001', '', '', '', '', 0.6],
    ]);
    expect(rt.sheetValues('Tableau de bord')[11][4]).toBeCloseTo(0.55, 10); // the old weekly average

    rt.call('installTemplate');
    const formulas = rt.sheetFormulas('Tableau de bord');
    expect(formulas[9][4]).toBe(newFormula);
    expect(newFormula).toMatch(/^=OKR_WEEKLY_PROGRESS\(D10:D63; /);
    expect(formulas.slice(10, 63).every(row => (row[4] ?? '') === '')).toBe(true);
    const values = rt.sheetValues('Tableau de bord');
    // E10 now holds the weekly formula, whose header argument heads the column: the old install's label there
    // was the add-on's own text, replaced by the formula.
    expect(values[9][4]).toBe('Progression globale');
    expect(values[10][4]).toBe(1);
    expect(values[11][4]).toBeCloseTo(0.55, 10); // KR-0001 at 0.6, KR-0002 at 0.5
    expect(dashboard.getCharts().map(c => c.getRanges()[0].getA1Notation())).toContain('D10:E63');
    expect(rt.ui.toasts.at(-1)?.message).toContain('Tableau de bord rétabli.');
  });
});
