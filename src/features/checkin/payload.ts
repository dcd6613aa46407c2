import { formatNumber, formatPercent, groupDigits } from '../../i18n/format';
import { isoDay, isValidDate } from '../../core/text';
import type { Lang } from '../../i18n/lang';
import { toKeyResults, type OkrColumns, type OkrRow } from '../../schema/okr-rows';
import { cellToIsoDay, isoWeek, mondayOf, parseIsoDay } from '../../core/dates';
import { krFigure, objectiveFigure, type KrFigure } from '../../core/figures';
import { errorText } from '../../i18n/error-text';
import { krStatus, lenientWeight, type PaceContext } from './kr-math';
import { groupLogByKr, trendOf, type LogEntry } from './log-entries';
import { buildWeeklyReview } from './review';
import type { CellValue, CheckinData, CheckinKr, CheckinObjective } from './types';

/** Everything the payload is computed from: the OKRs table as read, its formulas, the log, who and when. */
export interface CheckinSource {
  lang: Lang;
  /** Today as an ISO day. */
  today: string;
  columns: OkrColumns;
  rows: readonly OkrRow[];
  /** Formulas of the OKRs sheet (getFormulas of the same range as the values: index = rowNumber - 1). */
  formulas: readonly (readonly string[])[];
  /** Number formats of the same range (a Current cell formatted as a percent is shown as one: 0.031 is 3.1 %). */
  numberFormats?: readonly (readonly string[])[];
  log: readonly LogEntry[];
  /** The period of the Settings sheet, for the pace status (null when not set). */
  periodStart: Date | null;
  periodEnd: Date | null;
  /** Settings' "As of" date the sheet's Status is computed at (null: today). */
  asOf?: Date | null;
}

/** A cell as plain JSON data: dates become ISO days, blanks '', checkboxes 1/0. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isValidDate(value)) return isoDay(value);
  return String(value);
}

/** True when two cells hold the same thing as far as a check-in is concerned. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return String(a).trim() === String(b).trim();
}

/**
 * A cell for people, numbers written the locale's way ('1,5' in French); up to 10 decimals, no float noise. It is
 * also the check-in field's starting text, so it must read back: a huge number is written in full digits, grouped
 * (`1,000,000,000,000,000,000,000`), never `1e+21`.
 */
export function formatCell(value: CellValue, lang: Lang): string {
  if (typeof value === 'number') {
    if (Math.abs(value) >= 1e15 && Number.isFinite(value)) {
      const digits = BigInt(Math.round(Math.abs(value))).toString();
      return (value < 0 ? '-' : '') + groupDigits(digits, lang);
    }
    return formatNumber(value, lang, 10);
  }
  return value;
}

/**
 * The Current cell as its cell shows it: a percent-formatted cell as a percent (`3.1%`, `3,1 %`), which the
 * check-in field reads back in the cell's scale; any other cell as formatCell writes it.
 */
function formatCurrent(value: CellValue, numberFormat: string, lang: Lang): string {
  return typeof value === 'number' && numberFormat.includes('%')
    ? formatPercent(value, lang, 8)
    : formatCell(value, lang);
}

export function formulaAt(formulas: CheckinSource['formulas'], rowNumber: number, index: number | undefined) {
  return index === undefined ? '' : (formulas[rowNumber - 1]?.[index] ?? '');
}

/** The key results with an id, grouped by objective in sheet order, each with its trend from the log. */
export function buildObjectives(source: CheckinSource): CheckinObjective[] {
  const byKr = groupLogByKr(source.log);
  const pace: PaceContext = {
    periodStart: source.periodStart,
    periodEnd: source.periodEnd,
    asOf: source.asOf ?? null,
    today: parseIsoDay(source.today),
  };
  const objectives: CheckinObjective[] = [];
  const figures = new Map<CheckinObjective, { figure: KrFigure; weight: number | null }[]>();
  const byName = new Map<string, CheckinObjective>();
  for (const kr of toKeyResults(source.rows, source.columns)) {
    if (!kr.id) continue;
    const cell = (key: keyof typeof kr.cells) => toCellValue(kr.cells[key]);
    const current = cell('current');
    const figure = krFigure(kr.cells, source.lang);
    const progress = figure.state === 'ok' ? figure.raw : null;
    const entries = byKr.get(kr.id);
    const logged = entries && entries.length > 0 ? entries[entries.length - 1].date : '';
    const typed = cellToIsoDay(kr.cells.lastCheckin);
    const item: CheckinKr = {
      id: kr.id,
      objective: kr.objective,
      keyResult: String(kr.cells.keyResult ?? ''),
      owner: String(kr.cells.owner ?? '').trim(),
      kind: String(kr.cells.kind ?? ''),
      start: cell('start'),
      target: cell('target'),
      current,
      confidence: cell('confidence'),
      currentText: formatCurrent(
        current,
        formulaAt(source.numberFormats ?? [], kr.rowNumber, source.columns.current),
        source.lang
      ),
      progress,
      progressError: figure.state === 'error' ? errorText(figure.error, source.lang) : '',
      status: krStatus(progress, pace),
      lastCheckin: typed > logged ? typed : logged,
      actions: String(kr.cells.actions ?? ''),
      currentIsFormula: formulaAt(source.formulas, kr.rowNumber, source.columns.current) !== '',
      trend: trendOf(entries),
      weight: lenientWeight(kr.cells.weight, source.lang),
    };
    let objective = byName.get(kr.objective);
    if (!objective) {
      objective = { name: kr.objective, progress: null, incomplete: 0, krs: [] };
      figures.set(objective, []);
      byName.set(kr.objective, objective);
      objectives.push(objective);
    }
    objective.krs.push(item);
    figures.get(objective)!.push({ figure, weight: item.weight ?? null });
  }
  for (const objective of objectives) {
    const result = objectiveFigure(figures.get(objective)!);
    objective.progress = result.progress;
    objective.incomplete = result.incomplete;
  }
  return objectives;
}

/** The whole getCheckinData payload. */
export function buildCheckinData(source: CheckinSource): CheckinData {
  const objectives = buildObjectives(source);
  const owners = [...new Set(objectives.flatMap(o => o.krs.map(k => k.owner)).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b)
  );
  const week = isoWeek(parseIsoDay(source.today));
  return {
    lang: source.lang,
    today: source.today,
    week,
    weekStart: mondayOf(source.today),
    periodStart: source.periodStart ? isoDay(source.periodStart) : '',
    periodEnd: source.periodEnd ? isoDay(source.periodEnd) : '',
    asOf: source.asOf ? isoDay(source.asOf) : '',
    objectives,
    owners,
    review: buildWeeklyReview({ lang: source.lang, today: source.today, week, objectives, log: source.log }),
  };
}
