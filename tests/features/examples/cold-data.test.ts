// The example OKRs' texts ship in their own data page, not in Code.js (which every custom-function cell loads):
// what the build writes, what the loader reads, and what a user sees when the page is missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../../dev/runtime';
import { coldPage, loadColdSection, renderColdPage } from '../../../src/gas/cold-data';
import { EXAMPLE_OKRS } from '../../../src/features/examples/data';
import { EXAMPLES } from '../../../src/i18n/sections';
import { ensureBuilt, NOW } from '../install/runtime-helpers';

const DIST = path.resolve(__dirname, '../../../dist');
const PAGE = `${coldPage('EXAMPLES')}.html`;

beforeAll(() => ensureBuilt(), 120000);

/** Runs `body` with a global HtmlService whose createHtmlOutputFromFile(name) returns `read(name)`. */
function withPages<T>(read: (name: string) => string, body: () => T): T {
  const global = globalThis as { HtmlService?: unknown };
  global.HtmlService = { createHtmlOutputFromFile: (name: string) => ({ getContent: () => read(name) }) };
  try {
    return body();
  } finally {
    delete global.HtmlService;
  }
}

describe('the examples data page', () => {
  test('Code.js holds no example objective, key result or action, in either language', () => {
    const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    const texts = EXAMPLE_OKRS.flatMap(o => [
      o.objective,
      ...o.krs.flatMap(kr => [kr.keyResult, `${kr.keyResult}Actions` as const]),
    ]).flatMap(key => [EXAMPLES.en[key], EXAMPLES.fr[key]]);
    expect(texts).toHaveLength(2 * (3 + 2 * 12));
    expect(texts.filter(text => code.includes(text))).toEqual([]);
  });

  test('dist/ holds the whole section in both languages, read back as the catalogue has it', () => {
    const section = withPages(
      name => fs.readFileSync(path.join(DIST, `${name}.html`), 'utf8'),
      () => loadColdSection('EXAMPLES')
    );
    expect(section).toEqual(EXAMPLES);
    expect(section.fr.inbound).toBe('Attirer plus de leads entrants qualifiés');
  });

  test('a text that would close the script element is escaped and read back unchanged', () => {
    const texts = { en: { title: '</script><b>x</b> <!-- & "' }, fr: { title: 'é « x »' } };
    const page = renderColdPage(texts);
    expect(page).not.toMatch(/<\/script>.*<\/script>/s);
    expect(page.match(/</g)).toHaveLength(2);
    expect(
      withPages(
        () => page,
        () => loadColdSection('EXAMPLES')
      )
    ).toEqual(texts);
  });

  test('a page without the texts is a clear error', () => {
    expect(() =>
      withPages(
        () => '<html></html>',
        () => loadColdSection('EXAMPLES')
      )
    ).toThrow(`${PAGE} does not hold the EXAMPLES texts: push dist/ again.`);
  });

  test('inserting the examples without the page names the missing file and writes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-dist-'));
    try {
      for (const file of fs.readdirSync(DIST).filter(f => f !== PAGE))
        fs.copyFileSync(path.join(DIST, file), path.join(dir, file));
      const rt = createRuntime({ distDir: dir, now: NOW });
      rt.call('installTemplate');
      const before = rt.sheetValues('OKRs');
      expect(() => rt.call('insertExampleOkrs')).toThrow(
        /The EXAMPLES texts could not be read from cold\.examples\.html \(.*No HTML file named cold\.examples was found.*\): push dist\/ again\./
      );
      expect(rt.sheetValues('OKRs')).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
