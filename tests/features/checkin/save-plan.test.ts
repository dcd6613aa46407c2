import {
  type CellRun,
  type SavePlan,
  planSave,
  type SavePlanInput,
} from '../../../src/features/checkin/save-plan';

/** The write of a column as one run of consecutive rows (undefined when none). */
const runOf = (plan: SavePlan, key: string) =>
  plan.writes.find((w): w is CellRun => w.kind === 'run' && w.key === key);
import type { CheckinEntry } from '../../../src/features/checkin/types';
import { COLUMNS, emptyFormulas, okrRow } from '../../support/rows';

const today = new Date(2026, 10, 24);

function input(entries: CheckinEntry[], overrides: Partial<SavePlanInput> = {}): SavePlanInput {
  const rows = [
    okrRow(2, {
      id: 'KR-0001',
      objective: 'Grow leads',
      keyResult: 'Demo requests',
      start: 0,
      target: 100,
      current: 40,
      confidence: 7,
    }),
    okrRow(3, {
      id: 'KR-0002',
      keyResult: 'Webinar sign-ups',
      start: 0,
      target: 10,
      current: 2,
      confidence: 5,
    }),
    okrRow(4, {
      id: 'KR-0003',
      keyResult: 'Open rate',
      start: 0.2,
      target: 0.3,
      current: 0.22,
      confidence: '',
    }),
    okrRow(5, {
      id: 'KR-0004',
      objective: 'Content',
      keyResult: 'Backlinks',
      start: 0,
      target: 5,
      current: 1,
      confidence: 3,
    }),
  ];
  return {
    lang: 'en',
    today,
    week: '2026-W48',
    author: 'lea@example.com',
    columns: COLUMNS,
    rows,
    formulas: emptyFormulas(6),
    entries,
    ...overrides,
  };
}

/** Confidence of each fixture KR, as the sidebar loaded it. */
const CONFIDENCE: Record<string, number | ''> = { 'KR-0001': 7, 'KR-0002': 5, 'KR-0003': '', 'KR-0004': 3 };

const entry = (
  id: string,
  loadedCurrent: number | string,
  value: string,
  extra: Partial<CheckinEntry> = {}
) => ({
  id,
  loadedCurrent,
  loadedConfidence: extra.loadedConfidence ?? CONFIDENCE[id] ?? '',
  value,
  confidence: extra.confidence ?? String(CONFIDENCE[id] ?? ''),
  comment: extra.comment ?? '',
});

describe('planSave', () => {
  it('writes only the changed cells, in runs of consecutive rows, and one log row per KR', () => {
    const plan = planSave(
      input([
        entry('KR-0001', 40, '55', { loadedConfidence: 7, confidence: '8' }),
        entry('KR-0004', 1, '2', { loadedConfidence: 3, confidence: '3', comment: 'two more' }),
      ])
    );
    expect(plan.refused).toBe(false);
    expect(plan.saved).toEqual(['KR-0001', 'KR-0004']);
    const writes = plan.writes.map(w =>
      w.kind === 'run' ? [w.key, w.firstRow, w.values, w.before] : [w.key, w.rows, w.value, w.before]
    );
    // rows 3 and 4 between the two saved KRs are neither read back nor written; Last check-in is one call
    expect(writes).toEqual([
      ['current', 2, [[55]], [[40]]],
      ['current', 5, [[2]], [[1]]],
      ['confidence', 2, [[8]], [[7]]],
      ['lastCheckin', [2, 5], today, ['', '']],
    ]);
    expect(plan.logRows).toHaveLength(2);
    expect(plan.logRows[1]).toMatchObject({
      krId: 'KR-0004',
      objective: 'Content',
      previous: 1,
      value: 2,
      comment: 'two more',
      author: 'lea@example.com',
      week: "'2026-W48",
    });
    expect(plan.logRows[1].progress).toBeCloseTo(0.4);
  });

  it('writes scattered rows sharing a value in one call (KRs filtered by owner)', () => {
    const plan = planSave(
      input([
        entry('KR-0001', 40, '41', { confidence: '6' }),
        entry('KR-0003', 0.22, '0.25', { confidence: '6' }),
      ])
    );
    const confidence = plan.writes.filter(w => w.key === 'confidence');
    expect(confidence).toEqual([
      expect.objectContaining({ kind: 'group', rows: [2, 4], value: 6, before: [7, ''] }),
    ]);
    expect(plan.writes.filter(w => w.key === 'lastCheckin')).toHaveLength(1);
  });

  it('writes consecutive saved rows in one run per column', () => {
    const plan = planSave(
      input([entry('KR-0001', 40, '41'), entry('KR-0002', 2, '3'), entry('KR-0003', 0.22, '0.25')])
    );
    const current = plan.writes.filter(w => w.key === 'current') as CellRun[];
    expect(current.map(w => [w.firstRow, w.values])).toEqual([[2, [[41], [3], [0.25]]]]);
  });

  it('never writes a formula cell between saved rows back as a value', () => {
    const formulas = emptyFormulas(6);
    formulas[2][COLUMNS.current!] = '=SUM(Z3:Z9)';
    const plan = planSave(input([entry('KR-0001', 40, '41'), entry('KR-0003', 0.22, '0.25')], { formulas }));
    const written = plan.writes.flatMap(w =>
      w.kind === 'run' ? w.values.map((_, i) => `${w.key}${w.firstRow + i}`) : w.rows.map(r => `${w.key}${r}`)
    );
    expect(written).not.toContain('current3');
  });

  it('refuses to overwrite a Current computed by a formula', () => {
    const formulas = emptyFormulas(6);
    formulas[1][COLUMNS.current!] = '=B9';
    const plan = planSave(input([entry('KR-0001', 40, '45')], { formulas }));
    expect(plan.saved).toEqual([]);
    expect(plan.errors[0]).toMatchObject({ id: 'KR-0001', field: 'current' });
    expect(plan.writes).toEqual([]);
  });

  it('refuses the whole save on a conflict, with both values (all or nothing)', () => {
    const plan = planSave(input([entry('KR-0001', 35, '50'), entry('KR-0002', 2, '3')]));
    expect(plan.refused).toBe(true);
    expect(plan.saved).toEqual([]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ id: 'KR-0001', sheetValue: '40', enteredValue: '50' });
    expect(plan.conflicts[0].message).toContain('The sheet now has 40, you entered 50');
    expect(plan.writes).toEqual([]);
    expect(plan.logRows).toEqual([]);
  });

  it('reports a confidence conflict', () => {
    const plan = planSave(input([entry('KR-0002', 2, '3', { loadedConfidence: 4, confidence: '6' })]));
    expect(plan.conflicts[0]).toMatchObject({ field: 'confidence', sheetValue: '5', enteredValue: '6' });
    expect(plan.saved).toEqual([]);
  });

  it('matches by id whatever the row order', () => {
    const base = input([entry('KR-0004', 1, '4')]);
    const reordered = [...base.rows].reverse().map((row, i) => ({ rowNumber: i + 2, values: row.values }));
    const plan = planSave({ ...base, rows: reordered });
    expect(plan.saved).toEqual(['KR-0004']);
    expect(runOf(plan, 'current')).toMatchObject({ firstRow: 2, values: [[4]] });
  });

  it('refuses the save naming a deleted KR', () => {
    const plan = planSave(input([entry('KR-0004', 1, '4'), entry('KR-0099', 3, '4')]));
    expect(plan.saved).toEqual([]);
    expect(plan.missing).toEqual([{ id: 'KR-0099', message: expect.stringContaining('deleted') }]);
  });

  it('gives per-KR errors in the user language and saves nothing', () => {
    const plan = planSave(
      input([entry('KR-0002', 2, 'beaucoup'), entry('KR-0001', 40, '1,5')], { lang: 'fr' })
    );
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0].message).toBe(
      'KR-0002 Webinar sign-ups : « beaucoup » n’est pas un nombre. Saisissez un nombre comme 12, 1,5 ou 45 %.'
    );
    expect(plan.saved).toEqual([]);
    expect(plan.writes).toEqual([]);
  });

  it('refuses a KR whose ID is on two rows (a copied row), naming both rows', () => {
    const base = input([entry('KR-0002', 2, '3')]);
    const copy = { rowNumber: 6, values: [...base.rows[1].values] };
    const plan = planSave({ ...base, rows: [...base.rows, copy] });
    expect(plan.saved).toEqual([]);
    expect(plan.errors).toEqual([expect.objectContaining({ id: 'KR-0002', field: 'id' })]);
    expect(plan.errors[0].message).toContain('rows 3, 6');
  });

  it('refuses a comment longer than a cell holds (50,000 characters, its apostrophe included)', () => {
    const fits = planSave(input([entry('KR-0001', 40, '41', { comment: 'x'.repeat(50000) })]));
    expect(fits.saved).toEqual(['KR-0001']);
    const over = planSave(input([entry('KR-0001', 40, '41', { comment: '=' + 'x'.repeat(49999) })]));
    expect(over.saved).toEqual([]);
    expect(over.errors[0]).toMatchObject({ field: 'comment' });
    expect(over.errors[0].message).toContain('at most 50000');
  });

  it('makes every text it logs literal: comments, previous values, copied KR text', () => {
    const base = input([entry('KR-0002', '=2', '3', { comment: '=HYPERLINK("x")' })]);
    base.rows[1].values[COLUMNS.current!] = '=2';
    base.rows[1].values[COLUMNS.keyResult!] = '+20 % sign-ups';
    const plan = planSave(base);
    expect(plan.logRows[0]).toMatchObject({
      comment: `'=HYPERLINK("x")`,
      previous: "'=2",
      keyResult: "'+20 % sign-ups",
    });
  });

  it('reads a percent typed for a percent-formatted Current cell as a fraction, whatever the bounds', () => {
    const base = input([entry('KR-0001', 0.26, '27 %')]);
    base.rows[0].values[COLUMNS.start!] = 24;
    base.rows[0].values[COLUMNS.target!] = 28;
    base.rows[0].values[COLUMNS.current!] = 0.26;
    const formats = emptyFormulas(6);
    formats[1][COLUMNS.current!] = '0%';
    expect(runOf(planSave({ ...base, numberFormats: formats }), 'current')?.values).toEqual([[0.27]]);
    // a cell that is not percent-formatted counts in the bounds' points: 27 %, as typed, is 27
    expect(runOf(planSave(base), 'current')?.values).toEqual([[27]]);
  });
});
