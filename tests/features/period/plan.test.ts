// The pure parts of the period close: restore data, the next period, which KRs restart from their final value.
import { readCommitment } from '../../../src/core/read';
import {
  decodeRestore,
  encodeRestore,
  nextPeriod,
  type RestoreData,
} from '../../../src/features/period/plan';
import { expectedAt, finalFigures, startsFromFinal } from '../../../src/features/period/final-figures';
import { logOfPeriod } from '../../../src/schema/log-period';
import type { OkrSettings } from '../../../src/schema/settings';

const settings = (end: Date): OkrSettings => ({
  periodName: 'x',
  periodStart: null,
  periodEnd: end,
  asOf: null,
  krType: 'committed',
  lang: 'en',
});

describe('restore data', () => {
  it('round-trips values, dates, formulas and formats, leaving defaults out of the text', () => {
    const data: RestoreData = {
      close: '2026-12-31T1',
      row: 7,
      cells: [
        { v: 'KR-0001', f: '', n: '0.###############' },
        { v: new Date(2026, 11, 31), f: '', n: 'yyyy-mm-dd' },
        { v: 2, f: '=1+1', n: '0.###############' },
        null,
        { v: '=not a formula', f: '', n: '@' },
      ],
    };
    const text = encodeRestore(data);
    expect(text).not.toContain('0.###');
    expect(decodeRestore<RestoreData>(text)).toEqual(data);
  });
});

describe('the next period', () => {
  it.each([
    [new Date(2026, 11, 31), 'en', 'Q1 2027', new Date(2027, 0, 1), new Date(2027, 2, 31)],
    [new Date(2027, 2, 31), 'fr', 'T2 2027', new Date(2027, 3, 1), new Date(2027, 5, 30)],
    // A month-long period moves on to the quarter holding the next day.
    [new Date(2026, 10, 30), 'en', 'Q4 2026', new Date(2026, 9, 1), new Date(2026, 11, 31)],
  ] as const)('after %s is %s', (end, lang, name, start, last) => {
    expect(nextPeriod(settings(end), lang)).toEqual({ name, start, end: last });
  });

  it('is unknown without a period end', () => {
    expect(nextPeriod({ ...settings(new Date()), periodEnd: null }, 'en')).toBeNull();
  });
});

describe('figures of the close', () => {
  it('grade on the KR own scale, the same definition as OKR_GRADE', () => {
    expect(finalFigures({ start: 0, target: 10, kind: 'Increase' }, 7, 'aspirational', 'en')).toEqual({
      progress: 0.7,
      grade: 'green',
    });
    expect(finalFigures({ start: 0, target: 10 }, 7, 'committed', 'en').grade).toBe('yellow');
    expect(finalFigures({ start: 10, target: 4 }, 1, 'committed', 'en')).toEqual({
      progress: 1,
      grade: 'green',
    });
    expect(() => finalFigures({ start: 0, target: 'soon' }, 1, 'committed', 'en')).toThrow(/not a number/);
    expect(expectedAt('committed')).toBe(1);
    expect(expectedAt('aspirational')).toBe(0.7);
    expect(readCommitment('', 'committed')).toBe('committed');
    expect(readCommitment('Engagé', 'aspirational')).toBe('committed');
  });

  it('restart increase and decrease KRs (a blank kind decided by the numbers) from their final value', () => {
    expect(startsFromFinal({ kind: 'Increase' }, 'en')).toBe(true);
    expect(startsFromFinal({ kind: 'Réduire' }, 'fr')).toBe(true);
    expect(startsFromFinal({ start: 10, target: 4 }, 'en')).toBe(true);
    expect(startsFromFinal({ kind: 'Milestone' }, 'en')).toBe(false);
    expect(startsFromFinal({ kind: 'Stay at or above', target: 50 }, 'en')).toBe(false);
    expect(startsFromFinal({ kind: 'sideways' }, 'en')).toBe(false);
  });
});

describe('log rows of a period', () => {
  it('keeps the header, rows of the period and untagged rows', () => {
    const values = [
      ['Week', 'Period'],
      ['W1', 'Q3'],
      ['W2', ''],
      ['W3', 'Q4 '],
      ['W4', 'Q4'],
    ];
    expect(logOfPeriod(values, 1, 'Q4')).toEqual([
      ['Week', 'Period'],
      ['W2', ''],
      ['W3', 'Q4 '],
      ['W4', 'Q4'],
    ]);
    expect(logOfPeriod(values, undefined, 'Q4')).toBe(values);
  });
});
