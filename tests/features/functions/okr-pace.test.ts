import { OKR_PACE } from '../../../src/features/functions/okr-pace';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('OKR_PACE', () => {
  it('gives the elapsed fraction of the period', () => {
    expect(OKR_PACE(d(2026, 4, 1), d(2026, 6, 30), d(2026, 5, 16))).toBe(45 / 90);
    expect(OKR_PACE('2026-04-01', '2026-06-30', '2026-07-01')).toBe(1);
  });

  it('falls back to the current quarter', () => {
    expect(OKR_PACE('', '', d(2026, 1, 1))).toBe(0);
    expect(OKR_PACE('', '', d(2026, 3, 31))).toBe(1);
  });

  it('works on a column of dates', () => {
    expect(OKR_PACE(d(2026, 4, 1), d(2026, 6, 30), [[d(2026, 4, 1)], [d(2026, 6, 30)]])).toEqual([[0], [1]]);
  });

  it('shows a bad date of a range in its own row, and throws for a single bad value, in the locale', () => {
    expect(OKR_PACE(d(2026, 4, 1), d(2026, 6, 30), [[d(2026, 4, 1)], ['bientôt']], 'fr')).toEqual([
      [0],
      ["⚠ Aujourd'hui : «\u202Fbientôt\u202F» n'est pas une date (écrivez 31/03/2026 ou 2026-03-31)"],
    ]);
    expect(() => OKR_PACE('soon', d(2026, 6, 30))).toThrow("Period start: 'soon' is not a date");
    expect(() => OKR_PACE(d(2026, 6, 30), d(2026, 4, 1), '', 'fr')).toThrow(/^La période/);
  });
});
