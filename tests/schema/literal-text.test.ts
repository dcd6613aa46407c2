import { literalCell, literalText } from '../../src/schema/literal-text';

describe('literalText', () => {
  it('adds an apostrophe to text Sheets would read as a formula, a number or a boolean', () => {
    for (const text of [
      '=1+1',
      '+33 6 12 34 56 78',
      '-5 since last week',
      '@here',
      "'quoted",
      '007',
      '1,5',
      '45 %',
      '.5',
      '(3)',
      '€1,200',
      'TRUE',
      'faux',
      '  =x',
    ])
      expect(literalText(text)).toBe(`'${text}`);
  });

  it('leaves other text as it is', () => {
    for (const text of ['good week', 'Équipe', '', '   ', 'KR-0001', 'true story'])
      expect(literalText(text)).toBe(text);
  });

  it('applies to text only', () => {
    const date = new Date(2026, 10, 24);
    expect([
      literalCell(5),
      literalCell(true),
      literalCell(date),
      literalCell(''),
      literalCell('-2'),
    ]).toEqual([5, true, date, '', "'-2"]);
  });
});
