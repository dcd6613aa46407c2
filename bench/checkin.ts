// Benchmark of the weekly check-in as the sidebar drives it: the built bundle in the local runtime, one
// google.script.run round trip to load and one to save. Prints Spreadsheet-service calls (the cost that matters on
// Google's servers, where each is tens of milliseconds), round trips, median local wall time and the sidebar size.
import fs from 'node:fs';
import path from 'node:path';
import type { CheckinData, CheckinEntry } from '../src/checkin/types';
import { allKrs, createWorkbook, entryFor, manyKrs } from '../tests/checkin/workbook';

const RUNS = 7;
const KR_COUNT = 200;

function entries(data: CheckinData, n: number): CheckinEntry[] {
  return allKrs(data)
    .slice(0, n)
    .map(kr => entryFor(kr, String(Number(kr.current) + 1), '6', 'bench'));
}

interface Measure {
  calls: number;
  dataCalls: number;
  byMethod: Record<string, number>;
  ms: number[];
}

function measure(scenario: 'load' | 'save', saved: number): Measure {
  const result: Measure = { calls: 0, dataCalls: 0, byMethod: {}, ms: [] };
  for (let run = 0; run < RUNS; run++) {
    const wb = createWorkbook(manyKrs(KR_COUNT));
    const data = wb.rt.runServer('getCheckinData') as CheckinData;
    const request = { entries: entries(data, saved), lang: data.lang };
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
  for (const [label, scenario, saved] of [
    ['load (getCheckinData)', 'load', 0],
    ['save 1 KR (saveCheckin)', 'save', 1],
    [`save ${KR_COUNT} KRs (saveCheckin)`, 'save', KR_COUNT],
  ] as const) {
    const m = measure(scenario, saved);
    console.log(
      `  ${label.padEnd(28)} 1 round trip, ${String(m.dataCalls).padStart(2)} data calls (${m.calls} with getRange/getSheetByName), ${median(m.ms).toFixed(1)} ms`
    );
  }
  const html = path.resolve(process.cwd(), 'dist/sidebar.html');
  console.log(`  dist/sidebar.html ${(fs.statSync(html).size / 1024).toFixed(1)} KB (no framework)`);
}
