// Template benchmark: Spreadsheet calls and wall time (median of several runs) of install on an empty
// spreadsheet and of install/repair on one holding 200 key results, in the local runtime (dist/ must be built).
import { createRuntime, type Runtime } from '../dev/runtime';

const RUNS = 5;
const NOW = new Date('2026-11-24T10:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function with200Krs(): Runtime {
  const rt = createRuntime({ locale: 'en_US', now: NOW });
  rt.call('installTemplate');
  const rows: unknown[][] = [];
  for (let i = 0; i < 200; i++) {
    const decreasing = i % 5 === 0;
    rows.push([
      '',
      i % 4 === 0 ? `Objective ${i / 4 + 1}` : '',
      `Key result ${i + 1}`,
      `Owner ${i % 7}`,
      decreasing ? 'Decrease' : 'Increase',
      decreasing ? 200 : 10,
      100,
      decreasing ? 150 : 10 + i / 4,
    ]);
  }
  rt.spreadsheet.getSheetByName('OKRs')!.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  return rt;
}

function measure(label: string, prepare: () => Runtime): void {
  const times: number[] = [];
  let calls = 0;
  let dataCalls = 0;
  for (let run = 0; run < RUNS; run++) {
    const rt = prepare();
    rt.calls.reset();
    const started = process.hrtime.bigint();
    rt.call('installTemplate');
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    calls = rt.calls.spreadsheet();
    dataCalls = rt.calls.dataCalls();
  }
  console.log(
    `template: ${label}: ${calls} Spreadsheet calls (${dataCalls} reading or writing data), median ${median(times).toFixed(1)} ms (${RUNS} runs)`
  );
}

export async function run(): Promise<void> {
  measure('install on an empty spreadsheet', () => createRuntime({ locale: 'en_US', now: NOW }));
  measure('install with 200 KRs (ids to give)', with200Krs);
  measure('repair with 200 KRs (nothing to do)', () => {
    const rt = with200Krs();
    rt.call('installTemplate');
    return rt;
  });
}
