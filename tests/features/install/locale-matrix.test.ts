// The add-on's install, repair, example OKRs, custom functions through formulas and dashboard in an en_US
// spreadsheet in New York and in a fr_FR spreadsheet in Tokyo (not the manifest's Europe/Paris). The runtime reads
// formula text by the spreadsheet's locale: a `,` between arguments or a decimal `0.4` would be #ERROR! in French.
import { createRuntime, type Runtime } from '../../../dev/runtime';
import type { PaceStatus } from '../../../src/core/pace';
import { statusLabel } from '../../../src/i18n/labels';
import type { Lang } from '../../../src/i18n/lang';
import {
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  type CheckinColumnKey,
  type OkrColumnKey,
} from '../../../src/schema/layout';
import { t } from '../../../src/i18n/catalog';
import { INSTALL } from '../../../src/i18n/sections';
import { alignment, expectAligned } from './alignment-helpers';
import { sheetCells } from '../../support/workbook';
import { dashboardCell } from '../../../src/features/install/dashboard';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

const ERRORS = /^#(ERROR!|NAME\?|REF!|VALUE!|N\/A|DIV\/0!|NUM!)/;

/** Every cell of the workbook that shows a Sheets error, as `Sheet!row:col value`. */
function errorCells(rt: Runtime): string[] {
  const out: string[] = [];
  for (const sheet of rt.spreadsheet.getSheets()) {
    const name = sheet.getName();
    rt.sheetValues(name).forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && ERRORS.test(v)) out.push(`${name}!${r + 1}:${c + 1} ${v}`);
      })
    );
  }
  return out;
}

// getFormula's syntax in a comma locale is unverified (PLATFORM.md, item 3): the last row reads formulas back in
// en_US syntax from a French spreadsheet, so repair is tested with both answers. Clocks are 30 s before and after
// midnight in the spreadsheet's zone (on 24/25 November 2026), where a date made in Paris would be a day off.
describe.each([
  ['en_US', 'America/New_York', 'en', 'locale', '2026-11-25T04:59:30Z'],
  ['en_US', 'America/New_York', 'en', 'locale', '2026-11-25T05:00:30Z'],
  ['fr_FR', 'Europe/Paris', 'fr', 'locale', '2026-11-24T23:00:30Z'],
  ['fr_FR', 'Asia/Tokyo', 'fr', 'locale', '2026-11-24T14:59:30Z'],
  ['fr_FR', 'Asia/Tokyo', 'fr', 'locale', '2026-11-24T15:00:30Z'],
  ['fr_FR', 'Europe/London', 'fr', 'en_US', '2026-11-25T00:00:30Z'],
] as const)(
  'the add-on in a %s spreadsheet in %s (%s, getFormula syntax: %s, clock %s)',
  (locale, timeZone, lang: Lang, formulaSyntax, clock) => {
    const NOW = new Date(clock);
    const names = {
      okrs: sheetName(lang, 'okrs'),
      log: sheetName(lang, 'checkins'),
      settings: sheetName(lang, 'settings'),
      dashboard: sheetName(lang, 'dashboard'),
    };
    const open = () => {
      const rt = createRuntime({ locale, timeZone, now: NOW, formulaSyntax });
      rt.call('installTemplate');
      return rt;
    };
    const okrIndex = (rt: Runtime, key: OkrColumnKey) =>
      rt.sheetValues(names.okrs)[0].indexOf(
        columnLabel(
          lang,
          OKR_COLUMNS.find(c => c.key === key)!
        )
      );

    it('installs: every formula parses and computes, headers in the language', () => {
      const rt = open();
      expect(errorCells(rt)).toEqual([]);
      expect(rt.sheetValues(names.okrs)[0].slice(0, OKR_COLUMNS.length)).toEqual(
        OKR_COLUMNS.map(c => columnLabel(lang, c))
      );
      expect(rt.sheetValues(names.dashboard)[9][4]).not.toBe('');
    });

    it('inserts the examples: progress, bar, objective progress and status computed on each row', () => {
      const rt = open();
      rt.call('insertExampleOkrs');
      expect(errorCells(rt)).toEqual([]);
      expectAligned(rt, lang);
      const { actual, rows } = alignment(rt, lang);
      expect(rows).toBeGreaterThanOrEqual(12);
      const statuses = (['done', 'onTrack', 'atRisk', 'offTrack'] as PaceStatus[]).map(s =>
        statusLabel(lang, s)
      );
      for (const [, progress, bar, , status] of actual) {
        expect(typeof progress).toBe('number');
        expect(bar).toMatch(/^[█░]{10}$/);
        expect(statuses).toContain(status);
      }
    });

    it('repairs: a second run changes nothing; a deleted formula comes back and computes', () => {
      const rt = open();
      rt.call('insertExampleOkrs');
      const before = sheetCells(rt);
      rt.call('installTemplate');
      expect(sheetCells(rt)).toEqual(before);
      expect(rt.ui.toasts.at(-1)?.message).toBe(t(INSTALL, lang, 'nothing'));

      const okrs = rt.spreadsheet.getSheetByName(names.okrs)!;
      const dashboard = rt.spreadsheet.getSheetByName(names.dashboard)!;
      okrs.getRange(1, okrIndex(rt, 'status') + 1).clearContent();
      okrs.getRange(1, okrIndex(rt, 'progressBar') + 1).clearContent();
      dashboard.getRange(dashboardCell('weeklyProgress')).clearContent();
      dashboard.getRange(dashboardCell('doneCount')).clearContent();
      rt.call('installTemplate');
      expect(sheetCells(rt)).toEqual(before);
      expect(errorCells(rt)).toEqual([]);
    });

    it('computes the custom functions typed with `;`, integer fractions and TRUE/FALSE in the locale', () => {
      const rt = open();
      const sheet = rt.spreadsheet.insertSheet('Scratch');
      const falseWord = lang === 'fr' ? 'FAUX' : 'FALSE';
      const dec = (text: string) => (lang === 'fr' ? text.replace('.', ',') : text);
      sheet.getRange('A1:A3').setValues([[10], [40], [30]]);
      sheet
        .getRange('B1:B5')
        .setFormulas([
          ['=OKR_PROGRESS(A3; A2; A1)'],
          [`=OKR_GRADE(7/10; ${falseWord})`],
          [`=OKR_GRADE(${dec('0.7')}; TRUE)`],
          ['=OKR_PACE(DATE(2026; 10; 1); DATE(2026; 12; 31); DATE(2026; 11; 15))'],
          [`=OKR_STATUS(B1; DATE(2026; 10; 1); DATE(2026; 12; 31); DATE(2026; 11; 15); "${lang}")`],
        ]);
      sheet
        .getRange('D1:F1')
        .setFormulas([
          [
            '=OKR_PROGRESS(A1:A3; A2:A4; 0)',
            `=OKR_PROGRESS(A1:A3; A1:A3; 0; ""; "${lang}"; "Header")`,
            '=OKR_ROLLUP({"O"; ""; "P"}; {1; 0; 1/2})',
          ],
        ]);
      const g = rt.global as unknown as Record<string, (...a: unknown[]) => unknown>;
      const values = sheet.getRange('B1:B5').getValues().flat();
      expect(values[0]).toBeCloseTo(g.OKR_PROGRESS(30, 40, 10) as number, 12);
      expect(values[1]).toBe(g.OKR_GRADE(0.7, false));
      expect(values[2]).toBe(g.OKR_GRADE(0.7, true));
      expect(values[3]).toBeCloseTo(
        g.OKR_PACE(new Date(2026, 9, 1), new Date(2026, 11, 31), new Date(2026, 10, 15)) as number,
        9
      );
      expect(values[4]).toBe(
        g.OKR_STATUS(values[0], new Date(2026, 9, 1), new Date(2026, 11, 31), new Date(2026, 10, 15), lang)
      );
      expect(sheet.getRange('D1:D3').getValues().flat()).toEqual(
        (g.OKR_PROGRESS([[10], [40], [30]], [[40], [30], ['']], 0) as unknown[][]).flat()
      );
      expect(sheet.getRange('E1:E4').getValues().flat()).toEqual(['Header', 1, 1, '']);
      expect(sheet.getRange('F1:F3').getValues().flat()).toEqual([0.5, '', 0.5]);
      expect(errorCells(rt)).toEqual([]);
    });

    it('fills the dashboard: status counts, objectives and the weekly progress from the log', () => {
      const rt = open();
      rt.call('insertExampleOkrs');
      const { actual } = alignment(rt, lang);
      const values = () => rt.sheetValues(names.dashboard);
      const counts = values()
        .slice(3, 7)
        .map(r => r[1] as number);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(actual.filter(r => r[4] !== '').length);
      expect(values()[3 + 1][0]).toBe(statusLabel(lang, 'onTrack'));
      const objectives = values()
        .slice(10)
        .map(r => r[0])
        .filter(v => v !== '');
      expect(objectives).toHaveLength(3);

      const header = rt.sheetValues(names.log)[0];
      const logCol = (key: CheckinColumnKey) =>
        header.indexOf(
          columnLabel(
            lang,
            CHECKIN_COLUMNS.find(c => c.key === key)!
          )
        );
      const row = (week: string, id: string, progress: number) => {
        const r: unknown[] = new Array(header.length).fill('');
        r[logCol('week')] = week;
        r[logCol('krId')] = id;
        r[logCol('progress')] = progress;
        return r;
      };
      const log = rt.spreadsheet.getSheetByName(names.log)!;
      const entries = [row('2026-W47', 'KR-0001', 0.5), row('2026-W48', 'KR-0002', 0.25)];
      log.getRange(2, 1, entries.length, header.length).setValues(entries);
      // a row inserted at the top of the log still counts
      log.insertRowBefore(2);
      log.getRange(2, 1, 1, header.length).setValues([row('2026-W48', 'KR-0001', 0.75)]);
      const weekly = values()
        .slice(10, 13)
        .map(r => [r[3], r[4]]);
      expect(weekly).toEqual([
        ['2026-W47', 0.5],
        ['2026-W48', 0.5],
        ['', ''],
      ]);
      expect(errorCells(rt)).toEqual([]);
    });
  }
);
