import type { Lang } from '../i18n/lang';
import { OkrInputError } from '../engine/errors';
import { parseKrKind } from '../engine/kinds';
import { parseUserNumber } from '../engine/numbers';
import { krProgress } from '../engine/progress';
import { inLocale } from './locale-arg';
import {
  computeRows,
  isAnyRange,
  readAt,
  readColumn,
  type SheetArg,
  type SheetResult,
  withHeader,
} from './sheet-args';

const readNumber = (value: unknown) => parseUserNumber(value);

/**
 * Progress of key results from start to target, between 0 and 1 (format the cell as a percentage).
 *
 * @param {number|Array<Array<number>>} current The value reached so far, or a one-column range of them. A blank value gives a blank result.
 * @param {number|Array<Array<number>>} target The value aimed for, or a one-column range. Below the start, the metric counts down.
 * @param {number|Array<Array<number>>} start Optional: the value at the start of the period, or a range. Blank counts as 0.
 * @param {string|Array<Array<string>>} kind Optional: Increase, Decrease, Stay at or above, Stay at or below or Milestone (English or French), or a range. Blank is inferred from start and target.
 * @param {string} locale Optional: "fr" (or fr_FR) for error messages in French; English by default.
 * @param {string} header Optional: a header text. Each range's first row (its header) is then skipped and the result starts with this text.
 * @return {number|Array<Array<number>>} The progress of each key result, clamped to 0..1; a column when a range was given, where a row with a wrong value shows a text starting with ⚠ saying what is wrong.
 * @customfunction
 */
export function OKR_PROGRESS(
  current: SheetArg,
  target: SheetArg,
  start?: SheetArg,
  kind?: SheetArg,
  locale?: SheetArg,
  header?: SheetArg
): SheetResult<number | string> {
  return withHeader(header, [current, target, start, kind], ([c, t, s, k]) =>
    inLocale(locale, lang => progressColumn(c, t, s, k, lang))
  );
}

function progressColumn(
  current: SheetArg,
  target: SheetArg,
  start: SheetArg,
  kind: SheetArg,
  lang: Lang
): SheetResult<number | string> {
  const columns = [
    readColumn(current, { en: 'current', fr: 'actuel' }),
    readColumn(target, { en: 'target', fr: 'cible' }),
    readColumn(start, { en: 'start', fr: 'départ' }),
    readColumn(kind, { en: 'kind', fr: 'type' }),
  ];
  const [currentCol, targetCol, startCol, kindCol] = columns;
  // With ranges, rows still being typed (no target yet) stay blank rather than flagged.
  const lenient = isAnyRange(columns);
  return computeRows(columns, lang, row => {
    const value = readAt(currentCol, row, readNumber);
    if (value === null) return '';
    const krKind = readAt(kindCol, row, parseKrKind);
    const goal = readAt(targetCol, row, readNumber);
    if (goal === null && krKind !== 'milestone') {
      if (lenient) return '';
      throw new OkrInputError({
        en: 'Target is empty: give the value to reach',
        fr: 'La cible est vide : indiquez la valeur à atteindre',
      });
    }
    const progress = krProgress(krKind, readAt(startCol, row, readNumber), goal, value);
    return progress ? progress.clamped : '';
  });
}
