// One colour legend (issue 11 §4) and percent KRs stored as percents (§2), checked where they are used.
import fs from 'node:fs';
import path from 'node:path';
import { STATUS_COLORS } from '../../../src/features/install/formats';
import { EXAMPLE_OKRS } from '../../../src/features/examples/data';
import { t } from '../../../src/i18n/catalog';
import { EXAMPLES } from '../../../src/i18n/sections';
import { readNumber } from '../../../src/core/read';
import { formatNumber } from '../../../src/i18n/format';
import { formatCell } from '../../../src/features/checkin/payload';
import type { CheckinData } from '../../../src/features/checkin/types';
import { confidenceAverage } from '../../../src/core/figures';
import { createWorkbook, installedRuntime, standardKrs } from '../../support/workbook';
import { formatChange, formatProgress } from '../../../src/features/checkin/summary';

const CSS = fs.readFileSync(
  path.resolve(__dirname, '../../../src/features/checkin/client/sidebar.css'),
  'utf8'
);

describe('one status colour legend', () => {
  it.each(Object.entries(STATUS_COLORS))(
    'the sidebar colours %s as the sheet and the Dashboard do',
    (status, c) => {
      const rule = new RegExp(
        `\\.status-${status} \\{[^}]*--status-bg: ${c.background};[^}]*--status-ink: ${c.text};`
      );
      expect(CSS).toMatch(rule);
    }
  );

  it('colours the Dashboard status table with the same legend', () => {
    const rt = installedRuntime();
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard')!;
    expect(
      dashboard
        .getRange('A4:A7')
        .getBackgrounds()
        .map(r => r[0])
    ).toEqual(
      ['done', 'onTrack', 'atRisk', 'offTrack'].map(
        s => STATUS_COLORS[s as keyof typeof STATUS_COLORS].background
      )
    );
    // Progress is not coloured on the grading scale any more: only Status carries conditional colours.
    const okrs = rt.spreadsheet.getSheetByName('OKRs')!;
    const statusColumn = rt.sheetValues('OKRs')[0].indexOf('Status') + 1;
    for (const rule of okrs.getConditionalFormatRules())
      expect(rule.getRanges().map(r => r.getColumn())).toEqual([statusColumn]);
  });
});

describe('percent KRs are stored as percents', () => {
  it('stores the examples "from 24 % to 28 %" as 0.24 and 0.28, formatted as percents', () => {
    const open = EXAMPLE_OKRS.flatMap(o => o.krs).find(k => k.keyResult === 'pipelineOpenRate')!;
    expect(t(EXAMPLES, 'en', open.keyResult)).toMatch(/24 % to 28 %/);
    expect([open.start, open.target, open.current]).toEqual([0.24, 0.28, 0.255]);
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const values = rt.sheetValues('OKRs');
    const display = rt.spreadsheet.getSheetByName('OKRs')!.getDataRange().getDisplayValues();
    const header = values[0];
    const row = values.findIndex(r => /24 % to 28 %/.test(String(r[header.indexOf('Key result')])));
    expect(display[row][header.indexOf('Start')]).toBe('24.0%');
    expect(display[row][header.indexOf('Target')]).toBe('28.0%');
    expect(values[row][header.indexOf('Progress')]).toBeCloseTo(0.375, 9);
  });
});

describe('very large and very small numbers', () => {
  it('are written readably, never 1e+21', () => {
    expect(formatNumber(1e21, 'en')).toBe('1 \u00D7 10\u00B2\u00B9');
    expect(formatNumber(1.5e21, 'fr')).toBe('1,5 \u00D7 10\u00B2\u00B9');
    expect(formatNumber(0.000002, 'en', 2)).toBe('2 \u00D7 10\u207B\u2076');
    expect(formatProgress(1e19, 'en')).toBe('100%');
    expect(formatChange(0.25, 'en')).toBe('+25 pts');
  });
});

describe('a huge current in the check-in field', () => {
  it('is shown in full digits that read back as the same number', () => {
    for (const lang of ['en', 'fr'] as const) {
      const text = formatCell(1e21, lang);
      expect(text).not.toMatch(/e\+/);
      expect(readNumber(text, lang)).toBe(1e21);
    }
  });
});

describe('confidence average', () => {
  it('is the mean of the confidences typed, blanks and values outside 0-10 left out', () => {
    expect(confidenceAverage(['', 7, '8', 'high', 11, 5, -1], 'en')).toBeCloseTo(20 / 3, 9);
    expect(confidenceAverage(['7,5', 6], 'fr')).toBe(6.75);
    expect(confidenceAverage(['', 'x'], 'en')).toBeNull();
  });

  it("is shown per objective in the weekly review's summary", () => {
    const wb = createWorkbook(standardKrs());
    const data = wb.rt.runServer('getCheckinData') as CheckinData;
    expect(data.review.objectives[0].confidence).toBe(6);
    expect(data.review.summary).toMatch(/- Grow inbound leads: \d+% \([^)]*\), confidence 6\n/);
  });
});
