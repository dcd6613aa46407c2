// The cold catalogue sections (src/gas/cold-data.ts) ship in their own data pages, not in Code.js (which every
// custom-function cell loads): what the build writes, what the loader reads, and what a user sees when a page is
// missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../../dev/runtime';
import { COLD_SECTIONS, coldPage, loadColdSection, renderColdPage } from '../../../src/gas/cold-data';
import * as sections from '../../../src/i18n/sections';
import { NOW } from '../../support/workbook';

const DIST = path.resolve(__dirname, '../../../dist');

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

const readDist = (name: string) => fs.readFileSync(path.join(DIST, `${name}.html`), 'utf8');

/** A section's texts in every language long enough to be its own (short words like "Cell" occur elsewhere). */
const ownTexts = (name: (typeof COLD_SECTIONS)[number]) =>
  Object.values(sections[name]).flatMap(texts =>
    Object.values(texts as Record<string, string>).filter(text => text.length >= 20)
  );

describe.each(COLD_SECTIONS.map(name => [name]))('the cold section %s', name => {
  test('is not in Code.js', () => {
    const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    expect(ownTexts(name).length).toBeGreaterThan(10);
    expect(ownTexts(name).filter(text => code.includes(text))).toEqual([]);
  });

  test('is in its data page in every language, read back as the catalogue has it', () => {
    expect(withPages(readDist, () => loadColdSection(name))).toEqual(sections[name]);
  });
});

describe('the data pages', () => {
  test('the example objectives, in English and French, are checked above', () => {
    expect(ownTexts('EXAMPLES')).toEqual(
      expect.arrayContaining([
        'Bring in more qualified inbound leads',
        'Attirer plus de leads entrants qualifiés',
      ])
    );
  });

  test('a text that would close the script element is escaped and read back unchanged', () => {
    const texts = { en: { title: '</script><b>x</b> <!-- & "' }, fr: { title: 'é « x »' } };
    const page = renderColdPage(texts);
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
        () => loadColdSection('QUALITY')
      )
    ).toThrow(`${coldPage('QUALITY')}.html does not hold the QUALITY texts: push dist/ again.`);
  });

  test('inserting the examples without their page names the missing file and writes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-dist-'));
    try {
      for (const file of fs.readdirSync(DIST).filter(f => f !== 'cold-examples.html'))
        fs.copyFileSync(path.join(DIST, file), path.join(dir, file));
      const rt = createRuntime({ distDir: dir, now: NOW });
      rt.call('installTemplate');
      const before = rt.sheetValues('OKRs');
      expect(() => rt.call('insertExampleOkrs')).toThrow(
        /^The EXAMPLES texts could not be read from cold-examples\.html \(.*No HTML file named cold-examples was found.*\): push dist\/ again\.$/
      );
      expect(rt.sheetValues('OKRs')).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
