import { createRuntime } from '../../../dev/runtime';
import { fixtureRuntime } from './fixture';

describe('time zone', () => {
  it("runs the script's Dates in the manifest's time zone, as Apps Script does", () => {
    const rt = createRuntime();
    // appsscript.json says Europe/Paris: midnight on 24 Nov 2026 there is 23:00 UTC the day before.
    expect(rt.evaluate('new Date(2026, 10, 24).getTime()')).toBe(Date.UTC(2026, 10, 23, 23));
  });

  it('stores a local midnight written by the script as that day, with no time of day', () => {
    const rt = createRuntime({ locale: 'en_US' });
    rt.evaluate(
      "SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(new Date(2026, 10, 24))"
    );
    expect(rt.sheetDisplayValues('Sheet1')[0][0]).toBe('11/24/2026');
  });
});

describe("a spreadsheet time zone other than the manifest's (Europe/Paris)", () => {
  // 15:30 UTC on 24 Nov 2026: already the 25th in Tokyo (00:30), still the 24th in New York (10:30).
  const NOW = Date.UTC(2026, 10, 24, 15, 30);

  it('shows a written Date as the instant it is, in the spreadsheet zone', () => {
    const rt = fixtureRuntime({ locale: 'en_US', timeZone: 'Asia/Tokyo', now: NOW });
    rt.global.__instant = new Date(NOW);
    rt.evaluate(
      "var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); r.setValue(__instant); r.setNumberFormat('yyyy-mm-dd hh:mm')"
    );
    expect(rt.sheetDisplayValues('Sheet1')[0][0]).toBe('2026-11-25 00:30');
  });

  it('reads a date cell as the instant of midnight in the spreadsheet zone', () => {
    for (const [timeZone, midnightUtc] of [
      ['Asia/Tokyo', Date.UTC(2026, 10, 23, 15)],
      ['America/New_York', Date.UTC(2026, 10, 24, 5)],
    ] as const) {
      const rt = fixtureRuntime({ locale: 'en_US', timeZone, now: NOW });
      rt.evaluate(
        "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('2026-11-24')"
      );
      expect(
        rt.evaluate(
          "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue().getTime()"
        )
      ).toBe(midnightUtc);
    }
  });

  it('computes TODAY() in the spreadsheet zone', () => {
    const tokyo = fixtureRuntime({ locale: 'en_US', timeZone: 'Asia/Tokyo', now: NOW });
    const newYork = fixtureRuntime({ locale: 'en_US', timeZone: 'America/New_York', now: NOW });
    for (const rt of [tokyo, newYork])
      rt.evaluate(
        "var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); r.setFormula('=TODAY()'); r.setNumberFormat('yyyy-mm-dd')"
      );
    expect(tokyo.sheetDisplayValues('Sheet1')[0][0]).toBe('2026-11-25');
    expect(newYork.sheetDisplayValues('Sheet1')[0][0]).toBe('2026-11-24');
  });

  it("gives the user's calendar date with Utilities.formatDate and getSpreadsheetTimeZone, not the script's", () => {
    const rt = fixtureRuntime({ locale: 'en_US', timeZone: 'Asia/Tokyo', now: NOW });
    expect(
      rt.evaluate(
        "Utilities.formatDate(new Date(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd')"
      )
    ).toBe('2026-11-25');
    expect(rt.evaluate("Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd')")).toBe(
      '2026-11-24'
    );
  });
});
