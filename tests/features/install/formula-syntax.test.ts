// Every formula the add-on writes reads the same in every locale: `;` between arguments, no decimal number in the
// text, array literals that only stack rows. Scanned as written (before any autocorrection), through install,
// repair, the example OKRs and the dashboard, in en_US and fr_FR.
import { Workbook } from '../../../dev/runtime/workbook';
import { COMPUTED_KEYS, computedFormula } from '../../../src/schema/formulas';
import { dashboardLayout } from '../../../src/features/install/dashboard';
import { planSettings, planTableHeader } from '../../../src/features/install/plan';
import { CHECKIN_COLUMNS, OKR_COLUMNS } from '../../../src/schema/layout';
import { examplesRuntime } from '../../support/workbook';
import { sheetName } from '../../../src/i18n/schema-labels';

const originalInput = Workbook.prototype.writeInput;
const originalFormula = Workbook.prototype.writeFormula;

/** What is wrong with a formula's text for comma-decimal locales (outside string literals). */
function localeProblems(formula: string): string[] {
  const code = formula.split(/"(?:[^"]|"")*"/).join('""');
  const problems: string[] = [];
  if (code.includes(',')) problems.push('a `,` (argument separator in en_US, decimal mark in fr_FR)');
  if (code.includes('\\')) problems.push('a `\\` (array column separator)');
  if (/(?<![A-Za-z$])\d*\.\d/.test(code)) problems.push('a decimal number');
  return problems;
}

describe('the formula scanner', () => {
  it.each([
    ['=SUM(A1, A2)', 1],
    ['=A1*0.4', 1],
    ['={1\\2}', 1],
    ['={"a", "b"}', 1],
    ['=OKR_GRADE(4/10; FALSE)', 0],
    ['=CONCATENATE("a, b. 0.5"; A1)', 0],
    ['=NORM.DIST(1; 0; 1; TRUE)', 0],
  ])('finds %s to have %i problem(s)', (formula, count) => {
    expect(localeProblems(formula)).toHaveLength(count);
  });
});

describe.each([
  ['en_US', 'en'],
  ['fr_FR', 'fr'],
] as const)('every formula the add-on writes in %s', (locale, lang) => {
  it('from the plans: computed columns and dashboard, with quoted sheet names', () => {
    const columns = planTableHeader(OKR_COLUMNS, null, lang).columns;
    const settings = { sheetName: "L'équipe Q4", rows: planSettings(null, lang, new Date(2026, 10, 1)).rows };
    const formulas = [
      ...COMPUTED_KEYS.map(key => computedFormula(key, columns, settings, lang)),
      ...dashboardLayout(lang, {
        settings,
        okrSheet: sheetName(lang, 'okrs'),
        okrColumns: columns,
        checkinSheet: sheetName(lang, 'checkins'),
        checkinColumns: planTableHeader(CHECKIN_COLUMNS, null, lang).columns,
      })
        .cells.map(cell => cell.value)
        .filter((v): v is string => typeof v === 'string' && v.startsWith('=')),
    ];
    expect(formulas.length).toBeGreaterThanOrEqual(12);
    expect(formulas.flatMap(f => localeProblems(f).map(p => `${f}: ${p}`))).toEqual([]);
  });

  it('through install, examples and repair, as written to the sheet', () => {
    const written: string[] = [];
    const record = (value: unknown) => {
      if (typeof value === 'string' && value.startsWith('=')) written.push(value);
    };
    const input = jest.spyOn(Workbook.prototype, 'writeInput').mockImplementation(function (
      this: Workbook,
      ...args
    ) {
      record(args[1]);
      return originalInput.apply(this, args);
    });
    const formula = jest.spyOn(Workbook.prototype, 'writeFormula').mockImplementation(function (
      this: Workbook,
      ...args
    ) {
      record(args[1]);
      return originalFormula.apply(this, args);
    });
    try {
      const rt = examplesRuntime({ locale });
      // repair rewrites what a user broke
      const okrs = rt.spreadsheet.getSheetByName(sheetName(lang, 'okrs'))!;
      okrs.getRange('I1:M1').clearContent();
      rt.spreadsheet.getSheetByName(sheetName(lang, 'dashboard'))!.getRange('A4:E12').clearContent();
      const beforeRepair = written.length;
      rt.call('installTemplate');
      expect(beforeRepair).toBeGreaterThanOrEqual(12);
      expect(written.length - beforeRepair).toBeGreaterThanOrEqual(8);
    } finally {
      input.mockRestore();
      formula.mockRestore();
    }
    expect(written.flatMap(f => localeProblems(f).map(p => `${f}: ${p}`))).toEqual([]);
  });
});
