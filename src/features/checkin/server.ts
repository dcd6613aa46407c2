import { buildCheckinData, type CheckinSource } from './payload';
import { isoWeek } from '../../core/dates';
import { isoDay, isValidDate } from '../../core/text';
import { parseCheckinLog } from './log-entries';
import { logOfPeriod } from '../../schema/log-period';
import { t } from '../../i18n/catalog';
import { CHECKIN_SAVE, INSTALL } from '../../i18n/sections';
import { readSaveRequest, requestLang } from './request';
import { planSave, type SavePlan } from './save-plan';
import type { CheckinData, SaveResult } from './types';
import { langFromLocale, type Lang } from '../../i18n/lang';
import { columnLetter, sheetRef } from '../../schema/a1';
import type { CheckinColumnKey } from '../../schema/layout';
import { literalCell } from '../../schema/literal-text';
import { notInstalledText } from '../install/texts';
import { parseSettings, type OkrSettings } from '../../schema/settings';
import { appendSteps, readCheckinLog, toSheetValue, type CheckinLogSheet } from '../../gas/checkin-log';
import { ensureKrIds, findOkrTable, readSettingsSheet, type OkrTable } from '../../gas/okr-sheet';
import { sheetCalendar, type SheetCalendar } from '../../gas/sheet-calendar';
import { currentUserEmail, userLocale, withDocumentLock } from '../../gas/session';
import { blockedCells, runAllOrNothing, type WriteStep } from '../../gas/write-steps';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long a save waits for another one to finish before telling the user to retry. */
const SIDEBAR_FILE = 'sidebar';

/** Menu action: opens the weekly check-in sidebar. */
export function showCheckinSidebar(): void {
  const lang = langFromLocale(userLocale());
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(t(INSTALL, lang, 'menuCheckin'));
  SpreadsheetApp.getUi().showSidebar(html);
}

interface SettingsRead {
  sheetName: string;
  settings: OkrSettings;
  /** 1-based row of the "As of" value (column B), if found. */
  asOfRow: number | null;
  asOfValue: unknown;
  hasLanguage: boolean;
}

interface Workspace {
  ss: Spreadsheet;
  lang: Lang;
  calendar: SheetCalendar;
  /** Today in the spreadsheet's time zone, as a local day. */
  today: Date;
  table: OkrTable;
  okrSheetName: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  formulas: string[][];
  numberFormats: string[][];
  log: CheckinLogSheet | null;
  settings: SettingsRead | null;
}

function readCheckinSettings(ss: Spreadsheet, lang: Lang, calendar: SheetCalendar): SettingsRead | null {
  const read = readSettingsSheet(ss, lang);
  if (!read) return null;
  calendar.fromCells(read.values);
  const rows = read.rows;
  const asOfRow = rows.asOf ?? null;
  return {
    sheetName: read.name,
    settings: parseSettings(read.values, lang, rows),
    asOfRow,
    asOfValue: asOfRow === null ? undefined : read.values[asOfRow - 1]?.[1],
    hasLanguage: rows.language !== undefined,
  };
}

/**
 * Reads everything a check-in needs: the OKRs table with its formulas (one range), the log, the settings. The
 * workbook language comes from Settings, else from `langHint` (what the sidebar was shown in), else the locale.
 * Every date cell becomes the day it shows in the spreadsheet's time zone (sheet-calendar.ts).
 */
function readWorkspace(ss: Spreadsheet, langHint: Lang | null): Workspace {
  // The user's locale costs no Spreadsheet call; the Settings sheet's language wins anyway.
  const calendar = sheetCalendar(ss);
  const guess = langHint ?? langFromLocale(userLocale());
  const settings = readCheckinSettings(ss, guess, calendar);
  const lang = settings?.hasLanguage ? settings.settings.lang : guess;
  const found = findOkrTable(ss, lang);
  if (!found) throw new Error(notInstalledText(lang));
  const { table, range, name: okrSheetName } = found;
  if (
    table.columns.id === undefined ||
    table.columns.keyResult === undefined ||
    table.columns.current === undefined
  ) {
    throw new Error(notInstalledText(lang));
  }
  calendar.fromCells(table.rows.map(row => row.values));
  const formulas = range.getFormulas();
  const numberFormats = range.getNumberFormats();
  return {
    ss,
    lang,
    calendar,
    today: calendar.today(),
    table,
    okrSheetName,
    range,
    formulas,
    numberFormats,
    log: readCheckinLog(ss, lang, calendar),
    settings,
  };
}

function sourceOf(ws: Workspace): CheckinSource {
  return {
    lang: ws.lang,
    today: isoDay(ws.today),
    columns: ws.table.columns,
    rows: ws.table.rows,
    formulas: ws.formulas,
    numberFormats: ws.numberFormats,
    log: ws.log
      ? parseCheckinLog(
          logOfPeriod(ws.log.values, ws.log.columns.period, ws.settings?.settings.periodName),
          ws.lang,
          ws.log.columns // by developer metadata: a user column headed "KR ID" never takes ours
        )
      : [],
    periodStart: ws.settings?.settings.periodStart ?? null,
    periodEnd: ws.settings?.settings.periodEnd ?? null,
    asOf: ws.settings?.settings.asOf ?? null,
  };
}

/** Sidebar call: everything the check-in and the weekly review show, in one round trip. */
export function getCheckinData(): CheckinData {
  const ws = readWorkspace(SpreadsheetApp.getActiveSpreadsheet(), null);
  // KRs typed without an id get one first (one batched write), so every KR can be checked in by id.
  const log = ws.log;
  const loggedIds = () =>
    log && log.columns.krId !== undefined ? log.values.slice(1).map(row => row[log.columns.krId!]) : [];
  ensureKrIds(ws.ss, ws.table, loggedIds, ws.formulas);
  return buildCheckinData(sourceOf(ws));
}

/**
 * Sidebar call: saves a check-in in one round trip under the document lock, all or nothing. The request is read
 * strictly (request.ts); everything is checked before the first write (save-plan.ts: values, IDs, conflicts,
 * lengths; here: protections); then every write runs or none does (write-steps.ts). Returns the fresh state.
 */
export function saveCheckin(request: unknown): SaveResult {
  const langHint = requestLang(request);
  // Until the workbook's language is read, messages speak the sidebar's, else the user's.
  const lang = langHint ?? langFromLocale(userLocale());
  const reading = readSaveRequest(request, lang);
  if (!reading.ok) throw new Error([t(CHECKIN_SAVE, lang, 'badRequest'), ...reading.problems].join(' '));
  return withDocumentLock(
    () => t(CHECKIN_SAVE, lang, 'lockBusy'),
    () => {
      const ws = readWorkspace(SpreadsheetApp.getActiveSpreadsheet(), langHint);
      const log = ws.log;
      if (!log) throw new Error(notInstalledText(ws.lang));
      const plan = planSave({
        lang: ws.lang,
        today: ws.today,
        week: isoWeek(ws.today),
        author: currentUserEmail(),
        columns: ws.table.columns,
        rows: ws.table.rows,
        formulas: ws.formulas,
        numberFormats: ws.numberFormats,
        entries: reading.entries,
        period: ws.settings?.settings.periodName ?? '',
      });
      const result = (saved: string[], data: CheckinData): SaveResult => ({
        saved,
        conflicts: plan.conflicts,
        errors: plan.errors,
        missing: plan.missing,
        data,
      });
      if (plan.refused || plan.saved.length === 0) return result([], buildCheckinData(sourceOf(ws)));

      const steps = [
        ...appendSteps(log, plan.logRows, log.sheet.getMaxRows(), ws.calendar),
        ...okrSteps(ws, plan),
        ...asOfSteps(ws),
      ];
      const blocked = blockedCells(ws.ss, steps);
      if (blocked.length)
        throw new Error(t(CHECKIN_SAVE, ws.lang, 'protectedCells', { cells: blocked.join(', ') }));
      runAllOrNothing(steps, (error, notRestored) =>
        notRestored.length
          ? t(CHECKIN_SAVE, ws.lang, 'rollbackFailed', { error, cells: notRestored.join(', ') })
          : t(CHECKIN_SAVE, ws.lang, 'writeFailed', { error })
      );

      log.values.push(...plan.logRows.map(row => logArray(row, log)));
      if (steps.some(step => step.key === 'asOf') && ws.settings) ws.settings.settings.asOf = ws.today;
      const source = sourceOf(ws);
      source.rows = plan.rowsAfter;
      return result(plan.saved, buildCheckinData(source));
    }
  );
}

/** A planned log row laid out in the sheet's column order (for the fresh payload, which reads it back). */
function logArray(row: Record<CheckinColumnKey, unknown>, log: CheckinLogSheet): unknown[] {
  const width = Math.max(
    log.values[0]?.length ?? 0,
    ...(Object.values(log.columns) as number[]).map(c => c + 1)
  );
  const out: unknown[] = new Array(width).fill('');
  for (const [key, index] of Object.entries(log.columns) as [CheckinColumnKey, number][]) {
    const value = row[key];
    out[index] = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
  }
  return out;
}

/** The OKRs writes: only the changed cells, one call per run of consecutive rows or per group of equal values. */
function okrSteps(ws: Workspace, plan: SavePlan): WriteStep[] {
  const { sheet } = ws.table;
  const name = ws.okrSheetName;
  const toSheet = (v: unknown) => toSheetValue(v, ws.calendar);
  const restore = (v: unknown) => literalCell(toSheet(v));
  return plan.writes.map((write): WriteStep => {
    const letter = columnLetter(write.column);
    const col = write.column + 1;
    if (write.kind === 'run') {
      const last = write.firstRow + write.values.length - 1;
      const range = () => sheet.getRange(write.firstRow, col, write.values.length, 1);
      return {
        key: write.key,
        where: `${name}!${letter}${write.firstRow}:${letter}${last}`,
        targets: [{ sheet: name, row: write.firstRow, col, rows: write.values.length, cols: 1 }],
        run: () => range().setValues(write.values.map(row => row.map(toSheet))),
        undo: () => range().setValues(write.before.map(row => row.map(restore))),
      };
    }
    const a1s = write.rows.map(row => `${letter}${row}`);
    return {
      key: write.key,
      where: `${name}!${a1s.join(',')}`,
      targets: write.rows.map(row => ({ sheet: name, row, col, rows: 1, cols: 1 })),
      run: () => sheet.getRangeList(a1s).setValue(toSheet(write.value)),
      undo: () => {
        // each cell back to what it held: one call per distinct previous content
        const byBefore = new Map<unknown, string[]>();
        write.before.forEach((value, i) => {
          const restored = restore(value);
          const id = restored instanceof Date ? restored.getTime() : restored;
          byBefore.set(id, [...(byBefore.get(id) ?? []), a1s[i]]);
        });
        for (const [, cells] of byBefore) {
          const i = a1s.indexOf(cells[0]);
          sheet.getRangeList(cells).setValue(restore(write.before[i]));
        }
      },
    };
  });
}

/**
 * Moves Settings' "As of" date to today: pace is measured at the last check-in. Never over a formula (a user's
 * =TODAY() or their own rule); skipped when it already says today, so it costs its calls once a day.
 */
function asOfSteps(ws: Workspace): WriteStep[] {
  const settings = ws.settings;
  if (!settings || settings.asOfRow === null) return [];
  const current = settings.asOfValue;
  if (isValidDate(current) && isoDay(current) === isoDay(ws.today)) return [];
  const a1 = `${sheetRef(settings.sheetName)}!B${settings.asOfRow}`;
  const range = ws.ss.getRange(a1);
  if (range.getFormula()) return [];
  const before = literalCell(toSheetValue(current ?? '', ws.calendar));
  return [
    {
      key: 'asOf',
      where: a1,
      targets: [{ sheet: settings.sheetName, row: settings.asOfRow, col: 2, rows: 1, cols: 1 }],
      run: () => range.setValue(ws.calendar.toCell(ws.today)),
      undo: () => range.setValue(before),
    },
  ];
}
