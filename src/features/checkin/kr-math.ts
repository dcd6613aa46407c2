import {
  expectedPace,
  krFigure,
  krStatus as statusOf,
  objectiveFigure,
  readNumber,
  type KrFigure,
  type ObjectiveFigure,
  type PaceInput,
} from '../../core/figures';
import type { Lang } from '../../i18n/lang';
import type { StatusKey } from './types';

/**
 * The check-in side of the figures module (src/core/figures.ts): the same rules, with the sidebar's shapes
 * (null for "no progress", 'none' for "no status"). Nothing is computed here that the module does not define.
 */

/** A number cell in the workbook's language; a cell that is no number gives null (for log cells). */
export function lenientNumber(value: unknown, lang: Lang = 'en'): number | null {
  try {
    return readNumber(value, lang);
  } catch {
    return null;
  }
}

/** Raw progress (may pass 1 or fall below 0), or null when the KR has none (blank or in error). */
export function krProgress(
  start: unknown,
  target: unknown,
  current: unknown,
  kind: unknown,
  lang: Lang = 'en'
): number | null {
  const figure = krFigure({ start, target, current, kind }, lang);
  return figure.state === 'ok' ? figure.raw : null;
}

export type { KrFigure, ObjectiveFigure };

/** The period pace is measured against: Settings' period and "As of" date, and the real today. */
export interface PaceContext extends PaceInput {
  today: Date;
}

/** The expected progress, or null when the Settings' period is wrong (the sheet's Status then shows ⚠). */
export function expectedOrNull(pace: PaceContext): number | null {
  try {
    return expectedPace(pace, pace.today);
  } catch {
    return null;
  }
}

/** Status like the sheet's Status column: against the steady pace of the period at the "As of" date. */
export function krStatus(progress: number | null, expected: number | null): StatusKey {
  return statusOf(progress, expected) ?? 'none';
}

/** An objective's figure from its KRs' figures (weights: blank counts as 1). */
export function rollupFigure(
  items: readonly { figure: KrFigure; weight?: number | null }[]
): ObjectiveFigure {
  return objectiveFigure(items);
}

/** A Weight cell read leniently: a number of 0 or more, else null (counts as 1). */
export function lenientWeight(value: unknown, lang: Lang = 'en'): number | null {
  const weight = lenientNumber(value, lang);
  return weight !== null && weight >= 0 ? weight : null;
}
