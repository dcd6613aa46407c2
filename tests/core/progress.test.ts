import { progressBetween } from '../../src/core/progress';

describe('progressBetween', () => {
  describe('increase', () => {
    it('measures the distance covered from start to target', () => {
      expect(progressBetween('increase', 40, 100, 55)).toEqual({ raw: 0.25, clamped: 0.25 });
      expect(progressBetween(null, null, 200, 50)).toEqual({ raw: 0.25, clamped: 0.25 });
    });

    it('keeps the raw value past 1 and below 0, clamps the displayed one', () => {
      expect(progressBetween('increase', 0, 100, 130)).toEqual({ raw: 1.3, clamped: 1 });
      expect(progressBetween('increase', 50, 100, 40)).toEqual({ raw: -0.2, clamped: 0 });
    });

    it('removes float noise so 0.7 is exactly 0.7', () => {
      expect(progressBetween('increase', 0, 1, 0.7)?.clamped).toBe(0.7);
      expect(progressBetween('increase', 0.1, 1.1, 0.8)?.clamped).toBe(0.7);
      expect(progressBetween('increase', 0, 0.3, 0.1 + 0.2)?.clamped).toBe(1);
    });

    it('gives 1 when start equals target and the target is reached, else 0', () => {
      expect(progressBetween('increase', 10, 10, 10)?.clamped).toBe(1);
      expect(progressBetween('increase', 10, 10, 12)?.clamped).toBe(1);
      expect(progressBetween('increase', 10, 10, 9)?.clamped).toBe(0);
      expect(progressBetween(null, 10, 10, 9)?.clamped).toBe(0);
    });
  });

  describe('decrease', () => {
    it('counts down from start to a lower target', () => {
      expect(progressBetween('decrease', 100, 50, 80)).toEqual({ raw: 0.4, clamped: 0.4 });
      expect(progressBetween(null, 100, 50, 80)).toEqual({ raw: 0.4, clamped: 0.4 });
    });

    it('overachieves below the target and falls below 0 above the start', () => {
      expect(progressBetween('decrease', 100, 50, 25)).toEqual({ raw: 1.5, clamped: 1 });
      expect(progressBetween('decrease', 100, 50, 110)).toEqual({ raw: -0.2, clamped: 0 });
    });

    it('gives 1 when start equals target and current is at or below it, else 0', () => {
      expect(progressBetween('decrease', 5, 5, 4)?.clamped).toBe(1);
      expect(progressBetween('decrease', 5, 5, 5)?.clamped).toBe(1);
      expect(progressBetween('decrease', 5, 5, 6)?.clamped).toBe(0);
    });

    it('follows the numbers when the kind contradicts them', () => {
      expect(progressBetween('increase', 100, 50, 75)?.clamped).toBe(0.5);
    });
  });

  describe('stay at or above', () => {
    it('is 1 while current holds the floor, with raw showing the margin', () => {
      expect(progressBetween('stayAbove', null, 50, 50)).toEqual({ raw: 1, clamped: 1 });
      expect(progressBetween('stayAbove', null, 50, 60)).toEqual({ raw: 1.2, clamped: 1 });
    });

    it('gives current / target below the floor', () => {
      expect(progressBetween('stayAbove', null, 50, 45)).toEqual({ raw: 0.9, clamped: 0.9 });
      expect(progressBetween('stayAbove', 80, 50, 0)).toEqual({ raw: 0, clamped: 0 });
    });

    it('is 1 or 0 when the floor is zero or negative', () => {
      expect(progressBetween('stayAbove', null, 0, 3)?.clamped).toBe(1);
      expect(progressBetween('stayAbove', null, 0, -3)?.clamped).toBe(0);
    });
  });

  describe('stay at or below', () => {
    it('is 1 while current stays under the ceiling', () => {
      expect(progressBetween('stayBelow', null, 5, 5)?.clamped).toBe(1);
      expect(progressBetween('stayBelow', null, 5, 2.5)).toEqual({ raw: 2, clamped: 1 });
      expect(progressBetween('stayBelow', null, 5, 0)).toEqual({ raw: 1, clamped: 1 });
    });

    it('gives target / current above the ceiling', () => {
      expect(progressBetween('stayBelow', null, 5, 8)).toEqual({ raw: 5 / 8, clamped: 5 / 8 });
    });

    it('is 1 or 0 when the ceiling is zero', () => {
      expect(progressBetween('stayBelow', null, 0, 0)?.clamped).toBe(1);
      expect(progressBetween('stayBelow', null, 0, 2)?.clamped).toBe(0);
    });
  });

  describe('milestone', () => {
    it('is 1 when done, else 0, and needs no target', () => {
      expect(progressBetween('milestone', null, null, 1)).toEqual({ raw: 1, clamped: 1 });
      expect(progressBetween('milestone', null, null, 0)).toEqual({ raw: 0, clamped: 0 });
      expect(progressBetween('milestone', null, 1, 1)?.clamped).toBe(1);
      expect(progressBetween('milestone', 0, 1, 0.5)?.clamped).toBe(0);
    });

    it('uses a positive target as the "done" count', () => {
      expect(progressBetween('milestone', null, 3, 2)?.clamped).toBe(0);
      expect(progressBetween('milestone', null, 3, 3)?.clamped).toBe(1);
    });
  });

  it('is null while current is blank, whatever the kind', () => {
    for (const kind of ['increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone', null] as const) {
      expect(progressBetween(kind, 0, 10, null)).toBeNull();
    }
  });

  it('throws when the target is missing for a measured kind', () => {
    expect(() => progressBetween('increase', 0, null, 5)).toThrow('Target is empty');
    expect(() => progressBetween(null, 0, null, 5)).toThrow('Target is empty');
  });
});
