// The check-in's texts that are built from constants and shared words: the thresholds the review applies, the
// confidence range, the status words of the core section, the languages a request may name.
import { formatCell } from '../../../src/features/checkin/payload';
import { statusText } from '../../../src/features/checkin/preview';
import { readSaveRequest, requestLang } from '../../../src/features/checkin/request';
import { atRiskTitle, staleTitle } from '../../../src/features/checkin/summary';
import { confidenceBounds } from '../../../src/features/checkin/validate';
import { isLang, LANGS } from '../../../src/i18n/lang';

describe('check-in texts from constants', () => {
  it('titles the review lists with the thresholds the review applies', () => {
    expect(staleTitle('en')).toBe('No check-in for 7 days or more');
    expect(staleTitle('fr')).toBe('Sans suivi depuis 7 jours ou plus');
    expect(atRiskTitle('en')).toBe('At risk (off track or confidence ≤ 3)');
    expect(atRiskTitle('fr')).toBe('À risque (en retard ou confiance ≤ 3)');
  });

  it('states the confidence range of the sheet', () => {
    expect(confidenceBounds('en')).toEqual({ min: '0', max: '10' });
  });

  it('says a status with the core section’s words, lower-cased, and "no progress yet" for none', () => {
    expect(statusText('onTrack', 'en')).toBe('on track');
    expect(statusText('offTrack', 'fr')).toBe('en retard');
    expect(statusText('atRisk', 'fr')).toBe('à risque');
    expect(statusText('none', 'en')).toBe('no progress yet');
    expect(statusText('none', 'fr')).toBe('pas encore de progression');
  });

  it('groups a huge number’s digits the language’s way', () => {
    expect(formatCell(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatCell(-1e15, 'fr')).toBe('-1\u202F000\u202F000\u202F000\u202F000\u202F000');
  });
});

describe('the language a save request names', () => {
  it('is one of the catalogue’s languages, nothing else', () => {
    expect(LANGS).toEqual(['en', 'fr']);
    expect(['en', 'fr', 'de', 'EN', 'toString', '', null, 1].map(isLang)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(requestLang({ lang: 'fr', entries: [] })).toBe('fr');
    expect(requestLang({ lang: 'de', entries: [] })).toBeNull();
  });

  it('refuses another language, naming the accepted ones', () => {
    expect(readSaveRequest({ lang: 'de', entries: [] }, 'en')).toEqual({
      ok: false,
      problems: ['lang must be one of "en", "fr" (got "de").'],
    });
    expect(readSaveRequest({ lang: 'fr', entries: [] }, 'en')).toEqual({ ok: true, entries: [], lang: 'fr' });
  });
});
