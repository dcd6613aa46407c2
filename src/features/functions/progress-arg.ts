import { isCellErrorText } from '../../core/errors';
import { readNumber } from '../../core/read';
import type { Lang } from '../../i18n/lang';

/**
 * Reads a progress value given to OKR_ROLLUP, OKR_STATUS or OKR_GRADE. A row OKR_PROGRESS could not compute
 * already shows its error text (`⚠ …`) in the Progress column: it reads as blank here, so the error shows once,
 * where it was made, and not again in every column computed from it.
 */
export function readProgress(value: unknown, lang: Lang): number | null {
  return isCellErrorText(value) ? null : readNumber(value, lang);
}
