// `npm run bench`: the figures the issues ask for, printed (never asserted in tests). Run from the project root
// after a build (the npm script builds first).
import { run as engine } from './engine';
import { run as template } from './template';
import { run as checkin } from './checkin';
import { run as preview } from './preview';
import { run as period } from './period';

const only = process.argv[2];
const suites: [string, () => Promise<void>][] = [
  ['engine', engine],
  ['template', template],
  ['checkin', checkin],
  ['preview', preview],
  ['period', period],
];

async function main(): Promise<void> {
  for (const [name, run] of suites) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}`);
    await run();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
