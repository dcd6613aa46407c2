import { langFromLocale, type Lang } from '../i18n/lang';
import { DATE_FORMAT, HEADER_BACKGROUND, columnRuns } from '../template/formats';
import { columnLetter, sheetRef } from '../template/formulas';
import { mapColumnsByHeader, SHEET_METADATA_KEY, type SettingKey } from '../template/layout';
import { NOT_INSTALLED } from '../template/messages';
import { mapSettingRows, parseSettings, type OkrSettings } from '../template/settings';
import { HISTORY_COLUMNS } from '../period/layout';
import { PERIOD_TABLES_COLUMN, PERIOD_TABLES_ROW, periodTables } from '../period/dashboard';
import { TITLES } from '../template/messages';
import { closeMsg } from '../period/messages';
import {
  buildCloseData,
  computedIndexes,
  newHistory,
  planClose,
  planReopen,
  type Area,
  type AreaCell,
  type CloseSource,
  type HistorySource,
  type OkrSource,
} from '../period/plan';
import type { CloseData, ClosePayload, CloseResult } from '../period/types';
import { readCheckinLog, type CheckinLogSheet } from './checkin-log';
import { nameForNewSheet } from './discover';
import {
  ensureKrIds,
  findOkrTable,
  lastIssuedMetadata,
  LAST_KR_ID_METADATA_KEY,
  readSettingsSheet,
  type OkrTable,
} from './okr-sheet';
import { readOurSheet, sheetReader } from './sheet-lookup';
import { sheetCalendar } from './sheet-calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOCK_WAIT_MS = 10000;
const CLOSE_PAGE = 'close';

function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || '';
  } catch {
    return '';
  }
}

function userEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

interface PeriodWorkspace {
  ss: Spreadsheet;
  lang: Lang;
  settings: OkrSettings;
  settingsSheet: string;
  settingRows: Partial<Record<SettingKey, number>>;
  table: OkrTable;
  okr: OkrSource;
  history: { sheet: Sheet; source: HistorySource } | null;
  log: CheckinLogSheet | null;
}

/**
 * Reads Settings, the OKRs sheet (values, formulas, formats), History and the log: a constant number of calls.
 * `giveIds` gives KRs typed without an ID one (loading the dialog); the close itself writes nothing before its
 * checks, so a KR still without an ID then is refused.
 */
function readPeriodWorkspace(ss: Spreadsheet, hint: Lang | null, giveIds = false): PeriodWorkspace {
  const guess = hint ?? langFromLocale(userLocale());
  const settingsRead = readSettingsSheet(ss, guess);
  if (!settingsRead) throw new Error(NOT_INSTALLED[guess]);
  const settingRows = mapSettingRows(settingsRead.values.map(row => row[0]));
  const settings = parseSettings(settingsRead.values, guess);
  const lang = settingRows.language !== undefined ? settings.lang : guess;
  const found = findOkrTable(ss, lang);
  if (!found || found.table.columns.id === undefined) throw new Error(NOT_INSTALLED[lang]);
  const { table, range } = found;
  if (giveIds) ensureKrIds(ss, table);
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const okr: OkrSource = {
    columns: table.columns,
    width: formulas[0]?.length ?? 0,
    // Up to the last row holding something typed: the computed columns' arrays reach the sheet's end.
    height: table.rows.reduce((last, row) => Math.max(last, row.rowNumber - 1), 0),
    rows: table.rows,
    formulas,
    formats,
  };
  return {
    ss,
    lang,
    settings,
    settingsSheet: settingsRead.name,
    settingRows,
    table,
    okr,
    history: readHistory(ss, lang),
    log: readCheckinLog(ss, lang, sheetCalendar(ss)),
  };
}

/** The History sheet (by name, checked, else by developer metadata) and its values; null before the first close. */
export function readHistory(ss: Spreadsheet, lang: Lang): { sheet: Sheet; source: HistorySource } | null {
  const found = readOurSheet<{ sheet: Sheet; values: unknown[][] }>(ss, 'history', lang, {
    read: sheetReader(ss, sheet => ({ sheet, values: sheet.getDataRange().getValues() })),
    isOurs: ({ values }) => {
      const columns = mapColumnsByHeader(values[0] ?? [], HISTORY_COLUMNS);
      return columns.krId !== undefined && columns.closingStatus !== undefined;
    },
  });
  if (!found) return null;
  const { sheet, values } = found.data;
  const columns = mapColumnsByHeader(values[0] ?? [], HISTORY_COLUMNS);
  return { sheet, source: { columns, width: values[0]?.length ?? HISTORY_COLUMNS.length, values } };
}

function sourceOf(ws: PeriodWorkspace, lastIssued: number): CloseSource {
  const log = ws.log;
  return {
    lang: ws.lang,
    now: new Date(),
    author: userEmail(),
    settings: ws.settings,
    okr: ws.okr,
    history: ws.history?.source ?? null,
    log: log ? { columns: log.columns, values: log.values } : null,
    lastIssued,
  };
}

/** Menu action: the close dialog (templates/close.html, its script inlined at build). */
export function showClosePeriod(): void {
  showCloseDialog('title');
}

/**
 * Menu action for the file-per-quarter habit (File > Make a copy): in the copy, the same dialog and the same rules
 * keep the carried KRs (new IDs, start at their final value) and clear the rest into History.
 */
export function showStartNewPeriod(): void {
  showCloseDialog('newPeriodTitle');
}

function showCloseDialog(title: 'title' | 'newPeriodTitle'): void {
  const lang = langFromLocale(userLocale());
  const html = HtmlService.createHtmlOutputFromFile(CLOSE_PAGE).setWidth(980).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, closeMsg(lang, title));
}

/** Dialog call: every KR of the period with its final value prefilled, in one round trip. */
export function getCloseData(): CloseData {
  const ws = readPeriodWorkspace(SpreadsheetApp.getActiveSpreadsheet(), null, true);
  return buildCloseData(sourceOf(ws, 0));
}

function withLock<T>(lang: Lang, run: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new Error(closeMsg(lang, 'lockBusy'));
  }
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

/** Text written into a cell that is not plain-text formatted: a leading apostrophe keeps it literal. */
function literal(value: unknown, format: string): unknown {
  return typeof value === 'string' && value !== '' && format !== '@' ? `'${value}` : value;
}

/** Writes the OKRs data area: one range per run of non-computed columns (formats, then values or formulas). */
function writeArea(sheet: Sheet, okr: OkrSource, area: Area): void {
  if (area.length === 0) return;
  const needed = area.length + 1;
  const max = sheet.getMaxRows();
  if (max < needed) sheet.insertRowsAfter(max, needed - max);
  const computed = computedIndexes(okr.columns);
  const input: number[] = [];
  for (let c = 0; c < okr.width; c++) if (!computed.has(c)) input.push(c);
  for (const [start, count] of columnRuns(input)) {
    const cells = area.map(row => row.slice(start, start + count) as AreaCell[]);
    sheet
      .getRange(2, start + 1, area.length, count)
      .setNumberFormats(cells.map(row => row.map(cell => cell?.n || 'General')))
      .setValues(cells.map(row => row.map(cell => (cell ? cell.f || literal(cell.v, cell.n) : ''))));
  }
}

/** Writes Settings values: one range when their rows follow each other (the usual layout), else cell by cell. */
function writeSettings(ws: PeriodWorkspace, values: Partial<Record<SettingKey, unknown>>): void {
  const cells = (Object.entries(values) as [SettingKey, unknown][])
    .map(([key, value]) => ({
      row: ws.settingRows[key],
      value: key === 'periodName' ? literal(value, '') : value,
    }))
    .filter((cell): cell is { row: number; value: unknown } => cell.row !== undefined)
    .sort((a, b) => a.row - b.row);
  if (cells.length === 0) return;
  const sheet = sheetRef(ws.settingsSheet);
  const consecutive = cells.every((cell, i) => i === 0 || cell.row === cells[i - 1].row + 1);
  if (consecutive) {
    const a1 = `${sheet}!B${cells[0].row}:B${cells[cells.length - 1].row}`;
    ws.ss.getRange(a1).setValues(cells.map(cell => [cell.value]));
    return;
  }
  for (const cell of cells) ws.ss.getRange(`${sheet}!B${cell.row}`).setValue(cell.value);
}

function setLastIssued(
  ss: Spreadsheet,
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null,
  value: number
): void {
  if (metadata) metadata.setValue(String(value));
  else ss.addDeveloperMetadata(LAST_KR_ID_METADATA_KEY, String(value));
}

/** Creates the History sheet (found later by its developer metadata, whatever its name). */
function createHistory(ss: Spreadsheet, lang: Lang): { sheet: Sheet; source: HistorySource } {
  const name = nameForNewSheet(
    'history',
    lang,
    ss.getSheets().map(s => s.getName())
  );
  const sheet = ss.insertSheet(name);
  sheet.addDeveloperMetadata(SHEET_METADATA_KEY, 'history');
  sheet
    .getRange(1, 1, 1, HISTORY_COLUMNS.length)
    .setValues([HISTORY_COLUMNS.map(c => c.header[lang])])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const source = newHistory();
  source.values = [HISTORY_COLUMNS.map(c => c.header[lang])];
  return { sheet, source };
}

/**
 * The Dashboard's tables over closed periods (src/period/dashboard.ts), added below its own area the first time a
 * close finds them missing. Returns their range (to undo), or null when they were there already.
 */
function addPeriodTables(
  ws: PeriodWorkspace,
  historyName: string,
  history: HistorySource
): GoogleAppsScript.Spreadsheet.Range | null {
  // The tables are a convenience: a Dashboard too short or missing never stops a close.
  const found = readOurSheet<{ sheet: Sheet; cells: unknown[][] }>(ws.ss, 'dashboard', ws.lang, {
    read: sheetReader(ws.ss, sheet => {
      try {
        return { sheet, cells: sheet.getRange(`A1:${PERIOD_TABLES_COLUMN}${PERIOD_TABLES_ROW}`).getValues() };
      } catch {
        return null;
      }
    }),
    isOurs: ({ cells }) => [TITLES.dashboard.en, TITLES.dashboard.fr].includes(String(cells[0]?.[0] ?? '')),
  });
  const languageRow = ws.settingRows.language;
  if (!found || languageRow === undefined) return null;
  const { sheet, cells } = found.data;
  if (String(cells[PERIOD_TABLES_ROW - 1]?.[6] ?? '') !== '') return null;
  const tables = periodTables(
    ws.lang,
    { sheetName: historyName, columns: history.columns },
    `${sheetRef(ws.settingsSheet)}!$B$${languageRow}`
  );
  if (!tables) return null;
  const needed = PERIOD_TABLES_ROW + tables.values.length - 1;
  const max = sheet.getMaxRows();
  if (max < needed) sheet.insertRowsAfter(max, needed - max);
  return sheet
    .getRange(tables.a1)
    .setNumberFormats(tables.formats)
    .setFontWeights(tables.weights)
    .setValues(tables.values);
}

/**
 * Dialog call: closes the period in one call under the document lock. Everything is validated before the first
 * write; a write that fails undoes the ones before it. Spreadsheet calls do not depend on the number of KRs.
 */
export function closePeriod(payload: ClosePayload): CloseResult {
  const hint = payload?.lang === 'fr' || payload?.lang === 'en' ? payload.lang : null;
  return withLock(hint ?? langFromLocale(userLocale()), () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ws = readPeriodWorkspace(ss, hint);
    const lang = ws.lang;
    const metadata = lastIssuedMetadata(ss);
    const lastIssued = metadata ? Number(metadata.getValue()) || 0 : 0;
    const planned = planClose(sourceOf(ws, lastIssued), payload);
    if ('errors' in planned) throw new Error(planned.errors.join('\n'));
    const plan = planned.plan;

    const undo: (() => void)[] = [];
    try {
      const history = ws.history ?? createHistory(ss, lang);
      if (!ws.history) undo.push(() => ss.deleteSheet(history.sheet));
      const first = Math.max(1, history.source.values.length) + 1;
      const needed = first + plan.historyRows.length - 1;
      const max = history.sheet.getMaxRows();
      if (max < needed) history.sheet.insertRowsAfter(max, needed - max);
      const appended = history.sheet.getRange(first, 1, plan.historyRows.length, history.source.width);
      undo.push(() => appended.clearContent());
      appended.setNumberFormats(plan.historyFormats).setValues(plan.historyRows);

      const tables = addPeriodTables(ws, history.sheet.getName(), history.source);
      if (tables) undo.push(() => tables.clear());

      undo.push(() => writeArea(ws.table.sheet, ws.okr, plan.before));
      writeArea(ws.table.sheet, ws.okr, plan.area);

      if (plan.carried.length > 0) {
        undo.push(() => setLastIssued(ss, lastIssuedMetadata(ss), lastIssued));
        setLastIssued(ss, metadata, plan.lastIssued);
      }
      const log = ws.log;
      if (log && plan.logTags && log.columns.period !== undefined) {
        const letter = columnLetter(log.columns.period);
        const { first: top, before, after } = plan.logTags;
        const range = ss.getRange(
          `${sheetRef(log.sheetName)}!${letter}${top}:${letter}${top + after.length - 1}`
        );
        undo.push(() => range.setValues(before));
        range.setNumberFormat('@').setValues(after);
      }
      const old = ws.settings;
      undo.push(() =>
        writeSettings(ws, {
          periodName: old.periodName,
          periodStart: old.periodStart,
          periodEnd: old.periodEnd,
        })
      );
      writeSettings(ws, {
        periodName: plan.next.name,
        periodStart: plan.next.start,
        periodEnd: plan.next.end,
      });
    } catch (error) {
      for (const step of undo.reverse()) {
        try {
          step();
        } catch {
          // Keep undoing the other steps.
        }
      }
      throw new Error(closeMsg(lang, 'closeFailed', { message: (error as Error).message }));
    }
    return {
      period: plan.period,
      next: plan.next.name,
      closed: plan.closed,
      carried: plan.carried,
      message: closeMsg(lang, 'closed', {
        period: plan.period,
        n: plan.closed,
        carried: plan.carried.length,
        next: plan.next.name,
      }),
    };
  });
}

/**
 * Restores the last closed period exactly: the OKRs rows as they were (the carried copies removed, rows added since
 * kept below), Settings' period, the log's period tags; History keeps its rows, dated in "Reopened on".
 * Returns the message shown; `confirm` asks the user first (null: no question).
 */
export function reopenPeriod(ss: Spreadsheet, confirm: ((text: string) => boolean) | null): string {
  const preview = readPeriodWorkspace(ss, null);
  const lang = preview.lang;
  const first = planReopen(preview.history?.source ?? null, preview.okr);
  if (!first) return closeMsg(lang, 'noClosedPeriod');
  if (confirm && !confirm(closeMsg(lang, 'reopenConfirm', { period: first.period, next: first.next })))
    return '';
  return withLock(lang, () => {
    const ws = readPeriodWorkspace(ss, lang);
    const history = ws.history;
    const plan = planReopen(history?.source ?? null, ws.okr);
    if (!plan || !history) return closeMsg(lang, 'noClosedPeriod');
    writeArea(ws.table.sheet, ws.okr, plan.area);
    writeSettings(ws, plan.settings);
    const log = ws.log;
    if (log && log.columns.period !== undefined) {
      const letter = columnLetter(log.columns.period);
      for (const [top, bottom] of plan.untag) {
        ss.getRange(`${sheetRef(log.sheetName)}!${letter}${top}:${letter}${bottom}`).setValues(
          Array.from({ length: bottom - top + 1 }, () => [''])
        );
      }
    }
    const reopened = history.source.columns.reopenedAt;
    if (reopened !== undefined) {
      const today = new Date();
      const rows = [...plan.historyRows].sort((a, b) => a - b);
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
        const count = i - start;
        history.sheet
          .getRange(rows[start], reopened + 1, count, 1)
          .setNumberFormat(DATE_FORMAT)
          .setValues(Array.from({ length: count }, () => [today]));
        start = i;
      }
    }
    return closeMsg(lang, 'reopened', { period: plan.period, n: plan.restored });
  });
}

/** Menu action: "Reopen last period", after a confirmation. */
export function reopenLastPeriod(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const message = reopenPeriod(ss, text => ui.alert(text, ui.ButtonSet.YES_NO) === ui.Button.YES);
  if (message) ss.toast(message, '', 10);
}
