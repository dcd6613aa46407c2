// Benchmarks of the custom functions as Apps Script runs them: the built dist/Code.js loaded in a vm context,
// called with Sheets' argument shapes (one-column 2D arrays). Run `npm run build` first (npm run bench does).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

type Cell = string | number | boolean | Date;
type CustomFunction = (...args: unknown[]) => unknown;

// npm scripts run from the repository root; __dirname would be the bundled script's cache folder.
const DIST = path.resolve(process.cwd(), 'dist');
const RUNS = 21;

function loadDist(): Record<string, CustomFunction> {
  const context = vm.createContext({ console });
  vm.runInContext(fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, CustomFunction>;
}

function medianMs(fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up: let V8 optimise, as it would after a few recalculations
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** 10,000 key results of every kind, with text numbers, blank currents and trailing blank rows. */
function progressColumns(rows: number): Cell[][][] {
  const kinds = ['', 'Increase', 'Réduire', 'Rester au-dessus', 'Stay at or below', 'Jalon'];
  const current: Cell[][] = [];
  const target: Cell[][] = [];
  const start: Cell[][] = [];
  const kind: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const k = i % kinds.length;
    const blank = i % 17 === 0 || i >= rows - 200;
    kind.push([blank ? '' : kinds[k]]);
    if (kinds[k] === 'Jalon') {
      current.push([blank ? '' : i % 2 === 0]);
      target.push(['']);
      start.push(['']);
    } else if (kinds[k] === 'Réduire') {
      current.push([blank ? '' : `${40 + (i % 50)} %`]);
      target.push([0.2]);
      start.push([0.9]);
    } else {
      current.push([blank ? '' : (i * 7) % 130]);
      target.push([100]);
      start.push([i % 3 === 0 ? '' : 10]);
    }
  }
  return [current, target, start, kind];
}

/** 10,000 rows in 500 objectives of 20 KRs: the objective named on its first row only. */
function rollupColumns(rows: number, groups: number): Cell[][][] {
  const per = rows / groups;
  const objectives: Cell[][] = [];
  const progress: Cell[][] = [];
  const weights: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    objectives.push([i % per === 0 ? `Objective ${i / per + 1}` : '']);
    progress.push([i % 11 === 0 ? '' : (i % 100) / 100]);
    weights.push([i % 4 === 0 ? 2 : '']);
  }
  return [objectives, progress, weights];
}

export async function run(): Promise<void> {
  const dist = loadDist();
  const progressArgs = progressColumns(10_000);
  const rollupArgs = rollupColumns(10_000, 500);
  const progressMs = medianMs(() => dist.OKR_PROGRESS(...progressArgs));
  const rollupMs = medianMs(() => dist.OKR_ROLLUP(...rollupArgs));
  const jsFiles = fs.readdirSync(DIST).filter(f => f.endsWith('.js'));
  const bytes = jsFiles.reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0);
  console.log(
    `engine: OKR_PROGRESS over 10,000 rows (dist, vm): median ${progressMs.toFixed(2)} ms (limit 50 ms)`
  );
  console.log(
    `engine: OKR_ROLLUP over 10,000 rows in 500 groups (dist, vm): median ${rollupMs.toFixed(2)} ms (limit 50 ms)`
  );
  console.log(
    `engine: bundle dist/*.js (${jsFiles.join(', ')}): ${(bytes / 1024).toFixed(1)} KB (limit 80 KB)`
  );
}
