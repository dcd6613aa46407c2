// The lint rule that keeps Apps Script services at the edge: a pure folder calling one fails `npm run lint`.
// ESLint loads its flat config with a dynamic import, which jest's vm cannot do: run the CLI on stdin instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

function ruleIds(file: string, code: string): string[] {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', file, '--format', 'json'], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map(m => m.ruleId ?? '');
}

describe('Apps Script stays at the edge', () => {
  const call = 'export const sheets = () => SpreadsheetApp.getActive().getSheets().length;\n';

  test.each([
    'src/core/x.ts',
    'src/schema/x.ts',
    'src/i18n/x.ts',
    'src/html/x.ts',
    'src/features/checkin/save-plan.ts',
    'src/features/checkin/client/x.ts',
    'src/features/functions/x.ts',
    'src/features/install/plan.ts',
  ])('an Apps Script call in %s is a lint error', file => {
    expect(ruleIds(file, call)).toContain('no-restricted-globals');
  });

  test.each([
    'src/gas/x.ts',
    'src/features/checkin/server.ts',
    'src/features/install/action.ts',
    'src/index.ts',
  ])('%s may call Apps Script', file => {
    expect(ruleIds(file, call)).not.toContain('no-restricted-globals');
  });
});
