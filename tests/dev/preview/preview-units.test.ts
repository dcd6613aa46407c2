import { parseCellInput, textForEditor } from '../../../dev/preview/cell-input';
import { serialFromParts } from '../../../dev/runtime/dates';
import { formatValue, parseInput } from '../../../dev/runtime/number-format';
import { injectBridge } from '../../../dev/preview/html-bridge';
import { createSerialQueue } from '../../../dev/preview/serial-queue';
import { isPortableFormula, portableFormula } from '../../../dev/preview/xlsx-export';

describe('typing into a cell: the one parser of typed input (runtime and preview grid), in the locale', () => {
  test.each([
    ['42', 'en_US', 42],
    ['1,234.5', 'en_US', 1234.5],
    ['-0.5', 'en_US', -0.5],
    ['1,5', 'fr_FR', 1.5],
    ['1 234,5', 'fr_FR', 1234.5],
    ['1\u202f234', 'fr_FR', 1234],
  ])('%s in %s is the number %d', (input, locale, expected) => {
    expect(parseInput(input, locale).value).toBe(expected);
  });

  test('percent keeps a percent format', () => {
    expect(parseInput('45%', 'en_US')).toEqual({ value: 0.45, format: '0%' });
    expect(parseInput('45 %', 'fr_FR')).toEqual({ value: 0.45, format: '0%' });
    expect(parseInput('12,5 %', 'fr_FR')).toEqual({ value: 0.125, format: '0.00%' });
  });

  test('text that only looks like a number in another locale stays text; an apostrophe forces text', () => {
    expect(parseInput('1,5', 'en_US')).toEqual({ value: '1,5' });
    expect(parseInput('1.5', 'fr_FR')).toEqual({ value: '1.5' });
    expect(parseInput('Grow leads', 'en_US')).toEqual({ value: 'Grow leads' });
    expect(parseInput("'42", 'en_US')).toEqual({ value: '42' });
    expect(parseInput("'007", 'en_US')).toEqual({ value: '007' });
    expect(parseInput("'=1+1", 'fr_FR')).toEqual({ value: '=1+1' });
  });

  test('dates follow the locale order (en_US M/d/yyyy, fr_FR dd/MM/yyyy); impossible dates stay text', () => {
    expect(parseInput('3/4/2026', 'en_US')).toEqual({
      value: serialFromParts(2026, 3, 4),
      format: 'M/d/yyyy',
    });
    expect(parseInput('3/4/2026', 'fr_FR')).toEqual({
      value: serialFromParts(2026, 4, 3),
      format: 'dd/MM/yyyy',
    });
    expect(parseInput('03.04.26', 'fr_FR').value).toBe(serialFromParts(2026, 4, 3));
    expect(parseInput('31/02/2026', 'fr_FR')).toEqual({ value: '31/02/2026' });
    expect(parseInput('2/30/2026', 'en_US')).toEqual({ value: '2/30/2026' });
  });

  test('the grid hands values to the runtime unparsed, and formulas in the syntax they were typed in', () => {
    expect(parseCellInput('3/4/2026')).toEqual({ kind: 'typed', text: '3/4/2026' });
    expect(parseCellInput("'=1+1")).toEqual({ kind: 'typed', text: "'=1+1" });
    expect(parseCellInput('=1+1', true)).toEqual({ kind: 'typed', text: '=1+1' });
    expect(parseCellInput('=ROUND(A1*1,5;2)&"a;b,c"')).toEqual({
      kind: 'formula',
      formula: '=ROUND(A1*1,5;2)&"a;b,c"',
    });
  });

  test('the formula bar shows an apostrophe before text that would otherwise read as something else', () => {
    expect(textForEditor('007', 'en_US')).toBe("'007");
    expect(textForEditor('=1+1', 'en_US')).toBe("'=1+1");
    expect(textForEditor('VRAI', 'fr_FR')).toBe("'VRAI");
    expect(textForEditor('Grow leads', 'en_US')).toBe('Grow leads');
    expect(textForEditor('say "hi"', 'en_US')).toBe('say "hi"');
  });

  test('booleans in either language', () => {
    expect(parseInput('true', 'en_US')).toEqual({ value: true });
    expect(parseInput('FAUX', 'fr_FR')).toEqual({ value: false });
  });

  test('a text-formatted cell shows the text with its own double quotes', () => {
    expect(formatValue('say "hi"', '@', 'en_US')).toBe('say "hi"');
    expect(formatValue('a "b"', '"Note: "@', 'en_US')).toBe('Note: a "b"');
  });
});

describe('sidebar HTML bridge', () => {
  test('the injected script is valid JavaScript', () => {
    const html = injectBridge('<html><head></head><body></body></html>');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(() => new Function(script)).not.toThrow();
  });

  test('puts the google.script.run shim first in <head> and keeps the page intact', () => {
    const page = '<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>';
    const out = injectBridge(page);
    expect(out.indexOf('google.script')).toBeGreaterThan(out.indexOf('<head>'));
    expect(out.indexOf('google.script')).toBeLessThan(out.indexOf('<title>'));
    expect(out.replace(/<script>[\s\S]*?<\/script>/, '')).toBe(page);
  });

  test('works on a fragment without <head>', () => {
    const out = injectBridge('<div>x</div>');
    expect(out.startsWith('<head><script>')).toBe(true);
    expect(out.endsWith('<div>x</div>')).toBe(true);
  });
});

describe('serial queue', () => {
  test('runs tasks one at a time in order, even when one fails', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const slow = (name: string, ms: number) => () =>
      new Promise<string>(resolve => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    const failing = enqueue(() => {
      throw new Error('boom');
    });
    const results = await Promise.all([
      enqueue(slow('a', 20)),
      enqueue(slow('b', 1)),
      failing.catch(e => e.message),
    ]);
    expect(results).toEqual(['a', 'b', 'boom']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});

describe('xlsx export', () => {
  test('only formulas Excel evaluates the same way are exported as formulas', () => {
    expect(isPortableFormula('SUM(A1:A3)*2')).toBe(true);
    expect(isPortableFormula('IFERROR(AVERAGE(B2:B9),"")')).toBe(true);
    expect(isPortableFormula('OKR_PROGRESS(F2:F,G2:G,H2:H)')).toBe(false);
    expect(isPortableFormula('{1;2}')).toBe(false);
    expect(isPortableFormula('ARRAYFORMULA(IF(I2:I>1,1,0))')).toBe(false);
    expect(isPortableFormula('SPARKLINE(I2)')).toBe(false);
    expect(isPortableFormula('"OKR_X(" & A1')).toBe(true);
  });

  test("open-ended ranges end at the sheet's last row; a sheet Excel cannot name makes it a value", () => {
    const rows = (sheet: string | null) => (sheet === null ? 1000 : sheet === 'Suivi hebdo' ? 500 : null);
    expect(portableFormula('=COUNTIF(M2:M, "Done")', rows)).toBe('COUNTIF(M2:M1000, "Done")');
    expect(portableFormula("=SUM('Suivi hebdo'!H2:H)+SUM(A1:B2)", rows)).toBe(
      "SUM('Suivi hebdo'!H2:H500)+SUM(A1:B2)"
    );
    expect(portableFormula('=SUM(Other!H2:H)', rows)).toBeNull();
    expect(portableFormula('=LEN("A2:A")', rows)).toBe('LEN("A2:A")');
  });

  test("a French formula (getFormula's text, `;` and `1,5`) is written in Excel's syntax", () => {
    const rows = (sheet: string | null) => (sheet === null || sheet === 'OKR' ? 1000 : null);
    expect(portableFormula('=COUNTIF(OKR!M1:M; "Terminé")+COUNTIF(OKR!M1:M; "Done")', rows, 'fr_FR')).toBe(
      'COUNTIF(OKR!M1:M1000, "Terminé")+COUNTIF(OKR!M1:M1000, "Done")'
    );
    expect(portableFormula('=ROUND(A1*1,5;2)&"a;b,c"', rows, 'fr_FR')).toBe('ROUND(A1*1.5,2)&"a;b,c"');
    expect(portableFormula('=IF(A1>0;VRAI;FAUX)', rows, 'fr_FR')).toBe('IF(A1>0,TRUE,FALSE)');
    // a formula Sheets could not parse (#ERROR!) is exported as its value
    expect(portableFormula('=ROUND(1.5;1)', rows, 'fr_FR')).toBeNull();
    // an English spreadsheet's `;` (autocorrected by Sheets) is Excel's `,` too
    expect(portableFormula('=SUM(A1; A2)', rows, 'en_US')).toBe('SUM(A1, A2)');
  });
});
