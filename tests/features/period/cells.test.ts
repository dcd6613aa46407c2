// What the close writes into cells: days of the spreadsheet's time zone (sheet-calendar.ts, not the script's
// Europe/Paris) and the user's text as typed (literal-text.ts).
import { createWorkbook, standardKrs } from '../../support/workbook';
import { HISTORY_COLUMNS } from '../../../src/schema/history';
import { close, loadClose, payloadFor } from './helpers';

describe('dates of the close in the spreadsheet’s time zone', () => {
  it('"Closed on", "Reopened on" and the next period show the spreadsheet’s day when the script’s differs', () => {
    // 23:30 on 31 December in Paris (the script's zone) is already 1 January 07:30 in Tokyo.
    const wb = createWorkbook(standardKrs(), [], 'en', { timeZone: 'Asia/Tokyo' });
    wb.rt.setNow(new Date('2026-12-31T22:30:00Z'));
    close(
      wb.rt,
      payloadFor(loadClose(wb.rt), () => 'achieved')
    );
    const history = wb.rt.spreadsheet.getSheetByName('History')!;
    const closedOn = HISTORY_COLUMNS.findIndex(c => c.key === 'closedAt') + 1;
    expect(history.getRange(2, closedOn).getDisplayValue()).toBe('2027-01-01');
    const settings = wb.rt.spreadsheet.getSheetByName('Settings')!;
    expect(
      settings
        .getRange('B2:B4')
        .getDisplayValues()
        .map(row => row[0])
    ).toEqual(['Q1 2027', '1/1/2027', '3/31/2027']);
    wb.rt.call('onOpen', { authMode: 'FULL' });
    wb.rt.ui.queueAlertResponse('YES');
    wb.rt.runMenuItem('Reopen last period');
    const reopenedOn = HISTORY_COLUMNS.findIndex(c => c.key === 'reopenedAt') + 1;
    expect(history.getRange(2, reopenedOn).getDisplayValue()).toBe('2027-01-01');
    expect(
      settings
        .getRange('B2:B4')
        .getDisplayValues()
        .map(row => row[0])
    ).toEqual(['Q4 2026', '10/1/2026', '12/31/2026']);
  });
});

describe('text typed in the close dialog', () => {
  it('reaches History as typed: a note or a retrospective that looks like a formula, a number or a boolean', () => {
    const wb = createWorkbook(standardKrs());
    const payload = payloadFor(loadClose(wb.rt), () => 'achieved');
    const notes = ['=HYPERLINK("http://x")', '+33 6 12', '007', 'TRUE'];
    payload.krs.forEach((kr, i) => (kr.note = notes[i % notes.length]));
    payload.retros[0].worked = '-5 % churn';
    close(wb.rt, payload);
    const history = wb.rt.spreadsheet.getSheetByName('History')!;
    const note = HISTORY_COLUMNS.findIndex(c => c.key === 'learningNote') + 1;
    const worked = HISTORY_COLUMNS.findIndex(c => c.key === 'worked') + 1;
    const rows = payload.krs.length;
    expect(
      history
        .getRange(2, note, rows, 1)
        .getValues()
        .map(row => row[0])
    ).toEqual(payload.krs.map(kr => kr.note));
    expect(history.getRange(2, note, rows, 1).getFormulas().flat()).toEqual(payload.krs.map(() => ''));
    expect(history.getRange(2, worked).getValue()).toBe('-5 % churn');
  });
});
