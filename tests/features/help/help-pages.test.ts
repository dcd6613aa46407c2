// The help is one page per language (src/features/help/help.<lang>.html), which a translator edits: both pages must
// ask the server for the same values, and take every menu caption and number from it rather than repeat them.
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../../src/i18n/catalog';
import type { Lang } from '../../../src/i18n/lang';
import { INSTALL } from '../../../src/i18n/sections';

const page = (lang: Lang) =>
  fs.readFileSync(path.join(__dirname, `../../../src/features/help/help-${lang}.html`), 'utf8');
const scriptlets = (html: string) => [...new Set(html.match(/<\?=\s*[\w.]+\s*\?>/g) ?? [])].sort();
const LANGS: readonly Lang[] = ['en', 'fr'];

describe('help pages', () => {
  it('use the same parameters in every language, and no other scriptlet', () => {
    const [first, ...others] = LANGS.map(page);
    expect(scriptlets(first)).toContain('<?= limits.maxObjectives ?>');
    expect(scriptlets(first)).toContain('<?= grade.green ?>');
    expect(scriptlets(first)).toContain('<?= confidence.max ?>');
    for (const other of others) expect(scriptlets(other)).toEqual(scriptlets(first));
    for (const html of LANGS.map(page))
      expect(html.replace(/<\?=\s*[\w.]+\s*\?>/g, '')).not.toMatch(/<\?|\?>/);
  });

  it('name the menu items by parameter, never by a copy of their caption', () => {
    for (const lang of LANGS) {
      const html = page(lang);
      expect(html).toContain(`<html lang="${lang}">`);
      for (const key of [
        'menuInstall',
        'menuCheckin',
        'menuExamples',
        'menuQuality',
        'menuClosePeriod',
      ] as const)
        expect(html).not.toContain(t(INSTALL, lang, key));
    }
  });

  it('write no grade threshold or confidence bound as a literal', () => {
    for (const lang of LANGS) expect(page(lang)).not.toMatch(/\b0[.,][47]\b|\b0 (?:to|à) 10\b/);
  });
});
