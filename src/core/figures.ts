/**
 * THE definition of every figure okr-sheets shows: KR progress, objective progress (roll-up with weights),
 * overall progress, pace, confidence average, with their rules for blanks, errors and units (the readers of a
 * number, a commitment and a status are in read.ts, grades in grade.ts).
 * The custom functions (src/functions), the check-in sidebar and weekly review (src/checkin), the Dashboard (through
 * the custom functions its formulas call) and the quality check all compute through here, so one workbook shows
 * one figure for one KR, one objective and the whole period, wherever it is read. README "How the figures are
 * computed" documents these rules for users.
 */
import { t } from '../i18n/catalog';
import { phrase, type Phrase, type PhraseParams } from '../i18n/error-text';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { CORE } from '../i18n/sections';
import { quarterOf } from './dates';
import { CELL_ERROR_MARK, OkrInputError, isCellErrorText, withContext } from './errors';
import { parseKrKind, type KrKind } from './kinds';
import { negativeWeight, objectiveFirstRows } from './objective';
import { expectedProgress, paceStatus, type PaceStatus } from './pace';
import { clamp01, progressBetween, roundNoise } from './progress';
import { readNumber } from './read';

/** The argument names errors are prefixed with: "Current: 'abc' is not a number". */
export const CELL_NAMES = {
  current: phrase(CORE, 'argCurrent'),
  target: phrase(CORE, 'argTarget'),
  start: phrase(CORE, 'argStart'),
  kind: phrase(CORE, 'argKind'),
};

/** A current typed in another scale than the KR's start and target (the quality check reports it apart). */
export class OkrScaleError extends OkrInputError {
  constructor(params: PhraseParams) {
    super('notInScale', params);
    this.name = 'OkrScaleError';
  }
}

/** A KR's cells as typed (raw cell values). */
export interface KrCells {
  kind?: unknown;
  start?: unknown;
  target?: unknown;
  current?: unknown;
}

/**
 * A KR's progress figure:
 * - `blank`: no current value yet. The KR is not measured: it shows no progress and is left out of its
 *   objective's mean (an objective is not "incomplete" because a KR has not been checked in yet).
 * - `ok`: `progress` in 0..1 (what every surface shows), `raw` unclamped (may pass 1 or fall below 0).
 * - `error`: a cell that cannot be read, a missing target, or a current in another scale than start and target.
 *   The KR shows the message instead of a progress, and its objective is incomplete.
 */
export type KrFigure =
  | { state: 'blank' }
  | { state: 'ok'; progress: number; raw: number }
  | { state: 'error'; error: OkrInputError };

function read<T>(value: unknown, name: Phrase, reader: (value: unknown) => T): T {
  try {
    return reader(value);
  } catch (error) {
    throw withContext(error, name);
  }
}

/** Like krFigure, but throws the KR's input error (for the custom functions, whose rows report it in place). */
export function krProgressOrThrow(cells: KrCells, lang: Lang): { progress: number; raw: number } | null {
  const current = read(cells.current, CELL_NAMES.current, v => readNumber(v, lang));
  if (current === null) return null;
  const kind = read(cells.kind, CELL_NAMES.kind, parseKrKind);
  const target = read(cells.target, CELL_NAMES.target, v => readNumber(v, lang));
  const start = read(cells.start, CELL_NAMES.start, v => readNumber(v, lang));
  if (target === null && kind !== 'milestone') {
    throw new OkrInputError('targetEmptyGive');
  }
  checkScale(kind, start, target, current, lang);
  const progress = progressBetween(kind, start, target, current)!;
  return { progress: progress.clamped, raw: progress.raw };
}

/** KR progress from its cells, by the rules above. */
export function krFigure(cells: KrCells, lang: Lang): KrFigure {
  try {
    const result = krProgressOrThrow(cells, lang);
    return result === null ? { state: 'blank' } : { state: 'ok', ...result };
  } catch (error) {
    if (error instanceof OkrInputError) return { state: 'error', error };
    throw error;
  }
}

/**
 * Rule for units: start, target and current of a KR share one unit. A percent KR is stored as fractions (24 % is
 * 0.24, formatted %). A current 100 times off the KR's range (0.26, i.e. `26 %` typed, against 24 → 28; or 26
 * against 0.24 → 0.28) is flagged with the fix rather than read as a silent 0 % or 100 %. "Off the range" means
 * outside [low - 2 × span, high + 2 × span] (span = high - low; Stay kinds: [target / 2, target × 2]) and at
 * least ten times smaller or larger than start and target, while the value × 100 or / 100 falls inside it.
 */
function checkScale(
  kind: KrKind | null,
  start: number | null,
  target: number | null,
  current: number,
  lang: Lang
): void {
  if (kind === 'milestone' || target === null || current === 0) return;
  let low: number;
  let high: number;
  if (kind === 'stayAbove' || kind === 'stayBelow') {
    if (target <= 0) return;
    [low, high] = [target / 2, target * 2];
  } else {
    const from = start ?? 0;
    if (from === target) return;
    const span = Math.abs(target - from);
    [low, high] = [Math.min(from, target) - 2 * span, Math.max(from, target) + 2 * span];
  }
  const inside = (x: number) => x >= low && x <= high;
  if (inside(current)) return;
  // Ten times smaller or larger than the KR's own numbers at least: an overachieved 3 against 0 -> 1 is no percent.
  const scale = Math.max(Math.abs(start ?? 0), Math.abs(target));
  for (const factor of [100, 0.01]) {
    const scaled = roundNoise(current * factor);
    const apart = factor === 100 ? Math.abs(current) * 10 <= scale : Math.abs(current) >= 10 * scale;
    if (!apart || !inside(scaled)) continue;
    const shown = (n: number) => formatNumber(n, lang, 6);
    const range =
      kind === 'stayAbove' || kind === 'stayBelow'
        ? shown(target)
        : `${shown(start ?? 0)} → ${shown(target)}`;
    // Formatted in the workbook's language, whatever language the message is then shown in.
    throw new OkrScaleError({
      current: shown(current),
      range,
      fix: shown(scaled),
      hint: shownIn => (factor === 100 ? t(CORE, shownIn, 'notAPercentHint') : ''),
    });
  }
}

/** A KR figure from a Progress cell as OKR_PROGRESS shows it: a number, blank, or a `⚠` text. */
export function figureFromProgressCell(value: unknown, lang: Lang): KrFigure {
  if (isCellErrorText(value)) {
    const text = String(value).slice(CELL_ERROR_MARK.length);
    return { state: 'error', error: new OkrInputError('shownText', { text }) };
  }
  const progress = readNumber(value, lang);
  return progress === null ? { state: 'blank' } : { state: 'ok', progress: clamp01(progress), raw: progress };
}

/** Rule for weights: blank counts as 1, 0 leaves the KR out, a negative weight or a text is an error. */
export function readWeight(value: unknown, lang: Lang): number | null {
  const weight = readNumber(value, lang);
  if (weight !== null && weight < 0) throw negativeWeight(weight);
  return weight;
}

/** An objective's figure. `progress` is null when there is nothing to average OR when it is incomplete. */
export interface ObjectiveFigure {
  progress: number | null;
  /** Key results in error (bad cell, no target, another scale): the objective is incomplete. */
  incomplete: number;
  /** Key results with a progress, counted in the mean (weight > 0). */
  counted: number;
  /** Key results of the objective (any state). */
  total: number;
}

export interface WeightedFigure {
  figure: KrFigure;
  /** Blank counts as 1; 0 leaves the KR out. */
  weight?: number | null;
}

/**
 * Rule for objectives: the weighted mean of its KRs' progress (each in 0..1). Blank KRs (no current yet) and KRs
 * of weight 0 are left out. An objective with a KR in error is INCOMPLETE: it shows no number (progress null), so
 * a typo can never raise it.
 */
export function objectiveFigure(items: readonly WeightedFigure[]): ObjectiveFigure {
  let sum = 0;
  let total = 0;
  let incomplete = 0;
  let counted = 0;
  for (const { figure, weight } of items) {
    if (figure.state === 'error') incomplete++;
    if (figure.state !== 'ok') continue;
    const w = weight ?? 1;
    if (w < 0) throw negativeWeight(w);
    if (w === 0) continue;
    sum += figure.progress * w;
    total += w;
    counted++;
  }
  return {
    progress: incomplete === 0 && total > 0 ? roundNoise(sum / total) : null,
    incomplete,
    counted,
    total: items.length,
  };
}

/**
 * Objectives of a table with one row per KR (rows grouped as objectiveFirstRows groups them): the figure of each
 * objective on its first row, null on the other rows and on rows above the first objective.
 */
export function objectiveFiguresByRow(
  objectives: readonly unknown[],
  items: readonly WeightedFigure[]
): (ObjectiveFigure | null)[] {
  const firstRows = objectiveFirstRows(objectives);
  const groups = new Map<number, WeightedFigure[]>();
  for (let row = 0; row < objectives.length; row++) {
    const first = firstRows[row];
    if (first < 0) continue;
    const list = groups.get(first) ?? [];
    list.push(items[row]);
    groups.set(first, list);
  }
  return objectives.map((_, row) => {
    const group = groups.get(row);
    return group && firstRows[row] === row ? objectiveFigure(group) : null;
  });
}

/** The whole period's figure. */
export interface OverallFigure {
  progress: number | null;
  /** Objectives that are incomplete: then the overall is incomplete too and shows no number. */
  incomplete: number;
  /** Objectives with a progress, counted in the mean. */
  counted: number;
}

/**
 * Rule for the overall progress: the mean of the objectives' progress, each objective counting once (whatever its
 * number of KRs), over every objective of the OKRs sheet: not only the KRs checked in so far. Objectives without
 * any measured KR are left out; any incomplete objective makes the overall incomplete.
 */
export function overallFigure(objectives: readonly ObjectiveFigure[]): OverallFigure {
  let sum = 0;
  let counted = 0;
  let incomplete = 0;
  for (const objective of objectives) {
    if (objective.incomplete > 0) incomplete++;
    else if (objective.progress !== null) {
      sum += objective.progress;
      counted++;
    }
  }
  return {
    progress: incomplete === 0 && counted > 0 ? roundNoise(sum / counted) : null,
    incomplete,
    counted,
  };
}

/** The text an incomplete objective or overall shows instead of a number, in the sheet and the sidebar alike. */
export function incompleteText(what: 'objective' | 'overall', incomplete: number, lang: Lang): string {
  const key = what === 'objective' ? 'incompleteObjective' : 'incompleteOverall';
  return CELL_ERROR_MARK + t(CORE, lang, key, { n: incomplete });
}

/** The period pace is measured in, as the Settings sheet gives it. */
export interface PaceInput {
  periodStart: Date | null;
  periodEnd: Date | null;
  /** Settings' "As of" date; blank means today. */
  asOf: Date | null;
}

/**
 * Rule for pace: the elapsed fraction of the period at the "As of" date (blank: today). Blank start AND end mean
 * the calendar quarter holding that date; only one of them blank, or an end before the start, is an error.
 */
export function expectedPace(pace: PaceInput, today: Date): number {
  const asOf = pace.asOf ?? today;
  let { periodStart: start, periodEnd: end } = pace;
  if (start === null && end === null) ({ start, end } = quarterOf(asOf));
  if (start === null) throw new OkrInputError('periodStartEmpty');
  if (end === null) throw new OkrInputError('periodEndEmpty');
  return expectedProgress(start, end, asOf);
}

/**
 * Rule for the confidence average: the mean of the confidences (0 to 10) typed, blanks and cells that are no
 * number in 0..10 left out; null when none is left.
 */
export function confidenceAverage(values: readonly unknown[], lang: Lang): number | null {
  let sum = 0;
  let n = 0;
  for (const value of values) {
    const x = readNumber(value, lang, { lenient: true });
    if (x === null || x < 0 || x > 10) continue;
    sum += x;
    n++;
  }
  return n > 0 ? roundNoise(sum / n) : null;
}

/**
 * THE status of a KR's progress: Done at 1; else On track while at most 0.1 behind the steady pace of the period
 * at the "As of" date (blank: today), At risk up to 0.25 behind, Off track beyond (core/pace.ts). A period with a
 * blank start AND end is the calendar quarter holding that date, in the sheet and the sidebar alike. Null while
 * the KR has no progress. A wrong period (one date blank, an end before the start) throws: the sheet's Status
 * shows its ⚠ text, the sidebar no status.
 */
export function statusFor(progress: number | null, period: PaceInput, today: Date): PaceStatus | null {
  if (progress === null) return null;
  return paceStatus(clamp01(progress), expectedPace(period, today));
}
