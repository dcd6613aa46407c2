// How long `npm start` takes to serve its page: `npm run build`, then the preview server from spawn to the
// first 200 on GET / (median of 3 each). Uses a throwaway workbook file and any free port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(process.cwd());
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeBuild(): number {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}`);
  return performance.now() - started;
}

async function timeServer(file: string): Promise<number> {
  const started = performance.now();
  const proc = spawn(process.execPath, ['dev/run-ts.mjs', 'dev/preview/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', OKR_PREVIEW_FILE: file },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stderr.on('data', chunk => (output += chunk));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      proc.stdout.on('data', chunk => {
        output += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (match) resolve(match[0]);
      });
      proc.on('exit', code => reject(new Error(`preview server exited with ${code}:\n${output}`)));
    });
    for (;;) {
      const response = await fetch(url).catch(() => null);
      if (response?.status === 200) {
        await response.text();
        return performance.now() - started;
      }
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  } finally {
    proc.kill('SIGTERM');
  }
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-preview-bench-'));
  try {
    const builds: number[] = [];
    const fresh: number[] = [];
    const restored: number[] = [];
    for (let i = 0; i < RUNS; i++) builds.push(timeBuild());
    for (let i = 0; i < RUNS; i++) {
      const file = path.join(dir, `workbook-${i}.json`);
      fresh.push(await timeServer(file));
      restored.push(await timeServer(file));
    }
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(`preview: npm run build ${ms(median(builds))} (median of ${RUNS})`);
    console.log(
      `preview: server spawn -> first 200 on GET /, new workbook ${ms(median(fresh))}, restored ${ms(median(restored))}`
    );
    console.log(
      `preview: npm start -> page served ≈ ${ms(median(builds) + median(fresh))} (build + new-workbook start)`
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `node dev/run-ts.mjs bench/preview.ts` runs it alone (run-ts sets argv[1] to the bundled script).
if (/[\\/]preview\.cjs$/.test(process.argv[1] ?? '')) void run();
