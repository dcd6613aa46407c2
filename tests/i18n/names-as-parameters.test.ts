// A menu caption or a sheet name is written once in the catalogue (install's menu, the schema's sheet names); a
// sentence that quotes one takes it as a parameter, so a translator who renames it renames it everywhere.
import type { Catalog } from '../../src/i18n/catalog';
import { LANGS } from '../../src/i18n/lang';
import { sheetName } from '../../src/i18n/schema-labels';
import * as sections from '../../src/i18n/sections';
import { ALL_SHEETS } from '../../src/schema/layout';

const MENU_KEYS = [
  'menuInstall',
  'menuCheckin',
  'menuExamples',
  'menuQuality',
  'menuClosePeriod',
  'menuReopenPeriod',
  'menuNewPeriod',
] as const;

describe('names in sentences', () => {
  test.each(LANGS)('no sentence spells out a menu caption or a sheet name (%s)', lang => {
    const names = [
      ...MENU_KEYS.map(key => sections.INSTALL[lang][key].replace(/…$/, '')),
      ...ALL_SHEETS.map(key => sheetName(lang, key)),
    ];
    const offenders: string[] = [];
    for (const [section, catalog] of Object.entries(sections) as [string, Catalog<string>][]) {
      for (const [key, text] of Object.entries(catalog[lang])) {
        if (section === 'INSTALL' && (MENU_KEYS as readonly string[]).includes(key)) continue;
        if (section === 'SCHEMA') continue;
        // Quoted ("Install or repair template", « Historique ») or followed by "sheet" / preceded by "feuille".
        for (const name of names) {
          const quoted = [`"${name}"`, `« ${name} »`, `“${name}”`].some(q => text.includes(q));
          const asSheet = new RegExp(`\\b${name} sheet\\b|feuille ${name}\\b`).test(text);
          if (quoted || asSheet) offenders.push(`${section}.${key}: ${name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
