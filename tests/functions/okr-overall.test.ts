import { OKR_OVERALL, headlineText } from '../../src/functions/okr-overall';
import { OKR_ROLLUP } from '../../src/functions/okr-rollup';
import { buildWeeklyReview } from '../../src/checkin/review';
import type { CheckinObjective } from '../../src/checkin/types';

describe('OKR_OVERALL', () => {
  it('is the mean of the objectives, each counting once, blank and ⚠ rows ignored, clamped to 0..1', () => {
    expect(OKR_OVERALL([[0.4], [''], [0.7], ['⚠ Current: bad'], [1.5]])).toBeCloseTo(0.7, 12);
    expect(OKR_OVERALL([[''], ['']])).toBe('');
  });

  it('reads the Objective progress column OKR_ROLLUP gives, with the weekly review’s definition', () => {
    const objectives = [['Grow'], [''], ['Ship'], ['']];
    const progress = [[0.2], [0.6], [1], [0.5]];
    const column = OKR_ROLLUP(objectives, progress) as (number | string)[][];
    const krs = (values: number[], name: string) =>
      values.map((p, i) => ({ id: `${name}${i}`, progress: p, status: 'none', lastCheckin: '' }));
    const review = buildWeeklyReview({
      lang: 'en',
      today: '2026-11-24',
      week: '2026-W48',
      log: [],
      objectives: [
        { name: 'Grow', progress: 0.4, krs: krs([0.2, 0.6], 'g') },
        { name: 'Ship', progress: 0.75, krs: krs([1, 0.5], 's') },
      ] as unknown as CheckinObjective[],
    });
    expect(OKR_OVERALL(column)).toBeCloseTo(review.overall!, 12);
  });

  it('with a label gives the headline, percent written per language, and says when there is no progress', () => {
    expect(OKR_OVERALL([[0.55], ['']], 'Q4 2026')).toBe('Q4 2026 overall: 55%');
    expect(OKR_OVERALL([[0.55]], 'T4 2026', 'Français')).toBe('T4 2026, progression globale : 55\u202F%');
    expect(OKR_OVERALL([['']], '', 'fr')).toBe('Progression globale : pas encore de progression');
    expect(OKR_OVERALL([['']], 'Q4')).toBe('Q4 overall: no progress yet');
    expect(headlineText('  H1 ', 0.333, 'en')).toBe('H1 overall: 33%');
  });

  it('refuses a value that is no progress, naming it, in the locale', () => {
    expect(() => OKR_OVERALL([['abc']], 'Q4', 'fr')).toThrow(
      /^Progression de l'objectif : «.abc.» n'est pas un nombre$/
    );
  });
});
