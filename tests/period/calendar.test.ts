// The close's dates are days of the spreadsheet's time zone (sheet-calendar.ts), not the script's (Europe/Paris).
import { createWorkbook, standardKrs } from '../checkin/workbook';
import { HISTORY_COLUMNS } from '../../src/period/layout';
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
