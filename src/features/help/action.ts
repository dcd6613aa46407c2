import type { Lang } from '../../i18n/lang';
import { CONFIDENCE_RANGE, ALL_SHEETS } from '../../schema/layout';
import { sheetName } from '../../i18n/schema-labels';
import { GRADE_THRESHOLDS } from '../../core/grade';
import { formatNumber } from '../../i18n/format';
import { say } from '../install/texts';
import { QUALITY_LIMITS } from '../quality/rules';
import { readSettings, userLang } from '../../gas/okr-sheet';

/** The help page of each language: an HtmlService template a translator edits (src/features/help/help-<lang>.html). */
const HELP_PAGES: Record<Lang, string> = { en: 'help-en', fr: 'help-fr' };

/**
 * Menu action: the help dialog in the template's language. The page's menu captions, sheet names and numbers come
 * from where the add-on defines them (the catalogue, the layout, the quality limits, the grade scale).
 */
export function showHelp(): void {
  let lang: Lang;
  try {
    lang = readSettings(SpreadsheetApp.getActiveSpreadsheet()).lang;
  } catch {
    lang = userLang();
  }
  const template = HtmlService.createTemplateFromFile(HELP_PAGES[lang]);
  template.menu = {
    install: say(lang, 'menuInstall'),
    checkin: say(lang, 'menuCheckin'),
    examples: say(lang, 'menuExamples'),
    quality: say(lang, 'menuQuality'),
    closePeriod: say(lang, 'menuClosePeriod'),
    reopenPeriod: say(lang, 'menuReopenPeriod'),
    newPeriod: say(lang, 'menuNewPeriod'),
  };
  template.names = Object.fromEntries(ALL_SHEETS.map(key => [key, sheetName(lang, key)]));
  template.limits = QUALITY_LIMITS;
  template.confidence = CONFIDENCE_RANGE;
  const { yellow, green } = GRADE_THRESHOLDS.aspirational;
  template.grade = { yellow: formatNumber(yellow, lang), green: formatNumber(green, lang) };
  const output = template.evaluate().setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(output, say(lang, 'helpTitle'));
}
