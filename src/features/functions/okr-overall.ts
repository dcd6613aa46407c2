import {
  incompleteText,
  objectiveFiguresByRow,
  overallFigure,
  type ObjectiveFigure,
  type WeightedFigure,
} from '../../core/figures';
import { isBlank } from '../../core/text';
import { t } from '../../i18n/catalog';
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { FUNCTIONS } from '../../i18n/sections';
import { inLocale } from './locale-arg';
import { objectiveColumns, weightedFigureAt } from './objective-args';
import { at, sharedHeight, type SheetArg } from './sheet-args';

/**
 * Overall progress of the period: the mean of the objectives' progress (each objective counts once), over every key result of the sheet. With a label (such as the period name), a headline text: "Q4 2026 overall: 55%".
 *
 * @param {string|Array<Array<string>>} objectives A one-column range of objective names, one row per key result. A blank cell belongs to the nearest objective above it.
 * @param {number|Array<Array<number>>} progress The key results' progress (as OKR_PROGRESS gives it), a range of the same height.
 * @param {number|Array<Array<number>>} weights Optional: each key result's weight in its objective, a range of the same height or one value. Blank counts as 1.
 * @param {string} locale Optional: "fr" (or fr_FR) for French messages; English by default.
 * @param {boolean} skipHeader Optional: TRUE when the ranges start at their header row (whole columns such as B1:B, which stay aligned whatever rows are inserted): the first row of each range is left out.
 * @param {string} label Optional: a name for the headline, such as the period ("Q4 2026"). Given (even blank), the result is a text such as "Q4 2026 overall: 55%".
 * @return {number|string} The overall progress between 0 and 1, or a text starting with ⚠ when an objective is incomplete (a key result with an error or no target); the headline text when a label is given.
 * @customfunction
 */
export function OKR_OVERALL(
  objectives: SheetArg,
  progress: SheetArg,
  weights?: SheetArg,
  locale?: SheetArg,
  skipHeader?: SheetArg,
  label?: SheetArg
): number | string {
  const body = (arg: SheetArg) => (skipHeader === true && Array.isArray(arg) ? arg.slice(1) : arg);
  return inLocale(locale, lang => {
    const result = overall(body(objectives), body(progress), body(weights), lang);
    if (label === undefined) return result;
    const name = Array.isArray(label) ? label[0]?.[0] : label;
    return headlineText(isBlank(name) ? '' : String(name), result, lang);
  });
}

function overall(objectives: SheetArg, progress: SheetArg, weights: SheetArg, lang: Lang): number | string {
  const columns = objectiveColumns(objectives, progress, weights);
  const [objectiveCol, progressCol, weightCol] = columns;
  const height = sharedHeight(columns);
  const names: unknown[] = new Array(height);
  const items: WeightedFigure[] = new Array(height);
  for (let row = 0; row < height; row++) {
    names[row] = at(objectiveCol, row);
    items[row] = weightedFigureAt(progressCol, weightCol, row, lang);
  }
  const figures = objectiveFiguresByRow(names, items).filter((f): f is ObjectiveFigure => f !== null);
  const result = overallFigure(figures);
  if (result.incomplete > 0) return incompleteText('overall', result.incomplete, lang);
  return result.progress ?? '';
}

/** The headline's words around the period name and the overall figure (a number, a ⚠ text or blank). */
export function headlineText(label: string, overall: number | string, lang: Lang): string {
  const name = label.trim();
  const figure =
    typeof overall === 'number'
      ? formatPercent(overall, lang)
      : overall !== ''
        ? overall
        : t(FUNCTIONS, lang, 'noProgressYet');
  return name
    ? t(FUNCTIONS, lang, 'headlineNamed', { name, figure })
    : t(FUNCTIONS, lang, 'headline', { figure });
}
