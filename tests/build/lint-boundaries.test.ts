// The lint rule that keeps Apps Script services at the edge: a pure folder calling one fails `npm run lint`.
// ESLint loads its flat config with a dynamic import, which jest's vm cannot do: run the CLI on stdin instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
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

  test.each(['src/engine/x.ts', 'src/checkin/x.ts', 'src/client/x.ts'])(
    'an Apps Script call in %s is a lint error',
    file => {
      expect(ruleIds(file, call)).toContain('no-restricted-globals');
    }
  );

  test('src/sheets/ may call Apps Script', () => {
    expect(ruleIds('src/sheets/x.ts', call)).not.toContain('no-restricted-globals');
  });
});
