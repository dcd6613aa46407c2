import fs from 'node:fs';
import path from 'node:path';
import type { Runtime, RuntimeOptions } from '../runtime';
import type { MenuItem, ShownPage } from '../runtime/ui';
import { parseCellInput } from './cell-input';
import { badRequest, notFound } from './http-error';
import type { RawSheet } from './read-sheet';
import { readSheet } from './read-sheet';
import { toSheetView } from './sheet-view';
import type { Notice, PanelRef, PreviewState } from './view-types';
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

/**
 * One preview workbook: the runtime running dist/, the sidebars and dialogs it showed, and its file on disk.
 * Not safe for concurrent use: the server runs every call through one serial queue.
 */
export class PreviewSession {
  private rt!: Runtime;
  private panels = new Map<string, Panel>();
  private sidebarId: string | null = null;
  private dialogId: string | null = null;
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
    this.sidebarId = this.dialogId = null;
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

  /** What the add-on showed since the last request: new sidebar/dialog become the open ones. */
  private collectNotices(): Notice[] {
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
    for (const record of ui.sidebars.slice(this.seen.sidebars)) this.sidebarId = addPanel('sidebar', record);
    for (const record of ui.dialogs.slice(this.seen.dialogs)) this.dialogId = addPanel('dialog', record);
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

  state(notices: Notice[] = []): PreviewState {
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
      view: activeName ? toSheetView(this.readSheet(activeName), this.locale) : null,
      menus: this.rt.menus,
      sidebar: this.sidebarId ? (this.panels.get(this.sidebarId)?.ref ?? null) : null,
      dialog: this.dialogId ? (this.panels.get(this.dialogId)?.ref ?? null) : null,
      notices,
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
  editCell(sheetName: unknown, a1: unknown, input: unknown): Notice[] {
    const sheet = this.sheet(sheetName);
    if (typeof a1 !== 'string' || !A1_CELL.test(a1)) throw badRequest('"a1" must be one cell, like "H3"');
    if (typeof input !== 'string') throw badRequest('"input" must be the text typed into the cell');
    const range = sheet.getRange(a1);
    const oldValue = range.getValue();
    const parsed = parseCellInput(input, this.locale, range.getNumberFormat() === '@');
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
    return this.collectNotices();
  }

  runMenu(caption: unknown, selection?: unknown): Notice[] {
    if (typeof caption !== 'string' || !caption) throw badRequest('"caption" must be a menu item caption');
    const captions = this.rt.menus.flatMap(menu => menuCaptions(menu.items));
    if (!captions.includes(caption)) {
      throw notFound(`no menu item "${caption}" (the menu has: ${captions.join(', ') || 'nothing'})`);
    }
    this.selectFromPage(selection);
    this.rt.runMenuItem(caption);
    return this.collectNotices();
  }

  /** google.script.run: any top-level function of dist/ except private ones (name ending with "_"). */
  runServer(
    functionName: unknown,
    args: unknown,
    selection?: unknown
  ): { result: unknown; notices: Notice[] } {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      throw badRequest('"functionName" must be the name of a top-level function');
    }
    if (!this.callable.has(functionName) || functionName.endsWith('_')) {
      throw notFound(`google.script.run: no callable function "${functionName}" in dist/`);
    }
    if (!Array.isArray(args)) throw badRequest('"args" must be an array');
    this.selectFromPage(selection);
    const result = this.rt.runServer(functionName, ...args);
    return { result, notices: this.collectNotices() };
  }

  panelHtml(id: string): string {
    const panel = this.panels.get(id);
    if (!panel) throw notFound(`no sidebar or dialog "${id}" (it was shown before a restart or reset?)`);
    return panel.html;
  }

  closePanel(id: unknown): void {
    if (typeof id !== 'string') throw badRequest('"id" must be a sidebar or dialog id');
    if (this.sidebarId === id) this.sidebarId = null;
    if (this.dialogId === id) this.dialogId = null;
  }

  async exportXlsx(): Promise<Buffer> {
    const names = this.rt.spreadsheet.getSheets().map(s => s.getName());
    return sheetsToXlsx(names.map(name => this.readSheet(name)));
  }
}
