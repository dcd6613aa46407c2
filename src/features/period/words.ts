import { t, type Key, type Params } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import { labelOf, sheetName } from '../../i18n/schema-labels';
import { INSTALL, PERIOD } from '../../i18n/sections';

/**
 * The names the period's messages quote, as the user sees them elsewhere: menu captions, sheet names, column headers.
 * Each is written once in the catalogue (install's menu, the schema's labels) and enters the period's texts as a
 * parameter, so renaming a caption or a sheet in the catalogue renames it in these sentences too.
 */
export function periodWords(lang: Lang): Record<string, string> {
  return {
    install: t(INSTALL, lang, 'menuInstall'),
    reopen: t(INSTALL, lang, 'menuReopenPeriod'),
    history: sheetName(lang, 'history'),
    settings: sheetName(lang, 'settings'),
    okrs: sheetName(lang, 'okrs'),
    commitment: labelOf(lang, 'okrs', 'commitment'),
    carriedFrom: labelOf(lang, 'okrs', 'carriedFrom'),
  };
}

/** The close dialog's field labels: the History columns the fields fill (one text for the field and its column). */
export function closeFieldLabels(
  lang: Lang
): Record<
  'finalValue' | 'progress' | 'grade' | 'status' | 'note' | 'worked' | 'didNotWork' | 'change',
  string
> {
  return {
    finalValue: labelOf(lang, 'history', 'finalValue'),
    progress: labelOf(lang, 'history', 'progress'),
    grade: labelOf(lang, 'history', 'grade'),
    status: labelOf(lang, 'history', 'closingStatus'),
    note: labelOf(lang, 'history', 'learningNote'),
    worked: labelOf(lang, 'history', 'worked'),
    didNotWork: labelOf(lang, 'history', 'didNotWork'),
    change: labelOf(lang, 'history', 'change'),
  };
}

/** A text of the period section with the quoted names filled (periodWords), then `params`. */
export const periodText = (lang: Lang, key: Key<typeof PERIOD>, params?: Params): string =>
  t(PERIOD, lang, key, { ...periodWords(lang), ...params });
