// Property (issue 11 §1): for 1,000 random workbooks, the sheet's computed columns (the custom functions, as the
// template's formulas call them) and the sidebar / weekly review payload (buildCheckinData, what getCheckinData
// returns) show the same figure for every KR, objective and the overall. This runs the modules in-process; the
// same property through the built bundle in the local runtime is cross-surface.runtime.test.ts (fewer runs).
import fc from 'fast-check';
import { buildCheckinData } from '../../../src/features/checkin/payload';
import type { CheckinData } from '../../../src/features/checkin/types';
import { LogEntry } from '../../../src/features/checkin/log-entries';
import { OKR_OVERALL } from '../../../src/features/functions/okr-overall';
import { OKR_PROGRESS } from '../../../src/features/functions/okr-progress';
import { OKR_ROLLUP } from '../../../src/features/functions/okr-rollup';
import { OKR_STATUS } from '../../../src/features/functions/okr-status';
import { addDays } from '../../../src/core/dates';
import { COLUMNS, emptyFormulas, okrRow } from '../../support/rows';
import { day, workbook, type GenWorkbook } from './generators';
import { expectSameFigures, type SheetFigures } from './surfaces';

const TODAY = '2026-11-24';
const col = (values: unknown[]) => values.map(v => [v]) as never;

/** What the sheet shows, computed by the custom functions as the template's header formulas call them. */
function sheetFigures(wb: GenWorkbook): SheetFigures {
  const locale = wb.lang === 'fr' ? 'Français' : 'English';
  const k = wb.krs;
  const progress = (
    OKR_PROGRESS(
      col(k.map(r => r.current)),
      col(k.map(r => r.target)),
      col(k.map(r => r.start)),
      col(k.map(r => r.kind)),
      locale
    ) as unknown[][]
  ).map(r => r[0]);
  const start = wb.period ? day(wb.period.start) : '';
  const end = wb.period ? day(wb.period.end) : '';
  const status = (OKR_STATUS(col(progress), start, end, day(wb.asOf), locale) as unknown[][]).map(r => r[0]);
  const objectives = col(k.map(r => r.objective));
  const rollup = (OKR_ROLLUP(objectives, col(progress), '', locale) as unknown[][]).map(r => r[0]);
  const overall = OKR_OVERALL(objectives, col(progress), '', locale);
  return { progress, status, rollup, overall };
}

function sidebarData(wb: GenWorkbook): CheckinData {
  const rows = wb.krs.map((kr, i) =>
    okrRow(i + 2, {
      id: kr.id,
      objective: kr.objective,
      keyResult: kr.keyResult,
      kind: kr.kind,
      start: kr.start,
      target: kr.target,
      current: kr.current,
      confidence: kr.confidence,
    })
  );
  const log: LogEntry[] = wb.log.map(entry => ({
    date: addDays(TODAY, -entry.daysAgo),
    krId: wb.krs[entry.krIndex].id,
    previous: null,
    value: entry.value,
    confidence: null,
    comment: '',
  }));
  return buildCheckinData({
    lang: wb.lang,
    today: TODAY,
    columns: COLUMNS,
    rows,
    formulas: emptyFormulas(rows.length + 1),
    log,
    periodStart: wb.period ? day(wb.period.start) : null,
    periodEnd: wb.period ? day(wb.period.end) : null,
    asOf: day(wb.asOf),
  });
}

describe('every surface shows the same figure (1,000 random workbooks, modules in-process)', () => {
  it('KR progress and status, objective progress, overall progress', () => {
    let withErrors = 0;
    let withNumbers = 0;
    fc.assert(
      fc.property(workbook, wb => {
        const sheet = sheetFigures(wb);
        expectSameFigures(wb, sheet, sidebarData(wb));
        if (sheet.progress.some(p => typeof p === 'string' && p !== '')) withErrors++;
        if (typeof sheet.overall === 'number') withNumbers++;
      }),
      { numRuns: 1000, seed: 20261124 }
    );
    // The generator reaches both sides: workbooks with KRs in error, and workbooks with an overall figure.
    expect(withErrors).toBeGreaterThan(100);
    expect(withNumbers).toBeGreaterThan(100);
  });

  it('weights: OKR_ROLLUP and OKR_OVERALL agree on the weighted objectives', () => {
    fc.assert(
      fc.property(workbook, wb => {
        const locale = wb.lang === 'fr' ? 'fr' : 'en';
        const k = wb.krs;
        const progress = OKR_PROGRESS(
          col(k.map(r => r.current)),
          col(k.map(r => r.target)),
          col(k.map(r => r.start)),
          col(k.map(r => r.kind)),
          locale
        ) as unknown[][];
        const objectives = col(k.map(r => r.objective));
        const weights = col(k.map(r => r.weight));
        const rollup = (OKR_ROLLUP(objectives, progress as never, weights, locale) as unknown[][]).map(
          r => r[0]
        );
        const overall = OKR_OVERALL(objectives, progress as never, weights, locale);
        const firstRows = rollup.filter((_, i) => k[i].objective !== '' && firstOf(k, i));
        if (firstRows.some(v => typeof v === 'string' && v !== '')) expect(String(overall)).toMatch(/^⚠/);
        else {
          const numbers = firstRows.filter((v): v is number => typeof v === 'number');
          if (numbers.length === 0) expect(overall).toBe('');
          else expect(overall).toBeCloseTo(numbers.reduce((a, b) => a + b, 0) / numbers.length, 9);
        }
      }),
      { numRuns: 1000, seed: 7 }
    );
  });
});

function firstOf(krs: GenWorkbook['krs'], i: number): boolean {
  return krs.findIndex(k => k.objective === krs[i].objective) === i;
}
