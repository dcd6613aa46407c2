// Issue 13: the Weight column and the headline overall figure, through the built bundle in the local runtime.
import type { CheckinData } from '../../../src/features/checkin/types';
import { objectiveFiguresByRow } from '../../../src/core/figures';
import { clamp01 } from '../../../src/core/progress';
import { formatPercent } from '../../../src/i18n/format';
import type { Lang } from '../../../src/i18n/lang';
import { OKR_COLUMNS, type OkrColumnKey } from '../../../src/schema/layout';
import { installedRuntime, sheetCells } from '../../support/workbook';
import { col } from './runtime-helpers';
import { dashboardCell } from '../../../src/features/install/dashboard';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

const header = (key: OkrColumnKey, lang: Lang) =>
  columnLabel(
    lang,
    OKR_COLUMNS.find(c => c.key === key)!
  );

function okrColumn(rt: ReturnType<typeof installedRuntime>, key: OkrColumnKey, lang: Lang = 'en'): number {
  return col(rt, sheetName(lang, 'okrs'), header(key, lang));
}

/** The headline cell of the OKRs sheet: the one header-row formula calling OKR_OVERALL. */
function okrHeadline(rt: ReturnType<typeof installedRuntime>, lang: Lang = 'en') {
  const name = sheetName(lang, 'okrs');
  const index = rt.sheetFormulas(name)[0].findIndex(f => /^=OKR_OVERALL\(/.test(f));
  return { index, text: rt.sheetValues(name)[0][index] as string };
}

describe('Weight column', () => {
  it.each([
    ['en_US', 'en'],
    ['fr_FR', 'fr'],
  ] as const)('is installed after the table in %s, validated as a number of 0 or more', (locale, lang) => {
    const rt = installedRuntime({ locale });
    const name = sheetName(lang, 'okrs');
    const weight = okrColumn(rt, 'weight', lang);
    expect(rt.sheetValues(name)[0][weight]).toBe(lang === 'fr' ? 'Poids' : 'Weight');
    expect(weight).toBe(okrColumn(rt, 'notes', lang) + 1);
    const rule = rt.spreadsheet
      .getSheetByName(name)!
      .getRange(5, weight + 1)
      .getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(rule.getCriteriaValues()).toEqual([0]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toMatch(lang === 'fr' ? /vide = 1/ : /blank = 1/);
    // The Objective progress formula reads it.
    const letter = String.fromCharCode(65 + weight);
    expect(rt.sheetFormulas(name)[0][okrColumn(rt, 'objectiveProgress', lang)]).toContain(
      `${letter}1:${letter}`
    );
  });

  it('weights the objective progress (blank = 1), as the engine does, and the check-in shows the same figure', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const weight = okrColumn(rt, 'weight');
    const progress = okrColumn(rt, 'progress');
    const objectiveProgress = okrColumn(rt, 'objectiveProgress');
    const before = rt.sheetValues('OKRs')[1][objectiveProgress] as number;
    sheet.getRange(2, weight + 1).setValue(3);
    const rows = rt.sheetValues('OKRs').slice(1);
    const objective = okrColumn(rt, 'objective');
    const objectives = rows.map(r => r[objective]);
    const progresses = rows.map(r => (typeof r[progress] === 'number' ? (r[progress] as number) : null));
    const weights = rows.map(r => (typeof r[weight] === 'number' ? (r[weight] as number) : null));
    const expected = objectiveFiguresByRow(
      objectives,
      progresses.map((p, i) => ({
        figure:
          p === null ? { state: 'blank' as const } : { state: 'ok' as const, progress: clamp01(p), raw: p },
        weight: weights[i],
      }))
    ).map(f => f?.progress ?? null);
    expect(rows[0][objectiveProgress]).toBeCloseTo(expected[0]!, 9);
    expect(rows[0][objectiveProgress]).not.toBeCloseTo(before, 6);
    const data = rt.runServer('getCheckinData') as CheckinData;
    expect(data.objectives[0].progress).toBeCloseTo(expected[0]!, 9);
    expect(data.objectives[0].krs[0].weight).toBe(3);
  });
});

describe('headline overall figure', () => {
  it.each([
    ['en_US', 'en', /^Q4 2026 overall: \d+%$/],
    ['fr_FR', 'fr', /^T4 2026, progression globale : \d+\u202F%$/],
  ] as const)(
    'shows on the OKRs header row beyond the table and on the Dashboard (%s)',
    (locale, lang, shape) => {
      const rt = installedRuntime({ locale });
      rt.call('insertExampleOkrs');
      const { index, text } = okrHeadline(rt, lang);
      // One blank column after the table's last column; the table itself is untouched.
      // (The table's last column: Carried from, appended after Weight and Commitment by the period close.)
      expect(index).toBe(okrColumn(rt, OKR_COLUMNS[OKR_COLUMNS.length - 1].key, lang) + 2);
      expect(rt.sheetValues(sheetName(lang, 'okrs'))[0][index - 1]).toBe('');
      expect(rt.sheetValues(sheetName(lang, 'okrs'))[0].slice(0, OKR_COLUMNS.length)).toEqual(
        OKR_COLUMNS.map(c => columnLabel(lang, c))
      );
      expect(text).toMatch(shape);
      // The Dashboard shows the same figure as a number under its title.
      const dashboardOverall = rt.sheetValues(sheetName(lang, 'dashboard'))[1][1] as number;
      expect(text).toContain(formatPercent(dashboardOverall, lang));
      // The same figure as the weekly review's overall.
      const data = rt.runServer('getCheckinData') as CheckinData;
      expect(text).toContain(formatPercent(data.review.overall!, lang));
    }
  );

  it('follows the period name and the figures', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    rt.spreadsheet.getSheetByName('Settings')!.getRange('B2').setValue('H2 <2026>');
    const current = okrColumn(rt, 'current');
    const target = okrColumn(rt, 'target');
    const rows = rt.sheetValues('OKRs').slice(1);
    // Every KR at its target (one write), as a user pasting the end-of-period values would.
    const column = rows.map(r => [typeof r[target] === 'number' ? r[target] : r[current]]);
    rt.spreadsheet
      .getSheetByName('OKRs')!
      .getRange(2, current + 1, column.length, 1)
      .setValues(column);
    expect(okrHeadline(rt).text).toBe('H2 <2026> overall: 100%');
  });

  it('repair adds Weight and the headline to an older workbook without moving or changing a user cell', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    // An install from before issue 13: no Weight column, no headline, OKR_ROLLUP without weights.
    const { index } = okrHeadline(rt);
    sheet.getRange(1, index + 1).clearContent();
    const weight = okrColumn(rt, 'weight');
    sheet.getRange(1, weight + 1).clearContent();
    sheet.getRange(1, weight + 1).clearDataValidations();
    const objectiveProgress = okrColumn(rt, 'objectiveProgress');
    sheet
      .getRange(1, objectiveProgress + 1)
      .setFormula('={"Objective progress"; OKR_ROLLUP(B2:B, I2:I, "", Settings!$B$7)}');
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard')!;
    dashboard.getRange(dashboardCell('overallLabel')).clearContent();
    const before = sheetCells(rt).OKRs;

    rt.call('installTemplate');
    const after = sheetCells(rt).OKRs;
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/restored headers \(Weight\)/);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/overall progress headline/);
    expect(okrColumn(rt, 'weight')).toBe(weight);
    // Every data cell a user typed (not the computed columns) is where it was, unchanged.
    const computed = new Set(OKR_COLUMNS.filter(c => c.computed).map(c => okrColumn(rt, c.key)));
    for (let r = 1; r < before.values.length; r++) {
      for (let c = 0; c < OKR_COLUMNS.length - 1; c++) {
        if (!computed.has(c)) expect([r, c, after.values[r][c]]).toEqual([r, c, before.values[r][c]]);
      }
    }
    expect(after.formulas[0][objectiveProgress]).toContain('Q1:Q');
    expect(okrHeadline(rt).text).toMatch(/^Q4 2026 overall: \d+%$/);
    expect(okrHeadline(rt).text).toContain(formatPercent(rt.sheetValues('Dashboard')[1][1] as number, 'en'));

    // A second repair changes nothing.
    const once = sheetCells(rt);
    rt.call('installTemplate');
    expect(sheetCells(rt)).toEqual(once);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/nothing to repair/);
  });

  it('moves beyond a column the user typed after the table, and never writes over a user cell', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const { index } = okrHeadline(rt);
    // The user writes their own column header in the gap, and a note where the headline would go next.
    sheet.getRange(1, index).setValue('Budget');
    sheet.getRange(1, index + 2).setValue('my note');
    rt.call('installTemplate');
    const row = rt.sheetValues('OKRs')[0];
    expect(row[index - 1]).toBe('Budget');
    expect(row[index + 1]).toBe('my note');
    const moved = okrHeadline(rt).index;
    expect(moved).toBeGreaterThan(index + 1);
    expect(rt.sheetFormulas('OKRs')[0].filter(f => /OKR_OVERALL/.test(f))).toHaveLength(1);
  });
});
