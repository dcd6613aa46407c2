import { closeFieldLabels, periodText, periodWords } from './words';
import { formatCell, toCellValue } from '../checkin/payload';
import { dayNumber, fromDayNumber } from '../../core/dates';
import { OkrInputError } from '../../core/errors';
import type { Commitment } from '../../core/grade';
import { readCommitment } from '../../core/read';
import { isBlank, isoDay, isValidDate } from '../../core/text';
import { errorText as inputErrorText } from '../../i18n/error-text';
import { commitmentLabel, gradeLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { columnRuns, DATE_FORMAT, PERCENT_FORMAT } from '../install/formats';
import { formatKrId, type CheckinColumnKey } from '../../schema/layout';
import {
  computedIndexes,
  toKeyResults,
  type KeyResultRow,
  type OkrColumns,
  type OkrRow,
} from '../../schema/okr-rows';
import type { OkrSettings } from '../../schema/settings';
import { currentQuarter } from '../../schema/settings';
import { finalFigures, readFinalValue, startsFromFinal } from './final-figures';
import { closingStatusLabel } from '../../i18n/schema-labels';
import {
  CLOSING_STATUSES,
  HISTORY_COLUMNS,
  type ClosingStatus,
  type HistoryColumnKey,
} from '../../schema/history';
import type { CloseData, CloseKr, ClosePayload, ClosePeriodInfo } from './types';

/**
 * Closing a period, planned as pure data (src/features/period/server.ts reads and writes): the OKRs sheet's data area
 * as cells (value, formula, number format), History rows, the log's period tags and the Settings cells to write.
 * Everything is validated before the first write; "Reopen last period" rebuilds the area from History's restore
 * data, so every cell comes back.
 */

/** One cell of the OKRs data area: value, formula ('' for none) and number format. */
export interface AreaCell {
  v: unknown;
  f: string;
  n: string;
}
/** Rows 2.. of the OKRs sheet; computed columns hold null (their header formula fills them). */
export type Area = (AreaCell | null)[][];

export interface OkrSource {
  columns: OkrColumns;
  width: number;
  /** Data rows (the sheet's rows 2..height+1). */
  height: number;
  rows: readonly OkrRow[];
  /** getFormulas / getNumberFormats of the data range, header row first. */
  formulas: readonly (readonly string[])[];
  formats: readonly (readonly string[])[];
}

export interface HistorySource {
  columns: Partial<Record<HistoryColumnKey, number>>;
  width: number;
  values: readonly (readonly unknown[])[];
}

export interface LogSource {
  columns: Partial<Record<CheckinColumnKey, number>>;
  values: readonly (readonly unknown[])[];
}

export interface CloseSource {
  lang: Lang;
  /** The close's instant (its id in the restore data). */
  now: Date;
  /** What "Closed on" holds: today in the spreadsheet's time zone, as the cell value (sheetCalendar().toCell). */
  closedOn: Date;
  author: string;
  settings: OkrSettings;
  okr: OkrSource;
  history: HistorySource | null;
  log: LogSource | null;
  /** The highest KR id number ever given (spreadsheet metadata). */
  lastIssued: number;
}

/** The OKRs data area as cells, from what was read (blank rows included). */
export function readArea(okr: OkrSource): Area {
  const computed = computedIndexes(okr.columns);
  const byRow = new Map(okr.rows.map(row => [row.rowNumber, row.values]));
  const area: Area = [];
  for (let r = 0; r < okr.height; r++) {
    const values = byRow.get(r + 2) ?? [];
    const row: (AreaCell | null)[] = [];
    for (let c = 0; c < okr.width; c++) {
      if (computed.has(c)) row.push(null);
      else
        row.push({
          v: values[c] ?? '',
          f: okr.formulas[r + 1]?.[c] ?? '',
          n: okr.formats[r + 1]?.[c] ?? '',
        });
    }
    area.push(row);
  }
  return area;
}

// ---- JSON of the restore data (dates survive as {"$d": time}) -------------------------------------------------

/** The number format Sheets reports for a cell never formatted: left out of the restore data. */
const AUTOMATIC = '0.###############';

export function encodeRestore(data: unknown): string {
  return JSON.stringify(data, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    if (isValidDate(raw)) return { $d: raw.getTime() };
    if (key === 'f' && value === '') return undefined;
    if (key === 'n' && (value === AUTOMATIC || value === '')) return undefined;
    return value;
  });
}

export function decodeRestore<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object') {
      if ('$d' in value) return new Date((value as { $d: number }).$d);
      if ('v' in value) {
        const cell = value as Partial<AreaCell>;
        return { v: cell.v, f: cell.f ?? '', n: cell.n ?? AUTOMATIC };
      }
    }
    return value;
  }) as T;
}

/** What a History row keeps to restore its KR's row; the first row of a close also keeps the close's own. */
export interface RestoreData {
  close: string;
  row: number;
  cells: (AreaCell | null)[];
  head?: RestoreHead;
}

export interface RestoreHead {
  height: number;
  width: number;
  /** Rows of the area that were no key result (objective-only rows, notes). */
  extra: { row: number; cells: (AreaCell | null)[] }[];
  /** Settings cells before the close (period name, start, end). */
  settings: { periodName: unknown; periodStart: unknown; periodEnd: unknown };
  next: string;
  /** Runs of log rows (1-based, inclusive) whose period cell was blank before the close tagged them. */
  tagged: [number, number][];
  carried: string[];
}

// ---- periods ----------------------------------------------------------------------------------------------------

const iso = (date: Date | null) => (date ? isoDay(date) : '');

/** The period after the current one: the calendar quarter starting the day after its end. */
export function nextPeriod(
  settings: OkrSettings,
  lang: Lang
): { name: string; start: Date; end: Date } | null {
  if (!settings.periodEnd) return null;
  // A period that is not a calendar quarter still moves on to a quarter: the one holding the next day.
  return currentQuarter(fromDayNumber(dayNumber(settings.periodEnd) + 1), lang);
}

function periodInfo(name: string, start: Date | null, end: Date | null): ClosePeriodInfo {
  return { name, start: iso(start), end: iso(end) };
}

/** History rows of this period that were closed and not reopened. */
function closedRows(history: HistorySource | null, period: string): number {
  if (!history || history.columns.period === undefined) return 0;
  const p = history.columns.period;
  const reopened = history.columns.reopenedAt;
  return history.values
    .slice(1)
    .filter(
      row =>
        String(row[p] ?? '').trim() === period.trim() && (reopened === undefined || isBlank(row[reopened]))
    ).length;
}

// ---- the KRs of the period --------------------------------------------------------------------------------------

interface KrState {
  row: KeyResultRow;
  data: CloseKr;
  commitment: Commitment | null;
}

const krName = (kr: KeyResultRow) => `${kr.id || '–'} ${String(kr.cells.keyResult ?? '').trim()}`.trim();

function errorText(error: unknown, lang: Lang): string {
  if (error instanceof OkrInputError) return inputErrorText(error, lang);
  throw error;
}

function krStates(source: CloseSource): { states: KrState[]; errors: string[] } {
  const { lang } = source;
  const keyResults = toKeyResults(source.okr.rows, source.okr.columns);
  const errors: string[] = [];
  const idRows = new Map<string, number[]>();
  for (const kr of keyResults) {
    if (!kr.id) errors.push(periodText(lang, 'noId', { row: kr.rowNumber, kr: krName(kr) }));
    else idRows.set(kr.id, [...(idRows.get(kr.id) ?? []), kr.rowNumber]);
  }
  for (const [id, rows] of idRows) {
    if (rows.length > 1) errors.push(periodText(lang, 'duplicateId', { kr: id, rows: rows.join(', ') }));
  }
  const states = keyResults
    .filter(kr => kr.id)
    .map(kr => {
      const cells = kr.cells;
      let commitment: Commitment | null = null;
      let error = '';
      try {
        commitment = readCommitment(cells.commitment, source.settings.krType);
      } catch (e) {
        error = periodText(lang, 'badCommitment', { kr: krName(kr), message: errorText(e, lang) });
      }
      const current = toCellValue(cells.current);
      let progress: number | null = null;
      let grade: CloseKr['grade'] = null;
      const reading = readFinalValue(String(current), lang, cells, krName(kr));
      if ('value' in reading && commitment) {
        try {
          ({ progress, grade } = finalFigures(cells, reading.value, commitment, lang));
        } catch (e) {
          error ||= periodText(lang, 'noProgress', { kr: krName(kr), message: errorText(e, lang) });
        }
      }
      const data: CloseKr = {
        id: kr.id,
        objective: kr.objective,
        keyResult: String(cells.keyResult ?? ''),
        owner: String(cells.owner ?? '').trim(),
        kind: String(cells.kind ?? ''),
        start: toCellValue(cells.start),
        target: toCellValue(cells.target),
        finalText: formatCell(current, lang),
        progress,
        commitment: commitment ?? source.settings.krType,
        grade,
        suggested: grade === 'green' ? 'achieved' : 'missed',
        confidence: toCellValue(cells.confidence),
        error,
      };
      return { row: kr, data, commitment };
    });
  return { states, errors };
}

/** Problems that prevent closing at all, whatever is typed in the dialog. */
function blockers(source: CloseSource, states: readonly KrState[]): string[] {
  const { lang, settings } = source;
  const name = settings.periodName.trim();
  if (!name || !settings.periodStart || !settings.periodEnd) return [periodText(lang, 'noPeriod')];
  const out: string[] = [];
  if (closedRows(source.history, name) > 0) out.push(periodText(lang, 'alreadyClosed', { period: name }));
  if (states.length === 0) out.push(periodText(lang, 'emptyPeriod', { period: name }));
  if (source.okr.columns.carriedFrom === undefined || source.okr.columns.commitment === undefined)
    out.push(periodText(lang, 'needsRepair'));
  return out;
}

/** getCloseData: every KR of the period with its prefilled final value, progress and grade. */
export function buildCloseData(source: CloseSource): CloseData {
  const { lang, settings } = source;
  const { states, errors } = krStates(source);
  const next = nextPeriod(settings, lang);
  const objectives: CloseData['objectives'] = [];
  for (const state of states) {
    const last = objectives[objectives.length - 1];
    if (last && last.name === state.data.objective) last.krs.push(state.data);
    else objectives.push({ name: state.data.objective, krs: [state.data] });
  }
  return {
    lang,
    period: periodInfo(settings.periodName.trim(), settings.periodStart, settings.periodEnd),
    next: next ? periodInfo(next.name, next.start, next.end) : periodInfo('', null, null),
    objectives,
    blockers: [...blockers(source, states), ...errors],
    statusLabels: Object.fromEntries(CLOSING_STATUSES.map(s => [s, closingStatusLabel(lang, s)])) as Record<
      ClosingStatus,
      string
    >,
    fieldLabels: closeFieldLabels(lang),
    words: periodWords(lang),
  };
}

// ---- the close ------------------------------------------------------------------------------------------------

export interface ClosePlan {
  period: string;
  next: { name: string; start: Date; end: Date };
  /** History rows in the History sheet's column order, and their number formats. */
  historyRows: unknown[][];
  historyFormats: string[][];
  /** The OKRs data area after the close (rows 2..), as tall as before. */
  area: Area;
  /** The OKRs data area before (for a rollback). */
  before: Area;
  lastIssued: number;
  /** The log's period column from row `first`, after tagging (null when nothing to tag). */
  logTags: { first: number; before: unknown[][]; after: unknown[][] } | null;
  carried: { from: string; to: string }[];
  closed: number;
}

const HISTORY_FORMATS: Partial<Record<HistoryColumnKey, string>> = {
  start: 'General',
  target: 'General',
  finalValue: 'General',
  lastConfidence: 'General',
  progress: PERCENT_FORMAT,
  closedAt: DATE_FORMAT,
  reopenedAt: DATE_FORMAT,
};

function historyRow<T>(history: HistorySource, byKey: Partial<Record<HistoryColumnKey, T>>): (T | '')[] {
  const row: (T | '')[] = new Array(history.width).fill('');
  for (const key of Object.keys(byKey) as HistoryColumnKey[]) {
    const index = history.columns[key];
    if (index !== undefined) row[index] = byKey[key] as T;
  }
  return row;
}

/** The History layout used when the sheet does not exist yet (it is created with these headers). */
export function newHistory(): HistorySource {
  return {
    columns: Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c.key, i])),
    width: HISTORY_COLUMNS.length,
    values: [],
  };
}

const ID_NUMBER = /^KR-(\d+)$/i;
function highestId(values: Iterable<unknown>): number {
  let max = 0;
  for (const value of values) {
    const match = ID_NUMBER.exec(String(value ?? '').trim());
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max;
}

/** Runs of consecutive numbers as [first, last] pairs. */
/** Runs of consecutive numbers as [first, last] (inclusive): the restore data's log rows (the shared grouping). */
function runs(numbers: readonly number[]): [number, number][] {
  return columnRuns(numbers).map(([start, count]) => [start, start + count - 1]);
}

const blankLike = (cell: AreaCell | null): AreaCell | null => (cell ? { v: '', f: '', n: cell.n } : null);

/**
 * Validates the dialog's payload against the sheet and plans every write. Returns the errors (each naming its KR,
 * in the workbook language) when anything is wrong: then nothing at all is written.
 */
export function planClose(
  source: CloseSource,
  payload: ClosePayload
): { errors: string[] } | { plan: ClosePlan } {
  const { lang, settings, okr } = source;
  const { states, errors } = krStates(source);
  const period = settings.periodName.trim();
  const problems = [...blockers(source, states), ...errors];
  if (problems.length === 0 && String(payload?.period ?? '').trim() !== period)
    problems.push(periodText(lang, 'periodChanged', { period }));
  const next = nextPeriod(settings, lang);
  if (problems.length > 0 || !next)
    return { errors: problems.length ? problems : [periodText(lang, 'noPeriod')] };

  const entries = new Map<string, ClosePayload['krs'][number]>();
  for (const entry of Array.isArray(payload.krs) ? payload.krs : []) {
    const id = String(entry?.id ?? '').trim();
    if (!states.some(s => s.data.id === id)) problems.push(periodText(lang, 'unknownKr', { kr: id || '–' }));
    else entries.set(id, entry);
  }
  const retros = new Map(
    (Array.isArray(payload.retros) ? payload.retros : []).map(r => [String(r?.objective ?? ''), r])
  );

  interface Closing {
    state: KrState;
    final: number;
    progress: number;
    grade: CloseKr['grade'];
    status: ClosingStatus;
    note: string;
  }
  const closing: Closing[] = [];
  for (const state of states) {
    const name = `${state.data.id} ${state.data.keyResult}`.trim();
    const entry = entries.get(state.data.id);
    if (!entry) {
      problems.push(periodText(lang, 'missingKr', { kr: name }));
      continue;
    }
    if (state.data.error) {
      problems.push(state.data.error);
      continue;
    }
    const reading = readFinalValue(String(entry.finalValue ?? ''), lang, state.row.cells, name);
    if ('error' in reading) {
      problems.push(reading.error);
      continue;
    }
    let figures;
    try {
      figures = finalFigures(state.row.cells, reading.value, state.commitment!, lang);
    } catch (e) {
      problems.push(periodText(lang, 'noProgress', { kr: name, message: errorText(e, lang) }));
      continue;
    }
    const status = entry.status as ClosingStatus;
    if (!CLOSING_STATUSES.includes(status)) problems.push(periodText(lang, 'statusRequired', { kr: name }));
    const note = String(entry.note ?? '');
    if (figures.grade !== 'green' && note.trim() === '')
      problems.push(
        periodText(lang, 'noteNeeded', { kr: name, grade: gradeLabel(lang, figures.grade).toLowerCase() })
      );
    closing.push({ state, final: reading.value, ...figures, status, note });
  }
  if (problems.length > 0) return { errors: problems };

  // ---- everything is valid: plan the writes ----
  const before = readArea(okr);
  const keyRows = new Set(states.map(s => s.row.rowNumber));
  const history = source.history ?? newHistory();
  let lastIssued = Math.max(
    source.lastIssued,
    highestId(states.map(s => s.data.id)),
    highestId(history.columns.krId === undefined ? [] : history.values.map(r => r[history.columns.krId!])),
    highestId(
      history.columns.carriedTo === undefined ? [] : history.values.map(r => r[history.columns.carriedTo!])
    )
  );
  const columns = okr.columns;
  const carriedRows: (AreaCell | null)[][] = [];
  const carried: { from: string; to: string }[] = [];
  let lastObjective: string | null = null;
  const carriedTo = new Map<string, string>();
  for (const item of closing) {
    if (item.status !== 'carryOver') continue;
    lastIssued += 1;
    const to = formatKrId(lastIssued);
    carriedTo.set(item.state.data.id, to);
    carried.push({ from: item.state.data.id, to });
    const source = before[item.state.row.rowNumber - 2];
    const fromFinal = startsFromFinal(item.state.row.cells, lang);
    const row = source.map((cell, c) => {
      if (!cell) return null;
      const set = (v: unknown): AreaCell => ({ v, f: '', n: cell.n });
      if (c === columns.id) return set(to);
      if (c === columns.carriedFrom) return set(item.state.data.id);
      if (c === columns.objective)
        return set(item.state.data.objective === lastObjective ? '' : item.state.data.objective);
      if (c === columns.start && fromFinal) return set(item.final);
      if (
        c === columns.current ||
        c === columns.confidence ||
        c === columns.lastCheckin ||
        c === columns.notes
      )
        return set('');
      // Everything else (key result, owner, kind, target, actions, commitment, the user's own columns) is kept,
      // as values: a formula copied to another row would read other cells.
      return set(cell.v);
    });
    lastObjective = item.state.data.objective;
    carriedRows.push(row);
  }
  const area: Area = before.map((row, r) => carriedRows[r] ?? row.map(blankLike));

  const closeId = `${isoDay(source.now)}T${source.now.getTime()}`;
  const extra = before
    .map((cells, r) => ({ row: r + 2, cells }))
    .filter(
      ({ row, cells }) => !keyRows.has(row) && cells.some(cell => cell && (!isBlank(cell.v) || cell.f))
    );

  // The log: every row still untagged belonged to this period.
  let logTags: ClosePlan['logTags'] = null;
  const tagged: number[] = [];
  const log = source.log;
  if (log && log.columns.period !== undefined) {
    const p = log.columns.period;
    const krId = log.columns.krId;
    log.values.forEach((row, r) => {
      if (r > 0 && isBlank(row[p]) && krId !== undefined && !isBlank(row[krId])) tagged.push(r + 1);
    });
    if (tagged.length > 0) {
      const first = tagged[0];
      const last = tagged[tagged.length - 1];
      const slice = log.values.slice(first - 1, last).map(row => [row[p] ?? '']);
      const set = new Set(tagged);
      logTags = {
        first,
        before: slice,
        after: slice.map((cell, i) => (set.has(first + i) ? [period] : cell)),
      };
    }
  }

  const head: RestoreHead = {
    height: okr.height,
    width: okr.width,
    extra,
    settings: {
      periodName: settings.periodName,
      periodStart: settings.periodStart,
      periodEnd: settings.periodEnd,
    },
    next: next.name,
    tagged: runs(tagged),
    carried: carried.map(c => c.to),
  };
  const formats = historyRow(
    history,
    Object.fromEntries(HISTORY_COLUMNS.map(c => [c.key, HISTORY_FORMATS[c.key] ?? '@']))
  ).map(f => String(f || '@'));
  const historyRows: unknown[][] = [];
  const historyFormats: string[][] = [];
  closing.forEach((item, i) => {
    const { data, cells } = { data: item.state.data, cells: item.state.row.cells };
    const retro = retros.get(data.objective);
    const restore: RestoreData = {
      close: closeId,
      row: item.state.row.rowNumber,
      cells: before[item.state.row.rowNumber - 2],
    };
    if (i === 0) restore.head = head;
    historyRows.push(
      historyRow<unknown>(history, {
        period,
        objective: data.objective,
        krId: data.id,
        keyResult: data.keyResult,
        owner: data.owner,
        kind: data.kind,
        start: cells.start ?? '',
        target: cells.target ?? '',
        finalValue: item.final,
        progress: item.progress,
        grade: gradeLabel(lang, item.grade!),
        commitment: commitmentLabel(lang, item.state.commitment!),
        closingStatus: closingStatusLabel(lang, item.status),
        lastConfidence: cells.confidence ?? '',
        learningNote: item.note,
        carriedTo: carriedTo.get(data.id) ?? '',
        worked: String(retro?.worked ?? ''),
        didNotWork: String(retro?.didNotWork ?? ''),
        change: String(retro?.change ?? ''),
        closedBy: source.author,
        closedAt: source.closedOn,
        restore: encodeRestore(restore),
      })
    );
    historyFormats.push(formats);
  });
  return {
    plan: {
      period,
      next,
      historyRows,
      historyFormats,
      area,
      before,
      lastIssued,
      logTags,
      carried,
      closed: closing.length,
    },
  };
}

// ---- reopen -----------------------------------------------------------------------------------------------------

export interface ReopenPlan {
  period: string;
  next: string;
  /** 1-based History rows of the close being reopened. */
  historyRows: number[];
  area: Area;
  settings: RestoreHead['settings'];
  /** Log rows to untag (runs, inclusive). */
  untag: [number, number][];
  restored: number;
}

/** The last close still in force: the History rows sharing the latest close id and no "Reopened on" date. */
export interface LastClose {
  period: string;
  next: string;
  rows: { row: number; data: RestoreData }[];
  head: RestoreHead;
}

/** The last close History can undo (what the reopen's question names), or null when there is none. */
export function lastClose(history: HistorySource | null): LastClose | null {
  if (!history || history.columns.restore === undefined) return null;
  const restoreCol = history.columns.restore;
  const reopened = history.columns.reopenedAt;
  const period = history.columns.period;
  const found: { row: number; data: RestoreData; period: string }[] = [];
  history.values.forEach((row, r) => {
    if (r === 0 || (reopened !== undefined && !isBlank(row[reopened]))) return;
    const text = String(row[restoreCol] ?? '');
    if (!text.startsWith('{')) return;
    try {
      const data = decodeRestore<RestoreData>(text);
      if (data && typeof data.close === 'string')
        found.push({ row: r + 1, data, period: String(row[period ?? 0] ?? '') });
    } catch {
      // A restore cell a user edited into something else is not ours any more.
    }
  });
  if (found.length === 0) return null;
  const latest = found.reduce((a, b) => (b.data.close > a.data.close ? b : a)).data.close;
  const mine = found.filter(f => f.data.close === latest);
  const head = mine.find(f => f.data.head)?.data.head;
  if (!head) return null;
  return { period: mine[0].period, next: head.next, rows: mine, head };
}

/**
 * Reopens the last close still in force (lastClose). The OKRs area comes back as it was; rows added since (not the
 * carried ones) are kept below it.
 */
export function planReopen(history: HistorySource | null, okr: OkrSource): ReopenPlan | null {
  const last = lastClose(history);
  if (!last) return null;
  const { rows: mine, head } = last;
  const current = readArea(okr);
  const carried = new Set(head.carried);
  const idCol = okr.columns.id;
  const since = current.filter(
    cells =>
      cells.some(cell => cell && (!isBlank(cell.v) || cell.f)) &&
      !(idCol !== undefined && carried.has(String(cells[idCol]?.v ?? '').trim()))
  );
  const height = Math.max(head.height + since.length, current.length);
  const width = okr.width;
  const blankRow = (r: number): (AreaCell | null)[] =>
    Array.from({ length: width }, (_, c) => {
      const cell = current[r]?.[c];
      if (cell === null) return null;
      return { v: '', f: '', n: cell?.n ?? '' };
    });
  const area: Area = Array.from({ length: height }, (_, r) => blankRow(r));
  const put = (r: number, cells: (AreaCell | null)[]) => {
    area[r] = area[r].map((cell, c) => (cell === null ? null : (cells[c] ?? { v: '', f: '', n: cell.n })));
  };
  for (const { data } of mine) put(data.row - 2, data.cells);
  for (const { row, cells } of head.extra) put(row - 2, cells);
  since.forEach((cells, i) => put(head.height + i, cells));
  return {
    period: last.period,
    next: last.next,
    historyRows: mine.map(m => m.row),
    area,
    settings: head.settings,
    untag: head.tagged,
    restored: mine.length,
  };
}
