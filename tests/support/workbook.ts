// Workbooks of the built add-on (dist/, built once by jest's globalSetup) in the local runtime, for every suite
// that runs the bundle: the template installed, KRs and check-ins typed in, cells read back.
import { createRuntime, type Runtime, type RuntimeOptions } from '../../dev/runtime';
import type { CheckinData, CheckinEntry, CheckinKr } from '../../src/features/checkin/types';
import type { Lang } from '../../src/i18n/lang';
import {
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  type CheckinColumnKey,
  type OkrColumnKey,
} from '../../src/schema/layout';
import { sheetName } from '../../src/i18n/schema-labels';
import { mapColumnsByHeader } from '../../src/schema/locate';
import { recordsOf, rowOf, type KrCells, type LogCells } from './rows';

/** Tuesday 24 November 2026, 11:00 in Paris. */
export const NOW = new Date('2026-11-24T10:00:00Z');

/** A new spreadsheet (at NOW unless told) with the template installed by the add-on (installTemplate). */
export function installedRuntime(options: RuntimeOptions = {}): Runtime {
  const rt = createRuntime({ ...options, now: options.now ?? NOW });
  rt.call('installTemplate');
  return rt;
}

/** An installed spreadsheet with the example OKRs inserted (insertExampleOkrs). */
export function examplesRuntime(options: RuntimeOptions = {}): Runtime {
  const rt = installedRuntime(options);
  rt.call('insertExampleOkrs');
  return rt;
}

/** Values and formulas of the named sheets (every sheet by default), for before/after comparisons. */
export function sheetCells(
  rt: Runtime,
  names = rt.spreadsheet.getSheets().map(sheet => sheet.getName())
): Record<string, { values: unknown[][]; formulas: string[][] }> {
  return Object.fromEntries(
    names.map(name => [name, { values: rt.sheetValues(name), formulas: rt.sheetFormulas(name) }])
  );
}

export interface TestWorkbook {
  rt: Runtime;
  lang: Lang;
  okrs: GoogleAppsScript.Spreadsheet.Sheet;
  log: GoogleAppsScript.Spreadsheet.Sheet;
  okrColumns: Partial<Record<OkrColumnKey, number>>;
  logColumns: Partial<Record<CheckinColumnKey, number>>;
}

/**
 * A workbook with the template installed by the built add-on (installTemplate), then the given KRs and log rows
 * written in the sheets' own column order (computed columns left to their header formulas).
 */
export function createWorkbook(
  krs: KrCells[],
  logRows: LogCells[] = [],
  lang: Lang = 'en',
  options: RuntimeOptions = {}
): TestWorkbook {
  const rt = installedRuntime({
    locale: lang === 'fr' ? 'fr_FR' : 'en_US',
    userEmail: 'lea@example.com',
    ...options,
  });
  const okrs = rt.spreadsheet.getSheetByName(sheetName(lang, 'okrs'))!;
  const log = rt.spreadsheet.getSheetByName(sheetName(lang, 'checkins'))!;
  const okrHeader = okrs.getRange(1, 1, 1, okrs.getLastColumn()).getValues()[0];
  const logHeader = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0];
  const wb: TestWorkbook = {
    rt,
    lang,
    okrs,
    log,
    okrColumns: mapColumnsByHeader(okrHeader, OKR_COLUMNS),
    logColumns: mapColumnsByHeader(logHeader, CHECKIN_COLUMNS),
  };
  const lastOkrRow = okrs.getLastRow();
  if (lastOkrRow > 1) okrs.getRange(2, 1, lastOkrRow - 1, okrHeader.length).clearContent();
  if (krs.length > 0) {
    okrs
      .getRange(2, 1, krs.length, okrHeader.length)
      .setValues(krs.map(kr => rowOf(kr, wb.okrColumns, okrHeader.length)));
  }
  if (logRows.length > 0) {
    log
      .getRange(2, 1, logRows.length, logHeader.length)
      .setValues(logRows.map(row => rowOf(row, wb.logColumns, logHeader.length)));
  }
  rt.calls.reset();
  return wb;
}

/** The OKRs sheet's cell of a column for the KR with that id (found by id, wherever its row is now). */
export function okrCell(wb: TestWorkbook, id: string, key: OkrColumnKey): unknown {
  const values = wb.okrs.getDataRange().getValues();
  const row = values.find(r => r[wb.okrColumns.id!] === id);
  if (!row) throw new Error(`no KR ${id}`);
  return row[wb.okrColumns[key]!];
}

/** The log's data rows as objects by column key. */
export function logEntries(wb: TestWorkbook): LogCells[] {
  return recordsOf(wb.log.getDataRange().getValues().slice(1), wb.logColumns);
}

export function standardKrs(): KrCells[] {
  return [
    {
      id: 'KR-0001',
      objective: 'Grow inbound leads',
      keyResult: 'Demo requests from landing pages',
      owner: 'Léa',
      kind: 'Increase',
      start: 100,
      target: 120,
      current: 104,
      confidence: 7,
    },
    {
      id: 'KR-0002',
      keyResult: 'Webinar sign-ups from email',
      owner: 'Marc',
      kind: 'Increase',
      start: 50,
      target: 100,
      current: 60,
      confidence: 5,
    },
    {
      id: 'KR-0003',
      keyResult: 'Landing form conversion',
      owner: 'Léa',
      kind: 'Increase',
      start: 0.1,
      target: 0.13,
      current: 0.11,
      confidence: 6,
    },
    {
      id: 'KR-0004',
      objective: 'Publish content that ranks',
      keyResult: 'Backlinks from partners',
      owner: 'Sam',
      kind: 'Increase',
      start: 0,
      target: 5,
      current: 1,
      confidence: 3,
      actions: 'Guest posts with Acme',
    },
  ];
}

/** n KRs on a 0..100 scale, a new objective every 4 KRs, owners in turn: a large sheet for call budgets and benches. */
export function manyKrs(n: number): KrCells[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `KR-${String(i + 1).padStart(4, '0')}`,
    objective: i % 4 === 0 ? `Objective ${i / 4 + 1}` : '',
    keyResult: `Key result ${i + 1}`,
    owner: ['Léa', 'Marc', 'Sam'][i % 3],
    start: 0,
    target: 100,
    current: i % 50,
    confidence: 5,
  }));
}

export function allKrs(data: CheckinData): CheckinKr[] {
  return data.objectives.flatMap(o => o.krs);
}

/** The sidebar's entry for a KR as loaded, with the value (and confidence, comment) the user typed. */
export function entryFor(
  kr: CheckinKr,
  value: string,
  confidence = String(kr.confidence),
  comment = ''
): CheckinEntry {
  return {
    id: kr.id,
    loadedCurrent: kr.current,
    loadedConfidence: kr.confidence,
    value,
    confidence,
    comment,
  };
}
