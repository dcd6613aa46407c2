import { buildWeeklyReview } from '../../../src/features/checkin/review';
import { buildObjectives } from '../../../src/features/checkin/payload';
import { paceOf, previewProgress, unreadableReason } from '../../../src/features/checkin/preview';
import type { CheckinKr } from '../../../src/features/checkin/types';

const kr = (over: Partial<CheckinKr> = {}): CheckinKr =>
  ({
    id: 'KR-0001',
    kind: '',
    start: 0,
    target: 10,
    current: 4,
    progress: 0.4,
    status: 'onTrack',
    ...over,
  }) as CheckinKr;

describe('unreadableReason', () => {
  it('names the cell that cannot be read, quoting it, in English and French', () => {
    expect(unreadableReason(kr({ current: 'abc' }), 'en')).toBe('Current value is not a number: “abc”');
    expect(unreadableReason(kr({ current: ' abc ' }), 'fr')).toBe(
      'La valeur actuelle n’est pas un nombre : « abc »'
    );
    expect(unreadableReason(kr({ target: 'lots' }), 'en')).toBe('Target is not a number: “lots”');
    expect(unreadableReason(kr({ start: 'x' }), 'en')).toBe('Start is not a number: “x”');
    expect(unreadableReason(kr({ target: '' }), 'en')).toBe('No target: progress cannot be computed');
  });

  it('is null when every cell reads: no progress then only means none yet', () => {
    expect(unreadableReason(kr(), 'en')).toBeNull();
    expect(unreadableReason(kr({ current: '' }), 'en')).toBeNull();
    expect(unreadableReason(kr({ current: '45 %', start: '1,5' }), 'fr')).toBeNull();
    expect(unreadableReason(kr({ kind: 'Milestone', target: '' }), 'en')).toBeNull();
  });
});

describe('previewProgress', () => {
  it('is the progress and status the payload computes for the same value', () => {
    const source = {
      lang: 'en' as const,
      today: '2026-11-24',
      columns: { id: 0, objective: 1, keyResult: 2, kind: 3, start: 4, target: 5, current: 6 },
      formulas: [],
      log: [],
      periodStart: new Date(2026, 9, 1),
      periodEnd: new Date(2026, 11, 31),
    };
    const row = (current: unknown) => [
      { rowNumber: 2, values: ['KR-0001', 'O', 'K', 'Decrease', 200, 100, current] },
    ];
    const [before] = buildObjectives({ ...source, rows: row(180) });
    const pace = paceOf({
      today: '2026-11-24',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      asOf: '',
    });
    for (const value of [190, 150, 120, 100, 90, 250]) {
      const [after] = buildObjectives({ ...source, rows: row(value) });
      const preview = previewProgress(before.krs[0], value, pace, 'en');
      expect(preview).toEqual({ progress: after.krs[0].progress, status: after.krs[0].status });
    }
  });

  it('without a period, grades the progress as the server does', () => {
    const pace = paceOf({ today: '2026-11-24', periodStart: '', periodEnd: '', asOf: '' });
    expect(pace.periodStart).toBeNull();
    expect(previewProgress(kr(), 8, pace, 'en')).toEqual({ progress: 0.8, status: 'onTrack' });
    expect(previewProgress(kr(), 10, pace, 'en').status).toBe('done');
  });
});

describe('weekly review', () => {
  it('says why a KR at risk has no progress instead of "no progress yet"', () => {
    const review = buildWeeklyReview({
      lang: 'fr',
      today: '2026-11-24',
      week: '2026-W48',
      log: [],
      objectives: [
        {
          name: 'O',
          progress: null,
          incomplete: 1,
          krs: [
            kr({
              current: 'abc',
              progress: null,
              status: 'none',
              confidence: 2,
              keyResult: 'K',
              owner: '',
              lastCheckin: '',
              actions: '',
            }),
          ],
        },
      ],
    });
    expect(review.atRisk[0].unreadable).toBe('La valeur actuelle n’est pas un nombre : « abc »');
  });
});
