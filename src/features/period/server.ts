import { periodText } from './words';
import { isLang, langFromLocale, type Lang } from '../../i18n/lang';
import { DATE_FORMAT, HEADER_BACKGROUND, columnRuns } from '../install/formats';
import { columnLetter, sheetRef } from '../../schema/a1';
import { computedIndexes } from '../../schema/okr-rows';
import { SHEET_METADATA_KEY, type SettingKey } from '../../schema/layout';
import { mapColumnsByHeader } from '../../schema/locate';
import { columnLabel } from '../../i18n/schema-labels';
import { literalCell } from '../../schema/literal-text';
import { notInstalledText } from '../install/texts';
import { parseSettings, type OkrSettings } from '../../schema/settings';
import { HISTORY_COLUMNS, type HistoryColumnKey } from '../../schema/history';
import { periodTables } from './dashboard-tables';
import { dashboardAnchor, PERIOD_TABLES_ANCHOR } from '../install/dashboard';
import { inEveryLang } from '../../i18n/catalog';
import { INSTALL } from '../../i18n/sections';
import {
  buildCloseData,
  lastClose,
  newHistory,
  planClose,
  planReopen,
  readArea,
  type Area,
  type AreaCell,
  type CloseSource,
  type HistorySource,
  type OkrSource,
} from './plan';
import type { CloseData, ClosePayload, CloseResult } from './types';
import { readCheckinLog, toSheetValue, type CheckinLogSheet } from '../../gas/checkin-log';
import { ensureMetadata, findColumns, rememberLayout } from '../../gas/column-metadata';
import { nameForNewSheet } from '../../gas/discover';
import {
  ensureKrIds,
  findOkrTable,
  lastIssuedMetadata,
  LAST_KR_ID_METADATA_KEY,
  readSettingsSheet,
  type OkrTable,
} from '../../gas/okr-sheet';
import { readOurSheet, sheetReader } from '../../gas/sheet-lookup';
import { sheetCalendar, type SheetCalendar } from '../../gas/sheet-calendar';
import { currentUserEmail, userLocale, withDocumentLock } from '../../gas/session';
import { blockedCells, runAllOrNothing, type WriteStep } from '../../gas/write-steps';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CLOSE_PAGE = 'close';

interface PeriodWorkspace {
  ss: Spreadsheet;
  lang: Lang;
  /** Settings dates are the days they show; dates written go through it (sheet-calendar.ts). */
  calendar: SheetCalendar;
  settings: OkrSettings;
  settingsSheet: string;
  settingRows: Partial<Record<SettingKey, number>>;
  table: OkrTable;
  okrName: string;
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
  const calendar = sheetCalendar(ss);
  const { read: settingsRead, settings, lang } = readSettingsAndLang(ss, hint, calendar);
  const settingRows = settingsRead.rows;
  const found = findOkrTable(ss, lang);
  if (!found || found.table.columns.id === undefined) throw new Error(notInstalledText(lang));
  const { table, range, name: okrName } = found;
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
    calendar,
    settings,
    settingsSheet: settingsRead.name,
    settingRows,
    table,
    okrName,
    okr,
    history: readHistory(ss, lang),
    log: readCheckinLog(ss, lang, calendar),
  };
}

/**
 * Settings, their rows by developer metadata then label (the shared locator), and the workbook's language: Settings'
 * own, else `hint`, else the user's locale. With a calendar, dates become the days they show.
 */
function readSettingsAndLang(ss: Spreadsheet, hint: Lang | null, calendar: SheetCalendar | null) {
  const guess = hint ?? langFromLocale(userLocale());
  const read = readSettingsSheet(ss, guess);
  if (!read) throw new Error(notInstalledText(guess));
  calendar?.fromCells(read.values);
  const settings = parseSettings(read.values, guess, read.rows);
  return { read, settings, lang: read.rows.language !== undefined ? settings.lang : guess };
}

/**
 * The History sheet (by name, checked, else by developer metadata) and its values; null before the first close.
 * Its columns by their developer metadata (remembered while the headers are unchanged), then shipped labels.
 */
function readHistory(ss: Spreadsheet, lang: Lang): { sheet: Sheet; source: HistorySource } | null {
  const found = readOurSheet<{ sheet: Sheet; values: unknown[][] }>(ss, 'history', lang, {
    read: sheetReader(ss, sheet => ({ sheet, values: sheet.getDataRange().getValues() })),
    isOurs: ({ values }) => {
      const columns = mapColumnsByHeader(values[0] ?? [], HISTORY_COLUMNS);
      return columns.krId !== undefined && columns.closingStatus !== undefined;
    },
  });
  if (!found) return null;
  const { sheet, values } = found.data;
  const columns = findColumns(sheet, found.name, values[0] ?? [], HISTORY_COLUMNS);
  return { sheet, source: { columns, width: values[0]?.length ?? HISTORY_COLUMNS.length, values } };
}

function sourceOf(ws: PeriodWorkspace, lastIssued: number): CloseSource {
  const log = ws.log;
  return {
    lang: ws.lang,
    now: new Date(), // an instant: the close's id, never a calendar day
    closedOn: ws.calendar.toCell(ws.calendar.today()),
    author: currentUserEmail(),
    settings: ws.settings,
    okr: ws.okr,
    history: ws.history?.source ?? null,
    log: log ? { columns: log.columns, values: log.values } : null,
    lastIssued,
  };
}

/** Menu action: the close dialog (src/features/period/client/close.html, its script inlined at build). */
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
  SpreadsheetApp.getUi().showModalDialog(html, periodText(lang, title));
}

/** Dialog call: every KR of the period with its final value prefilled, in one round trip. */
export function getCloseData(): CloseData {
  const ws = readPeriodWorkspace(SpreadsheetApp.getActiveSpreadsheet(), null, true);
  return buildCloseData(sourceOf(ws, 0));
}

function withLock<T>(lang: Lang, run: () => T): T {
  return withDocumentLock(() => periodText(lang, 'lockBusy'), run);
}

/** A cell of the OKRs area as written: its formula, else its value (user text literal, literal-text.ts). */
const areaValue = (cell: AreaCell | null): unknown => (cell ? cell.f || literalCell(cell.v) : '');

/**
 * The steps writing the OKRs data area: one range per run of non-computed columns (formats, then values or
 * formulas; the computed columns' arrays spill over the others), each undone by writing `undo`'s cells back.
 */
function areaSteps(sheet: Sheet, name: string, okr: OkrSource, area: Area, undo: Area): WriteStep[] {
  if (area.length === 0) return [];
  const steps: WriteStep[] = [];
  const needed = area.length + 1;
  const max = sheet.getMaxRows();
  if (max < needed)
    steps.push({
      where: `${name}!${max + 1}:${needed}`,
      targets: [{ sheet: name, row: max, col: 1, rows: 1, cols: 1, structure: true }],
      run: () => sheet.insertRowsAfter(max, needed - max),
      undo: () => sheet.deleteRows(max + 1, needed - max),
    });
  const computed = computedIndexes(okr.columns);
  const input: number[] = [];
  for (let c = 0; c < okr.width; c++) if (!computed.has(c)) input.push(c);
  const write = (cells: Area, start: number, count: number) => {
    // Rows the other area lacks (a reopen giving back more rows than there are now) are written blank.
    const block = area.map((_, r) =>
      Array.from({ length: count }, (_, c) => (cells[r]?.[start + c] ?? null) as AreaCell | null)
    );
    sheet
      .getRange(2, start + 1, block.length, count)
      .setNumberFormats(block.map(row => row.map(cell => cell?.n || 'General')))
      .setValues(block.map(row => row.map(areaValue)));
  };
  for (const [start, count] of columnRuns(input)) {
    steps.push({
      where: `${name}!${columnLetter(start)}2:${columnLetter(start + count - 1)}${area.length + 1}`,
      targets: [{ sheet: name, row: 2, col: start + 1, rows: area.length, cols: count }],
      run: () => write(area, start, count),
      undo: () => write(undo, start, count),
    });
  }
  return steps;
}

/**
 * Writes Settings values: one range when their rows follow each other (the usual layout), else cell by cell.
 * Dates are days, written as the instant that shows them in the spreadsheet's zone; the period name literal.
 */
function writeSettings(ws: PeriodWorkspace, values: Partial<Record<SettingKey, unknown>>): void {
  const cells = (Object.entries(values) as [SettingKey, unknown][])
    .map(([key, value]) => ({
      row: ws.settingRows[key],
      value: literalCell(toSheetValue(value, ws.calendar)),
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

function settingsStep(
  ws: PeriodWorkspace,
  values: Partial<Record<SettingKey, unknown>>,
  before: Partial<Record<SettingKey, unknown>>
): WriteStep {
  const rows = Object.keys(values)
    .map(key => ws.settingRows[key as SettingKey])
    .filter((row): row is number => row !== undefined);
  const name = ws.settingsSheet;
  return {
    where: rows.length ? `${name}!B${Math.min(...rows)}:B${Math.max(...rows)}` : `${name}!B`,
    targets: rows.map(row => ({ sheet: name, row, col: 2, rows: 1, cols: 1 })),
    run: () => writeSettings(ws, values),
    undo: () => writeSettings(ws, before),
  };
}

function setLastIssued(
  ss: Spreadsheet,
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null,
  value: number
): void {
  if (metadata) metadata.setValue(String(value));
  else ss.addDeveloperMetadata(LAST_KR_ID_METADATA_KEY, String(value));
}

/** The History sheet as it will be once created: its name, headers and columns in our order. */
function newHistorySheet(ss: Spreadsheet, lang: Lang): { name: string; source: HistorySource } {
  const name = nameForNewSheet(
    'history',
    lang,
    ss.getSheets().map(s => s.getName())
  );
  const source = newHistory();
  source.values = [HISTORY_COLUMNS.map(c => columnLabel(lang, c))];
  return { name, source };
}

/**
 * Sets up the new History sheet: found later by its developer metadata whatever its name, its columns by theirs
 * (ensureMetadata, the positions remembered like the other sheets').
 */
function setUpHistory(sheet: Sheet, name: string, source: HistorySource): void {
  sheet.addDeveloperMetadata(SHEET_METADATA_KEY, 'history');
  const header = source.values[0];
  sheet
    .getRange(1, 1, 1, header.length)
    .setValues([[...header]])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const positions = Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c.key, i])) as Record<
    HistoryColumnKey,
    number
  >;
  ensureMetadata(sheet, positions, {}, 'column');
  rememberLayout(name, 'column', HISTORY_COLUMNS, header, positions);
}

/**
 * The Dashboard's tables over closed periods (src/features/period/dashboard-tables.ts), added below its own area the first time a
 * close finds them missing: the step writing them (undone by clearing them), or null when they are there already.
 */
function periodTablesStep(
  ws: PeriodWorkspace,
  historyName: string,
  history: HistorySource
): WriteStep | null {
  // The tables are a convenience: a Dashboard too short or missing never stops a close.
  const { row, col } = PERIOD_TABLES_ANCHOR;
  const title = dashboardAnchor('title');
  const found = readOurSheet<{ sheet: Sheet; cells: unknown[][] }>(ws.ss, 'dashboard', ws.lang, {
    read: sheetReader(ws.ss, sheet => {
      try {
        return { sheet, cells: sheet.getRange(1, 1, row, col).getValues() };
      } catch {
        return null;
      }
    }),
    isOurs: ({ cells }) =>
      Object.values(inEveryLang(INSTALL, 'dashboardTitle')).includes(
        String(cells[title.row - 1]?.[title.col - 1] ?? '')
      ),
  });
  const languageRow = ws.settingRows.language;
  if (!found || languageRow === undefined) return null;
  const { sheet, cells } = found.data;
  if (String(cells[row - 1]?.[col - 1] ?? '') !== '') return null;
  const tables = periodTables(
    ws.lang,
    { sheetName: historyName, columns: history.columns },
    `${sheetRef(ws.settingsSheet)}!$B$${languageRow}`
  );
  if (!tables) return null;
  const needed = row + tables.values.length - 1;
  const max = sheet.getMaxRows();
  return {
    where: `${found.name}!${tables.a1}`,
    run: () => {
      if (max < needed) sheet.insertRowsAfter(max, needed - max);
      sheet
        .getRange(tables.a1)
        .setNumberFormats(tables.formats)
        .setFontWeights(tables.weights)
        .setValues(tables.values);
    },
    undo: () => {
      if (max < needed) sheet.deleteRows(max + 1, needed - max);
      sheet.getRange(tables.a1).clear();
    },
  };
}

/** The History rows as written: user text (notes, retros, KR text) literal; "Closed on" is a cell value already. */
const historyCells = (rows: readonly (readonly unknown[])[]) => rows.map(row => row.map(literalCell));

/** The steps appending rows to History after its last row (growing the sheet first when needed). */
function appendHistorySteps(
  sheet: () => Sheet,
  name: string,
  source: HistorySource,
  max: number,
  rows: unknown[][],
  formats: string[][]
): WriteStep[] {
  if (rows.length === 0) return [];
  const first = Math.max(1, source.values.length) + 1;
  const needed = first + rows.length - 1;
  const steps: WriteStep[] = [];
  if (max < needed)
    steps.push({
      where: `${name}!${max + 1}:${needed}`,
      run: () => sheet().insertRowsAfter(max, needed - max),
      undo: () => sheet().deleteRows(max + 1, needed - max),
    });
  const range = () => sheet().getRange(first, 1, rows.length, source.width);
  steps.push({
    where: `${name}!A${first}:${columnLetter(source.width - 1)}${needed}`,
    targets: [{ sheet: name, row: first, col: 1, rows: rows.length, cols: source.width }],
    run: () => range().setNumberFormats(formats).setValues(historyCells(rows)),
    undo: () => range().clear(),
  });
  return steps;
}

/**
 * Dialog call: closes the period in one call under the document lock. Everything is read and validated before the
 * first write; the writes are all-or-nothing steps (write-steps.ts): one that fails undoes the ones before it.
 * Spreadsheet calls do not depend on the number of KRs.
 */
export function closePeriod(payload: ClosePayload): CloseResult {
  const hint = isLang(payload?.lang) ? payload.lang : null;
  return withLock(hint ?? langFromLocale(userLocale()), () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ws = readPeriodWorkspace(ss, hint);
    const lang = ws.lang;
    const metadata = lastIssuedMetadata(ss);
    const lastIssued = metadata ? Number(metadata.getValue()) || 0 : 0;
    const planned = planClose(sourceOf(ws, lastIssued), payload);
    if ('errors' in planned) throw new Error(planned.errors.join('\n'));
    const plan = planned.plan;

    const steps: WriteStep[] = [];
    let historySheet = ws.history?.sheet ?? null;
    const created = ws.history ? null : newHistorySheet(ss, lang);
    const historyName = historySheet ? historySheet.getName() : created!.name;
    const historySource = ws.history?.source ?? created!.source;
    if (created)
      steps.push(
        {
          where: created.name,
          run: () => {
            historySheet = ss.insertSheet(created.name);
          },
          undo: () => ss.deleteSheet(historySheet!),
        },
        {
          // Undone with the sheet itself (the step before).
          where: `${created.name}!1:1`,
          run: () => setUpHistory(historySheet!, created.name, created.source),
          undo: () => undefined,
        }
      );
    steps.push(
      ...appendHistorySteps(
        () => historySheet!,
        historyName,
        historySource,
        historySheet ? historySheet.getMaxRows() : 1000,
        plan.historyRows,
        plan.historyFormats
      )
    );
    const tables = periodTablesStep(ws, historyName, historySource);
    if (tables) steps.push(tables);
    steps.push(...areaSteps(ws.table.sheet, ws.okrName, ws.okr, plan.area, plan.before));
    if (plan.carried.length > 0)
      steps.push({
        where: 'KR IDs',
        run: () => setLastIssued(ss, metadata, plan.lastIssued),
        undo: () => setLastIssued(ss, lastIssuedMetadata(ss), lastIssued),
      });
    const log = ws.log;
    if (log && plan.logTags && log.columns.period !== undefined) {
      const letter = columnLetter(log.columns.period);
      const { first: top, before, after } = plan.logTags;
      const a1 = `${sheetRef(log.sheetName)}!${letter}${top}:${letter}${top + after.length - 1}`;
      steps.push({
        where: a1,
        targets: [
          { sheet: log.sheetName, row: top, col: log.columns.period + 1, rows: after.length, cols: 1 },
        ],
        run: () => ss.getRange(a1).setNumberFormat('@').setValues(historyCells(after)),
        undo: () => ss.getRange(a1).setValues(historyCells(before)),
      });
    }
    const old = ws.settings;
    steps.push(
      settingsStep(
        ws,
        { periodName: plan.next.name, periodStart: plan.next.start, periodEnd: plan.next.end },
        { periodName: old.periodName, periodStart: old.periodStart, periodEnd: old.periodEnd }
      )
    );
    // A protected cell stops the close with a message before its first write (write-steps.ts).
    const blocked = blockedCells(ss, steps);
    if (blocked.length) throw new Error(periodText(lang, 'protectedCells', { cells: blocked.join(', ') }));
    runAllOrNothing(steps, (message, notRestored) =>
      periodText(lang, 'closeFailed', {
        message: notRestored.length ? `${message} (${notRestored.join(', ')})` : message,
      })
    );
    return {
      period: plan.period,
      next: plan.next.name,
      closed: plan.closed,
      carried: plan.carried,
      message: periodText(lang, 'closed', {
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
 * kept below), Settings' period, the log's period tags; History keeps its rows, dated in "Reopened on". All or
 * nothing, like the close. Returns the message shown; `confirm` asks the user first (null: no question).
 */
export function reopenPeriod(ss: Spreadsheet, confirm: ((text: string) => boolean) | null): string {
  // The question needs Settings' language and History only; the workbook is read whole once, under the lock.
  const { lang } = readSettingsAndLang(ss, null, null);
  const first = lastClose(readHistory(ss, lang)?.source ?? null);
  if (!first) return periodText(lang, 'noClosedPeriod');
  if (confirm && !confirm(periodText(lang, 'reopenConfirm', { period: first.period, next: first.next })))
    return '';
  return withLock(lang, () => {
    const ws = readPeriodWorkspace(ss, lang);
    const history = ws.history;
    const plan = planReopen(history?.source ?? null, ws.okr);
    if (!plan || !history) return periodText(lang, 'noClosedPeriod');
    const steps: WriteStep[] = [
      ...areaSteps(ws.table.sheet, ws.okrName, ws.okr, plan.area, readArea(ws.okr)),
    ];
    const old = ws.settings;
    steps.push(
      settingsStep(ws, plan.settings, {
        periodName: old.periodName,
        periodStart: old.periodStart,
        periodEnd: old.periodEnd,
      })
    );
    const log = ws.log;
    if (log && log.columns.period !== undefined) {
      const p = log.columns.period;
      const letter = columnLetter(p);
      for (const [top, bottom] of plan.untag) {
        const a1 = `${sheetRef(log.sheetName)}!${letter}${top}:${letter}${bottom}`;
        const before = log.values.slice(top - 1, bottom).map(row => [row[p] ?? '']);
        steps.push({
          where: a1,
          run: () => ss.getRange(a1).setValues(before.map(() => [''])),
          undo: () => ss.getRange(a1).setValues(historyCells(before)),
        });
      }
    }
    const reopened = history.source.columns.reopenedAt;
    if (reopened !== undefined) {
      const today = ws.calendar.toCell(ws.calendar.today());
      const name = history.sheet.getName();
      const letter = columnLetter(reopened);
      // One range per run of consecutive History rows (the shared grouping of formats.ts).
      for (const [top, count] of columnRuns(plan.historyRows)) {
        const range = () => history.sheet.getRange(top, reopened + 1, count, 1);
        steps.push({
          where: `${name}!${letter}${top}:${letter}${top + count - 1}`,
          run: () =>
            range()
              .setNumberFormat(DATE_FORMAT)
              .setValues(Array.from({ length: count }, () => [today])),
          undo: () => range().setValues(Array.from({ length: count }, () => [''])),
        });
      }
    }
    // A protected cell stops the reopen before its first write, as it stops the close.
    const blocked = blockedCells(ss, steps);
    if (blocked.length)
      throw new Error(periodText(lang, 'reopenProtectedCells', { cells: blocked.join(', ') }));
    runAllOrNothing(steps, (message, notRestored) =>
      periodText(lang, 'reopenFailed', {
        message: notRestored.length ? `${message} (${notRestored.join(', ')})` : message,
      })
    );
    return periodText(lang, 'reopened', { period: plan.period, n: plan.restored });
  });
}

/** Menu action: "Reopen last period", after a confirmation. */
export function reopenLastPeriod(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const message = reopenPeriod(ss, text => ui.alert(text, ui.ButtonSet.YES_NO) === ui.Button.YES);
  if (message) ss.toast(message, '', 10);
}
