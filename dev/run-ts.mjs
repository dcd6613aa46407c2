// Runs a TypeScript dev script (preview server, benchmarks) on Node 20, which cannot strip types itself:
// esbuild bundles the script with its local imports (packages stay external) and Node runs the result.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node dev/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outfile = path.resolve('.cache/run', path.basename(script).replace(/\.ts$/, '.cjs'));
await esbuild.build({
  entryPoints: [script],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'inline',
  outfile,
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
