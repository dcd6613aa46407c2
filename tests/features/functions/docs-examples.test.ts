// The "Formula | Result" examples of README.md, computed by the built bundle in the local runtime, so the
// documentation cannot drift from the behaviour.
import fs from 'node:fs';
import path from 'node:path';
import { createRuntime } from '../../../dev/runtime';

const ROOT = path.resolve(__dirname, '../../..');
const DOC = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Rows like "| `=OKR_GRADE(0.4)` | Yellow |": the formula and the result's first words (before any "(note)"). */
const examples = [...DOC.matchAll(/^\|\s*`(=OKR_[^`]+)`\s*\|\s*([^|(]+?)\s*(?:\([^|]*\))?\s*\|\s*$/gm)].map(
  m => ({
    formula: m[1],
    expected: /^-?\d+(\.\d+)?$/.test(m[2]) ? Number(m[2]) : m[2],
  })
);

describe('README.md examples', () => {
  it('lists examples of every function', () => {
    for (const name of ['OKR_STATUS', 'OKR_GRADE', 'OKR_PACE']) {
      expect(examples.some(e => e.formula.startsWith(`=${name}(`))).toBe(true);
    }
  });

  /** A formula as a French spreadsheet takes it: decimal commas (outside strings); arguments already use `;`. */
  const inFrench = (formula: string) =>
    formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) => (i % 2 ? part : part.replace(/(\d)\.(\d)/g, '$1,$2')))
      .join('');

  it.each(
    examples.flatMap(e => [
      { ...e, locale: 'en_US' },
      { ...e, locale: 'fr_FR' },
    ])
  )('$formula gives $expected ($locale)', ({ formula, expected, locale }) => {
    // Examples without a date run on 16 May 2026 (halfway through Q2).
    const rt = createRuntime({ locale, now: new Date(2026, 4, 16, 9, 0) });
    const sheet = rt.spreadsheet.getSheets()[0];
    sheet.getRange('A1').setFormula(locale === 'fr_FR' ? inFrench(formula) : formula);
    expect(rt.cellError(sheet.getName(), 'A1')).toBeNull();
    expect(sheet.getRange('A1').getValue()).toBe(expected);
  });

  it('separates arguments with `;`, which every locale reads', () => {
    for (const { formula } of examples) expect(formula.split(/"(?:[^"]|"")*"/).join('')).not.toContain(',');
  });
});
