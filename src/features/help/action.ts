import type { Lang } from '../../i18n/lang';
import { sheetName } from '../../i18n/schema-labels';
import { ALL_SHEETS } from '../../schema/layout';
import { TITLES } from '../install/messages';
import { MAX_KRS_PER_OBJECTIVE, MAX_OBJECTIVES_PER_OWNER, MIN_KRS_PER_OBJECTIVE } from '../quality/rules';
import { readSettings, userLang } from '../../gas/okr-sheet';

/** Menu action: the help dialog (src/features/help/help.html, an HtmlService template), in the template's language. */
export function showHelp(): void {
  let lang: Lang;
  try {
    lang = readSettings(SpreadsheetApp.getActiveSpreadsheet()).lang;
  } catch {
    lang = userLang();
  }
  const template = HtmlService.createTemplateFromFile('help');
  template.lang = lang;
  template.names = Object.fromEntries(ALL_SHEETS.map(key => [key, sheetName(lang, key)]));
  template.limits = {
    maxObjectives: MAX_OBJECTIVES_PER_OWNER,
    minKrs: MIN_KRS_PER_OBJECTIVE,
    maxKrs: MAX_KRS_PER_OBJECTIVE,
  };
  const output = template.evaluate().setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(output, TITLES.help[lang]);
}
