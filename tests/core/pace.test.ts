import { expectedProgress, PACE_THRESHOLDS, paceStatus } from '../../src/core/pace';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('expectedProgress', () => {
  const start = d(2026, 4, 1);
  const end = d(2026, 6, 30); // 90 days after the start

  it('is the elapsed fraction of the period in days', () => {
    expect(expectedProgress(start, end, d(2026, 4, 1))).toBe(0);
    expect(expectedProgress(start, end, d(2026, 5, 16))).toBe(45 / 90);
    expect(expectedProgress(start, end, d(2026, 6, 30))).toBe(1);
  });

  it('ignores the time of day', () => {
    expect(expectedProgress(start, end, new Date(2026, 4, 16, 23, 59))).toBe(45 / 90);
  });

  it('is 0 before the period and 1 after it', () => {
    expect(expectedProgress(start, end, d(2026, 3, 1))).toBe(0);
    expect(expectedProgress(start, end, d(2026, 9, 1))).toBe(1);
  });

  it('handles a one-day period', () => {
    expect(expectedProgress(start, start, d(2026, 3, 31))).toBe(0);
    expect(expectedProgress(start, start, start)).toBe(1);
  });

  it('refuses a period ending before it starts', () => {
    expect(() => expectedProgress(end, start, start)).toThrow('The period ends before it starts');
  });
});

describe('paceStatus', () => {
  it('is Done at 1 whatever the date', () => {
    expect(paceStatus(1, 0.1)).toBe('done');
    expect(paceStatus(1, 1)).toBe('done');
  });

  it('is On track ahead of the pace or up to the on-track gap behind', () => {
    expect(paceStatus(0.6, 0.5)).toBe('onTrack');
    expect(paceStatus(0.5 - PACE_THRESHOLDS.onTrack, 0.5)).toBe('onTrack');
    expect(paceStatus(0.4, 0.5)).toBe('onTrack'); // exactly 0.1 behind, despite float noise
  });

  it('is At risk up to the at-risk gap, Off track beyond', () => {
    expect(paceStatus(0.39, 0.5)).toBe('atRisk');
    expect(paceStatus(0.25, 0.5)).toBe('atRisk');
    expect(paceStatus(0.24, 0.5)).toBe('offTrack');
  });

  it('puts nothing at risk before the period starts and judges against 1 after it ends', () => {
    expect(paceStatus(0, 0)).toBe('onTrack');
    expect(paceStatus(0.8, 1)).toBe('atRisk');
    expect(paceStatus(0.5, 1)).toBe('offTrack');
  });
});
