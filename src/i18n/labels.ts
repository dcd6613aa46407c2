import type { Commitment, Grade } from '../core/grade';
import type { KrKind } from '../core/kinds';
import type { PaceStatus } from '../core/pace';
import { t, type Key } from './catalog';
import type { Lang } from './lang';
import { CORE } from './sections';

/**
 * The words for the core's enumerations (status, grade, commitment, kind), from the catalogue's `core` section:
 * the sheet, the sidebar, the dialogs and the parsers that accept either language all read them here. Each word's
 * key is its kind of value and the value capitalized (`statusOnTrack`, `gradeRed`, `kindStayAbove`).
 */
type Keyed<P extends string, V extends string> = `${P}${Capitalize<V>}` extends Key<typeof CORE> ? V : never;
const word =
  <P extends string, V extends string>(prefix: P) =>
  (lang: Lang, value: Keyed<P, V>): string =>
    t(CORE, lang, (prefix + value[0].toUpperCase() + value.slice(1)) as Key<typeof CORE>);

export const statusLabel = word<'status', PaceStatus>('status');
export const gradeLabel = word<'grade', Grade>('grade');
export const commitmentLabel = word<'commitment', Commitment>('commitment');
export const kindLabel = word<'kind', KrKind>('kind');

/** Every language's label of one value, for parsers that accept what any language's dropdown offers. */
export function labelsInEveryLang<V extends string>(
  label: (lang: Lang, value: V) => string,
  value: V
): string[] {
  return (Object.keys(CORE) as Lang[]).map(lang => label(lang, value));
}
