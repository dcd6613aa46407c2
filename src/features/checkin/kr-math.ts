import { OkrInputError } from '../../core/errors';
import { krFigure, type KrFigure, type ObjectiveFigure, type PaceInput } from '../../core/figures';
import { readNumber } from '../../core/read';
import { statusFor } from '../../core/figures';
import type { Lang } from '../../i18n/lang';
import type { StatusKey } from './types';

/**
 * The check-in side of the figures module (src/core/figures.ts) and the readers (src/core/read.ts): the same rules,
 * with the sidebar's shapes (null for "no progress", 'none' for "no status"). Nothing is computed here that those
 * modules do not define.
 */

/** Raw progress of a KR's cells (may pass 1 or fall below 0), or null when it has none (blank or in error). */
export function rawProgressOfCells(
  start: unknown,
  target: unknown,
  current: unknown,
  kind: unknown,
  lang: Lang
): number | null {
  const figure = krFigure({ start, target, current, kind }, lang);
  return figure.state === 'ok' ? figure.raw : null;
}

export type { KrFigure, ObjectiveFigure };

/** The period pace is measured against: Settings' period and "As of" date, and the real today. */
export interface PaceContext extends PaceInput {
  today: Date;
}

/** Status like the sheet's Status column (core/read.ts statusFor); 'none' when the Settings' period is wrong. */
export function krStatus(progress: number | null, pace: PaceContext): StatusKey {
  try {
    return statusFor(progress, pace, pace.today) ?? 'none';
  } catch (error) {
    if (error instanceof OkrInputError) return 'none';
    throw error;
  }
}

/** A Weight cell read leniently: a number of 0 or more, else null (counts as 1). */
export function lenientWeight(value: unknown, lang: Lang): number | null {
  const weight = readNumber(value, lang, { lenient: true });
  return weight !== null && weight >= 0 ? weight : null;
}
