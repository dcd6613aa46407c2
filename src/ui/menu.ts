/** Builds the add-on menu. Placeholder until the template issue adds the real items. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  SpreadsheetApp.getUi().createAddonMenu().addItem('Help', 'showHelp').addToUi();
}

/** Runs when the add-on is installed: same menu as on open. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
