// Per-language writing that is not a sentence (src/i18n/format.ts): the colon after a label, digit groups, a day.
import { colon, formatIsoDay, groupDigits } from '../../src/i18n/format';

describe('per-language writing', () => {
  it('sets a French colon off with a space', () => {
    expect(`Actions${colon('en')} x`).toBe('Actions: x');
    expect(`Actions${colon('fr')} x`).toBe('Actions : x');
  });

  it('groups digits by thousands, with a narrow no-break space in French', () => {
    expect(groupDigits('1234567', 'en')).toBe('1,234,567');
    expect(groupDigits('1234567', 'fr')).toBe('1\u202F234\u202F567');
    expect(groupDigits('123', 'en')).toBe('123');
  });

  it('writes an ISO day in the language’s order', () => {
    expect(formatIsoDay('2026-11-24', 'en')).toBe('2026-11-24');
    expect(formatIsoDay('2026-11-24', 'fr')).toBe('24/11/2026');
  });
});
