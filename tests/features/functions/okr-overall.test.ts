import { OKR_OVERALL, headlineText } from '../../../src/features/functions/okr-overall';
import { OKR_ROLLUP } from '../../../src/features/functions/okr-rollup';
import { buildWeeklyReview } from '../../../src/features/checkin/review';
import type { CheckinObjective } from '../../../src/features/checkin/types';

describe('OKR_OVERALL', () => {
  const objectives = [['Grow'], [''], ['Ship'], ['']];
  const progress = [[0.2], [0.6], [1], [0.5]];

  it('is the mean of the objectives, each counting once, the same figure as OKR_ROLLUP and the weekly review', () => {
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
    const overall = OKR_OVERALL(objectives, progress) as number;
    expect(overall).toBeCloseTo(((column[0][0] as number) + (column[2][0] as number)) / 2, 12);
    expect(overall).toBeCloseTo(review.overall!, 12);
  });

  it('skips the header row of whole columns when told', () => {
    const withHeader = [['Objective'], ...objectives];
    const progressWithHeader = [['Progress'], ...progress];
    expect(OKR_OVERALL(withHeader, progressWithHeader, '', 'en', true)).toBeCloseTo(
      OKR_OVERALL(objectives, progress) as number,
      12
    );
  });

  it('with a label gives the headline, percent written per language, and says when there is no progress', () => {
    expect(OKR_OVERALL([['Grow']], [[0.55]], '', 'en', false, 'Q4 2026')).toBe('Q4 2026 overall: 55%');
    expect(OKR_OVERALL([['Grow']], [[0.55]], '', 'Français', false, 'T4 2026')).toBe(
      'T4 2026, progression globale : 55\u202F%'
    );
    expect(OKR_OVERALL([['Grow']], [['']], '', 'fr', false, '')).toBe(
      'Progression globale : pas encore de progression'
    );
    expect(headlineText('  H1 ', 0.333, 'en')).toBe('H1 overall: 33%');
  });

  it('says the overall is incomplete when an objective has a key result in error, in the headline too', () => {
    const bad = [[0.5], ['⚠ Current: bad'], [1], [0.5]];
    expect(String(OKR_OVERALL(objectives, bad))).toMatch(/^⚠ Incomplete: 1 objective has/);
    expect(String(OKR_OVERALL(objectives, bad, '', 'en', false, 'Q4'))).toMatch(/^Q4 overall: ⚠ Incomplete/);
  });
});
