// The "Formula | Result" examples of README.md, computed by the built bundle in the local runtime, so the
// documentation cannot drift from the behaviour.
import fs from 'node:fs';
import path from 'node:path';
import { createRuntime } from '../../dev/runtime';

const ROOT = path.resolve(__dirname, '../..');
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

  it.each(examples)('$formula gives $expected', ({ formula, expected }) => {
    // Examples without a date run on 16 May 2026 (halfway through Q2).
    const rt = createRuntime({ now: new Date(2026, 4, 16, 9, 0) });
    const sheet = rt.spreadsheet.getSheets()[0];
    // The local formula engine reads TRUE and FALSE only as functions.
    sheet.getRange('A1').setFormula(formula.replace(/\b(TRUE|FALSE)\b(?!\()/g, '$1()'));
    expect(rt.cellError(sheet.getName(), 'A1')).toBeNull();
    expect(sheet.getRange('A1').getValue()).toBe(expected);
  });
});
