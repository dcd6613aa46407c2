import { renderQualityContent } from './render';
import { t } from '../../i18n/catalog';
import { loadColdSection } from '../../gas/cold-data';
import { notInstalledText } from '../install/texts';
import { checkOkrQuality } from './rules';
import { showDialog } from '../../gas/dialog-html';
import { readOkrTable, readSettings, userLang } from '../../gas/okr-sheet';

/** Menu action: lists what the OKR method warns against, with clickable cell references. */
export function showQualityCheck(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { lang } = readSettings(ss);
  const table = readOkrTable(ss, lang);
  if (!table) {
    SpreadsheetApp.getUi().alert(notInstalledText(lang));
    return;
  }
  const texts = loadColdSection('QUALITY');
  const findings = checkOkrQuality(texts, table.rows, table.columns, table.sheet.getName(), lang);
  showDialog('quality', renderQualityContent(texts, findings, lang), t(texts, lang, 'title'), lang, 720, 480);
}

const CELL_REFERENCE = /^(?:'(?:[^']|'')+'|[^'!]+)![A-Z]{1,3}[0-9]{1,7}$/;

/** Dialog call: selects a cell given as `Sheet!A1` (a reference from the quality dialog). */
export function selectCell(a1: string): void {
  const text = String(a1 ?? '').trim();
  if (!CELL_REFERENCE.test(text))
    throw new Error(t(loadColdSection('QUALITY'), userLang(), 'badCellReference', { a1: text }));
  const range = SpreadsheetApp.getActiveSpreadsheet().getRange(text);
  range.getSheet().activate();
  range.activate();
}
