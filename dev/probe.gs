/*
 * okr-sheets platform probe (see PLATFORM.md). NOT part of the add-on: not built, not in dist/, never pushed.
 *
 * How to run: open a spreadsheet whose locale is French (File > Settings > Locale: France) and, separately, one in
 * English (United States), preferably with two different time zones (e.g. Asia/Tokyo and America/New_York).
 * Extensions > Apps Script, paste this whole file, save, choose runProbe and press Run (accept the authorisation).
 * Read View > Logs (or the execution log): one line per probe, PASS / FAIL / INFO, with what was seen. The probe
 * works in a new sheet named okr-probe-<time> and deletes it at the end, even when a probe throws.
 */

/**
 * Doubles each number of a column (used by probe P7: a custom function inside an array literal).
 *
 * @param {number[][]} values A column of numbers.
 * @return {number[][]} The doubled column.
 * @customfunction
 */
function PROBE_DOUBLE(values) {
  if (!Array.isArray(values)) return values === '' ? '' : values * 2;
  return values.map(function (row) {
    return [row[0] === '' ? '' : row[0] * 2];
  });
}

function runProbe() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var locale = ss.getSpreadsheetLocale();
  var timeZone = ss.getSpreadsheetTimeZone();
  var lines = [];
  var sheet = ss.insertSheet('okr-probe-' + new Date().getTime());
  var comma = false;

  function report(id, status, what, seen) {
    lines.push(
      status + '  ' + id + '  ' + what + (seen === undefined ? '' : '  | seen: ' + JSON.stringify(seen))
    );
  }
  function probe(id, what, fn) {
    try {
      var out = fn();
      report(id, out.status || (out.pass ? 'PASS' : 'FAIL'), what, out.seen);
    } catch (e) {
      report(id, 'FAIL', what, 'threw: ' + (e && e.message ? e.message : String(e)));
    }
  }
  function cell(a1) {
    return sheet.getRange(a1);
  }
  function settle() {
    SpreadsheetApp.flush();
  }
  /** A formula with spaces, quotes around sheet names and the argument separator normalised (as repair does). */
  function canonical(formula) {
    return String(formula)
      .split(/("(?:[^"]|"")*")/)
      .map(function (part, i) {
        return i % 2 ? part : part.replace(/\s+/g, '').replace(/'/g, '').replace(/;/g, ',').toUpperCase();
      })
      .join('');
  }

  try {
    cell('Z1').setValue(0.5);
    cell('Z1').setNumberFormat('0.0');
    settle();
    comma = cell('Z1').getDisplayValue().indexOf(',') >= 0;
    report('P0', 'INFO', 'spreadsheet locale, time zone, decimal comma', [locale, timeZone, comma]);

    probe(
      'P1',
      'formula syntax follows the locale (a `,` between arguments is #ERROR! in a comma locale)',
      function () {
        cell('A1').setFormula('=SUM(1,2)');
        settle();
        var value = cell('A1').getDisplayValue();
        return { pass: comma ? value === '#ERROR!' : value === '3', seen: value };
      }
    );

    probe('P2', '`;` between arguments works in this locale (setFormula)', function () {
      cell('A2').setFormula('=SUM(1;2)');
      cell('A3').setFormula('=IF(1>0;"yes";"no")');
      settle();
      var seen = [cell('A2').getValue(), cell('A3').getValue()];
      return { pass: seen[0] === 3 && seen[1] === 'yes', seen: seen };
    });

    probe('P3', 'getFormula returns a text repair can compare (either separator)', function () {
      var written = '=IF(1>0; "a,b"; SUM(1; 2))';
      cell('A4').setFormula(written);
      settle();
      var read = cell('A4').getFormula();
      return { pass: canonical(read) === canonical(written), seen: read };
    });

    probe('P4', 'TRUE and FALSE are constants in formulas', function () {
      cell('A5').setFormula('=IF(TRUE;1;2)+IF(FALSE;10;20)');
      settle();
      var value = cell('A5').getValue();
      var french = null;
      if (/^fr/i.test(locale)) {
        cell('A6').setFormula('=IF(VRAI;1;2)');
        settle();
        french = cell('A6').getDisplayValue();
      }
      return { pass: value === 21, seen: { value: value, VRAI: french } };
    });

    probe('P5', 'inserting a row at row 2 moves H2:H to H3:H; H1:H keeps every row', function () {
      cell('C1:C4').setValues([['head'], [1], [2], [3]]);
      cell('D1').setFormula('=SUM(C2:C)');
      cell('E1').setFormula('=ROWS(C1:C)');
      settle();
      var rowsBefore = cell('E1').getValue();
      sheet.insertRowBefore(2);
      settle();
      var f = [cell('D1').getFormula(), cell('E1').getFormula(), cell('E1').getValue()];
      var pass = /C3:C\)/i.test(f[0]) && /C1:C\)/i.test(f[1]) && f[2] === rowsBefore + 1;
      sheet.deleteRow(2);
      return { pass: pass, seen: f };
    });

    probe('P6', 'SEQUENCE(ROWS(…)) in ARRAYFORMULA numbers rows; FILTER takes two conditions', function () {
      cell('F1:F3').setValues([['head'], ['x'], ['']]);
      cell('G1').setFormula('=ARRAYFORMULA(IF(SEQUENCE(ROWS(F1:F3))=1; "H"; F1:F3&"!"))');
      cell('H1').setFormula('=IFERROR(FILTER(F1:F3; F1:F3<>""; SEQUENCE(ROWS(F1:F3))>1); "")');
      settle();
      var seen = [cell('G1:G3').getValues(), cell('H1:H2').getValues()];
      var g = seen[0];
      var pass =
        g[0][0] === 'H' &&
        g[1][0] === 'x!' &&
        g[2][0] === '!' &&
        seen[1][0][0] === 'x' &&
        seen[1][1][0] === '';
      return { pass: pass, seen: seen };
    });

    probe(
      'P7',
      'a custom function inside {"Header"; …} spills (and what getValues shows while Loading…)',
      function () {
        cell('I1:I3').setValues([[''], [2], [5]]);
        cell('J1').setFormula('={"Header"; PROBE_DOUBLE(I2:I3)}');
        settle();
        var first = cell('J1:J3').getValues();
        var values = first;
        for (var i = 0; i < 20 && values[1][0] !== 4; i++) {
          Utilities.sleep(1000);
          settle();
          values = cell('J1:J3').getValues();
        }
        var pass = values[0][0] === 'Header' && values[1][0] === 4 && values[2][0] === 10;
        return { pass: pass, seen: { atOnce: first, after: values } };
      }
    );

    probe(
      'P8',
      'dates: a Date written is shown in the spreadsheet zone; a date cell reads back as its midnight',
      function () {
        var midnight = Utilities.parseDate('2026-01-15 00:00', timeZone, 'yyyy-MM-dd HH:mm');
        cell('K1').setValue(midnight).setNumberFormat('yyyy-mm-dd');
        cell('K2').setValue('2026-01-15');
        settle();
        var shown = cell('K1').getDisplayValue();
        var read = cell('K2').getValue();
        var readLocal =
          read instanceof Date ? Utilities.formatDate(read, timeZone, 'yyyy-MM-dd HH:mm') : String(read);
        return { pass: shown === '2026-01-15' && readLocal === '2026-01-15 00:00', seen: [shown, readLocal] };
      }
    );

    probe('P9', "getRange past the last row throws Apps Script's message", function () {
      var max = sheet.getMaxRows();
      try {
        sheet.getRange(max + 1, 1).getValue();
        return { pass: false, seen: 'no error (max rows ' + max + ')' };
      } catch (e) {
        var message = e && e.message ? e.message : String(e);
        return {
          pass: message.indexOf('The coordinates of the range are outside the dimensions of the sheet') >= 0,
          seen: { maxRows: max, message: message },
        };
      }
    });

    probe('P10', 'a cell refuses more than 50,000 characters', function () {
      var text = new Array(50002).join('x');
      try {
        cell('L1').setValue(text);
        settle();
        return { pass: false, seen: 'stored ' + String(cell('L1').getValue()).length + ' characters' };
      } catch (e) {
        return { pass: true, seen: e && e.message ? e.message : String(e) };
      }
    });

    probe(
      'P11',
      'text: "=…" written to an @ cell is a formula; an apostrophe makes it text (is it shown?)',
      function () {
        cell('M1').setNumberFormat('@').setValue('=1+1');
        cell('M2').setNumberFormat('@').setValue("'=1+1");
        cell('M3').setValue("'=1+1");
        settle();
        var seen = {
          atCellFormula: cell('M1').getFormula(),
          atCellApostrophe: [cell('M2').getValue(), cell('M2').getDisplayValue()],
          plainApostrophe: [cell('M3').getValue(), cell('M3').getDisplayValue()],
        };
        var pass = seen.atCellFormula !== '' && seen.plainApostrophe[0] === '=1+1';
        return { pass: pass, seen: seen };
      }
    );

    probe('P12', 'Session.getActiveUser().getEmail() (needs userinfo.email; may be blank)', function () {
      try {
        var email = Session.getActiveUser().getEmail();
        return { status: email ? 'PASS' : 'INFO', seen: email || '(blank)' };
      } catch (e) {
        return { status: 'INFO', seen: 'threw: ' + (e && e.message ? e.message : String(e)) };
      }
    });

    probe('P13', 'LockService.getDocumentLock() is a lock; waitLock succeeds when free', function () {
      var lock = LockService.getDocumentLock();
      if (!lock) return { pass: false, seen: null };
      lock.waitLock(5000);
      var held = lock.hasLock();
      lock.releaseLock();
      return { pass: held, seen: held };
    });
  } finally {
    ss.deleteSheet(sheet);
  }
  var text = lines.join('\n');
  console.log(text);
  return text;
}
