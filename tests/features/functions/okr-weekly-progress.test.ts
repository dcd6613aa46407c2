import { createRuntime } from '../../../dev/runtime';
import { OKR_WEEKLY_PROGRESS } from '../../../src/features/functions/okr-weekly-progress';

const col = (...values: unknown[]) => values.map(v => [v]) as never;
// A log in decreasing week order, KR-1 checked in twice in W48 (the later row wins), a row without an ID.
const LOG = {
  weeks: col('2026-W48', '2026-W47', '2026-W48', '2026-W48', '2026-W46', '2026-W47', ''),
  ids: col('KR-2', 'KR-1', 'KR-1', 'KR-1', 'KR-3', '', ''),
  progress: col(0.5, 1, 0.4, '60%', 0.2, 0.9, ''),
};
const run = (weeks: unknown, progress = LOG.progress, locale?: string) =>
  OKR_WEEKLY_PROGRESS(weeks as never, LOG.weeks, LOG.ids, progress, locale);

describe('OKR_WEEKLY_PROGRESS', () => {
  it('gives the overall progress as of each week row, blank for blank rows and before the log', () => {
    const out = run(col('2026-W45', '2026-W46', '2026-W47', '', '2026-W48')) as unknown[][];
    expect(out.map(r => r[0])).toEqual(['', 0.2, 0.6, '', expect.closeTo((0.2 + 0.6 + 0.5) / 3, 10)]);
  });

  it('returns a single value for a single week', () => {
    expect(run('2026-W47')).toBe(0.6);
  });

  it('flags a wrong week in its own row and a wrong log row from its week on', () => {
    const weeks = col('2026-W46', 'soon', '2026-W47', '2026-W48');
    expect((run(weeks) as unknown[][]).map(r => r[0])).toEqual([
      0.2,
      "⚠ Weeks: 'soon' is not an ISO week (such as 2026-W05)",
      0.6,
      expect.any(Number),
    ]);
    const bad = col(0.5, 1, 'abc', 0.6, 0.2, 0.9, '');
    const out = (run(weeks, bad, 'fr') as unknown[][]).map(r => r[0]);
    expect(out[0]).toBe(0.2);
    expect(out[2]).toBe(0.6);
    expect(out[3]).toBe(
      "⚠ Progression du journal (ligne 3 de la plage) : «\u202Fabc\u202F» n'est pas un nombre"
    );
  });

  it('throws for log ranges of different heights', () => {
    expect(() => OKR_WEEKLY_PROGRESS(col('2026-W47'), LOG.weeks, col('KR-1'), LOG.progress)).toThrow(
      'Log weeks has 7 rows but log IDs has 1 row: give ranges of the same height'
    );
  });
});

describe('OKR_WEEKLY_PROGRESS in the built bundle', () => {
  it('spills one value per week row from a log on another sheet', () => {
    const rt = createRuntime({ locale: 'en_US' });
    const sheet = rt.spreadsheet.getSheets()[0];
    const log = rt.spreadsheet.insertSheet('Log');
    log.getRange(1, 1, 5, 3).setValues([
      ['Week', 'ID', 'Progress'],
      ['2026-W47', 'KR-1', 0.2],
      ['2026-W48', 'KR-2', 0.8],
      ['2026-W48', 'KR-1', 0.4],
      ['2026-W49', 'KR-2', 1],
    ]);
    sheet.getRange('A1:A4').setValues([['2026-W47'], ['2026-W48'], [''], ['2026-W49']]);
    sheet.getRange('B1').setFormula('=OKR_WEEKLY_PROGRESS(A1:A4, Log!A2:A, Log!B2:B, Log!C2:C, "fr")');
    expect(rt.cellError(sheet.getName(), 'B1')).toBeNull();
    const values = sheet
      .getRange('B1:B4')
      .getValues()
      .map(r => r[0]);
    expect(values[0]).toBe(0.2);
    expect(values[1]).toBeCloseTo(0.6, 10);
    expect(values[2]).toBe('');
    expect(values[3]).toBeCloseTo(0.7, 10);
  });
});
