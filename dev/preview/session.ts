import fs from 'node:fs';
import path from 'node:path';
import type { Runtime, RuntimeOptions } from '../runtime';
import type { MenuItem, ShownPage } from '../runtime/ui';
import { parseCellInput } from './cell-input';
import { badRequest, notFound } from './http-error';
import type { RawSheet } from './read-sheet';
import { readSheet } from './read-sheet';
import { toGridView } from './grid-view';
import type { Answer, Notice, PanelRef, PreviewState, Question } from './view-types';
import { readWorkbookFile, writeWorkbookFile } from './workbook-file';
import { sheetsToXlsx } from './xlsx-export';

export interface SessionOptions {
  file: string;
  /** Locale of a new (or reset) spreadsheet; a restored one keeps its own. */
  locale: string;
  distDir: string;
  createRuntime(options: RuntimeOptions): Runtime;
  userEmail?: string;
}

interface Panel {
  ref: PanelRef;
  html: string;
}

/** Top-level functions dist/*.js defines (the stubs), i.e. what google.script.run may call in Apps Script. */
export function distGlobals(distDir: string): Set<string> {
  const names = new Set<string>();
  for (const file of fs.readdirSync(distDir).filter(f => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(distDir, file), 'utf8');
    for (const m of code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)) names.add(m[1]);
  }
  return names;
}

const A1_CELL = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/** Captions of every runnable menu item, submenus included. */
function menuCaptions(items: MenuItem[]): string[] {
  return items.flatMap(i =>
    'submenu' in i ? menuCaptions(i.submenu) : 'functionName' in i ? [i.caption] : []
  );
}

const BUTTON_NAMES = new Set(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);

/** The user's answers to the questions asked so far by one menu item or server call: [{ button, text? }]. */
function parseAnswers(answers: unknown): Answer[] {
  if (answers === undefined || answers === null) return [];
  if (!Array.isArray(answers) || answers.length > 20)
    throw badRequest('"answers" must be an array of answers');
  return answers.map(answer => {
    const { button, text } = (answer ?? {}) as { button?: unknown; text?: unknown };
    if (typeof button !== 'string' || !BUTTON_NAMES.has(button)) {
      throw badRequest(`an answer's "button" must be one of ${[...BUTTON_NAMES].join(', ')}`);
    }
    if (text !== undefined && typeof text !== 'string') throw badRequest('an answer\'s "text" must be text');
    return text === undefined ? { button } : { button, text };
  });
}

/**
 * One preview workbook: the runtime running dist/, the sidebars and dialogs it showed, and its file on disk.
 * Not safe for concurrent use: the server runs every call through one serial queue.
 */
export class PreviewSession {
  private rt!: Runtime;
  private panels = new Map<string, Panel>();
  /** Each browser tab (client) has its own open sidebar and dialog, as each Sheets window does. */
  private clients = new Map<string, { sidebarId: string | null; dialogId: string | null }>();
  private seen = { sidebars: 0, dialogs: 0, toasts: 0, alerts: 0, prompts: 0 };
  private panelCount = 0;
  private callable: Set<string>;
  restored = false;

  constructor(private readonly options: SessionOptions) {
    this.callable = distGlobals(options.distDir);
    const saved = readWorkbookFile(options.file);
    if (saved) {
      this.start({ snapshot: saved.snapshot, locale: saved.locale }, 'LIMITED');
      this.restored = true;
    } else {
      this.start({ locale: options.locale }, 'NONE');
      this.save();
    }
  }

  get locale(): string {
    return this.rt.spreadsheet.getSpreadsheetLocale();
  }

  get file(): string {
    return this.options.file;
  }

  /** Opens the document: onOpen builds the menu in the auth mode Sheets would use (NONE for a new document). */
  private start(options: RuntimeOptions, openMode: 'NONE' | 'LIMITED'): void {
    this.rt = this.options.createRuntime({
      userEmail: this.options.userEmail ?? 'you@example.com',
      ...options,
    });
    this.panels.clear();
    this.clients.clear();
    this.open(openMode);
  }

  /** onOpen in the given auth mode; what it showed is not news. */
  private open(openMode: 'NONE' | 'LIMITED'): void {
    this.rt.authMode = openMode;
    try {
      if (typeof this.rt.global.onOpen === 'function') this.rt.call('onOpen', { authMode: openMode });
    } finally {
      this.rt.authMode = 'FULL';
    }
    this.markSeen();
  }

  private markSeen(): void {
    const ui = this.rt.ui;
    this.seen = {
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      toasts: ui.toasts.length,
      alerts: ui.alerts.length,
      prompts: ui.prompts.length,
    };
  }

  private client(id: string) {
    let client = this.clients.get(id);
    if (!client) this.clients.set(id, (client = { sidebarId: null, dialogId: null }));
    return client;
  }

  /** What the add-on showed since the last request: a new sidebar/dialog becomes the requesting tab's. */
  private collectNotices(clientId: string): Notice[] {
    const client = this.client(clientId);
    const ui = this.rt.ui;
    const addPanel = (kind: PanelRef['kind'], { title, html, width, height }: ShownPage): string => {
      const id = `${kind}-${++this.panelCount}`;
      const ref: PanelRef = { id, kind, title, ...(width ? { width } : {}), ...(height ? { height } : {}) };
      this.panels.set(id, { ref, html });
      return id;
    };
    const notice =
      (kind: Notice['kind']) =>
      ({ title, message }: { title: string; message: string }): Notice => ({ kind, title, message });
    for (const record of ui.sidebars.slice(this.seen.sidebars))
      client.sidebarId = addPanel('sidebar', record);
    for (const record of ui.dialogs.slice(this.seen.dialogs)) client.dialogId = addPanel('dialog', record);
    const notices = [
      ...ui.toasts.slice(this.seen.toasts).map(notice('toast')),
      ...ui.alerts.slice(this.seen.alerts).map(notice('alert')),
      ...ui.prompts.slice(this.seen.prompts).map(notice('alert')),
    ];
    this.markSeen();
    return notices;
  }

  save(): void {
    writeWorkbookFile(this.options.file, {
      version: 1,
      locale: this.locale,
      savedAt: new Date().toISOString(),
      snapshot: this.rt.snapshot(),
    });
  }

  reset(): void {
    this.start({ locale: this.options.locale }, 'NONE');
    this.save();
  }

  private sheet(name: unknown): GoogleAppsScript.Spreadsheet.Sheet {
    if (typeof name !== 'string' || !name) throw badRequest('"sheet" must be a sheet name');
    const sheet = this.rt.spreadsheet.getSheetByName(name);
    if (!sheet) throw notFound(`no sheet named "${name}"`);
    return sheet;
  }

  activate(sheetName: unknown, a1?: unknown): void {
    const sheet = this.sheet(sheetName);
    this.rt.spreadsheet.setActiveSheet(sheet);
    if (typeof a1 === 'string' && A1_CELL.test(a1)) sheet.setActiveRange(sheet.getRange(a1));
  }

  state(clientId = '', notices: Notice[] = [], question: Question | null = null): PreviewState {
    const client = this.client(clientId);
    const ss = this.rt.spreadsheet;
    const sheets = ss.getSheets().filter(s => !s.isSheetHidden());
    const active = ss.getActiveSheet() ?? sheets[0] ?? null;
    const activeName = active ? active.getName() : null;
    return {
      locale: this.locale,
      file: this.options.file,
      sheets: sheets.map(s => s.getName()),
      activeSheet: activeName,
      activeCell: activeName ? this.activeCell(activeName) : null,
      view: activeName ? toGridView(this.readSheet(activeName), this.locale) : null,
      menus: this.rt.menus,
      sidebar: client.sidebarId ? (this.panels.get(client.sidebarId)?.ref ?? null) : null,
      dialog: client.dialogId ? (this.panels.get(client.dialogId)?.ref ?? null) : null,
      notices,
      question,
    };
  }

  /** Top-left cell of the runtime's active range, when that range is on the given sheet. */
  private activeCell(sheetName: string): string | null {
    const range = this.rt.spreadsheet.getActiveRange();
    if (!range || range.getSheet().getName() !== sheetName) return null;
    return range.getCell(1, 1).getA1Notation();
  }

  /**
   * The cell the user has selected in the page, made the runtime's active range before the add-on runs, so
   * getActiveRange() sees what it would see in Sheets. Absent or stale selections are ignored.
   */
  private selectFromPage(selection: unknown): void {
    if (!selection || typeof selection !== 'object') return;
    const { sheet, a1 } = selection as { sheet?: unknown; a1?: unknown };
    if (typeof sheet !== 'string' || typeof a1 !== 'string' || !A1_CELL.test(a1)) {
      throw badRequest(
        '"selection" must be { sheet, a1 } with one cell, like { "sheet": "OKRs", "a1": "H3" }'
      );
    }
    const target = this.rt.spreadsheet.getSheetByName(sheet);
    if (target) target.getRange(a1).activate();
  }

  private readSheet(name: string): RawSheet {
    return readSheet(this.rt, name);
  }

  /** A user typing into one cell and pressing Enter; runs the add-on's onEdit simple trigger if it has one. */
  editCell(clientId: string, sheetName: unknown, a1: unknown, input: unknown): Notice[] {
    const sheet = this.sheet(sheetName);
    if (typeof a1 !== 'string' || !A1_CELL.test(a1)) throw badRequest('"a1" must be one cell, like "H3"');
    if (typeof input !== 'string') throw badRequest('"input" must be the text typed into the cell');
    const range = sheet.getRange(a1);
    const oldValue = range.getValue();
    const parsed = parseCellInput(input, range.getNumberFormat() === '@');
    if (parsed.kind === 'formula') range.setFormula(parsed.formula);
    else range.setValue(parsed.text);
    this.rt.spreadsheet.setActiveSheet(sheet);
    if (typeof this.rt.global.onEdit === 'function') {
      const event = {
        authMode: 'LIMITED',
        source: this.rt.spreadsheet,
        range,
        value: parsed.kind === 'typed' ? parsed.text : undefined,
        oldValue,
        user: { getEmail: () => this.options.userEmail ?? 'you@example.com' },
      };
      this.rt.authMode = 'LIMITED';
      try {
        this.rt.call('onEdit', event);
      } finally {
        this.rt.authMode = 'FULL';
      }
    }
    return this.collectNotices(clientId);
  }

  /**
   * Runs add-on code that may ask the user (ui.alert with YES_NO, ui.prompt). The answers given so far are queued;
   * a question nobody answered yet stops the script: the workbook is put back as it was before the run and the
   * question goes to the page, which runs the same thing again with one more answer. So what the add-on does
   * after "Add them again?" follows the user's answer, as in Sheets.
   */
  private runAsking<T>(
    clientId: string,
    answers: unknown,
    task: () => T
  ): { result?: T; notices: Notice[]; question: Question | null } {
    const given = parseAnswers(answers);
    const before = this.rt.snapshot();
    const ui = this.rt.ui;
    for (const answer of given) ui.queueAlertResponse(answer.button, answer.text);
    ui.askUser = true;
    ui.asked = null;
    let result: T | undefined;
    let failure: unknown = null;
    try {
      result = task();
    } catch (error) {
      failure = error;
    } finally {
      ui.askUser = false;
      ui.clearResponses();
    }
    const asked = ui.asked as Omit<Question, 'answers'> | null;
    ui.asked = null;
    if (asked) {
      this.restore(before);
      return { notices: [], question: { ...asked, answers: given } };
    }
    if (failure) throw failure;
    return { result, notices: this.collectNotices(clientId), question: null };
  }

  /** Back to a snapshot taken in this session: the same panels and tabs, the runtime rebuilt from the data. */
  private restore(snapshot: ReturnType<Runtime['snapshot']>): void {
    this.rt = this.options.createRuntime({
      userEmail: this.options.userEmail ?? 'you@example.com',
      snapshot,
    });
    this.open('LIMITED');
  }

  runMenu(
    clientId: string,
    caption: unknown,
    selection?: unknown,
    answers?: unknown
  ): { notices: Notice[]; question: Question | null } {
    if (typeof caption !== 'string' || !caption) throw badRequest('"caption" must be a menu item caption');
    const captions = this.rt.menus.flatMap(menu => menuCaptions(menu.items));
    if (!captions.includes(caption)) {
      throw notFound(`no menu item "${caption}" (the menu has: ${captions.join(', ') || 'nothing'})`);
    }
    this.selectFromPage(selection);
    return this.runAsking(clientId, answers, () => this.rt.runMenuItem(caption));
  }

  /** google.script.run: any top-level function of dist/ except private ones (name ending with "_"). */
  runServer(
    clientId: string,
    functionName: unknown,
    args: unknown,
    selection?: unknown,
    answers?: unknown
  ): { result?: unknown; notices: Notice[]; question: Question | null } {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      throw badRequest('"functionName" must be the name of a top-level function');
    }
    if (!this.callable.has(functionName) || functionName.endsWith('_')) {
      throw notFound(`google.script.run: no callable function "${functionName}" in dist/`);
    }
    if (!Array.isArray(args)) throw badRequest('"args" must be an array');
    this.selectFromPage(selection);
    return this.runAsking(clientId, answers, () => this.rt.runServer(functionName, ...args));
  }

  panelHtml(id: string): string {
    const panel = this.panels.get(id);
    if (!panel) throw notFound(`no sidebar or dialog "${id}" (it was shown before a restart or reset?)`);
    return panel.html;
  }

  closePanel(clientId: string, id: unknown): void {
    if (typeof id !== 'string') throw badRequest('"id" must be a sidebar or dialog id');
    const client = this.client(clientId);
    if (client.sidebarId === id) client.sidebarId = null;
    if (client.dialogId === id) client.dialogId = null;
  }

  async exportXlsx(): Promise<Buffer> {
    const sheets = this.rt.workbook.data.sheets.map(data => ({ raw: this.readSheet(data.name), data }));
    return sheetsToXlsx(sheets, this.rt.spreadsheet.getSpreadsheetTimeZone(), this.locale);
  }
}
