import { gradeOf } from '../../core/grade';
import { readCommitment } from '../../core/read';
import { gradeLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { inLocale } from './locale-arg';
import { readProgress } from './progress-arg';
import {
  computeRows,
  readAt,
  readColumn,
  type SheetArg,
  type SheetResult,
  withHeader,
  argName,
} from './sheet-args';

/**
 * Grade of progress on Google's OKR scale: Red below 0.4, Yellow from 0.4, Green from 0.7 (committed: Green only at 1.0).
 *
 * @param {number|Array<Array<number>>} progress The progress (0 to 1), or a one-column range. A blank value, or an error text of OKR_PROGRESS (⚠), gives a blank result.
 * @param {boolean|Array<Array<boolean>>} aspirational Optional: TRUE (the default) for aspirational OKRs, expected at 0.7; FALSE for committed ones, expected at 1.0 (yellow from about 0.57). The words Aspirational and Committed (Ambitieux, Engagé) work too.
 * @param {string} locale Optional: "fr" (or fr_FR) for French labels and error messages; English by default.
 * @param {string} header Optional: a header text. Each range's first row (its header) is then skipped and the result starts with this text.
 * @return {string|Array<Array<string>>} Red, Yellow or Green for each value; a column when a range was given, where a row with a wrong value shows a text starting with ⚠ saying what is wrong.
 * @customfunction
 */
export function OKR_GRADE(
  progress: SheetArg,
  aspirational?: SheetArg,
  locale?: SheetArg,
  header?: SheetArg
): SheetResult<string> {
  return withHeader(header, [progress, aspirational], ([p, a]) =>
    inLocale(locale, lang => gradeColumn(p, a, lang))
  );
}

function gradeColumn(progress: SheetArg, aspirational: SheetArg, lang: Lang): SheetResult<string> {
  const columns = [
    readColumn(progress, argName('progress')),
    readColumn(aspirational, argName('aspirational')),
  ];
  const [progressCol, commitmentCol] = columns;
  return computeRows(columns, lang, row => {
    const value = readAt(progressCol, row, v => readProgress(v, lang));
    if (value === null) return '';
    // A blank aspirational argument is its documented default, aspirational.
    const commitment = readAt(commitmentCol, row, v => readCommitment(v, 'aspirational'));
    return gradeLabel(lang, gradeOf(value, commitment));
  });
}
