// HyperFormula wrapper: evaluates Sheets formulas, with the add-on's custom functions registered and called with
// Sheets' argument conventions, and TODAY()/NOW() reading the runtime's clock.
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import {
  DateNumber,
  DateTimeNumber,
  patchArrayLiteralDependencies,
  patchArrayRowInsertion,
} from './hyperformula-patch';

export interface CustomFunctionSpec {
  name: string;
  params: string[];
  /** the JSDoc @return type is a 2D array: the result spills (as tall as the tallest range argument). */
  returnsArray: boolean;
}

export interface FormulaHost {
  /** calls the custom function in the script's global scope; throws what it throws */
  callCustomFunction(name: string, args: unknown[]): unknown;
  /** converts a value read from a referenced cell (0-based HF address) to what Apps Script passes */
  cellArgument(hfSheet: number, row: number, col: number, value: unknown): unknown;
  /** converts a value that did not come from a cell (literal, computed array) */
  plainArgument(value: unknown): unknown;
  /** converts a result that is a Date (or anything else not a plain scalar) to a cell value */
  resultToCell(value: unknown): string | number | boolean | null;
  todaySerial(): number;
  nowSerial(): number;
  maxRows(hfSheet: number): number;
}

type AnyAst = {
  type: string;
  args?: AnyAst[];
  procedureName?: string;
  reference?: { toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number } };
  start?: { toSimpleCellAddress?(base: unknown): { sheet: number; row: number; col: number } };
  end?: { toSimpleCellAddress?(base: unknown): { sheet: number; row: number; col: number } };
};
type State = { formulaAddress: { sheet: number; row: number; col: number } };

export function scalarOf(v: unknown): unknown {
  if (v === EmptyValue || v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: unknown }).val;
  return v;
}

function errorString(e: CellError): string {
  return HF_ERROR_TO_SHEETS[e.type] ?? '#ERROR!';
}

export const HF_ERROR_TO_SHEETS: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
};

function makeCustomPlugin(specs: CustomFunctionSpec[], host: FormulaHost) {
  const byName = new Map(specs.map(s => [s.name, s]));
  class CustomFunctionsPlugin extends FunctionPlugin {
    private evaluate(ast: AnyAst, state: State): unknown {
      return (this as unknown as { evaluateAst(a: AnyAst, s: State): unknown }).evaluateAst(ast, state);
    }

    customFunction(ast: AnyAst, state: State): unknown {
      const name = ast.procedureName!;
      const args: unknown[] = [];
      for (const arg of ast.args ?? []) {
        const v = this.evaluate(arg, state);
        if (v instanceof SimpleRangeValue) {
          const range = (v as unknown as { range?: { start: { sheet: number; row: number; col: number } } })
            .range;
          args.push(
            v.rawData().map((row, r) =>
              row.map((cell, c) => {
                if (cell instanceof CellError) return errorString(cell);
                const value = scalarOf(cell);
                return range
                  ? host.cellArgument(range.start.sheet, range.start.row + r, range.start.col + c, value)
                  : host.plainArgument(value);
              })
            )
          );
        } else if (v instanceof CellError) {
          return v;
        } else if (arg.type === 'CELL_REFERENCE' && arg.reference) {
          const a = arg.reference.toSimpleCellAddress(state.formulaAddress);
          args.push(host.cellArgument(a.sheet, a.row, a.col, scalarOf(v)));
        } else {
          args.push(host.plainArgument(scalarOf(v)));
        }
      }
      let result: unknown;
      try {
        result = host.callCustomFunction(name, args);
      } catch (e) {
        return new CellError(
          ErrorType.ERROR,
          e instanceof Error || (e && typeof e === 'object' && 'message' in e)
            ? String((e as Error).message)
            : String(e)
        );
      }
      const size = this.customSize(ast, state);
      return this.toCellValue(result, size);
    }

    private toScalar(v: unknown): unknown {
      if (v === null || v === undefined) return EmptyValue;
      if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      const converted = host.resultToCell(v);
      return converted === null ? EmptyValue : converted;
    }

    private toCellValue(result: unknown, size: ArraySize): unknown {
      const isArray = Array.isArray(result);
      if (size.width === 1 && size.height === 1) {
        if (!isArray) return this.toScalar(result);
        const first = (result as unknown[])[0];
        return this.toScalar(Array.isArray(first) ? first[0] : first);
      }
      const rows: unknown[][] = isArray
        ? (result as unknown[]).map(r => (Array.isArray(r) ? r : [r]))
        : [[result]];
      const data = Array.from({ length: size.height }, (_, r) =>
        Array.from({ length: size.width }, (_, c) => {
          const v = this.toScalar(rows[r]?.[c]);
          return v;
        })
      );
      return SimpleRangeValue.onlyValues(data as never);
    }

    customSize(ast: AnyAst, state: State): ArraySize {
      const spec = byName.get(ast.procedureName!);
      if (!spec?.returnsArray) return ArraySize.scalar();
      let height = 1;
      for (const arg of ast.args ?? []) {
        if (arg.type === 'CELL_RANGE' && arg.start?.toSimpleCellAddress && arg.end?.toSimpleCellAddress) {
          const s = arg.start.toSimpleCellAddress(state.formulaAddress);
          const e = arg.end.toSimpleCellAddress(state.formulaAddress);
          height = Math.max(height, Math.abs(e.row - s.row) + 1);
        } else if (arg.type === 'COLUMN_RANGE') {
          height = Math.max(height, host.maxRows(state.formulaAddress.sheet));
        } else if (arg.type === 'ARRAY' && Array.isArray(arg.args)) {
          // an array literal argument ({1; 2; 3}): as tall as its rows
          height = Math.max(height, arg.args.length);
        }
      }
      return new ArraySize(1, height);
    }
  }
  (CustomFunctionsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions =
    Object.fromEntries(
      specs.map(s => [
        s.name,
        {
          method: 'customFunction',
          sizeOfResultArrayMethod: 'customSize',
          parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
          repeatLastArgs: 1,
          vectorizationForbidden: true,
        },
      ])
    );
  return CustomFunctionsPlugin;
}

function makeClockPlugin(host: FormulaHost) {
  class ClockPlugin extends FunctionPlugin {
    today(): unknown {
      return new DateNumber(host.todaySerial(), 'DD/MM/YYYY');
    }
    now(): unknown {
      return new DateTimeNumber(host.nowSerial(), 'DD/MM/YYYY hh:mm:ss');
    }
  }
  (ClockPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true },
    NOW: { method: 'now', parameters: [], isVolatile: true },
  };
  return ClockPlugin;
}

export function createFormulaEngine(specs: CustomFunctionSpec[], host: FormulaHost): HyperFormula {
  patchArrayLiteralDependencies();
  patchArrayRowInsertion();
  const language = HyperFormula.getLanguage('enGB') as unknown as {
    extendFunctions(m: Record<string, string>): void;
  };
  // HyperFormula only calls functions that have a name in the formula language; custom names map to themselves.
  language.extendFunctions(Object.fromEntries(specs.map(s => [s.name, s.name])));
  return HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    functionPlugins: [
      ...HyperFormula.getAllFunctionPlugins(),
      makeCustomPlugin(specs, host),
      makeClockPlugin(host),
    ],
    dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'],
    maxRows: 100000,
    smartRounding: false,
  });
}

export type { RawCellContent };

const SHEET_PREFIX = "(?:'(?:[^']|'')+'|[A-Za-z_][\\w.]*)!";
const OPEN_RANGE = new RegExp(
  `(${SHEET_PREFIX})?(\\$?[A-Za-z]{1,3}\\$?\\d+):(\\$?[A-Za-z]{1,3})(?![\\w$(!:])`,
  'g'
);
const CLOSED_RANGE = new RegExp(
  `(${SHEET_PREFIX})?(\\$?[A-Za-z]{1,3}\\$?\\d+):(\\$?[A-Za-z]{1,3})\\$?(\\d+)(?![\\w$(!:])`,
  'g'
);

function unquote(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Applies `fn` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

export function hasOpenEndedRange(formula: string): boolean {
  let found = false;
  outsideStrings(formula, code => {
    if (new RegExp(OPEN_RANGE.source).test(code)) found = true;
    return code;
  });
  return found;
}

/** Sheets syntax -> HyperFormula: open-ended ranges (H2:H) end at the sheet's last row. */
export function toEngineFormula(formula: string, maxRowsOf: (sheetName: string | null) => number): string {
  return outsideStrings(formula, code =>
    code.replace(OPEN_RANGE, (_m, prefix: string | undefined, start: string, endCol: string) => {
      return `${prefix ?? ''}${start}:${endCol}${maxRowsOf(unquote(prefix))}`;
    })
  );
}

/** HyperFormula text (after a structural change) -> Sheets text: ranges reaching the last row become open-ended. */
export function fromEngineFormula(
  formula: string,
  isLastRow: (sheetName: string | null, row: number) => boolean
): string {
  return outsideStrings(formula, code =>
    code.replace(
      CLOSED_RANGE,
      (m, prefix: string | undefined, start: string, endCol: string, endRow: string) =>
        isLastRow(unquote(prefix), Number(endRow)) ? `${prefix ?? ''}${start}:${endCol}` : m
    )
  );
}
