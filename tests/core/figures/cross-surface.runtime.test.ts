// Property (issue 11 §1) through the BUILT bundle in the local runtime: random workbooks are written into one
// installed spreadsheet (reset between runs), then the sheet's computed columns (the custom functions evaluated by
// the formula engine), getCheckinData (sidebar and weekly review) and the Dashboard (headline overall, progress per
// objective) must show the same figure for every KR, objective and the overall. Each run recomputes a whole
// workbook through the formula engine, so this runs 80 workbooks; the 1,000-workbook run is the in-process one
// (cross-surface.property.test.ts), over the same generator and the same assertions.
import fc from 'fast-check';
import type { Runtime } from '../../../dev/runtime';
import type { CheckinData } from '../../../src/features/checkin/types';
import { isoWeek } from '../../../src/core/dates';
import { OKR_COLUMNS } from '../../../src/schema/layout';
import { expectSameFigures } from './surfaces';
import { day, workbook, type GenWorkbook } from './generators';
import { mapColumnsByHeader } from '../../../src/schema/locate';
import { installedRuntime } from '../../support/workbook';

const ROWS = 14;

let rt: Runtime;

beforeAll(() => {
  rt = installedRuntime({ locale: 'en_US', userEmail: 'lea@example.com' });
});

function settingsCell(label: string) {
  const settings = rt.spreadsheet.getSheetByName('Settings')!;
  const labels = settings
    .getRange('A1:A10')
    .getValues()
    .map(r => r[0]);
  return settings.getRange(labels.indexOf(label) + 1, 2);
}

/** Writes the workbook over the previous one: OKRs rows, Settings, the log. */
function write(wb: GenWorkbook): Record<string, number> {
  const okrs = rt.spreadsheet.getSheetByName('OKRs')!;
  const header = okrs.getRange(1, 1, 1, OKR_COLUMNS.length).getValues()[0];
  const columns = mapColumnsByHeader(header, OKR_COLUMNS) as Record<string, number>;
  const computed = new Set(OKR_COLUMNS.filter(c => c.computed).map(c => columns[c.key]));
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const kr = wb.krs[i];
    const row: unknown[] = new Array(header.length).fill('');
    if (!kr) return row;
    for (const key of [
      'id',
      'objective',
      'keyResult',
      'kind',
      'start',
      'target',
      'current',
      'confidence',
    ] as const)
      if (!computed.has(columns[key])) row[columns[key]] = kr[key];
    return row;
  });
  // Only the input columns are written: the computed ones hold their header formulas' spill.
  for (const spec of OKR_COLUMNS.filter(c => !c.computed)) {
    okrs.getRange(2, columns[spec.key] + 1, ROWS, 1).setValues(rows.map(r => [r[columns[spec.key]]]));
  }
  settingsCell('Language').setValue(wb.lang === 'fr' ? 'Français' : 'English');
  settingsCell('Period start').setValue(wb.period ? day(wb.period.start) : '');
  settingsCell('Period end').setValue(wb.period ? day(wb.period.end) : '');
  settingsCell('As of (for pace)').setValue(day(wb.asOf));
  const log = rt.spreadsheet.getSheetByName('Check-ins')!;
  log.getRange(2, 1, 10, 11).clearContent();
  if (wb.log.length) {
    log.getRange(2, 1, wb.log.length, 11).setValues(
      wb.log.map(entry => {
        const date = new Date(2026, 10, 24 - entry.daysAgo);
        return [date, isoWeek(date), wb.krs[entry.krIndex].id, '', '', '', entry.value, '', '', '', ''];
      })
    );
  }
  return columns;
}

describe('every surface of the built add-on shows the same figure (80 random workbooks, local runtime)', () => {
  it('sheet computed columns, getCheckinData (sidebar and weekly review) and the Dashboard', () => {
    let numbers = 0;
    fc.assert(
      fc.property(workbook, wb => {
        const columns = write(wb);
        const values = rt.sheetValues('OKRs').slice(1, 1 + wb.krs.length);
        const dashboard = rt.sheetValues('Dashboard');
        const sheet = {
          progress: values.map(r => r[columns.progress]),
          status: values.map(r => r[columns.status]),
          rollup: values.map(r => r[columns.objectiveProgress]),
          overall: dashboard[1][1],
        };
        const data = rt.runServer('getCheckinData') as CheckinData;
        expect(data.lang).toBe(wb.lang);
        expectSameFigures(wb, sheet, data);
        // The Dashboard's progress per objective lists the Objective progress column where an objective is written.
        const listed = wb.krs.map((kr, i) => [kr.objective, sheet.rollup[i]]).filter(([name]) => name !== '');
        expect(dashboard.slice(10, 10 + listed.length).map(r => [r[0], r[1]])).toEqual(listed);
        if (typeof sheet.overall === 'number') numbers++;
      }),
      { numRuns: 80, seed: 42 }
    );
    expect(numbers).toBeGreaterThan(8);
  });
});
