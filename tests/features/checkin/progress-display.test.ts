import { buildCheckinData } from '../../../src/features/checkin/payload';
import { type CellRun, type SavePlan, planSave } from '../../../src/features/checkin/save-plan';

/** The write of a column as one run of consecutive rows (undefined when none). */
const runOf = (plan: SavePlan, key: string) =>
  plan.writes.find((w): w is CellRun => w.kind === 'run' && w.key === key);
import { formatProgress } from '../../../src/features/checkin/summary';
import { COLUMNS, emptyFormulas, okrRow } from '../../support/rows';

// Progress is shown clamped to 0..100 %, as the sheet's Progress column shows it (issue 3: clamped for display).
const rows = [
  okrRow(2, { id: 'KR-0001', objective: 'Grow leads', keyResult: 'Demo requests', start: 120, target: 150 }),
  okrRow(3, { id: 'KR-0002', keyResult: 'Cost per lead', start: 85, target: 60, current: 90, confidence: 2 }),
];
rows[0].values[COLUMNS.current!] = 1400.5;

type SaveEntries = Parameters<typeof planSave>[0]['entries'];

function save(entries: SaveEntries, lang: 'en' | 'fr' = 'en') {
  return planSave({
    lang,
    today: new Date(2026, 10, 24),
    week: '2026-W48',
    author: '',
    columns: COLUMNS,
    rows,
    formulas: emptyFormulas(4),
    entries,
  });
}

describe('progress shown to people', () => {
  it('is clamped to 0..100 % in both languages', () => {
    expect(formatProgress(42.68, 'fr')).toBe('100\u202F%');
    expect(formatProgress(-3.95, 'en')).toBe('0%');
    expect(formatProgress(0.456, 'en')).toBe('46%');
    expect(formatProgress(null, 'en')).toBe('–');
  });

  it('never shows an overshoot or a negative progress in the weekly summary', () => {
    const review = buildCheckinData({
      lang: 'fr',
      today: '2026-11-24',
      columns: COLUMNS,
      rows,
      formulas: emptyFormulas(4),
      log: [],
      periodStart: null,
      periodEnd: null,
    }).review;
    expect(review.summary).toContain('- Cost per lead : 0\u202F%, confiance 2');
    expect(review.summary).not.toMatch(/-\d+\u202F%|\d{4}\u202F%/);
  });

  it('logs the clamped progress, the same figure as the sheet', () => {
    const plan = save([
      {
        id: 'KR-0001',
        loadedCurrent: 1400.5,
        loadedConfidence: '',
        value: '1500',
        confidence: '',
        comment: '',
      },
      { id: 'KR-0002', loadedCurrent: 90, loadedConfidence: 2, value: '95', confidence: '2', comment: '' },
    ]);
    expect(plan.saved).toEqual(['KR-0001', 'KR-0002']);
    expect(plan.logRows.map(row => row.progress)).toEqual([1, 0]);
  });
});

describe('conflict messages', () => {
  it('tell the user that the entry is kept in the sidebar, in English and French', () => {
    for (const [lang, kept] of [
      ['en', 'Your entry is kept: check it and save again.'],
      ['fr', 'Votre saisie est conservée : vérifiez-la et enregistrez à nouveau.'],
    ] as const) {
      const plan = save(
        [
          {
            id: 'KR-0002',
            loadedCurrent: 88,
            loadedConfidence: 2,
            value: '80',
            confidence: '2',
            comment: '',
          },
          {
            id: 'KR-0002',
            loadedCurrent: 90,
            loadedConfidence: 5,
            value: '90',
            confidence: '6',
            comment: '',
          },
        ],
        lang
      );
      expect(plan.conflicts.map(c => c.message)).toEqual([
        expect.stringContaining(kept),
        expect.stringContaining(kept),
      ]);
      expect(plan.conflicts[0].message).not.toMatch(/reload|recharg/i);
    }
  });
});

describe('concurrent edits of a field the user left as loaded', () => {
  it('saves a comment and a confidence without a conflict and keeps the value someone else wrote', () => {
    // loaded 88, the sheet now says 90; the user kept the pre-filled 88 and changed the confidence only
    const plan = save([
      {
        id: 'KR-0002',
        loadedCurrent: 88,
        loadedConfidence: 2,
        value: '88',
        confidence: '4',
        comment: 'slow',
      },
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.saved).toEqual(['KR-0002']);
    expect(runOf(plan, 'current')).toBeUndefined();
    expect(runOf(plan, 'confidence')?.values).toEqual([[4]]);
    const row = plan.logRows[0];
    expect([row.value, row.confidence, row.comment]).toEqual([90, 4, 'slow']);
  });

  it('keeps a confidence changed in the sheet when the user only changed the value', () => {
    const plan = save([
      { id: 'KR-0002', loadedCurrent: 90, loadedConfidence: 5, value: '80', confidence: '5', comment: '' },
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(runOf(plan, 'current')?.values).toEqual([[80]]);
    expect(runOf(plan, 'confidence')).toBeUndefined();
    expect(plan.logRows[0].confidence).toBe(2);
  });
});
