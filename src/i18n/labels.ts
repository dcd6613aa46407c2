import type { Commitment, Grade } from '../core/grade';
import type { KrKind } from '../core/kinds';
import type { PaceStatus } from '../core/pace';
import { t, type Key } from './catalog';
import type { Lang } from './lang';
import { CORE } from './sections';

/**
 * The words for the core's enumerations (status, grade, commitment, kind), from the catalogue's `core` section:
 * the sheet, the sidebar, the dialogs and the parsers that accept either language all read them here.
 */
const STATUS_KEYS: Record<PaceStatus, Key<typeof CORE>> = {
  done: 'statusDone',
  onTrack: 'statusOnTrack',
  atRisk: 'statusAtRisk',
  offTrack: 'statusOffTrack',
};
const GRADE_KEYS: Record<Grade, Key<typeof CORE>> = {
  red: 'gradeRed',
  yellow: 'gradeYellow',
  green: 'gradeGreen',
};
const COMMITMENT_KEYS: Record<Commitment, Key<typeof CORE>> = {
  aspirational: 'commitmentAspirational',
  committed: 'commitmentCommitted',
};
const KIND_KEYS: Record<KrKind, Key<typeof CORE>> = {
  increase: 'kindIncrease',
  decrease: 'kindDecrease',
  stayAbove: 'kindStayAbove',
  stayBelow: 'kindStayBelow',
  milestone: 'kindMilestone',
};

export const statusLabel = (lang: Lang, status: PaceStatus): string => t(CORE, lang, STATUS_KEYS[status]);
export const gradeLabel = (lang: Lang, grade: Grade): string => t(CORE, lang, GRADE_KEYS[grade]);
export const commitmentLabel = (lang: Lang, c: Commitment): string => t(CORE, lang, COMMITMENT_KEYS[c]);
export const kindLabel = (lang: Lang, kind: KrKind): string => t(CORE, lang, KIND_KEYS[kind]);

/** Every language's label of one value, for parsers that accept what any language's dropdown offers. */
export function labelsInEveryLang<V extends string>(
  label: (lang: Lang, value: V) => string,
  value: V
): string[] {
  return (Object.keys(CORE) as Lang[]).map(lang => label(lang, value));
}
