// The part of the local Apps Script runtime (dev/runtime) the preview uses, typed loosely on purpose: the
// preview reads the runtime's records (menus, ui, sheetView) defensively so it keeps working while they grow.

export interface RuntimeMenu {
  title?: string;
  name?: string;
  items?: unknown[];
}

export interface RuntimeUi {
  sidebars: unknown[];
  dialogs: unknown[];
  alerts: unknown[];
  toasts: unknown[];
  prompts?: unknown[];
  queueAlertResponse?(response: string): void;
}

export interface PreviewRuntime {
  global: Record<string, unknown>;
  authMode: string;
  menus: RuntimeMenu[];
  ui: RuntimeUi;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  call(name: string, ...args: unknown[]): unknown;
  runMenuItem(caption: string): unknown;
  runServer(name: string, ...args: unknown[]): unknown;
  snapshot(): unknown;
  sheetView?(name: string): unknown;
}

export interface RuntimeOptions {
  locale?: string;
  userEmail?: string;
  snapshot?: unknown;
}
