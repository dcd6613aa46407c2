// The local Apps Script runtime: loads the built dist/ into one vm context with in-memory Apps Script services.
// See dev/runtime/README.md for what it emulates and what it does not.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parseA1, splitSheetPrefix } from './a1';
import type { AuthModeName, RuntimeContext } from './context';
import { CallCounter, SPREADSHEET_CLASSES, track } from './counter';
import { findCustomFunctions } from './custom-functions';
import { isDate } from './dates';
import type { CustomFunctionSpec } from './formula-engine';
import { createHtmlService } from './html-service';
import type { TemplateCompiler } from './html-service';
import { newSheetData } from './model';
import type { SheetData, WorkbookData } from './model';
import { RangeImpl } from './range';
import {
  AUTH_MODES,
  CacheStore,
  createCacheService,
  createConsole,
  createLockService,
  createLogger,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUtilities,
  LockState,
} from './services';
import type { InstallationSourceName, LogEntry } from './services';
import { SheetImpl } from './sheet';
import { CHARTS_ENUMS, createSpreadsheetApp } from './spreadsheet-app';
import { rangeListApi, SpreadsheetImpl } from './spreadsheet';
import { sheetView } from './sheet-view';
import type { SheetView } from './sheet-view';
import { uiApi, UiRecorder } from './ui';
import type { MenuRecord } from './ui';
import { validationApi } from './validation';
import { Workbook } from './workbook';
import type { CellErrorInfo } from './workbook';

export type { WorkbookData, SheetView, MenuRecord, CellErrorInfo, AuthModeName };

const ROOT = path.resolve(__dirname, '../..');

export interface RuntimeOptions {
  /** folder holding the built files (default: <repo>/dist) */
  distDir?: string;
  /** spreadsheet locale, e.g. 'fr_FR' (default 'en_US') */
  locale?: string;
  /** spreadsheet time zone (default: appsscript.json's timeZone, else Europe/Paris) */
  timeZone?: string;
  userEmail?: string;
  /** Session.getActiveUserLocale() (default: the language of `locale`) */
  userLocale?: string;
  /** restores a state returned by rt.snapshot() */
  snapshot?: WorkbookData;
  spreadsheetName?: string;
  /** names of the sheets of a new spreadsheet (default ['Sheet1']) */
  sheets?: string[];
  /** the title of createAddonMenu() menus (default 'okr-sheets') */
  addonTitle?: string;
  /** ScriptApp.getInstallationSource(): 'NONE' runs the script as bound to the spreadsheet (default: an add-on) */
  installationSource?: InstallationSourceName;
  /** fixed clock for the script's `new Date()`, TODAY() and caches (default: real time) */
  now?: Date | number;
  authMode?: AuthModeName;
  /** print Logger.log/console output (default false: it is kept in rt.logs) */
  echoLogs?: boolean;
  /** extra script files to load after dist/*.js (source text) */
  extraScripts?: string[];
  /**
   * The manifest's oauthScopes (default: dist/appsscript.json's, else the repository's; null: no check).
   * Session.getActiveUser()/getEffectiveUser() throw without userinfo.email.
   */
  oauthScopes?: string[] | null;
  /**
   * The syntax getFormula(s) returns (PLATFORM.md, item 3, unverified): 'locale' (default: `;` and decimal commas
   * in comma-decimal locales, `,` in en_US) or 'en_US' (always `,` and decimal points, whatever the locale).
   */
  formulaSyntax?: 'locale' | 'en_US';
}

/** Makes Spreadsheet-service writes fail on purpose, to test what a script does when Sheets refuses a write. */
export interface FaultInjector {
  /**
   * The `n`-th write call from now (1 = the next one) throws `message` before writing anything. A write is a
   * call of a Spreadsheet-service method that changes the document (set…, insert…, append…, delete…, clear…, …).
   */
  failOnWrite(n: number, message?: string): void;
  /** Every write call from the `n`-th on throws (a service outage: undo writes fail too). */
  failFromWrite(n: number, message?: string): void;
  /** Write calls counted since the last failOnWrite/reset. */
  readonly writes: number;
  reset(): void;
}

/** Methods of the Spreadsheet classes that change the document (for fault injection). */
const WRITE_METHOD =
  /^(set|insert|append|delete|clear|add|remove|merge|breakApart|protect|sort|copyTo|update|hide|show|check|uncheck|move|duplicate|autoResize)/;
export const SERVICE_FAILURE =
  'Service Spreadsheets failed while accessing document with id local-spreadsheet-0001.';

export interface Runtime {
  /** the vm context: every dist global and the Apps Script services */
  readonly global: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  authMode: AuthModeName;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly menus: MenuRecord[];
  readonly ui: UiRecorder;
  readonly calls: CallCounter;
  readonly logs: LogEntry[];
  readonly locks: { document: LockState; script: LockState; user: LockState };
  readonly customFunctions: CustomFunctionSpec[];
  readonly workbook: Workbook;
  readonly faults: FaultInjector;
  /** calls a top-level function as a trigger or menu would; event.authMode may be a name ('NONE') */
  call(name: string, event?: unknown): unknown;
  /** runs the menu item with that caption (in FULL auth mode) */
  runMenuItem(caption: string): unknown;
  /** like google.script.run: arguments and result JSON-cloned, Dates refused, FULL auth mode */
  runServer(name: string, ...args: unknown[]): unknown;
  /** computed values of a whole sheet (up to its last row and column) */
  sheetValues(name: string): unknown[][];
  sheetFormulas(name: string): string[][];
  sheetDisplayValues(name: string): string[][];
  /** `maxRows`: leave out the cells below (still at least the used area). */
  sheetView(name: string, maxRows?: number): SheetView;
  /** the error of a cell ('Sheet', 'A1' or 'Sheet!A1'), or null */
  cellError(sheetName: string, a1?: string): CellErrorInfo | null;
  /** runs source text in the script's global scope (as if it were one more .js file) and returns its value */
  evaluate(code: string): unknown;
  snapshot(): WorkbookData;
  setNow(date: Date | number | null): void;
  now(): number;
}

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

function readManifest(distDir: string): Manifest {
  for (const file of [path.join(distDir, 'appsscript.json'), path.join(ROOT, 'appsscript.json')]) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    } catch {
      // try the next one
    }
  }
  return {};
}

function newWorkbookData(options: RuntimeOptions, timeZone: string): WorkbookData {
  const names = options.sheets?.length ? options.sheets : ['Sheet1'];
  const sheets: SheetData[] = names.map((name, i) => newSheetData(i + 1, name));
  return {
    version: 1,
    id: 'local-spreadsheet-0001',
    name: options.spreadsheetName ?? 'Untitled spreadsheet',
    locale: options.locale ?? 'en_US',
    timeZone,
    activeSheetId: sheets[0].id,
    nextId: 1000,
    sheets,
    namedRanges: [],
    metadata: [],
    protections: [],
    properties: { document: {}, script: {}, user: {} },
  };
}

function containsDate(value: unknown, seen = new Set<unknown>()): boolean {
  if (isDate(value)) return true;
  if (!value || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some(v => containsDate(v, seen));
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const distDir = path.resolve(options.distDir ?? path.join(ROOT, 'dist'));
  const manifest = readManifest(distDir);
  const scriptTimeZone = manifest.timeZone || 'Europe/Paris';
  const scopes = options.oauthScopes !== undefined ? options.oauthScopes : (manifest.oauthScopes ?? null);
  // Apps Script runs a script's Dates in the manifest's time zone: `new Date(y, m, d)` is midnight there. Node has
  // one time zone per process, so the runtime sets it (every runtime of this project shares appsscript.json's).
  if (process.env.TZ !== scriptTimeZone) process.env.TZ = scriptTimeZone;
  const data: WorkbookData = options.snapshot
    ? structuredClone(options.snapshot)
    : newWorkbookData(options, options.timeZone ?? scriptTimeZone);
  if (options.locale && options.snapshot) data.locale = options.locale;

  let fixedNow: number | null = options.now === undefined ? null : +options.now;
  const now = () => (fixedNow === null ? Date.now() : fixedNow);

  // Dates the script sees: `new Date()` reads the runtime clock; instances are real Dates.
  const HostDate = Date;
  class ClockDate extends HostDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [number]));
    }
    static override now(): number {
      return now();
    }
  }
  const makeDate = (ms: number) => new ClockDate(ms);

  const counter = new CallCounter();
  const ui = new UiRecorder();
  const logs: LogEntry[] = [];
  const locks = { document: new LockState(), script: new LockState(), user: new LockState() };
  const caches = { document: new CacheStore(), script: new CacheStore(), user: new CacheStore() };
  const echo = Boolean(options.echoLogs);
  const fault = { writes: 0, failAt: 0, onward: false, message: SERVICE_FAILURE };
  const faults: FaultInjector = {
    failOnWrite(n, message = SERVICE_FAILURE) {
      Object.assign(fault, { writes: 0, failAt: n, onward: false, message });
    },
    failFromWrite(n, message = SERVICE_FAILURE) {
      Object.assign(fault, { writes: 0, failAt: n, onward: true, message });
    },
    get writes() {
      return fault.writes;
    },
    reset() {
      Object.assign(fault, { writes: 0, failAt: 0, onward: false });
    },
  };

  const context = vm.createContext({});
  const VmError = vm.runInContext('Error', context) as ErrorConstructor;

  const convertError = (error: unknown) => {
    if (error instanceof Error && !((error as unknown) instanceof VmError)) {
      const converted = new VmError((error as Error).message);
      converted.stack = (error as Error).stack;
      return converted;
    }
    return error;
  };

  const sheetApis = new Map<SheetData, GoogleAppsScript.Spreadsheet.Sheet>();
  let spreadsheetApi: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;

  const ctx: RuntimeContext = {
    workbook: null as unknown as Workbook,
    counter,
    authMode: options.authMode ?? 'FULL',
    userEmail: options.userEmail ?? 'user@example.com',
    activeRange: null,
    makeDate,
    track: (target, className) =>
      track(target, className, {
        counter,
        convertError,
        beforeCall: (cls, method) => {
          if (!SPREADSHEET_CLASSES.has(cls)) return;
          if (ctx.authMode !== 'CUSTOM_FUNCTION' && WRITE_METHOD.test(method)) {
            fault.writes++;
            if (
              fault.failAt > 0 &&
              (fault.writes === fault.failAt || (fault.onward && fault.writes > fault.failAt))
            ) {
              if (!fault.onward) fault.failAt = 0;
              throw new Error(fault.message);
            }
          }
          if (ctx.authMode !== 'NONE') return;
          if (
            cls === 'SpreadsheetApp' &&
            /^(getUi|newDataValidation|newConditionalFormatRule|newRichTextValue|newTextStyle|newColor|flush)$/.test(
              method
            )
          )
            return;
          throw new Error(
            `You do not have permission to call ${cls}.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly (AuthMode.NONE: only the menu may be built)`
          );
        },
      }),
    sheetApi: sheet => {
      let api = sheetApis.get(sheet);
      if (!api) {
        api = ctx.track(new SheetImpl(ctx, sheet), 'Sheet') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
        sheetApis.set(sheet, api);
      }
      return api;
    },
    rangeApi: (sheet, rect) =>
      ctx.track(
        new RangeImpl(ctx, sheet, { ...rect }),
        'Range'
      ) as unknown as GoogleAppsScript.Spreadsheet.Range,
    spreadsheetApi: () =>
      (spreadsheetApi ??= ctx.track(
        new SpreadsheetImpl(ctx),
        'Spreadsheet'
      ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    validationApi: dv => validationApi(ctx, dv),
    rangeListApi: ranges => rangeListApi(ctx, ranges),
    toast: entry => ui.toasts.push(entry),
  };

  // dist code
  const scripts = fs.existsSync(distDir)
    ? fs
        .readdirSync(distDir)
        .filter(f => f.endsWith('.js'))
        .sort()
        .map(f => ({ file: path.join(distDir, f), code: fs.readFileSync(path.join(distDir, f), 'utf8') }))
    : [];
  if (!scripts.length && !options.extraScripts?.length) {
    throw new Error(`No .js file in ${distDir}: run \`npm run build\` first.`);
  }
  for (const [i, code] of (options.extraScripts ?? []).entries())
    scripts.push({ file: `extra-${i}.js`, code });
  const customFunctions = scripts.flatMap(s => findCustomFunctions(s.code));

  const compile: TemplateCompiler = body =>
    vm.runInContext(`(function (__data, __esc, __str, output) { with (__data) { ${body} } })`, context);

  let uiInstance: GoogleAppsScript.Base.Ui | null = null;
  const getUi = () => (uiInstance ??= uiApi(ctx, ui, options.addonTitle ?? 'okr-sheets'));
  const userLocale = () => options.userLocale ?? data.locale.split(/[_-]/)[0];

  Object.assign(context, {
    Date: ClockDate,
    SpreadsheetApp: createSpreadsheetApp(ctx, getUi),
    HtmlService: createHtmlService(ctx, distDir, compile),
    ScriptApp: createScriptApp(ctx, 'local-script-id', options.installationSource ?? 'WEB_STORE_ADD_ON'),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx, caches, now),
    LockService: createLockService(ctx, locks),
    Session: createSession(ctx, scriptTimeZone, userLocale, scopes),
    Utilities: createUtilities(ctx),
    Logger: createLogger(ctx, logs, echo),
    console: createConsole(logs, echo),
    Charts: ctx.track({ ...CHARTS_ENUMS }, 'Charts'),
  });
  for (const s of scripts) vm.runInContext(s.code, context, { filename: s.file });
  // formulas of a restored snapshot call custom functions: the scripts must be loaded first
  ctx.workbook = new Workbook(data, {
    customFunctions,
    formulaSyntax: options.formulaSyntax,
    makeDate,
    now,
    callCustomFunction: (name, args) => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Unknown function: ${name}`);
      const previous = ctx.authMode;
      ctx.authMode = 'CUSTOM_FUNCTION';
      try {
        return fn(...args);
      } finally {
        ctx.authMode = previous;
      }
    },
  });

  const sheetNamed = (name: string) => {
    const sheet = ctx.workbook.sheetByName(name);
    if (!sheet)
      throw new Error(
        `No sheet named "${name}" (sheets: ${ctx.workbook.sheets.map(s => s.name).join(', ')})`
      );
    return sheet;
  };
  const usedRect = (sheet: SheetData) => ({
    row: 1,
    col: 1,
    rows: Math.max(1, ctx.workbook.lastRow(sheet)),
    cols: Math.max(1, ctx.workbook.lastColumn(sheet)),
  });
  const withAuthMode = <T>(mode: AuthModeName, fn: () => T): T => {
    const previous = ctx.authMode;
    ctx.authMode = mode;
    try {
      return fn();
    } finally {
      ctx.authMode = previous;
    }
  };
  const globalFunction = (name: string) => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`No top-level function named ${name} in ${distDir}`);
    return fn as (...args: unknown[]) => unknown;
  };

  const rt: Runtime = {
    global: context,
    get authMode() {
      return ctx.authMode;
    },
    set authMode(mode: AuthModeName) {
      ctx.authMode = mode;
    },
    get spreadsheet() {
      return ctx.spreadsheetApi();
    },
    get menus() {
      return ui.menus;
    },
    ui,
    calls: counter,
    logs,
    locks,
    customFunctions,
    faults,
    get workbook() {
      return ctx.workbook;
    },
    call(name, event) {
      const fn = globalFunction(name);
      if (event && typeof event === 'object' && 'authMode' in event) {
        const mode = String((event as { authMode: unknown }).authMode) as AuthModeName;
        if (!(mode in AUTH_MODES)) throw new Error(`Unknown auth mode ${mode}`);
        const e: Record<string, unknown> = { ...(event as object), authMode: AUTH_MODES[mode] };
        if (mode !== 'NONE' && !('source' in e)) e.source = ctx.spreadsheetApi();
        if (!('user' in e)) e.user = mode === 'NONE' ? '' : ctx.userEmail;
        return withAuthMode(mode, () => fn(e));
      }
      return event === undefined ? fn() : fn(event);
    },
    runMenuItem(caption) {
      const item = ui.findMenuItem(caption);
      if (!item) {
        const captions = JSON.stringify(ui.menus.map(m => ({ title: m.title, items: m.items })));
        throw new Error(`No menu item "${caption}" (menus: ${captions})`);
      }
      return withAuthMode('FULL', () => globalFunction(item.functionName)());
    },
    runServer(name, ...args) {
      args.forEach((arg, i) => {
        if (containsDate(arg)) {
          throw new Error(
            `google.script.run.${name}: argument ${i + 1} contains a Date, which google.script.run cannot send (use an ISO string)`
          );
        }
      });
      const cloned = JSON.parse(JSON.stringify(args, (_k, v) => (v === undefined ? null : v))) as unknown[];
      const fn = globalFunction(name);
      let result: unknown;
      try {
        result = withAuthMode('FULL', () => fn(...cloned));
      } catch (error) {
        const message =
          error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
        throw new Error(message);
      }
      if (containsDate(result)) {
        throw new Error(
          `${name} returned a Date: google.script.run would hand the client null instead (return an ISO string)`
        );
      }
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
    sheetValues(name) {
      const sheet = sheetNamed(name);
      return ctx.workbook.values(sheet, usedRect(sheet));
    },
    sheetFormulas(name) {
      const sheet = sheetNamed(name);
      const rect = usedRect(sheet);
      return Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) =>
          ctx.workbook.formulaText(ctx.workbook.cell(sheet, r + 1, c + 1)?.f)
        )
      );
    },
    sheetDisplayValues(name) {
      const sheet = sheetNamed(name);
      return ctx.workbook.displayValues(sheet, usedRect(sheet));
    },
    sheetView(name, maxRows) {
      return sheetView(ctx.workbook, sheetNamed(name), maxRows);
    },
    cellError(sheetName, a1) {
      let name = sheetName;
      let ref = a1;
      if (ref === undefined) {
        const split = splitSheetPrefix(sheetName);
        name = split.sheetName ?? '';
        ref = split.ref;
      }
      const sheet = sheetNamed(name);
      const rect = parseA1(ref, sheet.maxRows, sheet.maxCols);
      return ctx.workbook.cellError(sheet, rect.row, rect.col);
    },
    evaluate(code) {
      return vm.runInContext(code, context);
    },
    snapshot() {
      return JSON.parse(JSON.stringify(ctx.workbook.data)) as WorkbookData;
    },
    setNow(date) {
      fixedNow = date === null ? null : +date;
    },
    now,
  };
  return rt;
}
