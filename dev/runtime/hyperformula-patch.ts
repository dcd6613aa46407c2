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

type Address = { sheet: number; row: number; col: number };
type Vertex = { constructor: { name: string } };
type ArrayVertex = Vertex & { getRange(): { start: Address; end: Address } };
interface GraphInternals {
  addressMapping: {
    getCell(address: Address): Vertex | undefined;
    removeCell(address: Address): void;
  };
  arrayMapping: { arraysInRows(span: unknown): Iterable<[unknown, ArrayVertex]> };
  rerouteDependents(from: Vertex, to: Vertex): void;
  removeVertexAndCleanupDependencies(vertex: Vertex): void;
  fixArraysAfterAddingRow(sheet: number, start: number, count: number): void;
}

let arrayInsertionPatched = false;

/**
 * HyperFormula 3.5 throws "Cannot move cell. Destination already occupied." when rows are inserted inside the spill
 * of an array formula that another formula reads as a range (`=OKR_ROLLUP(B1:B; I1:I)` next to the spilled
 * `I1:I`): the range already made an empty-cell vertex in the inserted row, where the array's cell goes back.
 * Sheets inserts such rows without a complaint. Before the array's cells move back, the empty vertex hands its
 * dependents to the array and goes. Applied once per process.
 */
export function patchArrayRowInsertion(): void {
  if (arrayInsertionPatched) return;
  arrayInsertionPatched = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DependencyGraph } = require(path.join(hfDir, 'DependencyGraph', 'DependencyGraph.js')) as {
    DependencyGraph: { prototype: GraphInternals };
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RowsSpan } = require(path.join(hfDir, 'Span.js')) as {
    RowsSpan: { fromRowStartAndEnd(sheet: number, start: number, end: number): unknown };
  };
  const proto = DependencyGraph.prototype;
  const original = proto.fixArraysAfterAddingRow;
  proto.fixArraysAfterAddingRow = function (this: GraphInternals, sheet, rowStart, count) {
    if (rowStart > 0) {
      const span = RowsSpan.fromRowStartAndEnd(sheet, rowStart - 1, rowStart - 1);
      for (const [, array] of this.arrayMapping.arraysInRows(span)) {
        const { start, end } = array.getRange();
        for (let col = start.col; col <= end.col; col++) {
          for (let row = rowStart; row < rowStart + count && row <= end.row; row++) {
            const address = { sheet, row, col };
            const existing = this.addressMapping.getCell(address);
            if (existing && existing.constructor.name === 'EmptyCellVertex') {
              this.rerouteDependents(existing, array);
              this.removeVertexAndCleanupDependencies(existing);
              this.addressMapping.removeCell(address);
            }
          }
        }
      }
    }
    original.call(this, sheet, rowStart, count);
  };
}
