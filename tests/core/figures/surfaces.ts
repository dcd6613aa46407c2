// The cross-surface assertion shared by the property tests: the sheet's figures against the sidebar's and review's.
import { formatRollup } from '../../../src/features/checkin/summary';
import type { CheckinData } from '../../../src/features/checkin/types';
import { statusLabel } from '../../../src/i18n/labels';
import type { GenWorkbook } from './generators';

/** What the sheet shows, row by row (KRs in the generator's order), and the overall (OKR_OVERALL). */
export interface SheetFigures {
  progress: unknown[];
  status: unknown[];
  rollup: unknown[];
  overall: unknown;
}

/** Asserts that the sheet's figures and the sidebar's / review's are the same figure, KR by KR. */
export function expectSameFigures(wb: GenWorkbook, sheet: SheetFigures, data: CheckinData): void {
  const lang = wb.lang;
  const krs = new Map(data.objectives.flatMap(o => o.krs).map(kr => [kr.id, kr]));
  wb.krs.forEach((genKr, i) => {
    const kr = krs.get(genKr.id)!;
    const shown = sheet.progress[i];
    if (typeof shown === 'number') {
      expect(kr.progress).not.toBeNull();
      expect(Math.min(1, Math.max(0, kr.progress!))).toBeCloseTo(shown, 9);
      expect(sheet.status[i]).toBe(kr.status === 'none' ? '' : statusLabel(lang, kr.status));
    } else if (shown === '') {
      expect([kr.progress, kr.progressError, kr.status]).toEqual([null, '', 'none']);
      expect(sheet.status[i]).toBe('');
    } else {
      expect([kr.progress, kr.status]).toEqual([null, 'none']);
      expect(shown).toBe(`\u26A0 ${kr.progressError}`);
      expect(sheet.status[i]).toBe('');
    }
  });
  // Objectives: the first row of each named objective in the sheet, the objective of that name in the sidebar
  // and in the review.
  const seen = new Set<string>();
  let current = '';
  wb.krs.forEach((genKr, i) => {
    if (genKr.objective !== '') current = genKr.objective;
    if (current === '' || seen.has(current) || genKr.objective === '') return;
    seen.add(current);
    const objective = data.objectives.find(o => o.name === current)!;
    const reviewed = data.review.objectives.find(o => o.name === current)!;
    const shown = sheet.rollup[i];
    for (const o of [objective, reviewed]) {
      if (typeof shown === 'number') expect(o.progress).toBeCloseTo(shown, 9);
      else if (shown === '') expect([o.progress, o.incomplete]).toEqual([null, 0]);
      else expect(formatRollup(o.progress, o.incomplete, 'objective', lang)).toBe(shown);
    }
  });
  const overall = sheet.overall;
  if (typeof overall === 'number') expect(data.review.overall).toBeCloseTo(overall, 9);
  else if (overall === '') expect([data.review.overall, data.review.overallIncomplete]).toEqual([null, 0]);
  else
    expect(formatRollup(data.review.overall, data.review.overallIncomplete, 'overall', lang)).toBe(overall);
}
