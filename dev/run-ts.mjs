// Runs a TypeScript dev script (preview server, benchmarks) on Node 20, which cannot strip types itself:
// esbuild bundles the script with its local imports (packages stay external) and Node runs the result.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node dev/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outfile = path.resolve('.cache/run', path.basename(script).replace(/\.ts$/, '.cjs'));
// Several processes may start the same script at once (the e2e test starts an English and a French preview): each
// writes its own temporary file and renames it into place, which is atomic, so none loads a half-written bundle.
const result = await esbuild.build({
  entryPoints: [script],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'inline',
  outfile,
  write: false,
  logLevel: 'warning',
});
fs.mkdirSync(path.dirname(outfile), { recursive: true });
const temporary = `${outfile}.${process.pid}.tmp`;
fs.writeFileSync(temporary, result.outputFiles[0].contents);
fs.renameSync(temporary, outfile);
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
