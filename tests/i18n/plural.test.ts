import { execSync } from 'node:child_process';
import { fillPlurals, isSingular, plural } from '../../src/i18n/plural';
import { t } from '../../src/i18n/catalog';
import { CHECKIN, INSTALL, SIDEBAR } from '../../src/i18n/sections';

describe('plurals', () => {
  it('uses the singular for 1 in English, for 0 and 1 in French, as Intl.PluralRules does', () => {
    for (const lang of ['en', 'fr'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (const n of [0, 1, 2, 3, 10, 21]) expect(isSingular(lang, n)).toBe(rules.select(n) === 'one');
    }
    expect(plural('en', 1, 'day', 'days')).toBe('day');
    expect(plural('en', 0, 'day', 'days')).toBe('days');
    expect(plural('fr', 0, 'jour', 'jours')).toBe('jour');
  });

  it('fills {n:one|other} from a number or a formatted number', () => {
    expect(fillPlurals('en', '{n:pt|pts}', { n: '+1' })).toBe('pt');
    expect(fillPlurals('en', '{n:pt|pts}', { n: '-12' })).toBe('pts');
    expect(fillPlurals('en', '{m:a|b}', { n: 1 })).toBe('{m:a|b}');
  });

  it('says "1 key result saved" and "3 key results saved", in English and French', () => {
    expect(t(SIDEBAR, 'en', 'savedCount', { n: 1 })).toBe('1 key result saved.');
    expect(t(SIDEBAR, 'en', 'savedCount', { n: 3 })).toBe('3 key results saved.');
    expect(t(SIDEBAR, 'fr', 'savedCount', { n: 1 })).toBe('1 résultat clé enregistré.');
    expect(t(SIDEBAR, 'fr', 'savedCount', { n: 2 })).toBe('2 résultats clés enregistrés.');
    expect(t(CHECKIN, 'en', 'daysAgo', { n: 1 })).toBe('1 day ago');
    expect(t(CHECKIN, 'fr', 'daysAgo', { n: 14 })).toBe('il y a 14 jours');
    expect(t(CHECKIN, 'en', 'points', { n: '+1' })).toBe('+1 pt');
    expect(t(INSTALL, 'en', 'chartsRestored', { n: 1 })).toBe('Restored 1 chart.');
    expect(t(INSTALL, 'fr', 'chartsRestored', { n: 2 })).toBe('2 graphiques rétablis.');
    expect(t(INSTALL, 'fr', 'idsAssigned', { n: 1 })).toBe('1 identifiant de résultat clé attribué.');
    expect(t(INSTALL, 'en', 'idsAssigned', { n: 2 })).toBe('Gave 2 key results a new ID.');
  });

  it('leaves no "(s)" in any message', () => {
    const hits = execSync('grep -rn "(s)" src || true', {
      cwd: `${__dirname}/../..`,
      encoding: 'utf8',
    });
    expect(hits.split('\n').filter(line => line && !/^\S+:\d+:\s*(\/\/|\*)/.test(line))).toEqual([]);
  });
});
