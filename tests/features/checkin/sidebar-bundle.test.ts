// The sidebar page carries its share of the catalogue and nothing else: the check-in's texts and the status
// words, not the period close's, the install's or the quality check's, nor the save errors only the server writes.
// Reads the built page (the jest globalSetup runs dev/build.js).
import fs from 'node:fs';
import path from 'node:path';
import {
  CHECKIN,
  CHECKIN_SAVE,
  CORE,
  INSTALL,
  PERIOD,
  SCHEMA,
  SIDEBAR as SIDEBAR_TEXTS,
} from '../../../src/i18n/sections';
import { statusLabel } from '../../../src/i18n/labels';

const dist = (file: string) => fs.readFileSync(path.resolve(__dirname, '../../../dist', file), 'utf8');
const SIDEBAR = dist('sidebar.html');
/** The add-on bundle and the data pages of its cold sections: a text missing from the sidebar must be found here. */
const CODE = dist('Code.js') + dist('cold-quality.html') + dist('cold-examples.html');

describe('dist/sidebar.html', () => {
  it('carries the check-in texts and the status words, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(SIDEBAR).toContain(SIDEBAR_TEXTS[lang].keysHint);
      expect(SIDEBAR).toContain(SIDEBAR_TEXTS[lang].previewAfterSave);
      expect(SIDEBAR).toContain(statusLabel(lang, 'onTrack'));
    }
  });

  it.each([
    ['the period close', 'Reopening failed, nothing was changed'],
    ['the period close (French)', 'depuis l’ouverture : fermez et rouvrez cette fenêtre'],
    ['the install', 'The OKR template is complete: nothing to repair.'],
    ['the install (French)', 'Modèle OKR installé.'],
    ['the quality check', 'What the OKR method warns against'],
    ['the quality check (French)', 'Ce que la méthode OKR déconseille'],
  ])('does not carry a text of %s', (_what, text) => {
    expect(CODE).toContain(text);
    expect(SIDEBAR).not.toContain(text);
  });

  it('does not carry the save errors only the server writes', () => {
    let checked = 0;
    for (const lang of ['en', 'fr'] as const) {
      for (const text of Object.values(CHECKIN_SAVE[lang])) {
        // the static part of each text, before its first {placeholder}
        const head = text.split('{')[0];
        if (head.length < 12) continue;
        expect(CODE).toContain(head);
        expect(SIDEBAR).not.toContain(head);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("is the only page carrying the sidebar's own labels: the server bundle does not", () => {
    const server = dist('Code.js');
    // Texts another section Code.js carries also has (the Check-ins header "New value") are not the sidebar's own.
    const shared = [CHECKIN, CHECKIN_SAVE, CORE, SCHEMA, INSTALL, PERIOD].flatMap(c =>
      Object.values(c).flatMap(texts => Object.values(texts) as string[])
    );
    let checked = 0;
    for (const lang of ['en', 'fr'] as const)
      for (const text of Object.values(SIDEBAR_TEXTS[lang])) {
        const head = text.split('{')[0];
        if (head.length < 12 || shared.some(other => other.includes(head))) continue;
        expect(SIDEBAR).toContain(head);
        expect(server).not.toContain(head);
        checked++;
      }
    expect(checked).toBeGreaterThan(15);
  });

  it('does not carry the schema section (sheet and column labels): the server sends the words it needs', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(CODE).toContain(SCHEMA[lang]['history.restore']);
      expect(SIDEBAR).not.toContain(SCHEMA[lang]['history.restore']);
    }
  });
});
