/**
 * All-or-nothing writes. A save is a list of steps, each ONE Spreadsheet write call with its undo. They run in
 * order; when one throws (a protected range, a full sheet, a quota, a service error), the steps already done are
 * undone in reverse order, so the workbook is as it was before the save, and the error says so. If an undo fails
 * too, the error names the cells that could not be put back.
 */
/** The cells a step writes (1-based), or `structure` for rows inserted into the sheet. */
export interface StepTarget {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  structure?: boolean;
}

export interface WriteStep {
  /** The cells written, for a message (e.g. "OKRs!H2:H9"). */
  where: string;
  /** What it writes, for the protection check made before the first write. */
  targets?: StepTarget[];
  /** What the step is about (e.g. 'asOf'), for the caller. */
  key?: string;
  run(): void;
  undo(): void;
}

class WriteFailure extends Error {
  constructor(
    message: string,
    readonly failure: unknown,
    readonly notRestored: string[]
  ) {
    super(message);
    this.name = 'WriteFailure';
  }
}

function messageOf(error: unknown): string {
  const text =
    error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return text.replace(/^Exception:\s*/, '');
}

/** Runs every step or none; `describe` turns the failure and the cells not restored into the user's message. */
export function runAllOrNothing(
  steps: readonly WriteStep[],
  describe: (error: string, notRestored: string[]) => string
): void {
  const done: WriteStep[] = [];
  try {
    for (const step of steps) {
      step.run();
      done.push(step);
    }
  } catch (error) {
    const notRestored: string[] = [];
    for (const step of done.reverse()) {
      try {
        step.undo();
      } catch {
        notRestored.push(step.where);
      }
    }
    throw new WriteFailure(describe(messageOf(error), notRestored), error, notRestored);
  }
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const rectOf = (range: GoogleAppsScript.Spreadsheet.Range): Rect => ({
  row: range.getRow(),
  col: range.getColumn(),
  rows: range.getNumRows(),
  cols: range.getNumColumns(),
});
const intersects = (a: Rect, b: Rect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const contains = (outer: Rect, inner: Rect) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

/**
 * The steps' cells that a protection would refuse: checked before the first write, so a protected sheet or range
 * stops the save with a message instead of half-way. Warning-only protections (the add-on's own) and those the
 * user may edit are skipped at one or two calls each; only a blocking protection's range is read.
 */
export function blockedCells(ss: Spreadsheet, steps: readonly WriteStep[]): string[] {
  const targets = steps.flatMap(step => (step.targets ?? []).map(target => ({ step, target })));
  if (targets.length === 0) return [];
  const blocked = new Set<string>();
  for (const type of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE]) {
    for (const protection of ss.getProtections(type)) {
      if (protection.isWarningOnly() || protection.canEdit()) continue;
      const range = protection.getRange();
      const sheet = range.getSheet().getName();
      const rect = rectOf(range);
      const free =
        type === SpreadsheetApp.ProtectionType.SHEET ? protection.getUnprotectedRanges().map(rectOf) : [];
      for (const { step, target } of targets) {
        if (target.sheet !== sheet) continue;
        const hit =
          type === SpreadsheetApp.ProtectionType.SHEET
            ? target.structure || !free.some(f => contains(f, target))
            : !target.structure && intersects(rect, target);
        if (hit) blocked.add(step.where);
      }
    }
  }
  return [...blocked];
}
