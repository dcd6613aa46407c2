import {
  CELL_ERROR_MARK,
  OkrInputError,
  cellErrorText,
  isCellErrorText,
  withContext,
} from '../../src/core/errors';
import { readNumber } from '../../src/core/read';
import { phrase } from '../../src/i18n/error-text';
import { CORE } from '../../src/i18n/sections';

describe('cell error texts', () => {
  const error = withContext(
    (() => {
      try {
        readNumber('abc', 'en');
      } catch (e) {
        return e;
      }
    })(),
    phrase(CORE, 'argCurrent')
  ) as OkrInputError;

  it('start with the mark and say what was wrong, in either language', () => {
    expect(cellErrorText(error, 'en')).toBe("⚠ Current: 'abc' is not a number");
    expect(cellErrorText(error, 'fr')).toBe("⚠ Actuel : «\u202Fabc\u202F» n'est pas un nombre");
    expect(cellErrorText(error, 'en').startsWith(CELL_ERROR_MARK)).toBe(true);
  });

  it('are recognised, and nothing else is', () => {
    expect(isCellErrorText(cellErrorText(error, 'fr'))).toBe(true);
    for (const value of ['', 'abc', '⚠', 0.5, null, undefined, true])
      expect(isCellErrorText(value)).toBe(false);
  });

  it('withContext leaves errors that are not input errors alone', () => {
    const bug = new TypeError('x is undefined');
    expect(withContext(bug, phrase(CORE, 'argCurrent'))).toBe(bug);
  });
});
