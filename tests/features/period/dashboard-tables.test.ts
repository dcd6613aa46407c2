// The Dashboard's tables over closed periods, written by the first close (G66:Q91).
import { createWorkbook, standardKrs } from '../../support/workbook';
import { periodTables } from '../../../src/features/period/dashboard-tables';
import { HISTORY_COLUMNS } from '../../../src/schema/history';
import type { CheckinData } from '../../../src/features/checkin/types';
import { close, examplesWorkbook, loadClose, payloadFor, runQuarter } from './helpers';

/** The tables' formulas as the add-on writes them (the runtime shows them back in the locale's syntax). */
function writtenFormulas(): string[] {
  const columns = Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c.key, i]));
  const tables = periodTables('en', { sheetName: 'History', columns }, 'Settings!$B$7')!;
  return tables.values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
}

describe('Dashboard tables over closed periods', () => {
  it('hint at aiming too low or too high in the workbook language, with the aspirational green threshold', () => {
    const columns = Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c.key, i]));
    const hint = (lang: 'en' | 'fr') =>
      periodTables(lang, { sheetName: 'History', columns }, 'Settings!$B$7')!.values[1][10];
    expect(hint('en')).toBe(
      'Lowest always 100%: the team aims too low. Mean far below 70%: it aims too high.'
    );
    expect(hint('fr')).toBe(
      'Toujours 100\u202F% au plus bas : l’équipe vise trop bas. Moyenne très sous 70\u202F% : elle vise trop haut.'
    );
  });

  it('are written once with `;` separators and no decimal, and compute grades, achieved KRs and owners', () => {
    const wb = createWorkbook(standardKrs());
    const payload = payloadFor(loadClose(wb.rt), i => (i === 0 ? 'achieved' : 'missed'));
    payload.krs[0].finalValue = '120';
    close(wb.rt, payload);
    const dashboard = wb.rt.spreadsheet.getSheetByName('Dashboard')!;
    const formulas = dashboard.getRange('G66:Q91').getFormulas();
    const values = dashboard.getRange('G66:Q91').getValues();
    expect(values[0][0]).toBe('Closed periods: key results by grade');
    expect(values[1].slice(0, 5)).toEqual(['Period', 'Red', 'Yellow', 'Green', 'Achieved']);
    expect(values[0][6]).toBe('Per owner, over closed periods');
    expect(values[1].slice(6, 10)).toEqual(['Owner', 'Key results', 'Mean progress', 'Lowest progress']);
    // Written with `;` between arguments and no decimal (every locale reads them); an en_US sheet shows them back
    // with `,` (the runtime's model of Sheets' autocorrection).
    const written = writtenFormulas();
    expect(written).toHaveLength(9);
    for (const formula of written) {
      expect(formula.split(/"(?:[^"]|"")*"/).join('')).not.toMatch(/,/);
      expect(formula).not.toMatch(/\d\.\d/);
      expect(formula).toContain('History!');
    }
    expect(formulas.flat().filter(f => f !== '')).toEqual(written.map(f => f.replace(/; /g, ', ')));
    expect(formulas[2][1]).toBe(
      '=OKR_HISTORY(G68:G91, FILTER(History!A2:A, History!V2:V=""), FILTER(History!K2:K, History!V2:V=""), "Red", Settings!$B$7)'
    );
    // A second close leaves them as they are (the user may have formatted them).
    dashboard.getRange('G66').setValue('Our quarters');
    wb.rt.setNow(new Date('2027-03-31T12:00:00Z'));
    const next = payloadFor(loadClose(wb.rt), () => 'achieved');
    next.krs.forEach(kr => (kr.finalValue = kr.finalValue || '0'));
    // Nothing was carried: the new quarter has no KR yet.
    expect(() => close(wb.rt, next)).toThrow('Q1 2027 has no key result to close.');
    expect(dashboard.getRange('G66').getValue()).toBe('Our quarters');

    const computed = dashboard.getRange('G68:K69').getValues();
    expect(computed).toEqual([
      ['Q4 2026', 3, 0, 1, 1],
      ['', '', '', '', ''],
    ]);
    const owners = dashboard.getRange('M68:P70').getValues();
    expect(owners.map(r => r[0])).toEqual(['Léa', 'Marc', 'Sam']);
    expect(owners.map(r => r[1])).toEqual([2, 1, 1]);
    expect(owners[0][3]).toBeCloseTo(1 / 3);
  });
});

describe('the Dashboard weekly table', () => {
  /** Week labels and overall progress of the weekly table's filled rows (D11:E). */
  const weekly = (rt: ReturnType<typeof examplesWorkbook>) =>
    rt
      .sheetValues('Dashboard')
      .slice(10)
      .filter(row => row[3] !== '' && row[3] !== undefined)
      .map(row => [row[3], row[4]]);

  it('shows the Settings period only: the closed quarter’s weeks leave it, and come back on a reopen', () => {
    const rt = examplesWorkbook();
    runQuarter(rt, 3); // weeks 41 to 43 of Q4 2026
    const q4 = weekly(rt);
    expect(q4.map(row => row[0])).toEqual(['2026-W41', '2026-W42', '2026-W43']);
    expect(q4.every(row => typeof row[1] === 'number')).toBe(true);
    rt.setNow(new Date('2026-12-31T12:00:00Z'));
    close(
      rt,
      payloadFor(loadClose(rt), i => (i % 2 === 0 ? 'carryOver' : 'achieved'))
    );
    expect(rt.sheetValues('Settings')[1][1]).toBe('Q1 2027');
    expect(weekly(rt)).toEqual([]); // no check-in in Q1 2027 yet: Q4's are left out
    // A check-in in Q1 2027 (week 2): only that week shows.
    rt.setNow(new Date('2027-01-11T10:00:00Z'));
    const data = rt.runServer('getCheckinData') as CheckinData;
    const [kr] = data.objectives.flatMap(o => o.krs).filter(k => !k.currentIsFormula);
    rt.runServer('saveCheckin', {
      lang: data.lang,
      entries: [
        {
          id: kr.id,
          loadedCurrent: kr.current,
          loadedConfidence: kr.confidence,
          value: String(Number(kr.start) + 1),
          confidence: '6',
          comment: '',
        },
      ],
    });
    expect(weekly(rt).map(row => row[0])).toEqual(['2027-W02']);
    // Reopened: Q4 2026's weeks again, without the week tagged Q1 2027.
    rt.call('onOpen', { authMode: 'FULL' });
    rt.ui.queueAlertResponse('YES');
    rt.runMenuItem('Reopen last period');
    expect(rt.sheetValues('Settings')[1][1]).toBe('Q4 2026');
    expect(weekly(rt)).toEqual(q4);
  });
});
