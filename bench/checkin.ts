// Benchmark of the weekly check-in as the sidebar drives it: the built bundle in the local runtime, one
// google.script.run round trip to load and one to save. Prints Spreadsheet-service calls (the cost that matters on
// Google's servers, where each is tens of milliseconds), round trips, median local wall time and the sidebar size.
import fs from 'node:fs';
import path from 'node:path';
import type { CheckinData, CheckinEntry } from '../src/features/checkin/types';
import { allKrs, createWorkbook, entryFor, manyKrs, type TestWorkbook } from '../tests/support/workbook';

const RUNS = 7;
const KR_COUNT = 200;

function entries(data: CheckinData, n: number, every = 1): CheckinEntry[] {
  return allKrs(data)
    .filter((_, i) => i % every === 0)
    .slice(0, n)
    .map(kr => entryFor(kr, String(Number(kr.current) + 1), '6', 'bench'));
}

interface Measure {
  calls: number;
  dataCalls: number;
  byMethod: Record<string, number>;
  ms: number[];
}

/** Fills the log with `rows` check-ins (growing the sheet as needed), as a long-lived workbook's log is. */
function fillLog(wb: TestWorkbook, rows: number): void {
  if (rows === 0) return;
  const width = wb.log.getLastColumn();
  const needed = rows + 1 - wb.log.getMaxRows();
  if (needed > 0) wb.log.insertRowsAfter(wb.log.getMaxRows(), needed);
  const row = new Array(width).fill('');
  row[wb.logColumns.date!] = new Date(2026, 9, 1);
  row[wb.logColumns.krId!] = 'KR-0001';
  row[wb.logColumns.value!] = 1;
  wb.log.getRange(2, 1, rows, width).setValues(Array.from({ length: rows }, () => row));
}

function measure(scenario: 'load' | 'save', saved: number, logRows = 0, runs = RUNS, every = 1): Measure {
  const result: Measure = { calls: 0, dataCalls: 0, byMethod: {}, ms: [] };
  for (let run = 0; run < runs; run++) {
    const wb = createWorkbook(manyKrs(KR_COUNT));
    fillLog(wb, logRows);
    const data = wb.rt.runServer('getCheckinData') as CheckinData;
    const request = { entries: entries(data, saved, every), lang: data.lang };
    wb.rt.calls.reset();
    const started = process.hrtime.bigint();
    if (scenario === 'load') wb.rt.runServer('getCheckinData');
    else wb.rt.runServer('saveCheckin', request);
    result.ms.push(Number(process.hrtime.bigint() - started) / 1e6);
    result.calls = wb.rt.calls.spreadsheet();
    result.dataCalls = wb.rt.calls.dataCalls();
    result.byMethod = wb.rt.calls.byMethod();
  }
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
  console.log(`check-in (${KR_COUNT} KRs in the sheet, local runtime, median of ${RUNS})`);
  for (const [label, scenario, saved, logRows, runs, every] of [
    ['load (getCheckinData)', 'load', 0, 0, RUNS, 1],
    ['save 1 KR (saveCheckin)', 'save', 1, 0, RUNS, 1],
    [`save ${KR_COUNT} KRs (saveCheckin)`, 'save', KR_COUNT, 0, RUNS, 1],
    ['save 10 KRs, every other row', 'save', 10, 0, 3, 2],
    ['save 100 KRs, every other row', 'save', 100, 0, 3, 2],
    ['load, 999-row log (full)', 'load', 0, 999, 3, 1],
    ['save 1 KR, 999-row log (full)', 'save', 1, 999, 3, 1],
    [`save ${KR_COUNT} KRs, 999-row log (full)`, 'save', KR_COUNT, 999, 3, 1],
    ['load, 50,000-row log', 'load', 0, 50000, 1, 1],
    ['save 1 KR, 50,000-row log', 'save', 1, 50000, 1, 1],
    [`save ${KR_COUNT} KRs, 50,000-row log`, 'save', KR_COUNT, 50000, 1, 1],
  ] as const) {
    const m = measure(scenario, saved, logRows, runs, every);
    console.log(
      `  ${label.padEnd(36)} 1 round trip, ${String(m.dataCalls).padStart(2)} data calls (${m.calls} with getRange/getSheetByName), ${median(m.ms).toFixed(1)} ms`
    );
  }
  console.log('  (a full log grows by one insertRowsAfter call; a log with room left does not need it)');
  console.log(
    '  (KRs on scattered rows with distinct values: Current takes one write per run of consecutive rows; Confidence one per distinct value, Last check-in one)'
  );
  const html = path.resolve(process.cwd(), 'dist/sidebar.html');
  console.log(`  dist/sidebar.html ${(fs.statSync(html).size / 1024).toFixed(1)} KB (no framework)`);
}
