import { OKR_GRADE } from '../../../src/features/functions/okr-grade';
import { OKR_PROGRESS } from '../../../src/features/functions/okr-progress';

describe('OKR_GRADE', () => {
  it('grades aspirational progress by default', () => {
    expect(OKR_GRADE(0.39999)).toBe('Red');
    expect(OKR_GRADE(0.4)).toBe('Yellow');
    expect(OKR_GRADE(0.7)).toBe('Green');
    expect(OKR_GRADE((0.7 - 0) / (1 - 0))).toBe('Green');
  });

  it('expects committed OKRs at 1.0', () => {
    expect(OKR_GRADE(0.7, false)).toBe('Yellow');
    expect(OKR_GRADE(1, false)).toBe('Green');
    expect(OKR_GRADE(0.5, 'Engagé')).toBe('Red');
  });

  it('speaks French when the locale says so', () => {
    expect(OKR_GRADE(0.1, true, 'fr_FR')).toBe('Rouge');
    expect(OKR_GRADE(0.5, true, 'fr')).toBe('Jaune');
    expect(OKR_GRADE(0.9, '', 'fr')).toBe('Vert');
  });

  it('works on ranges with blanks and a column of commitments', () => {
    expect(OKR_GRADE([[0.1], [''], [0.8], [0.8]], [[true], [true], [true], [false]])).toEqual([
      ['Red'],
      [''],
      ['Green'],
      ['Yellow'],
    ]);
  });

  it('with ranges, shows a bad row its error in its own cell and blanks rows OKR_PROGRESS flagged', () => {
    const flagged = OKR_PROGRESS([['abc']], 10) as string[][];
    expect(
      OKR_GRADE([[0.1], ['lots'], [flagged[0][0]], [0.8]], [[true], [true], [true], ['perhaps']])
    ).toEqual([
      ['Red'],
      ["⚠ Progress: 'lots' is not a number"],
      [''],
      [expect.stringMatching(/^⚠ Aspirational: 'perhaps' is neither aspirational nor committed/)],
    ]);
    expect(OKR_GRADE([[0.9], ['beaucoup']], true, 'fr')).toEqual([
      ['Vert'],
      ["⚠ Progression : «\u202Fbeaucoup\u202F» n'est pas un nombre"],
    ]);
    expect(OKR_GRADE(flagged[0][0])).toBe('');
  });

  it('names bad values, in French too', () => {
    expect(() => OKR_GRADE('beaucoup', true, 'fr')).toThrow(
      "Progression : «\u202Fbeaucoup\u202F» n'est pas un nombre"
    );
    expect(() => OKR_GRADE('lots')).toThrow("Progress: 'lots' is not a number");
    expect(() => OKR_GRADE(0.5, 'perhaps')).toThrow(
      "Aspirational: 'perhaps' is neither aspirational nor committed"
    );
  });
});
