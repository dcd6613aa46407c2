import type { Lang } from '../i18n/lang';
import { formatPercent } from '../engine/numbers';
import { overallProgress } from '../checkin/kr-math';
import { isBlank } from '../engine/text';
import { inLocale } from './locale-arg';
import { readProgress } from './progress-arg';
import { readAt, readColumn, type SheetArg } from './sheet-args';

/** The headline's words around the period name and the percentage, per language. */
export function headlineText(label: string, overall: number | null, lang: Lang): string {
  const name = label.trim();
  const figure =
    overall === null
      ? lang === 'fr'
        ? 'pas encore de progression'
        : 'no progress yet'
      : formatPercent(overall, lang);
  if (lang === 'fr')
    return name ? `${name}, progression globale : ${figure}` : `Progression globale : ${figure}`;
  return name ? `${name} overall: ${figure}` : `Overall progress: ${figure}`;
}

/**
 * Overall progress: the mean of the objectives' progress, each clamped to 0..1, the same figure as the weekly
 * review's overall. With a label (such as the period name), a headline text: "Q4 2026 overall: 55%".
 *
 * @param {number|Array<Array<number>>} objectiveProgress The objectives' progress, such as the Objective progress column (OKR_ROLLUP's result, one value per objective). Blank rows, and rows showing an error (⚠), are ignored.
 * @param {string} label Optional: a name for the headline, such as the period ("Q4 2026"). Given (even blank), the result is a text such as "Q4 2026 overall: 55%"; omitted, the result is a number.
 * @param {string} locale Optional: "fr" (or fr_FR) for the headline and error messages in French; English by default.
 * @return {number|string} The overall progress between 0 and 1 (blank when no objective has progress), or the headline text when a label is given.
 * @customfunction
 */
export function OKR_OVERALL(
  objectiveProgress: SheetArg,
  label?: SheetArg,
  locale?: SheetArg
): number | string {
  return inLocale(locale, lang => {
    const column = readColumn(objectiveProgress, {
      en: 'objective progress',
      fr: "progression de l'objectif",
    });
    const items = column.values.map((_, row) => ({ progress: readAt(column, row, readProgress) }));
    const overall = overallProgress(items.map(item => item.progress));
    if (label === undefined) return overall ?? '';
    const name = Array.isArray(label) ? label[0]?.[0] : label;
    return headlineText(isBlank(name) ? '' : String(name), overall, lang);
  });
}
