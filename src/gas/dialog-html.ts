import type { Lang } from '../i18n/lang';
import { fillTemplate } from '../html/escape';

/** Shows a dialog page <file>.html (src/features/…, built into dist/) with its @content marker replaced by server-rendered HTML. */
export function showDialog(
  file: string,
  content: string,
  title: string,
  lang: Lang,
  width: number,
  height: number
) {
  const shell = HtmlService.createHtmlOutputFromFile(file).getContent();
  const output = HtmlService.createHtmlOutput(fillTemplate(shell, content, lang))
    .setWidth(width)
    .setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
