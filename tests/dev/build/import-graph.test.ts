// src/ has no import cycle: each module can be read (and bundled) after the ones it needs. Type-only imports are
// erased from the JavaScript, so they do not count.
import fs from 'node:fs';
import path from 'node:path';

import { filesUnder, importsOf, resolveTs } from '../../support/imports';

const ROOT = path.resolve(__dirname, '../../..');

type Graph = Map<string, string[]>;

function graphOf(files: string[], read: (file: string) => string): Graph {
  return new Map(
    files.map(file => [
      file,
      importsOf(read(file))
        .filter(i => !i.typeOnly)
        .map(i => resolveTs(file, i.spec))
        .filter((target): target is string => target !== null),
    ])
  );
}

/** The first cycle a depth-first walk meets, as the files along it (first file repeated at the end), or null. */
function findCycle(graph: Graph): string[] | null {
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): string[] | null => {
    if (onStack.has(file)) return [...stack.slice(stack.indexOf(file)), file];
    if (done.has(file)) return null;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('the import graph of src/', () => {
  test('finds a cycle through value imports and ignores type-only ones', () => {
    const code: Record<string, string> = {
      '/p/a.ts': "import { b } from './b';",
      '/p/b.ts': "import {\n  c,\n} from './c';\nimport type { A } from './a';",
      '/p/c.ts': "import { type B } from './b';\nexport { a } from './a';",
    };
    const files = Object.keys(code);
    const resolve = (from: string, spec: string) => path.resolve(path.dirname(from), `${spec}.ts`);
    const graph = new Map(
      files.map(f => [f, importsOf(code[f]).flatMap(i => (i.typeOnly ? [] : [resolve(f, i.spec)]))])
    );
    expect(findCycle(graph)).toEqual(['/p/a.ts', '/p/b.ts', '/p/c.ts', '/p/a.ts']);
    graph.set('/p/c.ts', []);
    expect(findCycle(graph)).toBeNull();
  });

  test('has no cycle', () => {
    const files = filesUnder(path.join(ROOT, 'src'), ['.ts']);
    const graph = graphOf(files, file => fs.readFileSync(file, 'utf8'));
    expect([...graph.values()].some(targets => targets.length > 0)).toBe(true);
    const cycle = findCycle(graph);
    expect(cycle && cycle.map(f => path.relative(ROOT, f)).join(' -> ')).toBeNull();
  });
});
