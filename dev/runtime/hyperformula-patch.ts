// HyperFormula 3.5 does not collect the references inside array literals, so `={"Header"; F(H2:H)}` would never
// recompute when H changes. This adds the dependencies of every array-literal element. Applied once per process.
import path from 'node:path';

type Ast = { type: string; args?: unknown; left?: Ast; right?: Ast; value?: Ast; expression?: Ast };
type Collect = (ast: Ast, registry: unknown) => unknown[];

let patched = false;

const hfDir = path.dirname(require.resolve('hyperformula'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const values = require(path.join(hfDir, 'interpreter', 'InterpreterValue.js')) as {
  DateNumber: new (value: number, format: string) => object;
  DateTimeNumber: new (value: number, format: string) => object;
};
/** Numbers HyperFormula types as dates (so `=TODAY()` reads back as a Date, as in Sheets). */
export const DateNumber = values.DateNumber;
export const DateTimeNumber = values.DateTimeNumber;

export function patchArrayLiteralDependencies(): void {
  if (patched) return;
  patched = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const parserIndex = require(path.join(hfDir, 'parser', 'index.js')) as {
    collectDependencies: Collect;
  };
  const original = parserIndex.collectDependencies;
  const withArrays: Collect = (ast, registry) => {
    const result = original(ast, registry);
    const visit = (node: Ast | undefined): void => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'ARRAY' && Array.isArray(node.args)) {
        for (const row of node.args as Ast[][]) {
          for (const element of row) {
            result.push(...original(element, registry));
            visit(element);
          }
        }
        return;
      }
      if (Array.isArray(node.args)) for (const arg of node.args as Ast[]) visit(arg);
      visit(node.left);
      visit(node.right);
      visit(node.value);
      visit(node.expression);
    };
    visit(ast);
    return result;
  };
  parserIndex.collectDependencies = withArrays;
}
