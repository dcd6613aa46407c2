// The preview and the runtime run dist/ as Apps Script would: they never import the add-on's sources, not even
// for a type, so what the preview shows is what the bundle does.
import fs from 'node:fs';
import path from 'node:path';

import { filesUnder, importsOf } from '../../support/imports';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function srcImports(file: string, code = fs.readFileSync(file, 'utf8')): string[] {
  return importsOf(code)
    .map(i => i.spec)
    .filter(spec => {
      const target = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : path.resolve(ROOT, spec);
      return target === SRC || target.startsWith(SRC + path.sep);
    });
}

describe('dev/preview and dev/runtime do not import src/', () => {
  const files = ['dev/preview', 'dev/runtime'].flatMap(d =>
    filesUnder(path.join(ROOT, d), ['.ts', '.js', '.mjs'])
  );

  test('the scan sees every kind of import that reaches src/', () => {
    const file = path.join(ROOT, 'dev/preview/page/x.ts');
    const code = [
      "export { columnLetter } from '../../../src/schema/formulas';",
      "import type { Lang } from '../../../src/i18n/lang';",
      "import {\n  type Key,\n  t,\n} from '../../../src/i18n/catalog';",
      "import '../../../src/index';",
      "type V = import('../../../src/core/numbers').Num;",
      "const b = require('../../../src/gas/session');",
      "import { el } from './dom';",
      "import * as esbuild from 'esbuild';",
    ].join('\n');
    expect(srcImports(file, code)).toHaveLength(6);
  });

  test('scans the preview and the runtime', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files.map(f => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(srcImports(file)).toEqual([]);
  });
});
