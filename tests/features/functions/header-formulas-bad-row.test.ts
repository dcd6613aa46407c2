// QA case: the template computes whole columns with ONE formula in each header cell over open-ended ranges. One
// Current cell holding text must flag that row only, never collapse Progress, Bar, Objective progress and Status.
// Runs the built dist/Code.js in the local runtime, on a sheet laid out as the template lays out the OKRs sheet.
import { createRuntime, type Runtime } from '../../../dev/runtime';

// The language argument the template passes, from Settings!B7.
const LOCALE = 'IF(LEFT(Settings!$B$7, 2)="fr", "fr", "en")';
const TENTHS = 'ROUND(10*IF(I2:I>1, 1, IF(I2:I<0, 0, I2:I)))';
const HEADER_FORMULAS: Record<string, string> = {
  I1: `={"Progress"; OKR_PROGRESS(H2:H, G2:G, F2:F, E2:E, ${LOCALE})}`,
  J1: `={"Bar"; ARRAYFORMULA(IF(ISNUMBER(I2:I), REPT("█", ${TENTHS}) & REPT("░", 10-${TENTHS}), ""))}`,
  K1: `={"Objective progress"; OKR_ROLLUP(B2:B, I2:I, "", ${LOCALE})}`,
  L1: `={"Status"; OKR_STATUS(I2:I, Settings!$B$3, Settings!$B$4, Settings!$B$5, ${LOCALE})}`,
};

function okrWorkbook(language: string): Runtime {
  const rt = createRuntime({
    locale: 'en_US',
    sheets: ['OKRs', 'Settings'],
    now: new Date(2026, 4, 16, 9, 0),
  });
  rt.spreadsheet
    .getSheetByName('Settings')!
    .getRange('A1:B7')
    .setValues([
      ['Setting', 'Value'],
      ['Period', 'Q2 2026'],
      ['Period start', new Date(2026, 3, 1)],
      ['Period end', new Date(2026, 5, 30)],
      ['As of (for pace)', new Date(2026, 4, 16)], // halfway: 0.5 expected
      ['Default KR type', 'Aspirational'],
      ['Language', language],
    ]);
  const okrs = rt.spreadsheet.getSheetByName('OKRs')!;
  okrs.getRange('A1:H7').setValues([
    ['ID', 'Objective', 'Key result', 'Owner', 'Kind', 'Start', 'Target', 'Current'],
    ['KR-1', 'Grow inbound leads', 'Leads per month', 'Léa', 'Increase', 100, 200, 175],
    ['KR-2', '', 'Churn', 'Léa', 'Réduire', 0.08, 0.04, 'abc'],
    ['KR-3', '', 'Webinars', 'Tom', '', 0, 120, ''],
    ['KR-4', 'Publish the white paper', 'Published', 'Tom', 'Jalon', '', '', true],
    ['KR-5', '', 'Downloads', 'Tom', 'Increase', 0, 50, 10],
    ['', '', '', '', '', '', '', ''],
  ]);
  for (const [cell, formula] of Object.entries(HEADER_FORMULAS)) okrs.getRange(cell).setFormula(formula);
  return rt;
}

function computedColumns(rt: Runtime): (string | number)[][] {
  return rt.spreadsheet.getSheetByName('OKRs')!.getRange('I1:L7').getValues() as (string | number)[][];
}

describe('header-row formulas with one bad Current cell', () => {
  it('flag that row only, in English, and compute every other row', () => {
    const rt = okrWorkbook('English');
    for (const cell of Object.keys(HEADER_FORMULAS)) expect(rt.cellError('OKRs', cell)).toBeNull();
    const [progress, bar, rollup, status] = [0, 1, 2, 3].map(c => computedColumns(rt).map(r => r[c]));
    expect(progress).toEqual(['Progress', 0.75, "⚠ Current: 'abc' is not a number", '', 1, 0.2, '']);
    expect(bar).toEqual(['Bar', '████████░░', '', '', '██████████', '██░░░░░░░░', '']);
    // The flagged KR makes its objective incomplete (never the higher mean of the others).
    expect(rollup).toEqual([
      'Objective progress',
      '⚠ Incomplete: 1 key result has an error or no target',
      '',
      '',
      0.6,
      '',
      '',
    ]);
    expect(status).toEqual(['Status', 'On track', '', '', 'Done', 'Off track', '']);
  });

  it('flag that row in French when Settings says Français', () => {
    const rt = okrWorkbook('Français');
    const [progress, , rollup, status] = [0, 1, 2, 3].map(c => computedColumns(rt).map(r => r[c]));
    expect(progress[2]).toBe("⚠ Actuel : «\u202Fabc\u202F» n'est pas un nombre");
    expect(rollup).toEqual([
      'Objective progress',
      '⚠ Incomplet : 1 résultat clé a une erreur ou pas de cible',
      '',
      '',
      0.6,
      '',
      '',
    ]);
    expect(status).toEqual(['Status', 'En bonne voie', '', '', 'Terminé', 'En retard', '']);
  });

  it('compute the row again once the value is corrected', () => {
    const rt = okrWorkbook('English');
    rt.spreadsheet.getSheetByName('OKRs')!.getRange('H3').setValue(0.06);
    const rows = computedColumns(rt);
    expect(rows[2]).toEqual([0.5, '█████░░░░░', '', 'On track']);
    expect(rows[1][2]).toBe(0.625);
  });
});
