import { OkrInputError } from '../../core/errors';
import { krProgressOrThrow } from '../../core/figures';
import { GRADE_THRESHOLDS, gradeOf, type Commitment, type Grade } from '../../core/grade';
import { inferKrKind, parseKrKind, type KrKind } from '../../core/kinds';
import { readKrValue, readNumber } from '../../core/read';
import { t } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import { PERIOD } from '../../i18n/sections';

/**
 * The close's figures for the dialog (live, as the final value is typed) and the server (what History keeps):
 * src/core/figures.ts's KR progress (clamped to 0..1) and grade on the KR's own scale (committed KRs are
 * expected at 1.0, aspirational ones at 0.7), so a closed KR's grade is the one the sheet showed.
 */
export interface FinalFigures {
  progress: number;
  grade: Grade;
}

export interface KrScale {
  start?: unknown;
  target?: unknown;
  kind?: unknown;
}

/**
 * A final value as typed, read in the KR's own scale like a check-in's value (core/read.ts): the number, or why
 * not (blank or not a number) in the dialog's words, naming the KR `kr`.
 */
export function readFinalValue(
  text: string,
  lang: Lang,
  scale: KrScale,
  kr: string
): { value: number } | { error: string } {
  const typed = String(text ?? '').trim();
  try {
    const value = readKrValue(text, lang, scale);
    if (value !== null) return { value };
  } catch (error) {
    if (!(error instanceof OkrInputError)) throw error;
  }
  return { error: t(PERIOD, lang, typed ? 'notANumber' : 'finalRequired', { kr, value: typed }) };
}

/** Progress and grade of a final value; throws the engine's OkrInputError for a row that cannot be computed. */
export function finalFigures(
  kr: KrScale,
  finalValue: number,
  commitment: Commitment,
  lang: Lang
): FinalFigures {
  // The figures module's KR progress (with its checks: a final value in another scale than start and target is
  // refused with the fix, as in the sheet) and its grade: one definition for the sheet, the dialog and History.
  const progress = krProgressOrThrow(
    { kind: kr.kind, start: kr.start, target: kr.target, current: finalValue },
    lang
  );
  if (!progress) throw new OkrInputError('noFinalValue');
  return { progress: progress.progress, grade: gradeOf(progress.progress, commitment) };
}

/** The progress a KR is expected to reach on its scale (1 for committed, 0.7 for aspirational). */
export function expectedAt(commitment: Commitment): number {
  return GRADE_THRESHOLDS[commitment].green;
}

/** Whether a carried KR starts from its final value: increase and decrease KRs (a blank kind decided by numbers). */
export function startsFromFinal(kr: KrScale, lang: Lang): boolean {
  let kind: KrKind | null;
  try {
    kind = parseKrKind(kr.kind);
    if (kind === null) {
      const start = readNumber(kr.start, lang) ?? 0;
      const target = readNumber(kr.target, lang);
      kind = target === null ? 'increase' : inferKrKind(start, target);
    }
  } catch {
    return false;
  }
  return kind === 'increase' || kind === 'decrease';
}
