// The readers of src/core/read.ts, and the places where copies of their rules used to disagree. Each test of a
// disagreement says what the old code did; it fails on that code.
import { OkrInputError, withContext } from '../../src/core/errors';
import { quarterOf } from '../../src/core/dates';
import { readCommitment, readLang, readNumber } from '../../src/core/read';
import { statusFor } from '../../src/core/figures';
import { parseCheckinLog } from '../../src/features/checkin/log-entries';
import { buildCheckinData } from '../../src/features/checkin/payload';
import { planSave } from '../../src/features/checkin/save-plan';
import { OKR_GRADE } from '../../src/features/functions/okr-grade';
import { OKR_STATUS } from '../../src/features/functions/okr-status';
import { errorText, phrase } from '../../src/i18n/error-text';
import { LANGS } from '../../src/i18n/lang';
import { languageName } from '../../src/i18n/schema-labels';
import { langFromLocale } from '../../src/i18n/lang';
import { FUNCTIONS } from '../../src/i18n/sections';
import { parseSettings } from '../../src/schema/settings';
import { COLUMNS, emptyFormulas, LOG_HEADER, logRow, okrRow } from '../support/rows';

const NNBSP = '\u202F';

describe('readNumber', () => {
  it('reads the ambiguous 1,500 by the decimal mark of the language, and has no default language', () => {
    expect(readNumber('1,500', 'en')).toBe(1500);
    expect(readNumber('1,500', 'fr')).toBe(1.5);
  });

  it('throws on a text that is no number, or gives null when lenient', () => {
    expect(() => readNumber('lots', 'en')).toThrow("'lots' is not a number");
    expect(readNumber('lots', 'en', { lenient: true })).toBeNull();
    expect(readNumber('', 'en', { lenient: true })).toBeNull();
  });

  it('reads the check-in log in the workbook language', () => {
    // Old: log-entries.ts read the log through kr-math's lenientNumber, whose language defaulted to English:
    // "1,500" typed in a French log was 1500, where the sheet reads 1.5.
    const log = parseCheckinLog(
      [LOG_HEADER, logRow({ date: new Date(2026, 10, 2), krId: 'KR-0001', value: '1,500', previous: 1 })],
      'fr'
    );
    expect(log[0].value).toBe(1.5);
  });

  it("logs a French KR's progress on the sheet's reading of its cells", () => {
    // Old: save-plan.ts called kr-math's krProgress without the language: a target typed "1,500" in a French
    // workbook was 1500, so the log said 0 % where the sheet said 50 %.
    const plan = planSave({
      lang: 'fr',
      today: new Date(2026, 10, 24),
      week: '2026-W48',
      author: 'lea@example.com',
      columns: COLUMNS,
      rows: [
        okrRow(2, { id: 'KR-0001', objective: 'O', keyResult: 'K', start: 0, target: '1,500', current: 0 }),
      ],
      formulas: emptyFormulas(3),
      entries: [
        { id: 'KR-0001', loadedCurrent: 0, loadedConfidence: '', value: '0,75', confidence: '', comment: '' },
      ],
    });
    expect(plan.logRows[0].progress).toBeCloseTo(0.5);
  });
});

describe('readLang', () => {
  it.each(LANGS)('reads back the name the Settings show for %s (languageName)', lang => {
    expect(readLang(languageName(lang))).toBe(lang);
  });

  it.each([
    ['Français', 'fr'],
    ['francais', 'fr'],
    ['French', 'fr'],
    ['fr_FR', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['English', 'en'],
    ['anglais', 'en'],
    ['en_US', 'en'],
  ])('reads %j as %s', (value, lang) => {
    expect(readLang(value)).toBe(lang);
  });

  it('gives null for blank and unknown texts: the caller picks the fallback', () => {
    for (const value of ['', null, undefined, 'Deutsch', 'de_DE', 'frisian'])
      expect(readLang(value)).toBeNull();
  });

  it('reads the Settings Language cell, a locale and a custom function locale alike', () => {
    // Old: i18n/lang.ts langFromLocale('Français') was 'en' (it only knew "fr", "fr_FR", "fr-CA"), while the
    // Settings reader and the custom functions' locale argument read it as French.
    expect(langFromLocale('Français')).toBe('fr');
    expect(parseSettings([['Language', 'Français']], 'en').lang).toBe('fr');
    expect(OKR_GRADE(0.5, true, 'Français')).toBe('Jaune');
    expect(parseSettings([['Language', '']], 'fr').lang).toBe('fr');
  });
});

describe('readCommitment', () => {
  it('reads a blank commitment as the fallback: the Settings "Default KR type" for a KR', () => {
    // Old: core/grade.ts parseCommitment read blank as aspirational whatever the Settings said; only the close's
    // own wrapper (period/figures.ts commitmentOf) knew better.
    expect(readCommitment('', 'committed')).toBe('committed');
    expect(readCommitment(null, 'aspirational')).toBe('aspirational');
  });

  it.each([
    [true, 'aspirational'],
    [1, 'aspirational'],
    ['VRAI', 'aspirational'],
    ['Ambitieux', 'aspirational'],
    ['moonshot', 'aspirational'],
    [false, 'committed'],
    [0, 'committed'],
    ['faux', 'committed'],
    ['Engagé', 'committed'],
    ['Committed', 'committed'],
  ])('reads %j as %s whatever the fallback', (value, commitment) => {
    expect(readCommitment(value, 'aspirational')).toBe(commitment);
    expect(readCommitment(value, 'committed')).toBe(commitment);
  });

  it('refuses another word, or falls back when lenient (the Settings cell)', () => {
    expect(() => readCommitment('maybe', 'committed')).toThrow(
      "'maybe' is neither aspirational nor committed (use TRUE, FALSE, Aspirational or Committed)"
    );
    expect(readCommitment('maybe', 'committed', { lenient: true })).toBe('committed');
    expect(parseSettings([['Default KR type', 'maybe']], 'en').krType).toBe('aspirational');
    expect(parseSettings([['Default KR type', '']], 'en').krType).toBe('aspirational');
    expect(parseSettings([['Default KR type', 'Engagé']], 'en').krType).toBe('committed');
  });

  it("grades with OKR_GRADE's documented default when its aspirational argument is blank", () => {
    expect(OKR_GRADE(0.7, '')).toBe('Green');
    expect(OKR_GRADE(0.7, 'Committed')).toBe('Yellow');
  });
});

describe('statusFor', () => {
  const today = new Date(2026, 10, 24); // Q4 2026: 2026-10-01 to 2026-12-31
  const quarter = quarterOf(today);

  it('measures a blank period as the calendar quarter of the "as of" date', () => {
    const blank = { periodStart: null, periodEnd: null, asOf: null };
    const asQuarter = { periodStart: quarter.start, periodEnd: quarter.end, asOf: null };
    for (const progress of [0, 0.3, 0.55, 0.62, 0.8, 1]) {
      expect(statusFor(progress, blank, today)).toBe(statusFor(progress, asQuarter, today));
    }
    expect(statusFor(0.62, blank, today)).toBe('onTrack');
    expect(statusFor(0.3, blank, today)).toBe('offTrack');
    expect(statusFor(null, blank, today)).toBeNull();
  });

  it('throws for a period with one date blank', () => {
    expect(() => statusFor(0.5, { periodStart: quarter.start, periodEnd: null, asOf: null }, today)).toThrow(
      'Period end is empty'
    );
  });

  it('gives the same status in the sheet and the sidebar when the period is blank', () => {
    const progress = [0.3, 0.4, 0.62, 1];
    const rows = progress.map((p, i) =>
      okrRow(2 + i, {
        id: `KR-000${i + 1}`,
        objective: 'O',
        keyResult: `K${i}`,
        start: 0,
        target: 1,
        current: p,
      })
    );
    const data = buildCheckinData({
      lang: 'en',
      today: '2026-11-24',
      columns: COLUMNS,
      rows,
      formulas: emptyFormulas(rows.length + 1),
      log: [],
      periodStart: null,
      periodEnd: null,
    });
    const sidebar = data.objectives.flatMap(o => o.krs.map(kr => kr.status));
    const sheet = (
      OKR_STATUS(
        progress.map(p => [p]),
        '',
        '',
        today
      ) as unknown[][]
    ).map(r => r[0]);
    expect(sidebar).toEqual(['offTrack', 'atRisk', 'onTrack', 'done']);
    expect(sheet).toEqual(['Off track', 'At risk', 'On track', 'Done']);
  });
});

describe('input errors', () => {
  const caught = (run: () => unknown): OkrInputError => {
    try {
      run();
    } catch (error) {
      return error as OkrInputError;
    }
    throw new Error('no error');
  };

  it('carry a key, rendered in the language they are shown in, with their context', () => {
    const error = caught(() => readNumber('abc', 'en'));
    expect(error.phrase.key).toBe('notANumber');
    withContext(error, phrase(FUNCTIONS, 'weights'));
    withContext(error, phrase(FUNCTIONS, 'logRow', { name: 'log progress', n: 3 }));
    expect(error.message).toBe("Log progress (row 3 of the range): Weights: 'abc' is not a number");
    expect(errorText(error, 'fr')).toBe(
      `Log progress (ligne 3 de la plage) : Poids : «${NNBSP}abc${NNBSP}» n'est pas un nombre`
    );
  });
});
