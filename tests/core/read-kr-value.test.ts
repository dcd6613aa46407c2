import { OkrInputError } from '../../src/core/errors';
import { readKrValue } from '../../src/core/read';

describe('readKrValue', () => {
  it('reads a number the user’s way, blank as null, and throws the engine’s error for anything else', () => {
    expect(readKrValue('1,5', 'fr')).toBe(1.5);
    expect(readKrValue('45 %', 'en')).toBe(0.45);
    expect(readKrValue('  ', 'en')).toBeNull();
    expect(() => readKrValue('douze', 'fr')).toThrow(OkrInputError);
  });

  it('reads a percent in the KR’s own scale: points when start or target is above 1', () => {
    expect(readKrValue('3,2 %', 'fr', { start: 2.5, target: 3.3 })).toBe(3.2);
    expect(readKrValue('3.2%', 'en', { start: '0', target: '5' })).toBe(3.2);
    expect(readKrValue('28 %', 'fr', { start: 0.2, target: 0.3 })).toBeCloseTo(0.28);
    // A bound that is no number says nothing about the scale.
    expect(readKrValue('28 %', 'en', { start: 'n/a', target: 0.3 })).toBeCloseTo(0.28);
  });
});
