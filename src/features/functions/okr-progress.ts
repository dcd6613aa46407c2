import type { Lang } from '../../i18n/lang';
import { CELL_NAMES, krProgressOrThrow } from '../../core/figures';
import { inLocale } from './locale-arg';
import { at, computeRows, readColumn, type SheetArg, type SheetResult, withHeader } from './sheet-args';

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
    readColumn(current, CELL_NAMES.current),
    readColumn(target, CELL_NAMES.target),
    readColumn(start, CELL_NAMES.start),
    readColumn(kind, CELL_NAMES.kind),
  ];
  const [currentCol, targetCol, startCol, kindCol] = columns;
  // The figures module's rule (src/core/figures.ts), numbers read in the workbook's language.
  return computeRows(columns, lang, row => {
    const progress = krProgressOrThrow(
      {
        current: at(currentCol, row),
        target: at(targetCol, row),
        start: at(startCol, row),
        kind: at(kindCol, row),
      },
      lang
    );
    return progress ? progress.progress : '';
  });
}
