import { OkrInputError } from './errors';
import { inferKrKind, type KrKind } from './kinds';

/** A key result's progress: `raw` may pass 1 (overachieved) or fall below 0; `clamped` is in [0, 1]. */
export interface KrProgress {
  raw: number;
  clamped: number;
}

/** Drops float noise such as 0.6999999999999999 so that grades and statuses flip exactly at their thresholds. */
export function roundNoise(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Progress of one key result from its numbers (already read); null while `current` is blank. (figures.ts
 * krFigure is the progress of a KR from its cells as typed.)
 *
 * - increase / decrease: (current - start) / (target - start). The direction comes from the numbers, so a
 *   target below the start counts down whatever the kind says; the kind only matters when start equals
 *   target: then progress is 1 once current has reached the target (>= for increase, <= for decrease), else 0.
 * - stay at or above: 1 while current >= target; below it, current / target (a near miss is not a zero: 45
 *   against a floor of 50 is 0.9). Raw is current / target, so it passes 1 when well above.
 * - stay at or below: 1 while current <= target; above it, target / current (6 against a ceiling of 5 is 0.83).
 * - milestone: 1 when done (current >= target if a positive target is given, else current >= 1: TRUE, done,
 *   oui and a ticked checkbox all read as 1), else 0.
 * Stay kinds with a zero or negative target have no meaningful ratio: they give 1 when held, else 0.
 * A blank kind is inferred from start and target. A blank start counts as 0.
 */
export function progressBetween(
  kind: KrKind | null,
  start: number | null,
  target: number | null,
  current: number | null
): KrProgress | null {
  if (current === null) return null;
  if (kind === 'milestone') {
    const done = current >= (target !== null && target > 0 ? target : 1);
    return done ? { raw: 1, clamped: 1 } : { raw: 0, clamped: 0 };
  }
  if (target === null) throw new OkrInputError('targetEmpty');
  const from = start ?? 0;
  const resolved = kind ?? inferKrKind(from, target);
  switch (resolved) {
    case 'stayAbove': {
      const held = current >= target;
      const raw = target > 0 && current >= 0 ? roundNoise(current / target) : held ? 1 : 0;
      return { raw, clamped: held ? 1 : clamp01(raw) };
    }
    case 'stayBelow': {
      const held = current <= target;
      const raw = target > 0 && current > 0 ? roundNoise(target / current) : held ? 1 : 0;
      return { raw, clamped: held ? 1 : clamp01(raw) };
    }
    default: {
      if (from === target) {
        const reached = resolved === 'decrease' ? current <= target : current >= target;
        return reached ? { raw: 1, clamped: 1 } : { raw: 0, clamped: 0 };
      }
      const raw = roundNoise((current - from) / (target - from));
      return { raw, clamped: clamp01(raw) };
    }
  }
}
