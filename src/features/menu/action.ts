import { langFromLocale, type Lang } from '../../i18n/lang';
import { t, type Key } from '../../i18n/catalog';
import { INSTALL } from '../../i18n/sections';
import { readSettings, userLang } from '../../gas/okr-sheet';

/** Menu captions and the global function each item runs. */
const MENU_ITEMS: readonly { item: Key<typeof INSTALL>; functionName: string; separatorBefore?: boolean }[] =
  [
    { item: 'menuInstall', functionName: 'installTemplate' },
    { item: 'menuCheckin', functionName: 'showCheckinSidebar' },
    { item: 'menuExamples', functionName: 'insertExampleOkrs', separatorBefore: true },
    { item: 'menuQuality', functionName: 'showQualityCheck' },
    { item: 'menuClosePeriod', functionName: 'showClosePeriod', separatorBefore: true },
    { item: 'menuReopenPeriod', functionName: 'reopenLastPeriod' },
    { item: 'menuNewPeriod', functionName: 'showStartNewPeriod' },
    { item: 'menuHelp', functionName: 'showHelp', separatorBefore: true },
  ];

/**
 * The menu's language. Under AuthMode.NONE the spreadsheet cannot be read, so the user's locale decides;
 * otherwise the Settings sheet's language when the template is installed, else the spreadsheet's locale.
 */
function menuLang(authMode: unknown): Lang {
  if (String(authMode) === 'NONE') return userLang();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return readSettings(ss, langFromLocale(ss.getSpreadsheetLocale())).lang;
  } catch {
    return userLang();
  }
}

/** Title of the menu a script bound to the spreadsheet adds to the menu bar (an add-on's goes under Extensions). */
const BOUND_MENU_TITLE = 'OKR';

/**
 * An add-on's menu lives under Extensions (createAddonMenu); a script bound to the spreadsheet gets its own menu
 * in the menu bar. Only an add-on ever runs under AuthMode.NONE; otherwise ScriptApp says how the script runs.
 */
function runsAsAddon(authMode: unknown): boolean {
  if (String(authMode) === 'NONE') return true;
  try {
    return String(ScriptApp.getInstallationSource()) !== 'NONE';
  } catch {
    return true;
  }
}

/** Builds the menu (only the menu: it may run under AuthMode.NONE). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = menuLang(e?.authMode);
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddon(e?.authMode) ? ui.createAddonMenu() : ui.createMenu(BOUND_MENU_TITLE);
  for (const { item, functionName, separatorBefore } of MENU_ITEMS) {
    if (separatorBefore) menu.addSeparator();
    menu.addItem(t(INSTALL, lang, item), functionName);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed: same menu as on open. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
