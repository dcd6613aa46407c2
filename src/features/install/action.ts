import type { Lang } from '../../i18n/lang';
import { columnLetter } from '../../schema/a1';
import { columnsReadByFormulas, formulaHeader, type SettingsRef } from '../../schema/formulas';
import { dashboardLayout, type DashboardChart, type DashboardLayout } from './dashboard';
import type { ValidationPolicy } from './formats';
import {
  dashboardSteps,
  effectiveHeader,
  logSteps,
  okrSteps,
  planComputedFormulas,
  planSettings,
  planTableHeader,
  settingsSteps,
  type CellWrite,
  type InstallStep,
  type SheetState,
} from './plan';
import {
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  type CheckinColumnKey,
  SETTING_ROWS,
  SHEET_METADATA_KEY,
  type OkrColumnKey,
  type SettingKey,
  type SheetKey,
} from '../../schema/layout';
import { findHeadline, headlineFormula, planOkrHeadline, tableState } from './headline';
import { blockedSpill, headersRenamed, headersRestored, say } from './texts';
import { parseSettings } from '../../schema/settings';
import { sheetName } from '../../i18n/schema-labels';
import {
  allSheetNames,
  discoverSheets,
  nameForNewSheet,
  SHEET_KEYS,
  type OurSheets,
} from '../../gas/discover';
import { ensureMetadata, knownPositions, rememberLayout } from '../../gas/column-metadata';
import { locateByMetadataThenHeader } from '../../schema/locate';
import { sheetCalendar } from '../../gas/sheet-calendar';
import { isValidDate } from '../../core/text';
import { ensureKrIds, SETTINGS_READ_ROWS, toOkrTable, userLang } from '../../gas/okr-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

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
  const title = report.created.length ? 'installedTitle' : 'repairedTitle';
  const text = report.lines.length ? report.lines.join(' ') : say(report.lang, 'nothing');
  ss.toast(text, say(report.lang, title), 10);
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
  apply(run, targets.settings, settingsSteps(lang, targets.settings.created, settings.rows, settings.writes));
  if (settings.restored.length)
    run.lines.push(say(lang, 'settingsRestored', { list: settings.restored.join(', ') }));
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
  const { columns: okrColumns, state: okrState } = repairOkrs(run, targets.okrs, settingsRef);
  const logColumns = repairLog(run, targets.checkins);
  if (okrState) assignKrIds(run, targets.okrs, okrState, okrColumns, targets.checkins, logColumns);
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
  validation: DataValidation;
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
    const wanted = sheetName(lang, key);
    if (name !== wanted) lines.push(say(lang, 'sheetBeside', { taken: wanted, name }));
  }
  if (created.length === SHEET_KEYS.length) {
    lines.unshift(say(lang, 'installed'));
    removeBlankSheet(ss, found.others);
  } else {
    for (const key of created) lines.push(say(lang, 'sheetCreated', { name: targets[key].name }));
  }
  return { targets, created };
}

/** The OKRs sheet: headers, computed formulas, formats, then ids for KRs typed without one. */
function repairOkrs(
  run: InstallRun,
  okrs: Target,
  settingsRef: SettingsRef
): { columns: Record<OkrColumnKey, number>; state: SheetState | null } {
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
  apply(run, okrs, okrSteps(lang, okrs.created, plan.columns, plan.addedColumns, writes));
  if (!okrs.created) {
    if (plan.restoredHeaders.length) lines.push(headersRestored(lang, okrs.name, plan.restoredHeaders));
    if (plan.renamedHeaders.length) lines.push(headersRenamed(lang, okrs.name, plan.renamedHeaders));
    if (computed.restored.length)
      lines.push(say(lang, 'formulasRestored', { sheet: okrs.name, list: computed.restored.join(', ') }));
    if (headline.restored) lines.push(say(lang, 'headlineRestored', { sheet: okrs.name }));
    for (const blocked of computed.blocked) lines.push(blockedSpill(lang, blocked.header, blocked.cells));
  }
  ensureMetadata(okrs.sheet, plan.columns, byMetadata, 'column');
  rememberLayout(okrs.name, 'column', OKR_COLUMNS, headerAfter(effectiveHeader(state), writes), plan.columns);
  return { columns: plan.columns, state };
}

/**
 * IDs for KRs typed without one (blank ID cells only), never one the log already knows. `state` is the OKRs sheet
 * as read before the repair (a sheet just created has no KR).
 */
function assignKrIds(
  run: InstallRun,
  okrs: Target,
  state: SheetState,
  columns: Record<OkrColumnKey, number>,
  log: Target,
  logColumns: Record<CheckinColumnKey, number>
): void {
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
  if (ids.length) run.lines.push(say(run.lang, 'idsAssigned', { n: ids.length }));
}

/**
 * The Check-ins log: its header row (only that is read) and its protection. Its columns are found by their metadata
 * (src/gas/column-metadata.ts, remembered positions when the labels have not changed), then by label, so a renamed
 * header is never added again as a new column; the metadata is put on any column missing it.
 */
function repairLog(run: InstallRun, log: Target): Record<CheckinColumnKey, number> {
  const state = log.created ? null : readState(log.sheet.getRange('1:1'), false);
  const existing = log.created
    ? {}
    : knownPositions(log.sheet, log.name, CHECKIN_COLUMNS, 'column', state?.values[0] ?? []);
  const plan = planTableHeader(CHECKIN_COLUMNS, state, run.lang, existing);
  apply(run, log, logSteps(log.created, plan.width, plan.writes));
  if (!log.created && plan.restoredHeaders.length) {
    run.lines.push(headersRestored(run.lang, log.name, plan.restoredHeaders));
  }
  const headerRow = [...(state?.values[0] ?? [])];
  for (const w of plan.writes) if (w.row === 1) headerRow[w.col - 1] = w.value;
  ensureMetadata(log.sheet, plan.columns, existing, 'column');
  rememberLayout(log.name, 'column', CHECKIN_COLUMNS, headerRow, plan.columns);
  return plan.columns;
}

function repairDashboard(run: InstallRun, dashboard: Target, layout: DashboardLayout): void {
  const state = dashboard.created ? null : readState(dashboard.sheet.getRange(layout.area));
  const steps = dashboardSteps(layout, state);
  const charts = apply(run, dashboard, steps);
  if (dashboard.created) return;
  if (steps.some(step => step.type === 'values')) run.lines.push(say(run.lang, 'dashboardRestored'));
  if (charts) run.lines.push(say(run.lang, 'chartsRestored', { n: charts }));
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

function readState(range: Range, withFormulas = true): SheetState {
  const values = range.getValues();
  return { values, formulas: withFormulas ? range.getFormulas() : values.map(row => row.map(() => '')) };
}

/** The ranges steps name, fetched at once: one getRange, or one RangeList for several (calls are counted). */
function rangesOf(sheet: Sheet, a1s: readonly string[]): Map<string, Range> {
  const unique = [...new Set(a1s)];
  if (unique.length === 0) return new Map();
  const ranges = unique.length === 1 ? [sheet.getRange(unique[0])] : sheet.getRangeList(unique).getRanges();
  return new Map(unique.map((a1, i) => [a1, ranges[i]]));
}

/** The A1 ranges a step works on, to fetch before the first step runs. */
function rangesNamed(step: InstallStep): string[] {
  if ('a1' in step) return [step.a1];
  if (step.type === 'protectRanges') return step.a1s;
  if (step.type === 'charts' && !step.onlyMissing) return step.charts.map(chart => chart.range);
  return [];
}

/**
 * Applies one sheet's planned steps (src/features/install/plan.ts), in order: every range they name is fetched at
 * once, then each step is one Spreadsheet call or a few. Returns how many charts it inserted.
 */
function apply(run: InstallRun, target: Target, steps: readonly InstallStep[]): number {
  const { sheet } = target;
  const ranges = rangesOf(sheet, steps.flatMap(rangesNamed));
  const range = (a1: string) => ranges.get(a1)!;
  const rule = (policy: ValidationPolicy | null) => policy && validationRule(run.validation, policy);
  let charts = 0;
  for (const step of steps) {
    switch (step.type) {
      case 'values':
        range(step.a1).setValues(step.values);
        break;
      case 'style': {
        const cells = range(step.a1);
        if (step.background !== undefined) cells.setBackground(step.background);
        if (step.bold) cells.setFontWeight('bold');
        if (step.numberFormat !== undefined) cells.setNumberFormat(step.numberFormat);
        if (step.wrap !== undefined) cells.setWrap(step.wrap);
        if (step.verticalAlignment !== undefined) cells.setVerticalAlignment(step.verticalAlignment);
        break;
      }
      case 'grid':
        range(step.a1)
          .setNumberFormats(step.numberFormats)
          .setFontWeights(step.fontWeights)
          .setBackgrounds(step.backgrounds);
        break;
      case 'validation':
        range(step.a1).setDataValidation(rule(step.rule));
        break;
      case 'validations':
        range(step.a1).setDataValidations(step.rules.map(row => row.map(rule)));
        break;
      case 'chips':
        setChips(sheet, range(step.a1), step);
        break;
      case 'frozen':
        sheet.setFrozenRows(step.rows);
        if (step.columns) sheet.setFrozenColumns(step.columns);
        break;
      case 'widths':
        sheet.setColumnWidths(step.start, step.count, step.px);
        break;
      case 'protectRanges':
        protectRanges(sheet, step.a1s, range, step.onlyMissing);
        break;
      case 'protectSheet':
        if (!step.onlyMissing || sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0)
          sheet.protect().setWarningOnly(true);
        break;
      case 'charts':
        charts += insertCharts(sheet, step.charts, step.onlyMissing ? null : ranges);
        break;
    }
  }
  return charts;
}

/** A validation rule from the policy, copied from the run's one builder (copies cost no Spreadsheet call). */
function validationRule(builder: DataValidation, policy: ValidationPolicy): DataValidation {
  const rule = builder.copy();
  if (policy.type === 'list')
    return rule.requireValueInList(policy.values, true).setAllowInvalid(policy.allowInvalid).build();
  const number =
    policy.max === undefined
      ? rule.requireNumberGreaterThanOrEqualTo(policy.min)
      : rule.requireNumberBetween(policy.min, policy.max);
  return number.setAllowInvalid(policy.allowInvalid).setHelpText(policy.help).build();
}

/**
 * The status chips as conditional-format rules on `range`. Ours are replaced (recognised by their colours, the
 * older installs' grade colours included), the user's rules kept.
 */
function setChips(sheet: Sheet, range: Range, step: Extract<InstallStep, { type: 'chips' }>): void {
  // One builder from SpreadsheetApp (a counted call), the other rules copied from it (local).
  const base = SpreadsheetApp.newConditionalFormatRule().setRanges([range]).whenTextEqualTo('-').build();
  const chips = step.chips.map(chip =>
    base.copy().whenTextEqualTo(chip.equals).setBackground(chip.background).setFontColor(chip.text).build()
  );
  const ours = step.ours;
  const others = ours
    ? sheet
        .getConditionalFormatRules()
        .filter(
          rule => !ours.includes(String(rule.getBooleanCondition()?.getBackground() ?? '').toLowerCase())
        )
    : [];
  sheet.setConditionalFormatRules([...others, ...chips]);
}

/** Warning-only protection on each range (warns, never blocks); with `onlyMissing`, adds only missing ones. */
function protectRanges(
  sheet: Sheet,
  a1s: string[],
  range: (a1: string) => Range,
  onlyMissing: boolean
): void {
  let missing = a1s;
  if (onlyMissing) {
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    if (existing.length >= a1s.length) return;
    // Whole columns read back as I1:K1000 or I:K depending on the sheet: compare the letters only.
    const covered = existing.map(p => p.getRange().getA1Notation().replace(/\d+/g, ''));
    missing = a1s.filter(a1 => !covered.includes(a1));
  }
  for (const a1 of missing) range(a1).protect().setWarningOnly(true);
}

/** Inserts the charts (with no `known` ranges, only those missing); `known` holds their data ranges. */
function insertCharts(
  sheet: Sheet,
  charts: readonly DashboardChart[],
  known: Map<string, Range> | null
): number {
  let missing = charts;
  if (!known) {
    const present = sheet.getCharts();
    if (present.length >= charts.length) return 0;
    const a1s = present.map(chart => chart.getRanges()[0]?.getA1Notation() ?? '');
    missing = charts.filter(chart => !a1s.includes(chart.range));
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
