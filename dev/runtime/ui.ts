// SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, recorded for tests and the preview.
import type { RuntimeContext } from './context';
import { targetOf } from './counter';

export type MenuItem =
  { caption: string; functionName: string } | { separator: true } | { caption: string; submenu: MenuItem[] };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuItem[];
}

export interface ShownPage {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  kind: 'sidebar' | 'modal' | 'modeless';
}

export const BUTTONS = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const BUTTON_SETS = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class UiRecorder {
  menus: MenuRecord[] = [];
  sidebars: ShownPage[] = [];
  dialogs: ShownPage[] = [];
  alerts: { title: string; message: string; buttons: string; response: string }[] = [];
  prompts: { title: string; message: string; buttons: string; response: string; text: string }[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[] = [];
  private queue: { button?: string; text?: string }[] = [];
  /**
   * Set by the preview, where a person answers: an alert with a choice (YES_NO, OK_CANCEL...) or a prompt that
   * nobody queued an answer for records the question in `asked` and stops the script, instead of answering
   * the default button. The preview shows the question with its buttons and runs the script again with the answer.
   */
  askUser = false;
  asked: { kind: 'alert' | 'prompt'; title: string; message: string; buttons: string } | null = null;

  /** Answers the next alert or prompt: a button name ('YES', 'OK', ...) and, for prompts, the typed text. */
  queueAlertResponse(button: string, text?: string): void {
    this.queue.push({ button, text });
  }

  queuePromptResponse(text: string, button = 'OK'): void {
    this.queue.push({ button, text });
  }

  /** Drops answers queued but not asked for. */
  clearResponses(): void {
    this.queue = [];
  }

  nextResponse(
    buttons: string,
    question?: { kind: 'alert' | 'prompt'; title: string; message: string }
  ): { button: string; text: string } {
    const next = this.queue.shift();
    if (!next && this.askUser && question && (question.kind === 'prompt' || buttons !== 'OK')) {
      this.asked = { ...question, buttons };
      throw new Error(`Waiting for an answer to "${question.message}"`);
    }
    const fallback = buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
    return { button: next?.button ?? fallback, text: next?.text ?? '' };
  }

  get lastSidebar(): ShownPage | undefined {
    return this.sidebars.at(-1);
  }

  get lastDialog(): ShownPage | undefined {
    return this.dialogs.at(-1);
  }

  findMenuItem(caption: string): { caption: string; functionName: string } | undefined {
    const search = (items: MenuItem[]): { caption: string; functionName: string } | undefined => {
      for (const item of items) {
        if ('functionName' in item && item.caption === caption) return item;
        if ('submenu' in item) {
          const found = search(item.submenu);
          if (found) return found;
        }
      }
      return undefined;
    };
    for (const menu of this.menus) {
      const found = search(menu.items);
      if (found) return found;
    }
    return undefined;
  }

  reset(): void {
    this.menus = [];
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
    this.queue = [];
    this.asked = null;
  }
}

class MenuImpl implements Partial<GoogleAppsScript.Base.Menu> {
  readonly _items: import('./ui').MenuItem[] = [];
  constructor(
    private readonly _ui: UiRecorder,
    private readonly _title: string,
    private readonly _addon: boolean
  ) {}
  private _self(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this._items.push({ caption: String(caption), functionName: String(functionName) });
    return this._self();
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this._items.push({ separator: true });
    return this._self();
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = targetOf(menu) as unknown as MenuImpl;
    this._items.push({ caption: sub._title, submenu: sub._items });
    return this._self();
  }
  addToUi(): void {
    const record = { title: this._title, addon: this._addon, items: this._items };
    const i = this._ui.menus.findIndex(m => m.title === this._title);
    if (i >= 0) this._ui.menus[i] = record;
    else this._ui.menus.push(record);
  }
}

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number | null;
  getHeight(): number | null;
}

/** alert and prompt take (message), (message, buttons) or (title, message, buttons). */
function alertArgs(a: string, b?: unknown, c?: unknown): { title: string; message: string; buttons: string } {
  if (typeof b === 'string' && c !== undefined) return { title: a, message: b, buttons: String(c) };
  return { title: '', message: String(a), buttons: b !== undefined ? String(b) : 'OK' };
}

class UiImpl implements Partial<GoogleAppsScript.Base.Ui> {
  Button = BUTTONS as unknown as typeof GoogleAppsScript.Base.Button;
  ButtonSet = BUTTON_SETS as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly _ctx: RuntimeContext,
    private readonly _ui: UiRecorder,
    private readonly _addonTitle: string
  ) {}

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this._ctx.track(
      new MenuImpl(this._ui, String(caption), false),
      'Menu'
    ) as unknown as GoogleAppsScript.Base.Menu;
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this._ctx.track(
      new MenuImpl(this._ui, this._addonTitle, true),
      'Menu'
    ) as unknown as GoogleAppsScript.Base.Menu;
  }
  private _page(userInterface: unknown, kind: ShownPage['kind'], title?: string): ShownPage {
    const out = targetOf(userInterface as object) as unknown as HtmlLike;
    if (!out || typeof out.getContent !== 'function') throw new Error('Invalid argument: userInterface');
    return {
      title: title ?? out.getTitle(),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
      kind,
    };
  }
  showSidebar(userInterface: unknown): void {
    const page = this._page(userInterface, 'sidebar');
    this._ui.sidebars.push({ ...page, width: 300 });
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this._ui.dialogs.push(this._page(userInterface, 'modal', title));
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this._ui.dialogs.push(this._page(userInterface, 'modeless', title));
  }
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const { title, message, buttons } = alertArgs(a, b, c);
    const { button } = this._ui.nextResponse(buttons, { kind: 'alert', title, message });
    this._ui.alerts.push({ title, message, buttons, response: button });
    return button as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const { title, message, buttons } = alertArgs(a, b, c);
    const { button, text } = this._ui.nextResponse(buttons, { kind: 'prompt', title, message });
    this._ui.prompts.push({ title, message, buttons, response: button, text });
    return this._ctx.track(
      { getResponseText: () => text, getSelectedButton: () => button },
      'PromptResponse'
    ) as unknown as GoogleAppsScript.Base.PromptResponse;
  }
}

export function uiApi(ctx: RuntimeContext, ui: UiRecorder, addonTitle: string): GoogleAppsScript.Base.Ui {
  return ctx.track(new UiImpl(ctx, ui, addonTitle), 'Ui') as unknown as GoogleAppsScript.Base.Ui;
}
