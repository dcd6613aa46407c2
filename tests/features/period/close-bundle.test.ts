// The built close dialog (dist/close.html) carries the period close's texts and not the check-in's, the install's or
// the quality check's: each bundle imports only its share of the catalogue.
import * as fs from 'fs';
import * as path from 'path';
import type { Catalog } from '../../../src/i18n/catalog';
import { CHECKIN, CLOSE_DIALOG, CORE, INSTALL, PERIOD, QUALITY, SCHEMA } from '../../../src/i18n/sections';

const HTML = fs.readFileSync(path.resolve(__dirname, '../../../dist/close.html'), 'utf8');

/** Every text of a section, in every language. */
const textsOf = (catalog: Catalog<string>): string[] =>
  Object.values(catalog).flatMap(texts => Object.values(texts) as string[]);

/** Whether the bundle holds a text, as written or as a JS string literal escapes it. */
const holds = (text: string) => HTML.includes(text) || HTML.includes(JSON.stringify(text).slice(1, -1));

// What the dialog may carry: its own section and the words it shares (grades, commitments, closing statuses).
const own = [PERIOD, CLOSE_DIALOG, CORE, SCHEMA].flatMap(textsOf);

describe('dist/close.html', () => {
  it('holds every text of the period section and of its own closeDialog section, in every language', () => {
    const period = [...textsOf(PERIOD), ...textsOf(CLOSE_DIALOG)];
    expect(period.length).toBeGreaterThan(40);
    expect(period.filter(text => !holds(text))).toEqual([]);
  });

  it('holds no text only the check-in, the install or the quality check uses', () => {
    // Sentences (short words such as "for" or "Owner" are everywhere), not part of a text the dialog has itself.
    const others = [CHECKIN, INSTALL, QUALITY]
      .flatMap(textsOf)
      .filter(text => text.length >= 16 && text.includes(' '))
      .filter(text => !own.some(mine => mine.includes(text)));
    // Today's check-in and install texts, whichever file holds them.
    others.push(
      'Only KRs not updated this week',
      'Seulement les RC non mis à jour cette semaine',
      'Enter moves to the next field; after the last one, to Save.',
      'The OKR template is not installed yet',
      "Le modèle OKR n'est pas encore installé"
    );
    expect(others.filter(holds)).toEqual([]);
  });

  it("is the only bundle carrying the dialog's own labels: Code.js does not", () => {
    const code = fs.readFileSync(path.resolve(__dirname, '../../../dist/Code.js'), 'utf8');
    // Texts of the dialog's own section that no section Code.js carries also has (the History headers name the
    // same fields: "Closing status", "What worked"…).
    const shared = new Set([PERIOD, CORE, SCHEMA, INSTALL, CHECKIN].flatMap(textsOf));
    // Whole texts (placeholders included), so the custom functions' JSDoc ("expected at 0.7") does not count.
    const sentences = textsOf(CLOSE_DIALOG)
      .filter(text => ![...shared].some(other => other.includes(text.split('{')[0])))
      .filter(text => text.length >= 12);
    expect(sentences.length).toBeGreaterThan(6);
    expect(sentences.filter(head => code.includes(head))).toEqual([]);
  });
});
