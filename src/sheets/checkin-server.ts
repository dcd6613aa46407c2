import { buildCheckinData, type CheckinSource } from '../checkin/payload';
import { isoWeek } from '../engine/dates';
import { isoDay, isValidDate } from '../engine/text';
import { parseCheckinLog } from '../checkin/log-entries';
import { logOfPeriod } from '../period/log-period';
import { msg } from '../checkin/messages';
import { planSave } from '../checkin/save-plan';
import type { CheckinData, SaveRequest, SaveResult } from '../checkin/types';
import { langFromLocale, type Lang } from '../i18n/lang';
import { sheetRef } from '../template/formulas';
import { MENU, NOT_INSTALLED } from '../template/messages';
import { mapSettingRows, parseSettings, todayAt, type OkrSettings } from '../template/settings';
import { appendCheckinRows, readCheckinLog, type CheckinLogSheet } from './checkin-log';
import { ensureKrIds, findOkrTable, readSettingsSheet, type OkrTable } from './okr-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long a save waits for another one to finish before telling the user to retry. */
const LOCK_WAIT_MS = 10000;
const SIDEBAR_FILE = 'sidebar';

/** Menu action: opens the weekly check-in sidebar. */
export function showCheckinSidebar(): void {
  const lang = langFromLocale(userLocale());
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(MENU.checkin[lang]);
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
  locale: string;
  today: Date;
  table: OkrTable;
  formulas: string[][];
  log: CheckinLogSheet | null;
  settings: SettingsRead | null;
}

function readCheckinSettings(ss: Spreadsheet, lang: Lang): SettingsRead | null {
  const read = readSettingsSheet(ss, lang);
  if (!read) return null;
  const rows = mapSettingRows(read.values.map(row => row[0]));
  const asOfRow = rows.asOf ?? null;
  return {
    sheetName: read.name,
    settings: parseSettings(read.values, lang),
    asOfRow,
    asOfValue: asOfRow === null ? undefined : read.values[asOfRow - 1]?.[1],
    hasLanguage: rows.language !== undefined,
  };
}

/**
 * Reads everything a check-in needs: the OKRs table with its formulas (one range), the log, the settings. The
 * workbook language comes from Settings, else from `langHint` (what the sidebar was shown in), else the locale.
 */
function readWorkspace(ss: Spreadsheet, langHint: Lang | null): Workspace {
  // The user's locale costs no Spreadsheet call; the Settings sheet's language wins anyway.
  const locale = userLocale();
  const guess = langHint ?? langFromLocale(locale);
  const settings = readCheckinSettings(ss, guess);
  const lang = settings?.hasLanguage ? settings.settings.lang : guess;
  const found = findOkrTable(ss, lang);
  if (!found) throw new Error(NOT_INSTALLED[lang]);
  const { table, range } = found;
  if (
    table.columns.id === undefined ||
    table.columns.keyResult === undefined ||
    table.columns.current === undefined
  ) {
    throw new Error(NOT_INSTALLED[lang]);
  }
  const formulas = range.getFormulas();
  return {
    ss,
    lang,
    locale: locale || (lang === 'fr' ? 'fr_FR' : 'en_US'),
    today: todayAt(new Date()),
    table,
    formulas,
    log: readCheckinLog(ss, lang),
    settings,
  };
}

function sourceOf(ws: Workspace): CheckinSource {
  return {
    lang: ws.lang,
    locale: ws.locale,
    today: isoDay(ws.today),
    columns: ws.table.columns,
    rows: ws.table.rows,
    formulas: ws.formulas,
    log: ws.log
      ? parseCheckinLog(logOfPeriod(ws.log.values, ws.log.columns.period, ws.settings?.settings.periodName))
      : [],
    periodStart: ws.settings?.settings.periodStart ?? null,
    periodEnd: ws.settings?.settings.periodEnd ?? null,
  };
}

/** Sidebar call: everything the check-in and the weekly review show, in one round trip. */
export function getCheckinData(): CheckinData {
  const ws = readWorkspace(SpreadsheetApp.getActiveSpreadsheet(), null);
  // KRs typed without an id get one first (one batched write), so every KR can be checked in by id.
  ensureKrIds(ws.ss, ws.table);
  return buildCheckinData(sourceOf(ws));
}

function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || '';
  } catch {
    return '';
  }
}

function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function langOf(request: SaveRequest): Lang | null {
  const lang: unknown = request?.lang;
  return lang === 'en' || lang === 'fr' ? lang : null;
}

/**
 * Sidebar call: saves a check-in in one round trip under the document lock. KRs are matched by id; a KR edited in
 * the sheet since the sidebar loaded is a conflict and is not written; the others are. Returns the fresh state.
 */
export function saveCheckin(request: SaveRequest): SaveResult {
  const langHint = langOf(request);
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new Error(msg(langHint ?? langFromLocale(userLocale()), 'lockBusy'));
  }
  try {
    const ws = readWorkspace(SpreadsheetApp.getActiveSpreadsheet(), langHint);
    const log = ws.log;
    if (!log) throw new Error(NOT_INSTALLED[ws.lang]);
    const plan = planSave({
      lang: ws.lang,
      today: ws.today,
      week: isoWeek(ws.today),
      author: currentUserEmail(),
      columns: ws.table.columns,
      rows: ws.table.rows,
      formulas: ws.formulas,
      logHeader: log.columns,
      logWidth: log.width,
      entries: Array.isArray(request?.entries) ? request.entries : [],
      period: ws.settings?.settings.periodName ?? '',
    });

    for (const write of plan.writes) {
      ws.table.sheet
        .getRange(write.firstRow, write.column + 1, write.values.length, 1)
        .setValues(write.values);
    }
    appendCheckinRows(ws.ss, log, plan.logRows, plan.logFormats);
    if (plan.saved.length > 0) updateAsOf(ws);

    const source = sourceOf(ws);
    source.rows = plan.rowsAfter;
    const data = buildCheckinData(source);
    return { saved: plan.saved, conflicts: plan.conflicts, errors: plan.errors, missing: plan.missing, data };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Moves Settings' "As of" date to today: pace is measured at the last check-in. Skipped when it already says today
 * (a =TODAY() formula included), so it costs two calls once a day.
 */
function updateAsOf(ws: Workspace): void {
  const settings = ws.settings;
  if (!settings || settings.asOfRow === null) return;
  const current = settings.asOfValue;
  if (isValidDate(current) && isoDay(current) === isoDay(ws.today)) return;
  ws.ss.getRange(`${sheetRef(settings.sheetName)}!B${settings.asOfRow}`).setValue(ws.today);
  settings.settings.asOf = ws.today;
}
