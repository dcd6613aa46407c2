import { KR_KINDS } from '../../../src/core/kinds';
import { commitmentLabel, kindLabel, labelsInEveryLang, statusLabel } from '../../../src/i18n/labels';
import type { Lang } from '../../../src/i18n/lang';
import {
  DASHBOARD_AREA,
  dashboardAnchor,
  dashboardCell,
  dashboardLayout,
  PERIOD_TABLES_ANCHOR,
} from '../../../src/features/install/dashboard';
import {
  LOG_FORMAT_POLICY,
  okrFormatPolicy,
  PERCENT_FORMAT,
  settingsFormatPolicy,
  STATUS_COLORS,
  STATUS_ORDER,
} from '../../../src/features/install/formats';
import { okrSteps, planSettings, planTableHeader, settingsSteps } from '../../../src/features/install/plan';
import { periodTables } from '../../../src/features/period/dashboard-tables';
import { COMPUTED_KEYS } from '../../../src/schema/formulas';
import { CHECKIN_COLUMNS, CONFIDENCE_RANGE, OKR_COLUMNS } from '../../../src/schema/layout';
import { languageName } from '../../../src/i18n/schema-labels';

const LANGS: Lang[] = ['en', 'fr'];
const NOW = new Date(2026, 10, 24, 10);

/** 1-based [row, col] of an A1 cell. */
function cellOf(a1: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(digits), col];
}
const rectOf = (a1: string) => {
  const [from, to] = a1.split(':').map(cellOf);
  return { top: from[0], left: from[1], bottom: to[0], right: to[1] };
};

describe.each(LANGS)('the OKRs sheet format policy (%s)', lang => {
  const policy = okrFormatPolicy(lang);

  it('formats and protects every computed column: percent, or the status chips', () => {
    for (const key of COMPUTED_KEYS) {
      const formatted = policy.numberFormats[key] === PERCENT_FORMAT || key === 'status';
      expect([key, formatted]).toEqual([key, true]);
    }
    expect([...policy.protectedColumns].sort()).toEqual([...COMPUTED_KEYS].sort());
  });

  it('gives every status a chip in every language, in the one legend colour', () => {
    for (const status of STATUS_ORDER) {
      for (const label of labelsInEveryLang(statusLabel, status)) {
        expect(policy.statusChips).toContainEqual({
          equals: label,
          background: STATUS_COLORS[status].background,
          text: STATUS_COLORS[status].text,
        });
      }
    }
    expect(new Set(policy.statusChips.map(chip => chip.background))).toEqual(
      new Set(Object.values(STATUS_COLORS).map(c => c.background))
    );
    // Repair recognises its own rules (and only those: a user's rule of another colour is kept).
    expect(new Set(policy.ourRuleBackgrounds)).toEqual(
      new Set(policy.statusChips.map(chip => chip.background))
    );
  });

  it('has positive widths on our own columns', () => {
    const keys = OKR_COLUMNS.map(c => c.key) as string[];
    for (const [key, px] of Object.entries(policy.widths)) {
      expect(keys).toContain(key);
      expect(px).toBeGreaterThan(0);
    }
    expect(LOG_FORMAT_POLICY.width).toBeGreaterThan(0);
    expect(settingsFormatPolicy(lang).width).toBeGreaterThan(0);
  });

  it('takes its dropdown words from the catalogue and its number ranges from the layout', () => {
    expect(policy.validations.kind).toEqual({
      type: 'list',
      values: KR_KINDS.map(kind => kindLabel(lang, kind)),
      allowInvalid: true,
    });
    expect(policy.validations.confidence).toMatchObject({
      type: 'number',
      min: CONFIDENCE_RANGE.min,
      max: CONFIDENCE_RANGE.max,
      allowInvalid: false,
    });
    expect(policy.validations.weight).toMatchObject({ type: 'number', min: 0, allowInvalid: false });
    const settings = settingsFormatPolicy(lang).validations;
    expect(settings.krType).toMatchObject({
      values: [commitmentLabel(lang, 'committed'), commitmentLabel(lang, 'aspirational')],
    });
    expect(settings.language).toMatchObject({ values: LANGS.map(languageName) });
  });
});

describe('install steps from the policy', () => {
  const columns = planTableHeader(OKR_COLUMNS, null, 'en').columns;

  it('styles a new OKRs sheet fully and a repaired one only where a column was put back', () => {
    const created = okrSteps('en', true, columns, [], [{ row: 1, col: 1, value: 'ID' }]);
    expect(created.map(s => s.type)).toEqual(expect.arrayContaining(['frozen', 'widths', 'values', 'chips']));
    const repaired = okrSteps('en', false, columns, ['owner'], []);
    expect(repaired.filter(s => s.type === 'frozen' || s.type === 'widths' || s.type === 'values')).toEqual(
      []
    );
    const headerStyles = repaired.filter(s => s.type === 'style' && s.background !== undefined);
    expect(headerStyles).toEqual([expect.objectContaining({ a1: 'D1', bold: true })]);
    expect(repaired).toContainEqual(expect.objectContaining({ type: 'protectRanges', onlyMissing: true }));
  });

  it("puts the Settings dropdowns on the new sheet's own rectangle, and on column B on repair", () => {
    const plan = planSettings(null, 'en', NOW);
    const created = settingsSteps('en', true, plan.rows, plan.writes);
    const values = created.find(s => s.type === 'values')!;
    expect(created.find(s => s.type === 'validations')).toMatchObject({
      a1: 'a1' in values ? values.a1 : '',
    });
    const repaired = settingsSteps('en', false, plan.rows, []);
    expect(repaired).toEqual([
      expect.objectContaining({ type: 'validations', a1: `B1:B${plan.rows.language}` }),
    ]);
  });
});

describe('the Dashboard table', () => {
  const layout = dashboardLayout('en', {
    settings: { sheetName: 'Settings', rows: planSettings(null, 'en', NOW).rows },
    okrSheet: 'OKRs',
    okrColumns: planTableHeader(OKR_COLUMNS, null, 'en').columns,
    checkinSheet: 'Check-ins',
    checkinColumns: planTableHeader(CHECKIN_COLUMNS, null, 'en').columns,
  });
  const area = rectOf(DASHBOARD_AREA);

  it('writes every cell inside its area, and formats the whole area', () => {
    for (const cell of layout.cells) {
      expect(cell.row).toBeLessThanOrEqual(area.bottom);
      expect(cell.col).toBeLessThanOrEqual(area.right);
    }
    expect(layout.numberFormats).toHaveLength(area.bottom);
    expect(layout.numberFormats.every(row => row.length === area.right)).toBe(true);
  });

  it('reads its charts from its own tables and keeps the period tables clear of both', () => {
    for (const chart of layout.charts) {
      const range = rectOf(chart.range);
      expect(range.bottom).toBeLessThanOrEqual(area.bottom);
      expect(chart.col).toBeGreaterThan(area.right);
    }
    expect(PERIOD_TABLES_ANCHOR.row).toBeGreaterThan(area.bottom);
    const tables = periodTables(
      'en',
      {
        sheetName: 'History',
        columns: { period: 0, owner: 1, grade: 2, closingStatus: 3, progress: 4, reopenedAt: 5 },
      },
      'Settings!$B$7'
    )!;
    expect(cellOf(tables.a1.split(':')[0])).toEqual([PERIOD_TABLES_ANCHOR.row, PERIOD_TABLES_ANCHOR.col]);
  });

  it('gives each status label its legend colour, next to its count', () => {
    STATUS_ORDER.forEach(status => {
      const { row, col } = dashboardAnchor(`${status}Label`);
      expect(layout.cells).toContainEqual({ row, col, value: statusLabel('en', status) });
      expect(layout.backgrounds[row - 1][col - 1]).toBe(STATUS_COLORS[status].background);
      expect(cellOf(dashboardCell(`${status}Count`))).toEqual([row, col + 1]);
    });
  });

  it('shows progress as percent where it lists progress', () => {
    for (const key of ['overall', 'objectiveProgress', 'weeklyValues'] as const) {
      const { row, col } = dashboardAnchor(key);
      expect(layout.numberFormats[row - 1][col - 1]).toBe(PERCENT_FORMAT);
    }
  });
});
