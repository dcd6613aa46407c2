import { dashboardLayout } from '../../../src/features/install/dashboard';
import {
  diffCells,
  effectiveHeader,
  groupWrites,
  planComputedFormulas,
  planSettings,
  planTableHeader,
  type SheetState,
} from '../../../src/features/install/plan';
import {
  columnsReadByFormulas,
  computedFormula,
  formulaHeader,
  sameComputedFormula,
} from '../../../src/schema/formulas';
import { CHECKIN_COLUMNS, OKR_COLUMNS, SETTING_ROWS, type OkrColumnKey } from '../../../src/schema/layout';
import { planKrIds } from '../../../src/schema/kr-ids';
import { nameForNewSheet } from '../../../src/gas/discover';
import { columnLabel } from '../../../src/i18n/schema-labels';

const NOW = new Date(2026, 10, 24, 10);
const settingsRef = {
  sheetName: 'Settings',
  rows: { periodName: 2, periodStart: 3, periodEnd: 4, asOf: 5, krType: 6, language: 7 },
};

describe('planTableHeader', () => {
  it('lays out every column in order on a new sheet', () => {
    const plan = planTableHeader(OKR_COLUMNS, null, 'fr');
    expect(plan.columns.id).toBe(0);
    expect(plan.columns[OKR_COLUMNS[OKR_COLUMNS.length - 1].key]).toBe(OKR_COLUMNS.length - 1);
    // Computed columns get their header from their formula, not from a plain header write.
    expect(plan.writes.map(w => w.value)).toEqual(
      OKR_COLUMNS.filter(c => !c.computed).map(c => columnLabel('fr', c))
    );
    expect(plan.addedColumns).toHaveLength(OKR_COLUMNS.length);
  });

  it('finds moved columns and keeps a user column', () => {
    const header = ['Mine', ...CHECKIN_COLUMNS.map(c => columnLabel('en', c))];
    const state: SheetState = { values: [header], formulas: [header.map(() => '')] };
    const plan = planTableHeader(CHECKIN_COLUMNS, state, 'en');
    expect(plan.columns.date).toBe(1);
    expect(plan.writes).toEqual([]);
  });

  it('puts a deleted header back in its blank slot, and appends a column that has no free slot', () => {
    const header = OKR_COLUMNS.map(c => columnLabel('en', c)) as unknown[];
    header[3] = ''; // Owner header deleted
    const values = [header, header.map((_, i) => (i === 3 ? 'Emma' : 'x'))];
    const plan = planTableHeader(OKR_COLUMNS, { values, formulas: values.map(r => r.map(() => '')) }, 'en');
    expect(plan.columns.owner).toBe(3);
    expect(plan.writes).toEqual([{ row: 1, col: 4, value: 'Owner' }]);

    const withoutNotes = OKR_COLUMNS.filter(c => c.key !== 'notes').map(c =>
      columnLabel('en', c)
    ) as unknown[];
    withoutNotes.push('My column');
    const state2 = { values: [withoutNotes], formulas: [withoutNotes.map(() => '')] };
    const plan2 = planTableHeader(OKR_COLUMNS, state2, 'en');
    expect(plan2.columns.notes).toBe(withoutNotes.length);
    expect(plan2.writes).toEqual([{ row: 1, col: withoutNotes.length + 1, value: 'Notes' }]);
  });

  it('reads the header of a computed column from its formula', () => {
    const formula = '=OKR_PROGRESS(H1:H, G1:G, F1:F, E1:E, Settings!$B$7, "Progress")';
    expect(effectiveHeader({ values: [['#REF!']], formulas: [[formula]] })).toEqual(['Progress']);
  });
});

describe('planComputedFormulas', () => {
  const columns = planTableHeader(OKR_COLUMNS, null, 'en').columns;

  it('writes the four header formulas on a new sheet, from the column positions', () => {
    const plan = planComputedFormulas(columns, null, settingsRef, 'en', 'OKRs');
    expect(plan.writes.map(w => [w.col, w.value])).toEqual([
      [9, '=OKR_PROGRESS(H1:H; G1:G; F1:F; E1:E; Settings!$B$7; "Progress")'],
      [10, expect.stringMatching(/^=ARRAYFORMULA\(IF\(SEQUENCE\(ROWS\(I1:I\)\)=1; "Bar"; .*REPT\("█"; /)],
      [11, '=OKR_ROLLUP(B1:B; I1:I; Q1:Q; Settings!$B$7; "Objective progress")'],
      [13, '=OKR_STATUS(I1:I; Settings!$B$3; Settings!$B$4; Settings!$B$5; Settings!$B$7; "Status")'],
    ]);
  });

  it.each([
    ['as written', (f: string) => f],
    ['with `,` separators and no spaces (en_US getFormula)', (f: string) => f.replace(/; /g, ',')],
    ['with `;` and other spacing', (f: string) => f.replace(/; /g, ' ;')],
  ])(
    'leaves a working formula alone, even with the other language header, read back %s',
    (_how, readBack) => {
      const header: string[] = new Array(16).fill('');
      for (const key of ['progress', 'progressBar', 'objectiveProgress', 'status'] as const) {
        header[columns[key]] = readBack(computedFormula(key, columns, settingsRef, 'fr'));
      }
      const state = { values: [header.map(() => 'x')], formulas: [header] };
      expect(planComputedFormulas(columns, state, settingsRef, 'en', 'OKRs').writes).toEqual([]);
      expect(header.map(f => formulaHeader(f)).filter(Boolean)).toEqual([
        'Progression',
        'Barre',
        "Progression de l'objectif",
        'Statut',
      ]);
      expect(columnsReadByFormulas(header)).toEqual({
        current: columns.current,
        target: columns.target,
        start: columns.start,
        kind: columns.kind,
        objective: columns.objective,
        progress: columns.progress,
        weight: columns.weight,
      });
    }
  );

  it('reads the columns a computed formula reads, with either separator', () => {
    const formulas = ['=OKR_PROGRESS(H1:H, G1:G, F1:F, E1:E, Settings!$B$7, "Progress")'];
    formulas.push(formulas[0].replace(/, /g, '; '));
    for (const formula of formulas) {
      expect(formulaHeader(formula)).toBe('Progress');
      expect(columnsReadByFormulas([formula])).toEqual({ current: 7, target: 6, start: 5, kind: 4 });
    }
    expect(formulaHeader('={"Progress"; OKR_PROGRESS(H2:H)}')).toBeNull();
  });

  it('follows moved columns and quoted sheet names', () => {
    const moved = { ...columns } as Record<OkrColumnKey, number>;
    for (const key of Object.keys(moved) as OkrColumnKey[]) if (moved[key] >= 2) moved[key] += 1;
    const f = computedFormula('progress', moved, { ...settingsRef, sheetName: 'Paramètres' }, 'fr');
    expect(f).toBe('=OKR_PROGRESS(I1:I; H1:H; G1:G; F1:F; \'Paramètres\'!$B$7; "Progression")');
    const status = computedFormula('status', moved, { ...settingsRef, sheetName: 'Paramètres' }, 'fr');
    expect(status).toContain("'Paramètres'!$B$3");
    expect(sameComputedFormula('progress', f, computedFormula('progress', columns, settingsRef, 'fr'))).toBe(
      false
    );
  });

  it('quotes a sheet name that reads as a cell reference (Q4, KR1)', () => {
    const status = computedFormula('status', columns, { ...settingsRef, sheetName: 'Q4' }, 'en');
    expect(status).toContain("'Q4'!$B$3");
    expect(status).not.toMatch(/[^']Q4!/);
    const values = [new Array(16).fill(''), new Array(16).fill('')];
    values[0][columns.progress] = '#REF!';
    values[1][columns.progress] = 0.5;
    const formulas = [new Array(16).fill('')];
    formulas[0][columns.progress] = computedFormula('progress', columns, settingsRef, 'en');
    const plan = planComputedFormulas(columns, { values, formulas }, settingsRef, 'en', 'KR1');
    expect(plan.blocked).toEqual([{ header: 'Progress', cells: ["'KR1'!I2"] }]);
  });

  it('reports typed cells that block a computed column', () => {
    const formulas = [new Array(16).fill('')];
    formulas[0][columns.progress] = computedFormula('progress', columns, settingsRef, 'en');
    const values = [new Array(16).fill(''), new Array(16).fill(''), new Array(16).fill('')];
    values[0][columns.progress] = '#REF!';
    values[2][columns.progress] = 0.5;
    const plan = planComputedFormulas(columns, { values, formulas }, settingsRef, 'en', 'OKRs');
    expect(plan.blocked).toEqual([{ header: 'Progress', cells: ['OKRs!I3'] }]);
  });
});

describe('planSettings', () => {
  it('writes every setting with the current quarter on a new sheet', () => {
    const plan = planSettings(null, 'fr', NOW);
    expect(plan.rows).toEqual(settingsRef.rows);
    const byCell = new Map(plan.writes.map(w => [`${w.row},${w.col}`, w.value]));
    expect(byCell.get('2,2')).toBe('T4 2026');
    expect((byCell.get('3,2') as Date).getTime()).toBe(new Date(2026, 9, 1).getTime());
    expect((byCell.get('4,2') as Date).getTime()).toBe(new Date(2026, 11, 31).getTime());
    expect(byCell.get('7,2')).toBe('Français');
    expect(plan.restored).toEqual([]);
  });

  it('keeps typed values and appends only the missing setting', () => {
    const values = [
      ['Setting', 'Value'],
      ...SETTING_ROWS.filter(s => s.key !== 'krType').map(s => [columnLabel('en', s), 'typed']),
    ];
    const plan = planSettings(values, 'en', NOW);
    expect(plan.writes).toEqual([
      { row: 7, col: 1, value: 'Default KR type' },
      { row: 7, col: 2, value: 'Committed' },
    ]);
    expect(plan.rows.language).toBe(6);
  });
});

describe('dashboard and writes', () => {
  const okrColumns = planTableHeader(OKR_COLUMNS, null, 'en').columns;
  const checkinColumns = planTableHeader(CHECKIN_COLUMNS, null, 'en').columns;
  const layout = dashboardLayout('en', {
    settings: { sheetName: 'Settings', rows: planSettings(null, 'en', NOW).rows },
    okrSheet: 'OKRs',
    okrColumns,
    checkinSheet: 'Check-ins',
    checkinColumns,
  });

  it('counts statuses in both languages and reads the log for weeks', () => {
    const formulas = layout.cells.map(c => String(c.value));
    expect(formulas).toContain('=COUNTIF(OKRs!M1:M; "On track")+COUNTIF(OKRs!M1:M; "En bonne voie")');
    expect(formulas.some(f => f.includes("'Check-ins'!B1:B"))).toBe(true);
    expect(layout.charts.map(c => c.type)).toEqual(['BAR', 'LINE']);
  });

  it('diffs only the cells that changed', () => {
    const values: unknown[][] = [];
    const formulas: string[][] = [];
    for (const cell of layout.cells) {
      (values[cell.row - 1] ??= [])[cell.col - 1] = String(cell.value).startsWith('=') ? 1 : cell.value;
      (formulas[cell.row - 1] ??= [])[cell.col - 1] = String(cell.value).startsWith('=')
        ? String(cell.value)
        : '';
    }
    expect(diffCells(layout.cells, { values, formulas })).toEqual([]);
    formulas[3][1] = '';
    expect(diffCells(layout.cells, { values, formulas }).map(c => [c.row, c.col])).toEqual([[4, 2]]);
  });

  it('groups adjacent writes into rectangles', () => {
    const blocks = groupWrites([
      { row: 1, col: 1, value: 'a' },
      { row: 1, col: 2, value: 'b' },
      { row: 2, col: 1, value: 'c' },
      { row: 2, col: 2, value: 'd' },
      { row: 2, col: 5, value: 'e' },
    ]);
    expect(blocks).toEqual([
      {
        row: 1,
        col: 1,
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      { row: 2, col: 5, values: [['e']] },
    ]);
  });
});

describe('planKrIds and sheet names', () => {
  it('continues after the highest id ever given and fills only blank ID cells (a copied ID is left to the quality check)', () => {
    const plan = planKrIds(
      [
        { rowNumber: 2, id: 'KR-0003', keyResult: 'a' },
        { rowNumber: 3, id: '', keyResult: 'b' },
        { rowNumber: 4, id: 'KR-0003', keyResult: 'copied' },
        { rowNumber: 5, id: '', keyResult: '' },
        { rowNumber: 6, id: '007', keyResult: 'typed id' },
      ],
      7
    );
    expect(plan.assignments).toEqual([{ rowNumber: 3, id: 'KR-0008' }]);
    expect(plan.lastIssued).toBe(8);
  });

  it('never issues an ID that appears only in the log (a deleted KR)', () => {
    const plan = planKrIds([{ rowNumber: 2, id: '', keyResult: 'new' }], 0, ['KR-0012', '', 'x']);
    expect(plan.assignments).toEqual([{ rowNumber: 2, id: 'KR-0013' }]);
  });

  it('never takes the name of a sheet that is not ours', () => {
    expect(nameForNewSheet('okrs', 'en', ['Sheet1'])).toBe('OKRs');
    expect(nameForNewSheet('okrs', 'en', ['okrs'])).toBe('OKRs (okr-sheets)');
    expect(nameForNewSheet('settings', 'fr', ['Paramètres', 'Paramètres (okr-sheets)'])).toBe(
      'Paramètres (okr-sheets 2)'
    );
  });
});
