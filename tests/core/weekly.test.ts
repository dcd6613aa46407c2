import { OkrInputError } from '../../src/core/errors';
import { parseIsoWeekLabel, weeklyProgress, type WeeklyCheckin } from '../../src/core/weekly';

const c = (week: string, id: string, progress: number): WeeklyCheckin => ({ week, id, progress });

describe('weeklyProgress', () => {
  // Written in a decreasing week order, as a user who sorted the log would leave it.
  const log = [
    c('2026-W48', 'KR-2', 0.5),
    c('2026-W47', 'KR-1', 1),
    c('2026-W48', 'KR-1', 0.4),
    c('2026-W48', 'KR-1', 0.6), // same week, later row: wins over 0.4
    c('2026-W46', 'KR-3', 0.2),
  ];

  it('averages every KR seen so far at its last progress up to each week', () => {
    const result = weeklyProgress(['2026-W46', '2026-W47', '2026-W48', '2026-W49'], log);
    const expected = [0.2, (0.2 + 1) / 2, (0.2 + 0.6 + 0.5) / 3, (0.2 + 0.6 + 0.5) / 3];
    expect(result).toHaveLength(4);
    result.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 10));
  });

  it('gives null before the first check-in and for blank weeks, whatever the order asked', () => {
    expect(weeklyProgress(['2026-W47', null, '2026-W45', '2026-W47'], log)).toEqual([0.6, null, null, 0.6]);
  });

  it('clamps each KR to 0..1', () => {
    expect(weeklyProgress(['2026-W01'], [c('2026-W01', 'a', 1.5), c('2026-W01', 'b', -0.5)])).toEqual([0.5]);
  });

  it('orders weeks across years', () => {
    const crossing = [c('2027-W01', 'a', 0.8), c('2026-W53', 'a', 0.2)];
    expect(weeklyProgress(['2026-W53', '2027-W01'], crossing)).toEqual([0.2, 0.8]);
  });
});

describe('parseIsoWeekLabel', () => {
  it('reads labels and dates, blank as null', () => {
    expect(parseIsoWeekLabel(' 2026-w05 ')).toBe('2026-W05');
    expect(parseIsoWeekLabel(new Date(2026, 10, 24))).toBe('2026-W48');
    expect(parseIsoWeekLabel('')).toBeNull();
  });

  it('refuses other text, quoting it in both languages', () => {
    expect(() => parseIsoWeekLabel('week 5')).toThrow("'week 5' is not an ISO week (such as 2026-W05)");
    expect(() => parseIsoWeekLabel('2026-W54')).toThrow(OkrInputError);
  });
});
