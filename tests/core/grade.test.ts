import { GRADE_THRESHOLDS, gradeOf } from '../../src/core/grade';
import { readCommitment } from '../../src/core/read';

describe('gradeOf', () => {
  it('follows Google scale for aspirational OKRs', () => {
    expect(gradeOf(0)).toBe('red');
    expect(gradeOf(0.39999)).toBe('red');
    expect(gradeOf(0.4)).toBe('yellow');
    expect(gradeOf(0.69)).toBe('yellow');
    expect(gradeOf(0.7)).toBe('green');
    expect(gradeOf(1)).toBe('green');
  });

  it('tolerates float noise at a threshold', () => {
    expect(gradeOf(0.1 + 0.2 + 0.4)).toBe('green'); // 0.7000000000000001
    expect(gradeOf(0.7 - 1e-15)).toBe('green');
    expect(gradeOf((0.8 - 0.1) / (1.1 - 0.1))).toBe('green');
    expect(gradeOf(0.4 - 1e-15)).toBe('yellow');
  });

  it('expects committed OKRs at 1.0: green only when delivered, yellow from 0.4 / 0.7', () => {
    expect(gradeOf(1, 'committed')).toBe('green');
    expect(gradeOf(0.99, 'committed')).toBe('yellow');
    expect(gradeOf(0.7, 'committed')).toBe('yellow');
    expect(gradeOf(GRADE_THRESHOLDS.committed.yellow, 'committed')).toBe('yellow');
    expect(gradeOf(0.5, 'committed')).toBe('red');
    expect(gradeOf(0.4, 'committed')).toBe('red');
  });
});

describe('readCommitment', () => {
  it.each([
    ['', 'aspirational'],
    [undefined, 'aspirational'],
    [true, 'aspirational'],
    [1, 'aspirational'],
    ['TRUE', 'aspirational'],
    ['Aspirational', 'aspirational'],
    ['ambitieux', 'aspirational'],
    [false, 'committed'],
    [0, 'committed'],
    ['FAUX', 'committed'],
    ['Committed', 'committed'],
    ['Engagé', 'committed'],
  ])('reads %j as %s', (value, commitment) => {
    expect(readCommitment(value, 'aspirational')).toBe(commitment);
  });

  it('refuses other words, quoting them', () => {
    expect(() => readCommitment('maybe', 'aspirational')).toThrow(
      "'maybe' is neither aspirational nor committed"
    );
  });
});
