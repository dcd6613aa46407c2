import { OkrInputError } from '../../src/core/errors';
import { readNumber } from '../../src/core/read';
import { errorText } from '../../src/i18n/error-text';
import { formatNumber, formatPercent } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/lang';

/** An English workbook unless the test says otherwise. */
const parse = (value: unknown, lang: Lang = 'en') => readNumber(value, lang);

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('readNumber', () => {
  it('passes numbers through and reads booleans as 1 and 0', () => {
    expect(parse(42)).toBe(42);
    expect(parse(-0.25)).toBe(-0.25);
    expect(parse(true)).toBe(1);
    expect(parse(false)).toBe(0);
  });

  it('gives null for blank values', () => {
    for (const blank of ['', '   ', null, undefined]) expect(parse(blank)).toBeNull();
  });

  it.each([
    ['45%', 0.45],
    ['45 %', 0.45],
    [`45${NNBSP}%`, 0.45],
    [`45${NBSP}%`, 0.45],
    ['12,5 %', 0.125],
    ['-5%', -0.05],
    ['0.1%', 0.001],
  ])('reads the percentage %j', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [',5', 0.5],
    ['0,500', 0.5],
    ['1 200', 1200],
    [`1${NBSP}200`, 1200],
    [`1${NNBSP}200`, 1200],
    [`1${NNBSP}200,50`, 1200.5],
    [`1${NBSP}200${NBSP}000`, 1200000],
    ['1 200.50', 1200.5],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['1,200,000', 1200000],
    ['1.200.000', 1200000],
    ['1.200', 1.2],
    ['  7  ', 7],
    ['+3', 3],
    ['-3,5', -3.5],
    ['\u22123', -3],
  ])('reads %j', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it('reads a comma followed by three digits as thousands in English, decimal in French', () => {
    expect(parse('1,200', 'en')).toBe(1200);
    expect(parse('1,200')).toBe(1200);
    expect(parse('1,200', 'fr')).toBe(1.2);
    expect(parse('1,5', 'en')).toBe(1.5);
    expect(parse('1,25', 'en')).toBe(1.25);
  });

  it.each([
    ['€1,200', 1200],
    ['1 200 €', 1200],
    [`1${NNBSP}200,50${NBSP}€`, 1200.5],
    ['$3.5', 3.5],
    ['$3.5k', 3500],
    ['1.1k', 1100],
    ['£10', 10],
    ['-€5', -5],
    ['€-5', -5],
    ['100 EUR', 100],
  ])('reads the amount %j without its currency', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it.each([
    ['TRUE', 1],
    ['false', 0],
    ['VRAI', 1],
    ['faux', 0],
    ['yes', 1],
    ['No', 0],
    ['oui', 1],
    ['non', 0],
    ['done', 1],
    ['Not done', 0],
    ['fait', 1],
    ['pas fait', 0],
    ['Terminé', 1],
    ['à faire', 0],
  ])('reads the word %j as %d', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it.each(['abc', '12 34', '1,2,3', '1..2', '45%%', '€', '%', '1 2345', 'NaN', 'Infinity'])(
    'refuses %j with a message quoting it',
    text => {
      expect(() => parse(text)).toThrow(`'${text}' is not a number`);
    }
  );

  it('refuses non-finite numbers and dates', () => {
    expect(() => parse(NaN)).toThrow('is not a number');
    expect(() => parse(new Date(2026, 0, 5))).toThrow("'2026-01-05' is not a number");
  });

  it('quotes the trimmed text and carries a French message', () => {
    let caught: unknown;
    try {
      parse('  abc ');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OkrInputError);
    const error = caught as OkrInputError;
    expect(error.message).toBe("'abc' is not a number");
    expect(errorText(error, 'fr')).toBe(`«${NNBSP}abc${NNBSP}» n'est pas un nombre`);
  });
});

describe('formatNumber', () => {
  it('writes decimals and thousands the English way', () => {
    expect(formatNumber(1.5, 'en')).toBe('1.5');
    expect(formatNumber(1200.5, 'en')).toBe('1,200.5');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(-1200, 'en')).toBe('-1,200');
  });

  it('writes decimals and thousands the French way, with narrow no-break spaces', () => {
    expect(formatNumber(1.5, 'fr')).toBe('1,5');
    expect(formatNumber(1200.5, 'fr')).toBe(`1${NNBSP}200,5`);
    expect(formatNumber(1234567, 'fr')).toBe(`1${NNBSP}234${NNBSP}567`);
  });

  it('rounds to the decimals asked and drops trailing zeros', () => {
    expect(formatNumber(2 / 3, 'en')).toBe('0.67');
    expect(formatNumber(2 / 3, 'en', 0)).toBe('1');
    expect(formatNumber(1.1 + 2.2, 'en', 4)).toBe('3.3');
    expect(formatNumber(-0.004, 'en', 2)).toBe('\u22124 \u00D7 10\u207B\u00B3');
  });

  it('reads back what it writes', () => {
    for (const n of [0, 1.5, 1200.5, 1234567.25, -42.75]) {
      expect(parse(formatNumber(n, 'en'), 'en')).toBe(n);
      expect(parse(formatNumber(n, 'fr'), 'fr')).toBe(n);
    }
  });
});

describe('formatPercent', () => {
  it('writes 45% in English and 45 % (narrow no-break space) in French', () => {
    expect(formatPercent(0.45, 'en')).toBe('45%');
    expect(formatPercent(0.45, 'fr')).toBe(`45${NNBSP}%`);
  });

  it('rounds without float noise', () => {
    expect(formatPercent(0.07, 'en')).toBe('7%');
    expect(formatPercent(0.125, 'fr', 1)).toBe(`12,5${NNBSP}%`);
    expect(formatPercent(1.234, 'en')).toBe('123%');
  });

  it('reads back as the same fraction', () => {
    expect(parse(formatPercent(0.45, 'fr'), 'fr')).toBe(0.45);
  });
});
