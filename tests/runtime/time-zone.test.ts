import { createRuntime } from '../../dev/runtime';

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
