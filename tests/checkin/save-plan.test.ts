import { planSave, type SavePlanInput } from '../../src/checkin/save-plan';
import type { CheckinEntry } from '../../src/checkin/types';
import { COLUMNS, LOG_COLUMNS, LOG_HEADER, emptyFormulas, okrRow } from './fixtures';

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
    logHeader: LOG_COLUMNS,
    logWidth: LOG_HEADER.length,
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
  it('writes one block per touched column spanning the changed rows and one log row per KR', () => {
    const plan = planSave(
      input([
        entry('KR-0001', 40, '55', { loadedConfidence: 7, confidence: '8' }),
        entry('KR-0004', 1, '2', { loadedConfidence: 3, confidence: '3', comment: 'two more' }),
      ])
    );
    expect(plan.saved).toEqual(['KR-0001', 'KR-0004']);
    expect(plan.conflicts).toEqual([]);
    const current = plan.writes.find(w => w.key === 'current')!;
    expect(current.firstRow).toBe(2);
    // rows 3 and 4 keep what the sheet holds
    expect(current.values).toEqual([[55], [2], [0.22], [2]]);
    const confidence = plan.writes.find(w => w.key === 'confidence')!;
    expect(confidence).toMatchObject({ firstRow: 2, values: [[8]] });
    const last = plan.writes.find(w => w.key === 'lastCheckin')!;
    expect(last.values.map(v => v[0])).toEqual([today, '', '', today]);
    expect(plan.writes).toHaveLength(3);

    expect(plan.logRows).toHaveLength(2);
    const row = plan.logRows[1];
    expect(row[LOG_COLUMNS.krId!]).toBe('KR-0004');
    expect(row[LOG_COLUMNS.objective!]).toBe('Content');
    expect(row[LOG_COLUMNS.previous!]).toBe(1);
    expect(row[LOG_COLUMNS.value!]).toBe(2);
    expect(row[LOG_COLUMNS.progress!]).toBeCloseTo(0.4);
    expect(row[LOG_COLUMNS.comment!]).toBe('two more');
    expect(row[LOG_COLUMNS.author!]).toBe('lea@example.com');
    expect(row[LOG_COLUMNS.week!]).toBe('2026-W48');
    expect(plan.logFormats[0][LOG_COLUMNS.comment!]).toBe('@');
    expect(plan.logFormats[0][LOG_COLUMNS.keyResult!]).toBe('@');
  });

  it('keeps formulas of unchanged rows inside a written block', () => {
    const formulas = emptyFormulas(6);
    formulas[2][COLUMNS.current!] = '=SUM(Z3:Z9)';
    const plan = planSave(input([entry('KR-0001', 40, '41'), entry('KR-0003', 0.22, '0.25')], { formulas }));
    const current = plan.writes.find(w => w.key === 'current')!;
    expect(current.values).toEqual([[41], ['=SUM(Z3:Z9)'], [0.25]]);
  });

  it('refuses to overwrite a Current computed by a formula', () => {
    const formulas = emptyFormulas(6);
    formulas[1][COLUMNS.current!] = '=B9';
    const plan = planSave(input([entry('KR-0001', 40, '45')], { formulas }));
    expect(plan.saved).toEqual([]);
    expect(plan.errors[0]).toMatchObject({ id: 'KR-0001', field: 'current' });
    expect(plan.writes).toEqual([]);
  });

  it('reports a conflict with both values when the sheet changed since loading, saving the others', () => {
    const plan = planSave(input([entry('KR-0001', 35, '50'), entry('KR-0002', 2, '3')]));
    expect(plan.saved).toEqual(['KR-0002']);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ id: 'KR-0001', sheetValue: '40', enteredValue: '50' });
    expect(plan.conflicts[0].message).toContain('The sheet now has 40, you entered 50');
    expect(plan.writes.find(w => w.key === 'current')).toMatchObject({ firstRow: 3, values: [[3]] });
  });

  it('reports a confidence conflict', () => {
    const plan = planSave(input([entry('KR-0002', 2, '3', { loadedConfidence: 4, confidence: '6' })]));
    expect(plan.conflicts[0]).toMatchObject({ field: 'confidence', sheetValue: '5', enteredValue: '6' });
    expect(plan.saved).toEqual([]);
  });

  it('matches by id whatever the row order and reports deleted KRs', () => {
    const base = input([entry('KR-0004', 1, '4'), entry('KR-0099', 3, '4')]);
    const reordered = [...base.rows].reverse().map((row, i) => ({ rowNumber: i + 2, values: row.values }));
    const plan = planSave({ ...base, rows: reordered });
    expect(plan.saved).toEqual(['KR-0004']);
    expect(plan.writes.find(w => w.key === 'current')).toMatchObject({ firstRow: 2, values: [[4]] });
    expect(plan.missing).toEqual([{ id: 'KR-0099', message: expect.stringContaining('deleted') }]);
  });

  it('gives per-KR errors in the user language and saves nothing of a bad KR', () => {
    const plan = planSave(
      input([entry('KR-0002', 2, 'beaucoup'), entry('KR-0001', 40, '1,5')], { lang: 'fr' })
    );
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0].message).toBe(
      'KR-0002 Webinar sign-ups : « beaucoup » n’est pas un nombre. Saisissez un nombre comme 12, 1,5 ou 45 %.'
    );
    expect(plan.saved).toEqual(['KR-0001']);
    expect(plan.writes.find(w => w.key === 'current')!.values).toEqual([[1.5]]);
  });

  it('splits a block around a kept text rather than rewriting it', () => {
    const base = input([entry('KR-0001', 40, '41'), entry('KR-0003', 0.22, '0.3')]);
    base.rows[1].values[COLUMNS.current!] = '007';
    const plan = planSave({ ...base, entries: [entry('KR-0001', 40, '41'), entry('KR-0003', 0.22, '0.3')] });
    const blocks = plan.writes.filter(w => w.key === 'current');
    expect(blocks.map(b => [b.firstRow, b.values])).toEqual([
      [2, [[41]]],
      [4, [[0.3]]],
    ]);
  });
});
