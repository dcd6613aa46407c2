// The custom functions as Sheets runs them: the built dist/Code.js in the local runtime, called directly with
// Sheets' argument shapes and through formulas in cells whose computed values are read back.
import { createRuntime, type Runtime } from '../../../dev/runtime';

describe('custom functions in the built bundle', () => {
  let rt: Runtime;
  beforeEach(() => {
    rt = createRuntime({ locale: 'en_US', now: new Date(2026, 4, 16, 9, 0) });
  });

  it('are registered as custom functions, with array results', () => {
    const names = rt.customFunctions.map(f => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['OKR_PROGRESS', 'OKR_ROLLUP', 'OKR_STATUS', 'OKR_GRADE', 'OKR_PACE'])
    );
    // Every function takes ranges and answers row by row, except OKR_OVERALL: one figure for the whole period.
    for (const spec of rt.customFunctions.filter(f => f.name.startsWith('OKR_'))) {
      // OKR_OVERALL gives one figure for the whole period: a single cell.
      expect(spec.returnsArray).toBe(spec.name !== 'OKR_OVERALL');
    }
    expect(rt.customFunctions.find(f => f.name === 'OKR_PROGRESS')?.params).toEqual([
      'current',
      'target',
      'start',
      'kind',
      'locale',
      'header',
    ]);
    expect(rt.customFunctions.find(f => f.name === 'OKR_ROLLUP')?.params).toEqual([
      'objectives',
      'progress',
      'weights',
      'locale',
      'header',
    ]);
  });

  describe('called directly', () => {
    it('take scalars', () => {
      expect(rt.global.OKR_PROGRESS(55, 100, 40)).toBe(0.25);
      expect(rt.global.OKR_PROGRESS('', 100)).toBe('');
      expect(rt.global.OKR_GRADE(0.7)).toBe('Green');
    });

    it('take 2D ranges with blanks and give a column', () => {
      const current = [[50], [''], [6], ['TRUE'], ['']];
      const target = [[100], [100], [4], [''], ['']];
      const start = [[0], [''], [8], [''], ['']];
      const kind = [[''], [''], [''], ['Milestone'], ['']];
      expect(rt.global.OKR_PROGRESS(current, target, start, kind)).toEqual([[0.5], [''], [0.5], [1], ['']]);
    });

    it('take Date cells, from the host or from the script realm', () => {
      const ScriptDate = rt.global.Date as DateConstructor;
      expect(
        rt.global.OKR_STATUS(0.3, new Date(2026, 3, 1), new Date(2026, 5, 30), new Date(2026, 4, 16))
      ).toBe('At risk');
      expect(
        rt.global.OKR_STATUS(
          0.3,
          new ScriptDate(2026, 3, 1),
          new ScriptDate(2026, 5, 30),
          new ScriptDate(2026, 4, 16)
        )
      ).toBe('At risk');
      expect(
        rt.global.OKR_PACE([[new ScriptDate(2026, 3, 1)]], new Date(2026, 5, 30), new Date(2026, 4, 16))
      ).toEqual([[0.5]]);
    });

    it("use the runtime's clock when today is omitted", () => {
      // The clock is 16 May 2026: halfway through Q2 2026.
      expect(rt.global.OKR_PACE()).toBe(0.5);
      expect(rt.global.OKR_STATUS(0.3)).toBe('At risk');
    });

    it('throw errors a user can act on for single values and mismatched ranges', () => {
      expect(() => rt.global.OKR_PROGRESS('abc', 10)).toThrow("Current: 'abc' is not a number");
      expect(() => rt.global.OKR_PROGRESS([[1], [2], [3]], [[10], [10]])).toThrow(
        'Current has 3 rows but target has 2 rows'
      );
    });

    it('show a bad row of a range its error in its own cell', () => {
      expect(rt.global.OKR_PROGRESS([[1], ['abc']], [[10], [10]], '', '', 'fr')).toEqual([
        [0.1],
        ["⚠ Actuel : «\u202Fabc\u202F» n'est pas un nombre"],
      ]);
    });
  });

  describe('in formulas', () => {
    it('computes a column from ranges with blanks', () => {
      const sheet = rt.spreadsheet.getSheets()[0];
      sheet.getRange('A1:C5').setValues([
        [50, 100, ''],
        [80, 50, 100],
        ['', 100, 0],
        ['45 %', '90 %', ''],
        ['', '', ''],
      ]);
      sheet.getRange('D1').setFormula('=OKR_PROGRESS(A1:A5, B1:B5, C1:C5)');
      expect(sheet.getRange('D1:D5').getValues()).toEqual([[0.5], [0.4], [''], [0.5], ['']]);
    });

    it('computes single-cell formulas and broadcast values', () => {
      const sheet = rt.spreadsheet.getSheets()[0];
      sheet.getRange('A1:B1').setValues([[30, 120]]);
      sheet.getRange('C1').setFormula('=OKR_PROGRESS(A1, B1)');
      sheet.getRange('A2:A3').setValues([[25], [50]]);
      sheet.getRange('D2').setFormula('=OKR_PROGRESS(A2:A3, 100)');
      expect(sheet.getRange('C1').getValue()).toBe(0.25);
      expect(sheet.getRange('D2:D3').getValues()).toEqual([[0.25], [0.5]]);
    });

    it('works as the template writes it: one header-row formula over open-ended ranges', () => {
      const sheet = rt.spreadsheet.getSheets()[0];
      sheet.getRange('A1:F6').setValues([
        ['Objective', 'Kind', 'Start', 'Target', 'Current', ''],
        ['Grow inbound leads', 'Augmenter', 100, 200, 175, ''],
        ['', 'Réduire', 0.08, 0.04, 0.06, ''],
        ['', '', 0, 120, '', ''],
        ['Publish the white paper', 'Jalon', '', '', true, ''],
        ['', 'Increase', 0, '', 12, ''],
      ]);
      sheet.getRange('F1').setFormula('={"Progress"; OKR_PROGRESS(E2:E, D2:D, C2:C, B2:B)}');
      sheet.getRange('G1').setFormula('={"Objective progress"; OKR_ROLLUP(A2:A, F2:F)}');
      // TRUE() rather than TRUE: the local formula engine (HyperFormula) reads a bare TRUE as an unknown name.
      sheet.getRange('H1').setFormula('={"Grade"; OKR_GRADE(G2:G, TRUE(), "fr")}');
      const values = sheet.getRange('F1:H8').getValues();
      const noTarget = '⚠ Target is empty: give the value to reach';
      const incomplete = '⚠ Incomplete: 1 key result has an error or no target';
      expect(values.map(r => r[0])).toEqual(['Progress', 0.75, 0.5, '', 1, noTarget, '', '']);
      expect(values.map(r => r[1])).toEqual(['Objective progress', 0.625, '', '', incomplete, '', '', '']);
      expect(values.map(r => r[2])).toEqual(['Grade', 'Jaune', '', '', '', '', '', '']);
    });

    it('reads Date cells for the status, in French', () => {
      const sheet = rt.spreadsheet.getSheets()[0];
      sheet
        .getRange('A1:A3')
        .setValues([[new Date(2026, 3, 1)], [new Date(2026, 5, 30)], [new Date(2026, 4, 16)]]);
      sheet.getRange('B1:B4').setValues([[0.45], [0.3], [0.1], [1]]);
      sheet.getRange('C1').setFormula('=OKR_STATUS(B1:B4, A1, A2, A3, "fr")');
      sheet.getRange('D1').setFormula('=OKR_PACE(A1, A2, A3)');
      expect(sheet.getRange('C1:C4').getValues()).toEqual([
        ['En bonne voie'],
        ['À risque'],
        ['En retard'],
        ['Terminé'],
      ]);
      expect(sheet.getRange('D1').getValue()).toBe(0.5);
    });

    it('shows the error message of a single bad value or of mismatched ranges in the #ERROR! tooltip', () => {
      const sheet = rt.spreadsheet.getSheets()[0];
      sheet.getRange('A1:B2').setValues([
        [10, 100],
        ['lots', 100],
      ]);
      sheet.getRange('C2').setFormula('=OKR_PROGRESS(A2, B2)');
      const name = sheet.getName();
      expect(rt.cellError(name, 'C2')).toMatchObject({
        value: '#ERROR!',
        message: "Current: 'lots' is not a number",
      });
      sheet.getRange('D1').setFormula('=OKR_PROGRESS(A1:A2, B1:B3, , , "fr")');
      expect(rt.cellError(name, 'D1')?.message).toBe(
        'Actuel a 2 lignes mais cible a 3 lignes : donnez des plages de même hauteur'
      );
    });
  });
});
