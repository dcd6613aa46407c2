import { inferKrKind, KR_KINDS, parseKrKind } from '../../src/core/kinds';
import { kindLabel } from '../../src/i18n/labels';

describe('parseKrKind', () => {
  it.each([
    ['increase', 'increase'],
    ['Augmenter', 'increase'],
    ['hausse', 'increase'],
    ['Decrease', 'decrease'],
    ['réduire', 'decrease'],
    ['REDUIRE', 'decrease'],
    ['baisse', 'decrease'],
    ['stay above', 'stayAbove'],
    ['Rester au-dessus', 'stayAbove'],
    ['rester au dessus', 'stayAbove'],
    ['au moins', 'stayAbove'],
    ['stay below', 'stayBelow'],
    ['Rester en dessous', 'stayBelow'],
    ['au plus', 'stayBelow'],
    ['milestone', 'milestone'],
    ['Jalon', 'milestone'],
    ['  jalon  ', 'milestone'],
  ])('reads %j as %s', (text, kind) => {
    expect(parseKrKind(text)).toBe(kind);
  });

  it('reads every canonical label back as its kind, in both languages', () => {
    for (const kind of KR_KINDS) {
      expect(parseKrKind(kindLabel('en', kind))).toBe(kind);
      expect(parseKrKind(kindLabel('fr', kind))).toBe(kind);
    }
  });

  it('gives null for blank, meaning "infer it"', () => {
    expect(parseKrKind('')).toBeNull();
    expect(parseKrKind(undefined)).toBeNull();
    expect(parseKrKind('  ')).toBeNull();
  });

  it('refuses unknown words, quoting them and listing the kinds', () => {
    expect(() => parseKrKind('sideways')).toThrow(
      "'sideways' is not a kind of key result (use Increase, Decrease, Stay at or above, Stay at or below, Milestone)"
    );
  });
});

describe('inferKrKind', () => {
  it('infers a decreasing metric when the target is below the start', () => {
    expect(inferKrKind(100, 50)).toBe('decrease');
    expect(inferKrKind(0, 50)).toBe('increase');
    expect(inferKrKind(5, 5)).toBe('increase');
  });
});
