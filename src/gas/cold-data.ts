import type * as sections from '../i18n/sections';

/**
 * Catalogue sections that only a menu action reads. Apps Script loads every .js file for every execution (each
 * custom-function cell's recalculation too) but an HTML file only when asked for, so dev/build.js writes each of
 * these sections into its own data page, `dist/<coldPage(name)>.html`, instead of Code.js. A translator still edits
 * them in en.ts and fr.ts like any other section; code reads them with `loadColdSection(name)` and imports the
 * section's type only (`import type { EXAMPLES }`), never its value.
 */
export const COLD_SECTIONS = ['EXAMPLES', 'QUALITY'] as const;

export type ColdSection = (typeof COLD_SECTIONS)[number];

/** The data page's name (HtmlService's file name, without .html). */
export const coldPage = (name: ColdSection) => `cold-${name.toLowerCase()}`;

/** The data page's content: the section's JSON in a script element, every `<` escaped so it cannot close it. */
export const renderColdPage = (section: unknown) =>
  `<script type="application/json">${JSON.stringify(section).replace(/</g, '\\u003c')}</script>\n`;

const PAGE = /^<script type="application\/json">([\s\S]*)<\/script>\s*$/;

/** A cold section, read from its data page (one HtmlService call, no Spreadsheet call). */
export function loadColdSection<N extends ColdSection>(name: N): (typeof sections)[N] {
  const page = coldPage(name);
  let content: string;
  try {
    content = HtmlService.createHtmlOutputFromFile(page).getContent();
  } catch (error) {
    throw new Error(
      `The ${name} texts could not be read from ${page}.html (${String(error)}): push dist/ again.`
    );
  }
  const json = PAGE.exec(content)?.[1];
  if (json === undefined) throw new Error(`${page}.html does not hold the ${name} texts: push dist/ again.`);
  return JSON.parse(json) as (typeof sections)[N];
}
