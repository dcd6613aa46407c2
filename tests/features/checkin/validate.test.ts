import { readConfidenceInput, readValueInput } from '../../../src/features/checkin/validate';

describe('readValueInput', () => {
  it('reads French decimals and percentages', () => {
    expect(readValueInput('1,5', 'fr', false)).toEqual({ ok: true, value: 1.5 });
    expect(readValueInput('45 %', 'fr', false)).toEqual({ ok: true, value: 0.45 });
    expect(readValueInput('1 200', 'fr', false)).toEqual({ ok: true, value: 1200 });
  });

  it('flags text that is no number in the user language, quoting it', () => {
    const en = readValueInput('abc', 'en', false);
    const fr = readValueInput('douze', 'fr', false);
    expect(en.ok).toBe(false);
    expect(fr.ok).toBe(false);
    if (!en.ok) expect(en.error).toContain('“abc” is not a number');
    if (!fr.ok) expect(fr.error).toContain('« douze » n’est pas un nombre');
  });

  it('reads a percent in the KR scale: points for a KR from 2,5 to 3,3, a fraction for one from 0,2 to 0,3', () => {
    expect(readValueInput('3,2 %', 'fr', false, { start: 2.5, target: 3.3 })).toEqual({
      ok: true,
      value: 3.2,
    });
    expect(readValueInput('3.2%', 'en', false, { start: '0', target: '5' })).toEqual({
      ok: true,
      value: 3.2,
    });
    expect(readValueInput('28 %', 'fr', false, { start: 0.2, target: 0.3 })).toEqual({
      ok: true,
      value: 0.28,
    });
    // Without a percent sign the number is taken as typed.
    expect(readValueInput('3,2', 'fr', false, { start: 2.5, target: 3.3 })).toEqual({ ok: true, value: 3.2 });
  });

  it('refuses to clear a value but accepts blank for a KR that had none', () => {
    expect(readValueInput('  ', 'en', false).ok).toBe(false);
    expect(readValueInput('', 'en', true)).toEqual({ ok: true, value: null });
  });
});

describe('readConfidenceInput', () => {
  it('accepts blank and 0..10', () => {
    expect(readConfidenceInput('', 'en')).toEqual({ ok: true, value: null });
    expect(readConfidenceInput('7,5', 'fr')).toEqual({ ok: true, value: 7.5 });
    expect(readConfidenceInput('10', 'en')).toEqual({ ok: true, value: 10 });
  });

  it('refuses values out of range, percentages and words', () => {
    for (const text of ['11', '-1', '50 %', 'high']) expect(readConfidenceInput(text, 'en').ok).toBe(false);
  });
});
