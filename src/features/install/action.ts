import { KR_KINDS } from '../../core/kinds';
import type { PaceStatus } from '../../core/pace';
import { commitmentLabel, kindLabel, labelsInEveryLang, statusLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import {
  columnRuns,
  HEADER_BACKGROUND,
  LEGACY_GRADE_COLORS,
  STATUS_COLORS,
  LOG_WIDTH,
  OKR_VERTICAL_ALIGNMENT,
  OKR_WIDTHS,
  PERCENT_FORMAT,
  DATE_FORMAT,
  DASHBOARD_LABEL_WIDTH,
  widthRuns,
} from './formats';
import {
  COMPUTED_KEYS,
  columnLetter,
  columnsReadByFormulas,
  formulaHeader,
  type SettingsRef,
} from '../../schema/formulas';
import {
  boundingBlock,
  dashboardLayout,
  diffCells,
  effectiveHeader,
  groupWrites,
  planComputedFormulas,
  planSettings,
  planTableHeader,
  type CellWrite,
  type DashboardLayout,
  type SheetState,
  type WriteBlock,
} from './plan';
import {
  CHECKIN_COLUMNS,
  CONFIDENCE_RANGE,
  OKR_COLUMNS,
  type CheckinColumnKey,
  SETTING_ROWS,
  SHEET_METADATA_KEY,
  SHEET_NAMES,
  type OkrColumnKey,
  type SettingKey,
  type SheetKey,
} from '../../schema/layout';
import { findHeadline, headlineFormula, planOkrHeadline, tableState } from './headline';
import * as msg from './messages';
import { LANGUAGE_LABELS, parseSettings } from '../../schema/settings';
import {
  allSheetNames,
  discoverSheets,
  nameForNewSheet,
  SHEET_KEYS,
  type OurSheets,
} from '../../gas/discover';
import {
  ensureMetadata,
  knownPositions,
  locateByMetadataThenHeader,
  rememberLayout,
} from '../../gas/column-metadata';
import { sheetCalendar } from '../../gas/sheet-calendar';
import { isValidDate } from '../../core/text';
import { ensureKrIds, SETTINGS_READ_ROWS, toOkrTable, userLang } from '../../gas/okr-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface InstallReport {
  lang: Lang;
  created: SheetKey[];
  /** One line per change, in the user's language; empty when nothing needed repair. */
  lines: string[];
}

interface Target {
  sheet: Sheet;
  name: string;
  created: boolean;
}

/** Menu action: installs the template, or repairs it, and says what it did in a toast. */
export function installTemplate(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const report = installOrRepair(ss, new Date());
  const title = report.created.length ? msg.REPAIR.installedTitle : msg.REPAIR.repairedTitle;
  const text = report.lines.length ? report.lines.join(' ') : msg.REPAIR.nothing[report.lang];
  ss.toast(text, title[report.lang], 10);
}

function oneBased<K extends string>(positions: Partial<Record<K, number>>): Partial<Record<K, number>> {
  return Object.fromEntries(Object.entries(positions).map(([k, v]) => [k, (v as number) + 1])) as Partial<
    Record<K, number>
  >;
}

function zeroBased<K extends string>(positions: Partial<Record<K, number>>): Partial<Record<K, number>> {
  return Object.fromEntries(Object.entries(positions).map(([k, v]) => [k, (v as number) - 1])) as Partial<
    Record<K, number>
  >;
}

/** The header row as a read will show it after `writes` (a formula shows its header literal). */
function headerAfter(header: unknown[], writes: readonly CellWrite[]): unknown[] {
  const after = [...header];
  for (const w of writes) {
    if (w.row !== 1) continue;
    while (after.length < w.col) after.push('');
    after[w.col - 1] = formulaHeader(w.value) ?? w.value;
  }
  return after;
}

/** Writes planned cells: one rectangle for a sheet we just created, else as few rectangles as the changes need. */
function write(target: Target, writes: CellWrite[]): { range: Range; block: WriteBlock } | null {
  const blocks = target.created ? [boundingBlock(writes)].filter(b => b !== null) : groupWrites(writes);
  let last: { range: Range; block: WriteBlock } | null = null;
  for (const block of blocks) {
    const range = target.sheet.getRange(block.row, block.col, block.values.length, block.values[0].length);
    range.setValues(block.values);
    last = { range, block };
  }
  return last;
}

/** The Spreadsheet-service calls are counted: each range below is fetched once, through one RangeList. */
function rangesOf(sheet: Sheet, a1s: string[]): Map<string, Range> {
  const unique = [...new Set(a1s)];
  const ranges = sheet.getRangeList(unique).getRanges();
  return new Map(unique.map((a1, i) => [a1, ranges[i]]));
}

/**
 * Installs the template on an empty spreadsheet or repairs an installed one. Every sheet is read once, the changes
 * are planned in src/template (pure) and written in batches, so the number of Spreadsheet calls does not depend on
 * the number of rows. Cells a user typed are never written.
 */
export function installOrRepair(ss: Spreadsheet, now: Date): InstallReport {
  const found = discoverSheets(ss);
  const settingsFound = found.sheets.settings;
  const settingsValues = settingsFound ? settingsFound.sheet.getDataRange().getValues() : null;
  // Settings rows and OKRs columns by their metadata, remembered while the labels are unchanged (as a check-in does).
  const settingsKnown = settingsFound
    ? oneBased(
        knownPositions(
          settingsFound.sheet,
          settingsFound.name,
          SETTING_ROWS,
          'row',
          (settingsValues ?? []).slice(0, SETTINGS_READ_ROWS).map(row => row[0])
        )
      )
    : {};
  // The installing user's language until the Settings sheet says otherwise.
  const lang: Lang = settingsValues
    ? parseSettings(
        settingsValues,
        userLang(),
        oneBased(
          locateByMetadataThenHeader(
            settingsValues.map(row => row[0]),
            SETTING_ROWS,
            zeroBased(settingsKnown)
          )
        )
      ).lang
    : userLang();
  const run: InstallRun = {
    ss,
    lang,
    lines: [],
    validation: SpreadsheetApp.newDataValidation().requireValueInList(['-'], true).build(),
  };
  const { targets, created } = openTargets(run, found);

  // Settings first: the Status formula points at its rows.
  // Default dates are days of the spreadsheet's calendar (its time zone), written as the instants that show them.
  const calendar = sheetCalendar(ss);
  const settings = planSettings(
    targets.settings.created ? null : settingsValues,
    lang,
    calendar.today(now),
    targets.settings.created ? {} : settingsKnown
  );
  settings.writes = settings.writes.map(w =>
    isValidDate(w.value) ? { ...w, value: calendar.toCell(w.value) } : w
  );
  const settingsBlock = write(targets.settings, settings.writes);
  if (settings.restored.length) run.lines.push(msg.settingsRestored(lang, settings.restored));
  formatSettings(targets.settings, settings.rows, lang, run.validation, settingsBlock);
  const settingsRows0 = Object.fromEntries(
    Object.entries(settings.rows).map(([key, row]) => [key, row - 1])
  ) as Record<SettingKey, number>;
  ensureMetadata(
    targets.settings.sheet,
    settingsRows0,
    targets.settings.created ? {} : zeroBased(settingsKnown),
    'row'
  );
  const labels = (targets.settings.created ? [] : (settingsValues ?? [])).map(row => row[0]);
  for (const w of settings.writes) if (w.col === 1) labels[w.row - 1] = w.value;
  rememberLayout(
    targets.settings.name,
    'row',
    SETTING_ROWS,
    Array.from({ length: SETTINGS_READ_ROWS }, (_, i) => labels[i] ?? ''),
    settingsRows0
  );

  const settingsRef = { sheetName: targets.settings.name, rows: settings.rows };
  const okrColumns = repairOkrs(run, targets.okrs, settingsRef);
  const logColumns = repairLog(run, targets.checkins);
  assignKrIds(run, targets.okrs, okrColumns, targets.checkins, logColumns);
  const layout = dashboardLayout(lang, {
    settings: settingsRef,
    okrSheet: targets.okrs.name,
    okrColumns,
    checkinSheet: targets.checkins.name,
    checkinColumns: logColumns,
  });
  repairDashboard(run, targets.dashboard, layout);
  return { lang, created, lines: run.lines };
}

/** What every step of one install or repair shares; `lines` collects the report. */
interface InstallRun {
  ss: Spreadsheet;
  lang: Lang;
  lines: string[];
  /** A data-validation builder made once: each rule is a copy (builders cost no Spreadsheet call). */
  validation: GoogleAppsScript.Spreadsheet.DataValidation;
  /** The OKRs sheet as read before the repair (null when just created). */
  okrState?: SheetState | null;
}

/** Our sheets, creating the missing ones (under a free name); on an empty spreadsheet, removes its blank sheet. */
function openTargets(
  run: InstallRun,
  found: OurSheets
): { targets: Record<SheetKey, Target>; created: SheetKey[] } {
  const { ss, lang, lines } = run;
  const targets = {} as Record<SheetKey, Target>;
  const created: SheetKey[] = [];
  let names: string[] | null = null;
  for (const key of SHEET_KEYS) {
    const existing = found.sheets[key];
    if (existing) {
      targets[key] = { ...existing, created: false };
      continue;
    }
    names ??= allSheetNames(found);
    const name = nameForNewSheet(key, lang, names);
    names.push(name);
    const sheet = ss.insertSheet(name);
    sheet.addDeveloperMetadata(SHEET_METADATA_KEY, key);
    targets[key] = { sheet, name, created: true };
    created.push(key);
    const wanted = SHEET_NAMES[key][lang];
    if (name !== wanted) lines.push(msg.sheetBeside(lang, wanted, name));
  }
  if (created.length === SHEET_KEYS.length) {
    lines.unshift(msg.REPAIR.installed[lang]);
    removeBlankSheet(ss, found.others);
  } else {
    for (const key of created) lines.push(msg.sheetCreated(lang, targets[key].name));
  }
  return { targets, created };
}

/** The OKRs sheet: headers, computed formulas, formats, then ids for KRs typed without one. */
function repairOkrs(run: InstallRun, okrs: Target, settingsRef: SettingsRef): Record<OkrColumnKey, number> {
  const { lang, lines } = run;
  const state = okrs.created ? null : readState(okrs.sheet.getDataRange());
  const headlineAt = findHeadline(state?.formulas[0] ?? []);
  // Our columns by their metadata first, then by the computed formulas' references, then by header text.
  const byMetadata = okrs.created
    ? {}
    : knownPositions(okrs.sheet, okrs.name, OKR_COLUMNS, 'column', state?.values[0] ?? []);
  const known = { ...columnsReadByFormulas(state?.formulas[0] ?? []), ...byMetadata };
  const plan = planTableHeader(OKR_COLUMNS, tableState(state, headlineAt), lang, known);
  const computed = planComputedFormulas(plan.columns, state, settingsRef, lang, okrs.name);
  const whole = (key: OkrColumnKey) =>
    `${columnLetter(plan.columns[key])}1:${columnLetter(plan.columns[key])}`;
  const headline = planOkrHeadline(
    state,
    headlineAt,
    plan,
    headlineFormula(
      { objective: whole('objective'), progress: whole('progress'), weight: whole('weight') },
      settingsRef
    )
  );
  const writes = [...plan.writes, ...computed.writes, ...headline.writes];
  // A new sheet's header is written through the RangeList formatOkrs fetches anyway (one call less).
  const header = okrs.created ? boundingBlock(writes) : (write(okrs, writes)?.range ?? null);
  if (!okrs.created) {
    if (plan.restoredHeaders.length) lines.push(msg.headersRestored(lang, okrs.name, plan.restoredHeaders));
    if (plan.renamedHeaders.length) lines.push(msg.headersRenamed(lang, okrs.name, plan.renamedHeaders));
    if (computed.restored.length) lines.push(msg.formulasRestored(lang, okrs.name, computed.restored));
    if (headline.restored) lines.push(msg.headlineRestored(lang, okrs.name));
    for (const blocked of computed.blocked) lines.push(msg.blockedSpill(lang, blocked.header, blocked.cells));
  }
  formatOkrs(okrs, plan.columns, plan.addedColumns, lang, header, run.validation);
  ensureMetadata(okrs.sheet, plan.columns, byMetadata, 'column');
  rememberLayout(okrs.name, 'column', OKR_COLUMNS, headerAfter(effectiveHeader(state), writes), plan.columns);
  run.okrState = state;
  return plan.columns;
}

/** IDs for KRs typed without one (blank ID cells only), never one the log already knows. */
function assignKrIds(
  run: InstallRun,
  okrs: Target,
  columns: Record<OkrColumnKey, number>,
  log: Target,
  logColumns: Record<CheckinColumnKey, number>
): void {
  const state = run.okrState;
  if (!state) return;
  const table = toOkrTable(okrs.sheet, state.values, columns);
  const loggedIds = () => {
    if (log.created) return [];
    const letter = columnLetter(logColumns.krId);
    return log.sheet
      .getRange(`${letter}2:${letter}`)
      .getValues()
      .map(row => row[0]);
  };
  const ids = ensureKrIds(run.ss, table, loggedIds, state.formulas);
  if (ids.length) run.lines.push(msg.idsAssigned(run.lang, ids.length));
}

/** The Check-ins log: its header row (only that is read) and its protection. */
function repairLog(run: InstallRun, log: Target): Record<CheckinColumnKey, number> {
  const state = log.created ? null : readState(log.sheet.getRange('1:1'), false);
  const plan = planTableHeader(CHECKIN_COLUMNS, state, run.lang);
  const header = write(log, plan.writes)?.range ?? null;
  if (!log.created && plan.restoredHeaders.length) {
    run.lines.push(msg.headersRestored(run.lang, log.name, plan.restoredHeaders));
  }
  formatLog(log, plan.width, header);
  const headerRow = [...(state?.values[0] ?? [])];
  for (const w of plan.writes) if (w.row === 1) headerRow[w.col - 1] = w.value;
  tagLogColumns(log, plan.columns, headerRow);
  return plan.columns;
}

/**
 * Column metadata on the log's columns, so the check-in finds them whatever users insert or rename
 * (src/gas/column-metadata.ts). On repair the remembered positions tell, with no call, that they are there.
 */
function tagLogColumns(log: Target, columns: Record<CheckinColumnKey, number>, headerRow: unknown[]): void {
  const existing = log.created
    ? {}
    : knownPositions(log.sheet, log.name, CHECKIN_COLUMNS, 'column', headerRow);
  ensureMetadata(log.sheet, columns, existing, 'column');
  rememberLayout(log.name, 'column', CHECKIN_COLUMNS, headerRow, columns);
}

function repairDashboard(run: InstallRun, dashboard: Target, layout: DashboardLayout): void {
  if (dashboard.created) {
    // One RangeList for the whole area (every cell of it is ours) and the charts' data ranges.
    const ranges = rangesOf(dashboard.sheet, [layout.area, ...layout.charts.map(chart => chart.range)]);
    ranges
      .get(layout.area)!
      .setValues(boundingBlock(layout.cells)!.values)
      .setNumberFormats(layout.numberFormats)
      .setFontWeights(layout.fontWeights)
      .setBackgrounds(layout.backgrounds);
    // Objective names and table titles sit in column A, next to filled cells: they need room.
    dashboard.sheet.setColumnWidth(1, DASHBOARD_LABEL_WIDTH);
    repairCharts(dashboard, layout, ranges);
    return;
  }
  const writes = diffCells(layout.cells, readState(dashboard.sheet.getRange(layout.area)));
  // A spill area is cleared before its array formula is written (the local formula engine would keep the
  // formula blocked by the cells it replaces in the same write).
  write(
    dashboard,
    writes.filter(w => w.spill)
  );
  write(
    dashboard,
    writes.filter(w => !w.spill)
  );
  if (writes.length) run.lines.push(msg.dashboardRestored(run.lang));
  const charts = repairCharts(dashboard, layout, null);
  if (charts) run.lines.push(msg.chartsRestored(run.lang, charts));
}

/**
 * A brand-new spreadsheet's blank "Sheet1" ("Feuille 1") would stay in front of the template we just created: it
 * is deleted when it is the only sheet besides ours and holds no value at all; a sheet with content never is.
 */
function removeBlankSheet(ss: Spreadsheet, others: readonly Sheet[]): void {
  if (others.length !== 1) return;
  const [sheet] = others;
  // No row with content means no cell with content: getLastColumn() would only cost a call.
  if (sheet.getLastRow() === 0) ss.deleteSheet(sheet);
}

/** A1 notation of a write block. */
function blockA1(block: WriteBlock): string {
  const last = block.col + block.values[0].length - 2;
  return `${columnLetter(block.col - 1)}${block.row}:${columnLetter(last)}${block.row + block.values.length - 1}`;
}

function readState(range: Range, withFormulas = true): SheetState {
  const values = range.getValues();
  return { values, formulas: withFormulas ? range.getFormulas() : values.map(row => row.map(() => '')) };
}

function styleHeader(range: Range | null, background: boolean): void {
  if (!range) return;
  if (background) range.setBackground(HEADER_BACKGROUND);
  range.setFontWeight('bold');
}

function formatSettings(
  target: Target,
  rows: Record<SettingKey, number>,
  lang: Lang,
  validation: GoogleAppsScript.Spreadsheet.DataValidation,
  written: { range: Range; block: WriteBlock } | null
): void {
  // Dates written from Date objects get a date format by themselves.
  if (target.created) target.sheet.setColumnWidths(1, 2, 230);
  const list = (values: string[]) =>
    validation.copy().requireValueInList(values, true).setAllowInvalid(false).build();
  // Column B from row 1 to the last setting, in one call: the two dropdowns, no rule elsewhere.
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  const last = Math.max(rows.krType, rows.language);
  for (let row = 1; row <= last; row++) rules.push([null]);
  rules[rows.krType - 1][0] = list([
    commitmentLabel(lang, 'committed'),
    commitmentLabel(lang, 'aspirational'),
  ]);
  rules[rows.language - 1][0] = list([LANGUAGE_LABELS.en, LANGUAGE_LABELS.fr]);
  const block = written?.block;
  if (target.created && written && block!.row === 1 && block!.col === 1 && block!.values.length === last) {
    written.range.setDataValidations(rules.map(([rule]) => [null, rule]));
  } else {
    target.sheet.getRange(1, 2, last, 1).setDataValidations(rules);
  }
}

/** A1 of whole columns (`I:K`) for each run of consecutive indexes. */
const runA1s = (indexes: number[]) =>
  columnRuns(indexes).map(([start, count]) => `${columnLetter(start)}:${columnLetter(start + count - 1)}`);

function formatOkrs(
  target: Target,
  columns: Record<OkrColumnKey, number>,
  added: readonly OkrColumnKey[],
  lang: Lang,
  header: Range | WriteBlock | null,
  validation: GoogleAppsScript.Spreadsheet.DataValidation
): void {
  const { sheet, created } = target;
  const whole = (key: OkrColumnKey) => `${columnLetter(columns[key])}2:${columnLetter(columns[key])}`;
  const newHeader = header && 'values' in header ? header : null;
  const headerA1 = newHeader ? blockA1(newHeader) : '';
  if (created) {
    sheet.setFrozenRows(1);
    if (columns.id <= 1 && columns.objective <= 1) sheet.setFrozenColumns(2);
    const widths = Object.entries(OKR_WIDTHS).map(([key, px]) => ({
      index: columns[key as OkrColumnKey],
      width: px!,
    }));
    for (const [start, count, px] of widthRuns(widths)) sheet.setColumnWidths(start + 1, count, px);
  }
  // On repair, only the header cells of the columns put back are styled: a user's own headers keep their look.
  const addedHeaders = created ? [] : added.map(key => `${columnLetter(columns[key])}1`);

  // Progress, bar and objective progress: percent format and grade colours (the bar is text: unaffected).
  const percent = runA1s([columns.progress, columns.progressBar, columns.objectiveProgress]);
  const protect = runA1s(COMPUTED_KEYS.map(k => columns[k]));
  // Every column wraps (numbers never do), so sentences stay readable in any column a user adds.
  const width = Math.max(...Object.values(columns)) + 1;
  const table = `A:${columnLetter(width - 1)}`;
  const ranges = rangesOf(sheet, [
    ...percent,
    ...protect,
    whole('kind'),
    whole('status'),
    whole('confidence'),
    whole('lastCheckin'),
    whole('weight'),
    ...(created ? [table] : []),
    ...(newHeader ? [headerA1] : []),
    ...addedHeaders,
  ]);
  for (const a1 of addedHeaders) styleHeader(ranges.get(a1)!, true);
  if (newHeader) styleHeader(ranges.get(headerA1)!.setValues(newHeader.values), true);
  if (created) ranges.get(table)!.setWrap(true).setVerticalAlignment(OKR_VERTICAL_ALIGNMENT);
  for (const a1 of percent) ranges.get(a1)!.setNumberFormat(PERCENT_FORMAT);
  // The date format goes on a new Last check-in column only: a user's own format there is kept on repair.
  if (created || added.includes('lastCheckin'))
    ranges.get(whole('lastCheckin'))!.setNumberFormat(DATE_FORMAT);

  // Conditional formatting: a colour chip on the Status cell per status (the one legend, STATUS_COLORS), in
  // both languages; Progress is not coloured. Ours are replaced (recognised by their colours, the old grade
  // colours included), the user's rules kept.
  const statusRange = ranges.get(whole('status'))!;
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  // One builder from SpreadsheetApp (a counted call), the other rules copied from it (local).
  const base = SpreadsheetApp.newConditionalFormatRule()
    .setRanges([statusRange])
    .whenTextEqualTo('-')
    .build();
  for (const status of Object.keys(STATUS_COLORS) as PaceStatus[]) {
    for (const label of new Set(labelsInEveryLang(statusLabel, status))) {
      ours.push(
        base
          .copy()
          .whenTextEqualTo(label)
          .setBackground(STATUS_COLORS[status].background)
          .setFontColor(STATUS_COLORS[status].text)
          .build()
      );
    }
  }
  const ourColors = [
    ...Object.values(LEGACY_GRADE_COLORS),
    ...Object.values(STATUS_COLORS).map(c => c.background),
  ];
  const isOurs = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    ourColors.includes(String(rule.getBooleanCondition()?.getBackground() ?? '').toLowerCase());
  const others = created ? [] : sheet.getConditionalFormatRules().filter(rule => !isOurs(rule));
  sheet.setConditionalFormatRules([...others, ...ours]);

  // Kind accepts other words too (the engine reads both languages), so the dropdown only warns.
  const kinds = KR_KINDS.map(k => kindLabel(lang, k));
  ranges
    .get(whole('kind'))!
    .setDataValidation(validation.copy().requireValueInList(kinds, true).setAllowInvalid(true).build());
  ranges
    .get(whole('confidence'))!
    .setDataValidation(
      validation
        .copy()
        .requireNumberBetween(CONFIDENCE_RANGE.min, CONFIDENCE_RANGE.max)
        .setAllowInvalid(false)
        .setHelpText(msg.confidenceHelp(lang, CONFIDENCE_RANGE))
        .build()
    );
  // Weight: a number >= 0, blank counting as 1 (OKR_ROLLUP reads it); 0 leaves the KR out of its objective.
  ranges
    .get(whole('weight'))!
    .setDataValidation(
      validation
        .copy()
        .requireNumberGreaterThanOrEqualTo(0)
        .setAllowInvalid(false)
        .setHelpText(msg.weightHelp(lang))
        .build()
    );
  protectComputed(sheet, protect, ranges, created);
}

/** Warning-only protection on each run of computed columns (warns, never blocks); adds only missing ones. */
function protectComputed(sheet: Sheet, runs: string[], ranges: Map<string, Range>, created: boolean): void {
  let missing = runs;
  if (!created) {
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    if (existing.length >= runs.length) return;
    // Whole columns read back as I1:K1000 or I:K depending on the sheet: compare the letters only.
    const covered = existing.map(p => p.getRange().getA1Notation().replace(/\d+/g, ''));
    missing = runs.filter(a1 => !covered.includes(a1));
  }
  for (const a1 of missing) ranges.get(a1)!.protect().setWarningOnly(true);
}

function formatLog(target: Target, width: number, header: Range | null): void {
  const { sheet } = target;
  if (target.created) {
    styleHeader(header, false);
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, width, LOG_WIDTH);
    sheet.protect().setWarningOnly(true);
    return;
  }
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0)
    sheet.protect().setWarningOnly(true);
}

/** Inserts the dashboard's missing charts; `known` holds their data ranges when already fetched. */
function repairCharts(target: Target, layout: DashboardLayout, known: Map<string, Range> | null): number {
  const { sheet } = target;
  let missing = layout.charts;
  if (!target.created) {
    const charts = sheet.getCharts();
    if (charts.length >= layout.charts.length) return 0;
    const present = charts.map(chart => chart.getRanges()[0]?.getA1Notation() ?? '');
    missing = layout.charts.filter(chart => !present.includes(chart.range));
  }
  if (missing.length === 0) return 0;
  const ranges =
    known ??
    rangesOf(
      sheet,
      missing.map(chart => chart.range)
    );
  for (const chart of missing) {
    const built = sheet
      .newChart()
      .setChartType(chart.type === 'BAR' ? Charts.ChartType.BAR : Charts.ChartType.LINE)
      .addRange(ranges.get(chart.range)!)
      .setNumHeaders(1)
      .setPosition(chart.row, chart.col, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'none' })
      .setOption(chart.type === 'BAR' ? 'hAxis' : 'vAxis', { format: 'percent', minValue: 0, maxValue: 1 })
      .build();
    sheet.insertChart(built);
  }
  return missing.length;
}
