// Calendar days belong to the spreadsheet's time zone, not the script's (appsscript.json says Europe/Paris):
// install, check-in and the weekly review run with the clock just before and just after local midnight, on the
// night from Sunday 29 to Monday 30 November 2026 (ISO week 48 to 49), in three locale/zone pairs.
import type { Runtime } from '../../../dev/runtime';
import type { CheckinData, SaveResult } from '../../../src/features/checkin/types';
import type { Lang } from '../../../src/i18n/lang';

import { allKrs, createWorkbook, entryFor, logEntries, standardKrs } from '../../support/workbook';
import { sheetName } from '../../../src/i18n/schema-labels';

const CASES: [string, string, Lang, string, string][] = [
  // locale, zone, language, 23:50 local on Sunday 29, 00:10 local on Monday 30 (as UTC instants)
  ['en_US', 'America/New_York', 'en', '2026-11-30T04:50:00Z', '2026-11-30T05:10:00Z'],
  ['fr_FR', 'Europe/Paris', 'fr', '2026-11-29T22:50:00Z', '2026-11-29T23:10:00Z'],
  ['fr_FR', 'Asia/Tokyo', 'fr', '2026-11-29T14:50:00Z', '2026-11-29T15:10:00Z'],
];

/** The day a date cell shows, read as a user of the spreadsheet would (its own time zone). */
function shownDay(rt: Runtime, sheet: string, row: number, column: number): string {
  rt.global.__cell = [sheet, row, column];
  return rt.evaluate(
    `var ss = SpreadsheetApp.getActiveSpreadsheet();
     Utilities.formatDate(ss.getSheetByName(__cell[0]).getRange(__cell[1], __cell[2]).getValue(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd')`
  ) as string;
}

function asOfRow(rt: Runtime, lang: Lang): number {
  const labels = rt.sheetValues(sheetName(lang, 'settings')).map(row => String(row[0]));
  return labels.findIndex(label => /^(as of|date de référence)/i.test(label)) + 1;
}

describe.each(CASES)('in %s, %s', (locale, timeZone, lang, before, after) => {
  it.each([
    ['just before midnight', before, '2026-11-29', '2026-W48'],
    ['just after midnight', after, '2026-11-30', '2026-W49'],
  ])('%s: install, check-in and review use the spreadsheet’s day and ISO week', (_when, now, day, week) => {
    const wb = createWorkbook(standardKrs(), [], lang, { locale, timeZone, now: new Date(now) });
    const { rt } = wb;
    const settings = sheetName(lang, 'settings');
    const asOf = asOfRow(rt, lang);
    expect(asOf).toBeGreaterThan(0);
    // install wrote today's As of
    expect(shownDay(rt, settings, asOf, 2)).toBe(day);

    const data = rt.runServer('getCheckinData') as CheckinData;
    expect([data.today, data.week, data.review.today, data.review.week]).toEqual([day, week, day, week]);

    // an older As of is moved to today by the check-in
    rt.spreadsheet.getSheetByName(settings)!.getRange(asOf, 2).setValue('2026-11-02');
    const [demo] = allKrs(data);
    const result = rt.runServer('saveCheckin', {
      entries: [entryFor(demo, '110', '8', 'ok')],
      lang,
    }) as SaveResult;
    expect(result.saved).toEqual(['KR-0001']);

    const [entry] = logEntries(wb);
    expect(entry.week).toBe(week);
    expect(shownDay(rt, sheetName(lang, 'checkins'), 2, wb.logColumns.date! + 1)).toBe(day);
    expect(shownDay(rt, sheetName(lang, 'okrs'), 2, wb.okrColumns.lastCheckin! + 1)).toBe(day);
    expect(shownDay(rt, settings, asOf, 2)).toBe(day);

    // read back: Last check-in, the review's stale list and "not updated this week"
    const fresh = result.data;
    const kr = allKrs(fresh).find(k => k.id === 'KR-0001')!;
    expect(kr.lastCheckin).toBe(day);
    expect(fresh.review.stale.map(k => k.id)).not.toContain('KR-0001');
    const reloaded = rt.runServer('getCheckinData') as CheckinData;
    expect(allKrs(reloaded).find(k => k.id === 'KR-0001')!.lastCheckin).toBe(day);
  });
});
