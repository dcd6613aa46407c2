import { renderHelpContent } from '../template/dialogs';
import { TITLES } from '../template/messages';
import { showDialog } from './dialog-html';
import { readSettings, userLang } from './okr-sheet';
import type { Lang } from '../i18n/lang';

/** Menu action: the help dialog, in the template's language. */
export function showHelp(): void {
  let lang: Lang;
  try {
    lang = readSettings(SpreadsheetApp.getActiveSpreadsheet()).lang;
  } catch {
    lang = userLang();
  }
  showDialog('help', renderHelpContent(lang), TITLES.help[lang], lang, 640, 560);
}
