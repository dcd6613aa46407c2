import { dayNumber, isoWeek, parseUserDate, quarterOf } from '../../src/core/dates';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('parseUserDate', () => {
  it('keeps the calendar day of a Date, dropping the time', () => {
    expect(parseUserDate(new Date(2026, 2, 31, 15, 30))).toEqual(d(2026, 3, 31));
  });

  it('reads Sheets serial numbers (days since 1899-12-30)', () => {
    expect(parseUserDate(1)).toEqual(d(1899, 12, 31));
    expect(parseUserDate(46112)).toEqual(d(2026, 3, 31));
    expect(parseUserDate(46112.75)).toEqual(d(2026, 3, 31));
  });

  it('reads ISO text, with or without a time', () => {
    expect(parseUserDate('2026-03-31')).toEqual(d(2026, 3, 31));
    expect(parseUserDate('2026-3-1')).toEqual(d(2026, 3, 1));
    expect(parseUserDate('2026-03-31T10:00:00Z')).toEqual(d(2026, 3, 31));
  });

  it('reads French day-first text', () => {
    expect(parseUserDate('31/03/2026')).toEqual(d(2026, 3, 31));
    expect(parseUserDate('01/04/2026')).toEqual(d(2026, 4, 1));
    expect(parseUserDate('1.4.2026')).toEqual(d(2026, 4, 1));
    expect(parseUserDate('01-04-26')).toEqual(d(2026, 4, 1));
  });

  it('reads month-first text when the second number cannot be a month', () => {
    expect(parseUserDate('03/31/2026')).toEqual(d(2026, 3, 31));
  });

  it('gives null for blank and refuses what is no date', () => {
    expect(parseUserDate('')).toBeNull();
    expect(parseUserDate(null)).toBeNull();
    expect(() => parseUserDate('next week')).toThrow("'next week' is not a date");
    expect(() => parseUserDate('31/02/2026')).toThrow("'31/02/2026' is not a date");
    expect(() => parseUserDate(new Date(NaN))).toThrow('is not a date');
  });
});

describe('dayNumber', () => {
  it('counts calendar days, whatever the time of day or daylight saving', () => {
    expect(dayNumber(d(1970, 1, 1))).toBe(0);
    expect(dayNumber(new Date(2026, 2, 29, 23, 0)) - dayNumber(d(2026, 3, 28))).toBe(1);
    expect(dayNumber(d(2026, 10, 26)) - dayNumber(d(2026, 10, 24))).toBe(2);
  });
});

describe('quarterOf', () => {
  it('gives the calendar quarter around a date', () => {
    expect(quarterOf(d(2026, 5, 17))).toEqual({ start: d(2026, 4, 1), end: d(2026, 6, 30), name: 'Q2 2026' });
    expect(quarterOf(d(2026, 1, 1))).toEqual({ start: d(2026, 1, 1), end: d(2026, 3, 31), name: 'Q1 2026' });
    expect(quarterOf(d(2026, 12, 31)).end).toEqual(d(2026, 12, 31));
    expect(quarterOf(d(2024, 2, 29)).name).toBe('Q1 2024');
  });
});

describe('isoWeek', () => {
  it.each([
    [d(2026, 1, 1), '2026-W01'], // a Thursday
    [d(2025, 12, 29), '2026-W01'], // Monday of the week holding 1 January 2026
    [d(2027, 1, 3), '2026-W53'], // Sunday: 2026 has 53 weeks
    [d(2027, 1, 4), '2027-W01'],
    [d(2021, 1, 3), '2020-W53'],
    [d(2026, 11, 24), '2026-W48'],
  ])('gives the ISO week of %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});
