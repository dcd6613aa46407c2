import { OKR_PROGRESS } from '../../../src/features/functions/okr-progress';

describe('OKR_PROGRESS', () => {
  describe('with single values', () => {
    it('measures progress from start (0 by default) to target', () => {
      expect(OKR_PROGRESS(30, 120)).toBe(30 / 120);
      expect(OKR_PROGRESS(55, 100, 40)).toBe(0.25);
    });

    it('treats a target below the start as a decreasing metric', () => {
      expect(OKR_PROGRESS(80, 50, 100)).toBe(0.4);
    });

    it('gives 1 or 0 when start equals target', () => {
      expect(OKR_PROGRESS(10, 10, 10)).toBe(1);
      expect(OKR_PROGRESS(9, 10, 10)).toBe(0);
    });

    it('clamps to 0..1', () => {
      expect(OKR_PROGRESS(150, 100)).toBe(1);
      expect(OKR_PROGRESS(-5, 100)).toBe(0);
    });

    it('gives blank for a blank current', () => {
      expect(OKR_PROGRESS('', 100)).toBe('');
      expect(OKR_PROGRESS(undefined, 100)).toBe('');
    });

    it('reads text numbers, percentages and words', () => {
      expect(OKR_PROGRESS('45 %', '90%')).toBe(0.5);
      expect(OKR_PROGRESS('1 200,50', '2 401')).toBe(0.5);
      expect(OKR_PROGRESS('fait', '', '', 'Jalon')).toBe(1);
      expect(OKR_PROGRESS(true, undefined, undefined, 'milestone')).toBe(1);
      expect(OKR_PROGRESS(false, undefined, undefined, 'milestone')).toBe(0);
    });

    it('uses the kind argument in English or French', () => {
      expect(OKR_PROGRESS(45, 50, 0, 'Rester au-dessus')).toBe(0.9);
      expect(OKR_PROGRESS(55, 50, 0, 'stay at or above')).toBe(1);
      expect(OKR_PROGRESS(4, 5, 5, 'Réduire')).toBe(1);
      expect(OKR_PROGRESS(4, 5, 5, '')).toBe(0);
    });

    it('throws actionable errors', () => {
      expect(() => OKR_PROGRESS(5, '')).toThrow('Target is empty: give the value to reach');
      expect(() => OKR_PROGRESS('abc', 10)).toThrow("Current: 'abc' is not a number");
      expect(() => OKR_PROGRESS(1, 10, 'n/a')).toThrow("Start: 'n/a' is not a number");
      expect(() => OKR_PROGRESS(1, 10, 0, 'up-ish')).toThrow("'up-ish' is not a kind of key result");
    });

    it('throws its errors in French with a French locale', () => {
      expect(() => OKR_PROGRESS('abc', 10, 0, '', 'fr')).toThrow(
        "Actuel : «\u202Fabc\u202F» n'est pas un nombre"
      );
      expect(() => OKR_PROGRESS(5, '', 0, '', 'Français')).toThrow('La cible est vide');
      expect(() => OKR_PROGRESS('abc', 10, 0, '', 'en_US')).toThrow("Current: 'abc' is not a number");
    });
  });

  describe('with ranges', () => {
    it('gives a column of results, row by row', () => {
      expect(OKR_PROGRESS([[50], [30], [1]], [[100], [60], [1]], [[0], [20], [1]])).toEqual([
        [0.5],
        [0.25],
        [1],
      ]);
    });

    it('broadcasts single values against ranges', () => {
      expect(OKR_PROGRESS([[25], [50], [100]], 100)).toEqual([[0.25], [0.5], [1]]);
      expect(OKR_PROGRESS(50, [[100], [200]], 0)).toEqual([[0.5], [0.25]]);
    });

    it('mixes kinds row by row, blanks rows without a current and flags a current without a target', () => {
      const current = [[80], [''], [7], ['oui'], [''], [''], ['']];
      const target = [[100], [100], [''], [''], [''], [''], ['']];
      const start = [[60], [0], [0], [''], [''], [''], ['']];
      const kind = [['Augmenter'], [''], [''], ['Jalon'], [''], [''], ['']];
      // A KR with a current but no target has no progress: its row says so (its objective is then incomplete).
      expect(OKR_PROGRESS(current, target, start, kind)).toEqual([
        [0.5],
        [''],
        ['⚠ Target is empty: give the value to reach'],
        [1],
        [''],
        [''],
        [''],
      ]);
    });

    it('reads the ambiguous 1,500 in the workbook language (the locale argument), as the sidebar does', () => {
      expect(OKR_PROGRESS([['1,500']], 2000, 0, '', 'en')).toEqual([[0.75]]);
      expect(OKR_PROGRESS([['1,500']], 2, 0, '', 'Français')).toEqual([[0.75]]);
    });

    it('flags a current typed in another scale than start and target, with the fix', () => {
      expect(OKR_PROGRESS([[0.26]], 28, 24)).toEqual([
        [
          expect.stringMatching(
            /^⚠ Current: 0\.26 is not in the scale of start and target \(24 → 28\); type 26/
          ),
        ],
      ]);
      expect(OKR_PROGRESS([[26]], 0.28, 0.24)).toEqual([[expect.stringMatching(/type 0\.26$/)]]);
      expect(OKR_PROGRESS([[0.26]], 0.28, 0.24)).toEqual([[0.5]]);
    });

    it('accepts Date-free 2D ranges of blanks only', () => {
      expect(OKR_PROGRESS([[''], ['']], [[''], ['']], [[''], ['']], [[''], ['']])).toEqual([[''], ['']]);
    });

    it('shows a bad row its error in its own cell and computes every other row', () => {
      const current = [[50], ['abc'], [''], [30], [5]];
      const target = [[100], [100], ['ten'], ['ten'], [10]];
      const kind = [[''], [''], [''], [''], ['up-ish']];
      expect(OKR_PROGRESS(current, target, 0, kind)).toEqual([
        [0.5],
        ["⚠ Current: 'abc' is not a number"],
        [''], // a blank current stays blank, whatever else the row holds
        ["⚠ Target: 'ten' is not a number"],
        [expect.stringMatching(/^⚠ Kind: 'up-ish' is not a kind of key result \(use Increase, Decrease/)],
      ]);
    });

    it('flags a bad single value broadcast against ranges on every row it is used', () => {
      expect(OKR_PROGRESS([[1], [''], [3]], 10, 'n/a')).toEqual([
        ["⚠ Start: 'n/a' is not a number"],
        [''],
        ["⚠ Start: 'n/a' is not a number"],
      ]);
    });

    it('writes the row errors in French with a French locale', () => {
      expect(OKR_PROGRESS([[1], ['abc'], [2]], [[10], [10], ['dix']], '', '', 'fr_FR')).toEqual([
        [0.1],
        ["⚠ Actuel : «\u202Fabc\u202F» n'est pas un nombre"],
        ["⚠ Cible : «\u202Fdix\u202F» n'est pas un nombre"],
      ]);
      expect(OKR_PROGRESS([[5]], [['']], [['']], [['Jalon']], 'fr')).toEqual([[1]]);
    });

    it('refuses ranges of different heights, naming both heights', () => {
      expect(() => OKR_PROGRESS([[1], [2], [3]], [[10], [10]])).toThrow(
        'Current has 3 rows but target has 2 rows: give ranges of the same height'
      );
      expect(() => OKR_PROGRESS([[1]], [[10]], [[0], [0]])).toThrow('Current has 1 row but start has 2 rows');
      expect(() => OKR_PROGRESS([[1]], [[10]], [[0], [0]], '', 'fr')).toThrow(
        'Actuel a 1 ligne mais départ a 2 lignes : donnez des plages de même hauteur'
      );
    });

    it('refuses multi-column ranges', () => {
      expect(() => OKR_PROGRESS([[1, 2]], 10)).toThrow('Current must be a single column, not 2 columns');
      expect(() => OKR_PROGRESS(1, [[10, 20, 30]])).toThrow('Target must be a single column, not 3 columns');
    });
  });
});
