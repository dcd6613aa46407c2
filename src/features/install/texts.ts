import { t, type Key, type Params } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import { INSTALL } from '../../i18n/sections';

/** A text of the catalogue's install section: the menu, the template's own cells and the repair toast's lines. */
export const say = (lang: Lang, key: Key<typeof INSTALL>, params?: Params): string =>
  t(INSTALL, lang, key, params);

/** What a feature says when the template is missing: it names the menu item that installs it, by its caption. */
export function notInstalledText(lang: Lang): string {
  return say(lang, 'notInstalled', { install: say(lang, 'menuInstall') });
}

/** The repair toast's line for headers written back on a sheet. */
export function headersRestored(lang: Lang, sheet: string, headers: readonly string[]): string {
  return say(lang, 'headersRestored', { sheet, list: headers.join(', ') });
}

/** Headers a user renamed over our columns: kept (found by metadata), said in the repair toast. */
export function headersRenamed(
  lang: Lang,
  sheet: string,
  renamed: readonly { ours: string; now: string }[]
): string {
  const list = renamed.map(r => say(lang, 'renamedHeader', r)).join(', ');
  return say(lang, 'headersRenamed', { sheet, list });
}

/** A computed column whose spill is blocked by typed cells: the first five cells to clear. */
export function blockedSpill(lang: Lang, header: string, cells: readonly string[]): string {
  const list = cells.slice(0, 5).join(', ') + (cells.length > 5 ? '…' : '');
  return say(lang, 'blockedSpill', { header, cells: list });
}
