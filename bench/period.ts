// Benchmark of closing a period as the close dialog drives it: the built bundle in the local runtime, one
// google.script.run round trip to load (getCloseData), one to close (closePeriod), then the menu's reopen.
// Prints Spreadsheet-service calls (what costs on Google's servers) for 12 and 200 KRs, and the dialog's size.
import fs from 'node:fs';
import path from 'node:path';
import { createWorkbook, manyKrs } from '../tests/support/workbook';
import { close, loadClose, payloadFor } from '../tests/features/period/helpers';

function measure(n: number): Record<string, number> {
  const wb = createWorkbook(manyKrs(n));
  const counts: Record<string, number> = {};
  wb.rt.calls.reset();
  const data = loadClose(wb.rt);
  counts.load = wb.rt.calls.spreadsheet();
  wb.rt.calls.reset();
  close(
    wb.rt,
    payloadFor(data, i => (i % 2 === 0 ? 'carryOver' : 'achieved'))
  );
  counts.close = wb.rt.calls.spreadsheet();
  wb.rt.call('onOpen', { authMode: 'FULL' });
  wb.rt.ui.queueAlertResponse('YES');
  wb.rt.calls.reset();
  wb.rt.runMenuItem('Reopen last period');
  counts.reopen = wb.rt.calls.spreadsheet();
  // Closing again: History and the Dashboard's tables exist now.
  const again = loadClose(wb.rt);
  wb.rt.calls.reset();
  close(
    wb.rt,
    payloadFor(again, i => (i % 2 === 0 ? 'carryOver' : 'achieved'))
  );
  counts.again = wb.rt.calls.spreadsheet();
  return counts;
}

export async function run(): Promise<void> {
  console.log('period close (half the KRs carried over; Spreadsheet calls, local runtime)');
  for (const n of [12, 200]) {
    const m = measure(n);
    console.log(
      `  ${String(n).padStart(3)} KRs: getCloseData ${m.load} calls, closePeriod ${m.close} (first, creates History), ` +
        `reopen ${m.reopen}, closePeriod again ${m.again}`
    );
  }
  const html = path.resolve(process.cwd(), 'dist/close.html');
  const code = path.resolve(process.cwd(), 'dist/Code.js');
  console.log(
    `  dist/close.html ${(fs.statSync(html).size / 1024).toFixed(1)} KB, dist/Code.js ${(fs.statSync(code).size / 1024).toFixed(1)} KB`
  );
}
