import { quarterOf } from '../../../src/core/dates';
import { OKR_PROGRESS } from '../../../src/features/functions/okr-progress';
import { OKR_STATUS } from '../../../src/features/functions/okr-status';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const START = d(2026, 4, 1);
const END = d(2026, 6, 30);
const MIDWAY = d(2026, 5, 16); // 45 of 90 days: 0.5 expected

describe('OKR_STATUS', () => {
  it('compares progress with the elapsed part of the period', () => {
    expect(OKR_STATUS(0.45, START, END, MIDWAY)).toBe('On track');
    expect(OKR_STATUS(0.3, START, END, MIDWAY)).toBe('At risk');
    expect(OKR_STATUS(0.1, START, END, MIDWAY)).toBe('Off track');
    expect(OKR_STATUS(1, START, END, MIDWAY)).toBe('Done');
  });

  it('speaks French when the locale says so', () => {
    expect(OKR_STATUS(0.45, START, END, MIDWAY, 'fr_FR')).toBe('En bonne voie');
    expect(OKR_STATUS(0.3, START, END, MIDWAY, 'fr')).toBe('À risque');
    expect(OKR_STATUS(0.1, START, END, MIDWAY, 'fr')).toBe('En retard');
    expect(OKR_STATUS(1, START, END, MIDWAY, 'fr')).toBe('Terminé');
    expect(OKR_STATUS(1, START, END, MIDWAY, 'Français')).toBe('Terminé');
    expect(OKR_STATUS(1, START, END, MIDWAY, [['fr-CA']])).toBe('Terminé');
    expect(OKR_STATUS(1, START, END, MIDWAY, 'en_US')).toBe('Done');
    expect(OKR_STATUS(1, START, END, MIDWAY, 'de')).toBe('Done');
  });

  it('reads dates from text and serial numbers', () => {
    expect(OKR_STATUS(0.3, '2026-04-01', '30/06/2026', '16/05/2026')).toBe('At risk');
    expect(OKR_STATUS(0.3, 46113, 46203, 46158)).toBe('At risk'); // the same days as serials
  });

  it('handles before and after the period', () => {
    expect(OKR_STATUS(0, START, END, d(2026, 3, 15))).toBe('On track');
    expect(OKR_STATUS(0.8, START, END, d(2026, 7, 15))).toBe('At risk');
    expect(OKR_STATUS(0.5, START, END, d(2026, 7, 15))).toBe('Off track');
  });

  it('falls back to the quarter of today without period dates', () => {
    const today = d(2026, 5, 16);
    const q = quarterOf(today);
    expect(OKR_STATUS(0.45, '', '', today)).toBe(OKR_STATUS(0.45, q.start, q.end, today));
    expect(OKR_STATUS(0.1, undefined, undefined, today)).toBe('Off track');
  });

  it('uses the current date when today is omitted', () => {
    const q = quarterOf(new Date());
    expect(OKR_STATUS(1)).toBe('Done');
    expect(OKR_STATUS(0, d(2000, 1, 1), d(2000, 12, 31))).toBe('Off track');
    expect(OKR_STATUS(0, q.start, d(2999, 1, 1))).toBe('On track');
  });

  it('works on ranges with blanks', () => {
    expect(OKR_STATUS([[0.45], [''], [0.1], [1]], START, END, MIDWAY)).toEqual([
      ['On track'],
      [''],
      ['Off track'],
      ['Done'],
    ]);
  });

  it('throws actionable errors', () => {
    expect(() => OKR_STATUS(0.5, START, '', MIDWAY)).toThrow('Period end is empty');
    expect(() => OKR_STATUS(0.5, '', END, MIDWAY)).toThrow('Period start is empty');
    expect(() => OKR_STATUS(0.5, END, START, MIDWAY)).toThrow('The period ends before it starts');
    expect(() => OKR_STATUS(0.5, 'soon', END, MIDWAY)).toThrow("Period start: 'soon' is not a date");
    expect(() => OKR_STATUS(0.5, START, '', MIDWAY, 'fr')).toThrow('La fin de période est vide');
    expect(() => OKR_STATUS('x', START, END, MIDWAY, 'fr')).toThrow(
      "Progression : «\u202Fx\u202F» n'est pas un nombre"
    );
    expect(() => OKR_STATUS([[0.5], [0.5, 1]], START, END, MIDWAY)).toThrow(
      'Progress must be a single column, not 2 columns'
    );
  });

  it('with ranges, shows a bad row its error in its own cell, in the locale', () => {
    expect(OKR_STATUS([[0.45], ['x'], [1]], START, END, MIDWAY)).toEqual([
      ['On track'],
      ["⚠ Progress: 'x' is not a number"],
      ['Done'],
    ]);
    expect(OKR_STATUS([[0.45], ['x']], START, END, MIDWAY, 'fr')).toEqual([
      ['En bonne voie'],
      ["⚠ Progression : «\u202Fx\u202F» n'est pas un nombre"],
    ]);
    // A bad period setting flags every KR, while blank rows stay blank.
    expect(OKR_STATUS([[0.45], [''], [0.1]], 'soon', END, MIDWAY)).toEqual([
      ["⚠ Period start: 'soon' is not a date (write 2026-03-31 or 31/03/2026)"],
      [''],
      ["⚠ Period start: 'soon' is not a date (write 2026-03-31 or 31/03/2026)"],
    ]);
    expect(OKR_STATUS([[0.45]], START, '', MIDWAY, 'fr')).toEqual([['⚠ La fin de période est vide']]);
  });

  it('gives blank for rows where OKR_PROGRESS shows an error', () => {
    const progress = OKR_PROGRESS([[45], ['abc'], [100]], 100, 0, '', 'fr') as (number | string)[][];
    expect(OKR_STATUS(progress, START, END, MIDWAY, 'fr')).toEqual([['En bonne voie'], [''], ['Terminé']]);
    expect(OKR_STATUS(progress[1][0], START, END, MIDWAY)).toBe('');
  });
});
