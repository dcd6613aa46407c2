// The template through the built bundle in the local runtime: install, repair, examples, quality check, menu.
import { EXAMPLE_OKRS } from '../../../src/features/examples/data';
import { STATUS_COLORS } from '../../../src/features/install/formats';
import type { PaceStatus } from '../../../src/core/pace';
import { statusLabel } from '../../../src/i18n/labels';
import { GRADE_BANDS } from '../../../src/features/install/formats';
import type { Lang } from '../../../src/i18n/lang';
import {
  ALL_SHEETS,
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  SETTING_ROWS,
  type CheckinColumnKey,
  type OkrColumnKey,
} from '../../../src/schema/layout';
import { createRuntime } from '../../../dev/runtime';
import { t } from '../../../src/i18n/catalog';
import { INSTALL } from '../../../src/i18n/sections';
import { readExposedGlobals } from '../../../dev/build';
import { installedRuntime, NOW, sheetCells } from '../../support/workbook';
import { col, fill200Krs, newRuntime, typeRows } from './runtime-helpers';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

const sheetNames = (rt: ReturnType<typeof newRuntime>) => rt.spreadsheet.getSheets().map(s => s.getName());

/** The first English example KR's progress, from its own start, target and current (an increase). */
const firstExample = EXAMPLE_OKRS[0].krs[0];
const firstExampleProgress =
  (firstExample.current - firstExample.start) / (firstExample.target - firstExample.start);

describe('install on an empty spreadsheet', () => {
  it.each([
    ['en_US', 'en', ['OKRs', 'Check-ins', 'Settings', 'Dashboard']],
    ['fr_FR', 'fr', ['OKR', 'Suivi hebdo', 'Paramètres', 'Tableau de bord']],
  ] as const)('creates the four sheets in %s, with headers and no example', (locale, lang, names) => {
    const rt = installedRuntime({ locale });
    expect(sheetNames(rt)).toEqual(expect.arrayContaining([...names]));
    const okrs = rt.sheetValues(names[0]);
    expect(okrs[0].slice(0, OKR_COLUMNS.length)).toEqual(OKR_COLUMNS.map(c => columnLabel(lang, c)));
    // Beyond the table, after one blank column: the headline overall figure (no KR yet).
    expect(okrs[0].slice(OKR_COLUMNS.length)).toEqual([
      '',
      lang === 'fr'
        ? 'T4 2026, progression globale : pas encore de progression'
        : 'Q4 2026 overall: no progress yet',
    ]);
    // No example row: below the header only computed (blank) cells.
    expect(okrs.slice(1).every(row => row.every(v => v === '' || v === null))).toBe(true);
    expect(rt.sheetValues(names[1])[0]).toEqual(CHECKIN_COLUMNS.map(c => columnLabel(lang, c)));
    const settings = rt.sheetValues(names[2]);
    expect(settings.slice(1).map(r => r[0])).toEqual(SETTING_ROWS.map(s => columnLabel(lang, s)));
    expect(settings[6][1]).toBe(lang === 'fr' ? 'Français' : 'English');
    const start = settings[2][1] as Date;
    expect([start.getFullYear(), start.getMonth(), start.getDate()]).toEqual([2026, 9, 1]);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(lang === 'fr' ? /installé/ : /installed/);
    const okrSheet = rt.spreadsheet.getSheetByName(names[0])!;
    expect(okrSheet.getFrozenRows()).toBe(1);
    expect(okrSheet.getFrozenColumns()).toBe(2);
    expect(rt.spreadsheet.getSheetByName(names[3])!.getCharts()).toHaveLength(2);
    // A colour chip per status on the Status column, in English and French; Progress is not coloured.
    const rules = okrSheet.getConditionalFormatRules();
    expect(rules).toHaveLength(8);
    const status = col(
      rt,
      names[0],
      columnLabel(
        lang,
        OKR_COLUMNS.find(c => c.key === 'status')!
      )
    );
    for (const rule of rules) {
      expect(rule.getRanges().map(r => r.getColumn())).toEqual([status + 1]);
    }
    const protections = okrSheet.getProtections(rt.global.SpreadsheetApp.ProtectionType.RANGE);
    expect(
      protections.map(p => [p.getRange().getA1Notation().replace(/\d+/g, ''), p.isWarningOnly()])
    ).toEqual([
      ['I:K', true],
      ['M:M', true],
    ]);
    const krType = rt.spreadsheet.getSheetByName(names[2])!.getRange('B6').getDataValidation()!;
    expect(krType.getCriteriaValues()[0]).toEqual(
      lang === 'fr' ? ['Engagé', 'Ambitieux'] : ['Committed', 'Aspirational']
    );
  });

  it('installs beside a sheet of the user that has our name, without touching it', () => {
    const rt = newRuntime();
    const mine = rt.spreadsheet.insertSheet('OKRs');
    mine.getRange('A1').setValue('my own notes');
    rt.call('installTemplate');
    expect(rt.sheetValues('OKRs')).toEqual([['my own notes']]);
    expect(rt.sheetValues('OKRs (okr-sheets)')[0][0]).toBe('ID');
    expect(rt.ui.toasts.at(-1)?.message).toContain('OKRs (okr-sheets)');
  });
});

describe('the blank default sheet of a new spreadsheet', () => {
  it.each([
    ['en_US', 'en', 'Sheet1'],
    ['fr_FR', 'fr', 'Feuille 1'],
  ] as const)('is removed by the first install (%s)', (locale, lang, blank) => {
    const rt = createRuntime({ locale, now: NOW, sheets: [blank] });
    rt.call('installTemplate');
    expect(sheetNames(rt)).toEqual(
      (['okrs', 'checkins', 'settings', 'dashboard'] as const).map(key => sheetName(lang, key))
    );
  });

  it('is kept when it holds anything, even one cell far away', () => {
    const rt = newRuntime();
    rt.spreadsheet.getSheetByName('Sheet1')!.getRange('F40').setValue('keep me');
    rt.call('installTemplate');
    expect(sheetNames(rt)).toContain('Sheet1');
    expect(rt.spreadsheet.getSheetByName('Sheet1')!.getRange('F40').getValue()).toBe('keep me');
  });

  it('is kept beside another sheet of the user, and on a repair', () => {
    const two = createRuntime({ locale: 'en_US', now: NOW, sheets: ['Sheet1', 'Sheet2'] });
    two.call('installTemplate');
    expect(sheetNames(two)).toEqual(expect.arrayContaining(['Sheet1', 'Sheet2']));

    const rt = installedRuntime();
    rt.spreadsheet.insertSheet('Scratch');
    rt.call('installTemplate');
    expect(sheetNames(rt)).toContain('Scratch');
  });
});

describe('OKRs sheet layout', () => {
  it('gives the sentence columns room and centres the rows vertically', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const width = (header: string) => sheet.getColumnWidth(col(rt, 'OKRs', header) + 1);
    expect(width('Actions')).toBeGreaterThanOrEqual(250);
    expect(width('Key result')).toBeGreaterThanOrEqual(240);
    expect(width('Notes')).toBeGreaterThanOrEqual(180);
    // A number column stays narrow.
    expect(width('Start')).toBeLessThan(150);
    for (const a1 of ['A1', 'C2', 'N5', 'P200'])
      expect(sheet.getRange(a1).getVerticalAlignment()).toBe('middle');
  });

  it('shows Last check-in as a date, without a time of day, in both languages', () => {
    for (const [locale, name, header] of [
      ['en_US', 'OKRs', 'Last check-in'],
      ['fr_FR', 'OKR', 'Dernier suivi'],
    ] as const) {
      const rt = installedRuntime({ locale });
      const sheet = rt.spreadsheet.getSheetByName(name)!;
      const cell = sheet.getRange(2, col(rt, name, header) + 1);
      cell.setValue(new Date(2026, 10, 24));
      expect(cell.getDisplayValue()).toBe('2026-11-24');
    }
  });
});

describe('dashboard', () => {
  /** [objective, its progress] for each objective written in the OKRs sheet, as its own columns compute them. */
  function objectivesOf(rt: ReturnType<typeof newRuntime>, lang: Lang): unknown[][] {
    const name = sheetName(lang, 'okrs');
    const header = (key: OkrColumnKey) =>
      col(
        rt,
        name,
        columnLabel(
          lang,
          OKR_COLUMNS.find(c => c.key === key)!
        )
      );
    const [objective, progress] = [header('objective'), header('objectiveProgress')];
    return rt
      .sheetValues(name)
      .slice(1)
      .filter(row => row[objective] !== '')
      .map(row => [row[objective], row[progress]]);
  }

  /** The dashboard's per-objective table (row 11 on), down to its first blank row. */
  function dashboardObjectives(rt: ReturnType<typeof newRuntime>, lang: Lang): unknown[][] {
    const rows = rt.sheetValues(sheetName(lang, 'dashboard')).slice(10);
    return rows
      .slice(
        0,
        rows.findIndex(row => row[0] === '')
      )
      .map(row => row.slice(0, 2));
  }

  it.each([
    ['en_US', 'en'],
    ['fr_FR', 'fr'],
  ] as const)('lists every objective with its progress (%s)', (locale, lang) => {
    const rt = installedRuntime({ locale });
    rt.call('insertExampleOkrs');
    const expected = objectivesOf(rt, lang);
    expect(expected).toHaveLength(3);
    expect(expected.every(([, progress]) => typeof progress === 'number')).toBe(true);
    expect(dashboardObjectives(rt, lang)).toEqual(expected);
  });

  it('lists each check-in week once, in order, with the overall progress as of that week', () => {
    const rt = installedRuntime();
    const log = rt.spreadsheet.getSheetByName('Check-ins')!;
    const logCol = (key: CheckinColumnKey) =>
      col(
        rt,
        'Check-ins',
        columnLabel(
          'en',
          CHECKIN_COLUMNS.find(c => c.key === key)!
        )
      );
    const checkins: [string, string, number][] = [
      ['2026-W48', 'KR-0001', 0.5],
      ['2026-W47', 'KR-0002', 0.2],
      ['2026-W48', 'KR-0001', 0.7],
      ['2026-W47', 'KR-0002', 0.4],
      ['2026-W46', 'KR-0003', 0.1],
    ];
    const rows = checkins.map(([week, id, progress]) => {
      const row: unknown[] = new Array(CHECKIN_COLUMNS.length).fill('');
      row[logCol('week')] = week;
      row[logCol('krId')] = id;
      row[logCol('progress')] = progress;
      return row;
    });
    log.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
    const weeks = [...new Set(checkins.map(([week]) => week))].sort();
    // Each KR at its last check-in of the latest week up to `week` (later rows win within a week).
    const average = (week: string) => {
      const latest = new Map<string, [string, number]>();
      for (const [w, id, p] of checkins) {
        if (w <= week && (!latest.has(id) || latest.get(id)![0] <= w)) latest.set(id, [w, p]);
      }
      const values = [...latest.values()].map(([, p]) => p);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const table = rt
      .sheetValues('Dashboard')
      .slice(10, 10 + weeks.length + 1)
      .map(row => row.slice(3, 5));
    expect(table).toEqual([...weeks.map(week => [week, expect.closeTo(average(week), 9)]), ['', '']]);
  });

  it("repairs Dashboard formulas that differ from the template's, and the tables list every objective again", () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard')!;
    const template = rt.sheetFormulas('Dashboard')[10];
    dashboard
      .getRange('A11:B11')
      .setFormulas([
        ['=IFERROR(FILTER(OKRs!B2:B, OKRs!B2:B<>""), "")', '=IFERROR(FILTER(OKRs!K2:K, OKRs!B2:B<>""), "")'],
      ]);
    dashboard
      .getRange('D11')
      .setFormula(`=IFERROR(SORT(UNIQUE(FILTER('Check-ins'!B2:B, 'Check-ins'!B2:B<>""))), "")`);

    rt.call('installTemplate');
    expect(rt.sheetFormulas('Dashboard')[10]).toEqual(template);
    expect(dashboardObjectives(rt, 'en')).toEqual(objectivesOf(rt, 'en'));
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Restored the dashboard/);
  });
});

describe('repair', () => {
  it('changes no cell when run twice, and says there was nothing to repair', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const before = sheetCells(rt);
    rt.call('installTemplate');
    expect(sheetCells(rt)).toEqual(before);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/nothing to repair/);
  });

  it('restores a deleted header and a deleted computed formula, and progress computes again', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const ownerCol = col(rt, 'OKRs', 'Owner');
    const progressCol = col(rt, 'OKRs', 'Progress');
    const owners = rt.sheetValues('OKRs').map(r => r[ownerCol]);
    sheet.getRange(1, ownerCol + 1).clearContent();
    sheet.getRange(1, progressCol + 1).clearContent();
    expect(rt.sheetValues('OKRs')[1][progressCol]).toBe('');

    rt.call('installTemplate');
    const values = rt.sheetValues('OKRs');
    expect(values[0][ownerCol]).toBe('Owner');
    expect(values.map(r => r[ownerCol]).slice(1)).toEqual(owners.slice(1));
    expect(rt.sheetFormulas('OKRs')[0][progressCol]).toMatch(/^=OKR_PROGRESS\(H1:H, G1:G, .*"Progress"\)$/);
    expect(values[1][progressCol]).toBeCloseTo(firstExampleProgress, 6);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/restored headers \(Owner\)/);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/restored computed formulas \(Progress\)/);
  });

  it('keeps working after the user inserts a column and renames the sheets', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    sheet.insertColumnBefore(3);
    sheet.getRange('C1:C2').setValues([['Team'], ['Growth']]);
    sheet.setName('Team OKRs');
    rt.spreadsheet.getSheetByName('Settings')!.setName('Config');
    const userColumn = () => rt.sheetValues('Team OKRs').map(r => r[2]);
    const before = userColumn();

    rt.call('installTemplate');
    expect(sheetNames(rt)).not.toContain('OKRs');
    expect(userColumn()).toEqual(before);
    const values = rt.sheetValues('Team OKRs');
    const progress = col(rt, 'Team OKRs', 'Progress');
    expect(progress).toBe(9);
    expect(values[1][progress]).toBeCloseTo(firstExampleProgress, 6);
    expect(typeof values[1][col(rt, 'Team OKRs', 'Status')]).toBe('string');
    expect(values[1][col(rt, 'Team OKRs', 'Status')]).not.toBe('');
    // The dashboard follows: the first objective's progress is a number.
    expect(typeof rt.sheetValues('Dashboard')[10][1]).toBe('number');
  });

  it('keeps a column whose header the user renamed connected (Target -> Goal), its new header kept and reported', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const width = rt.sheetValues('OKRs')[0].length;
    const target = col(rt, 'OKRs', 'Target');
    const progress = col(rt, 'OKRs', 'Progress');
    const targets = rt.sheetValues('OKRs').map(r => r[target]);
    const progressBefore = rt.sheetValues('OKRs')[1][progress] as number;
    sheet.getRange(1, target + 1).setValue('Goal');

    rt.call('installTemplate');
    const values = rt.sheetValues('OKRs');
    expect(values[0].length).toBe(width);
    // Found by its metadata: the user's header stays, the repair toast says it was recognised.
    expect(values[0][target]).toBe('Goal');
    expect(rt.ui.toasts.at(-1)?.message).toContain(
      'renamed headers kept, columns recognised: "Goal" (Target)'
    );
    expect(values.slice(1).map(r => r[target])).toEqual(targets.slice(1));
    expect(values[1][progress]).toBeCloseTo(progressBefore, 6);
    const data = rt.runServer('getCheckinData') as { objectives: { krs: { target: unknown }[] }[] };
    expect(data.objectives[0].krs[0].target).toBe(targets[1]);
  });

  it('restores conditional formatting, a chart and a validation the user removed, keeping the user rule', () => {
    const rt = installedRuntime();
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const userRule = rt.global.SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains('urgent')
      .setBackground('#ff00ff')
      .setRanges([sheet.getRange('N2:N')])
      .build();
    sheet.setConditionalFormatRules([userRule]);
    sheet.getRange('E2:E').clearDataValidations();
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard')!;
    dashboard.removeChart(dashboard.getCharts()[1]);
    const RANGE = rt.global.SpreadsheetApp.ProtectionType.RANGE;
    sheet.getProtections(RANGE)[1].remove();

    rt.call('installTemplate');
    expect(sheet.getProtections(RANGE).map(p => p.getRange().getA1Notation().replace(/\d+/g, ''))).toEqual(
      expect.arrayContaining(['I:K', 'M:M'])
    );
    const backgrounds = sheet.getConditionalFormatRules().map(r => r.getBooleanCondition()!.getBackground());
    // The user's rule, then the status chips (STATUS_COLORS), one per status label in each language.
    expect(backgrounds).toEqual([
      '#ff00ff',
      ...Object.values(STATUS_COLORS).flatMap(c => [c.background, c.background]),
    ]);
    expect(sheet.getRange('E5').getDataValidation()!.getCriteriaValues()[0]).toContain('Milestone');
    expect(dashboard.getCharts()).toHaveLength(2);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Restored 1 chart/);
  });

  it('reports a typed value that blocks a computed column, without erasing it', () => {
    const rt = installedRuntime({ locale: 'fr_FR' });
    rt.call('insertExampleOkrs');
    rt.spreadsheet.getSheetByName('OKR')!.getRange('I5').setValue(0.9);
    rt.call('installTemplate');
    expect(rt.sheetValues('OKR')[4][8]).toBe(0.9);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/« Progression » est calculée : videz OKR!I5/);
  });

  it("gives an id to every key result typed without one, and leaves a copied row's ID to the quality check", () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const sheet = rt.spreadsheet.getSheetByName('OKRs')!;
    const copy = sheet.getRange('A2:H2').getValues();
    sheet.getRange('A20:H20').setValues(copy);
    rt.call('installTemplate');
    const ids = rt
      .sheetValues('OKRs')
      .slice(1)
      .map(r => r[0])
      .filter(v => v !== '');
    // Issuing IDs writes only into blank ID cells: the copy keeps its ID (a duplicate the quality check reports).
    expect(ids).toHaveLength(13);
    expect(new Set(ids).size).toBe(12);
    expect(ids.at(-1)).toBe('KR-0001');
  });
});

describe('example OKRs', () => {
  it('are appended below the rows a user typed, in the sheet language, with ids', () => {
    const rt = installedRuntime({ locale: 'fr_FR' });
    typeRows(rt, 'OKR', 2, [
      {
        objective: 'Mon objectif',
        keyResult: 'Passer de 10 à 20 clients',
        owner: 'Léa',
        start: 10,
        target: 20,
      },
      { keyResult: 'Réduire le churn de 5 à 3', owner: 'Léa', start: 5, target: 3 },
    ]);
    const mine = rt.sheetValues('OKR').slice(1, 3);
    rt.call('insertExampleOkrs');
    const values = rt.sheetValues('OKR');
    expect(values.slice(1, 3).map(r => r.slice(1))).toEqual(mine.map(r => r.slice(1)));
    expect(values[3][1]).toBe('Attirer plus de leads entrants qualifiés');
    const ids = values
      .slice(1)
      .map(r => r[0])
      .filter(v => v !== '');
    expect(ids).toEqual(Array.from({ length: 14 }, (_, i) => `KR-${String(i + 1).padStart(4, '0')}`));
    expect(values[3][col(rt, 'OKR', 'Type')]).toBe('Augmenter');
    // Statuses follow the Settings language (Français).
    expect(['Terminé', 'En bonne voie', 'À risque', 'En retard']).toContain(
      values[3][col(rt, 'OKR', 'Statut')]
    );
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Exemples/);
  });

  it('asks before adding them a second time, and adds nothing when the answer is no', () => {
    const rt = installedRuntime();
    rt.call('insertExampleOkrs');
    const once = rt.sheetValues('OKRs');
    rt.ui.queueAlertResponse('NO');
    rt.call('insertExampleOkrs');
    expect(rt.ui.alerts.at(-1)).toMatchObject({ title: 'Example OKRs' });
    expect(rt.sheetValues('OKRs')).toEqual(once);

    rt.ui.queueAlertResponse('YES');
    rt.call('insertExampleOkrs');
    const keyResults = rt.sheetValues('OKRs').filter(r => r[2] !== '').length - 1;
    expect(keyResults).toBe(2 * (once.filter(r => r[2] !== '').length - 1));
  });
});

describe('example OKRs tell a mid-quarter story', () => {
  it.each([
    ['en_US', 'en'],
    ['fr_FR', 'fr'],
  ] as const)('mixes grades and statuses about 60 %% into the quarter (%s)', (locale, lang) => {
    // The clock is 24 November: the default period (Q4) is about 59 % elapsed.
    const rt = installedRuntime({ locale });
    rt.call('insertExampleOkrs');
    const values = rt.sheetValues(sheetName(lang, 'okrs'));
    const header = (key: OkrColumnKey) =>
      values[0].indexOf(
        columnLabel(
          lang,
          OKR_COLUMNS.find(c => c.key === key)!
        )
      );
    const rows = values.slice(1).filter(row => row[header('keyResult')] !== '');
    expect(rows).toHaveLength(12);

    const statusCount = (status: PaceStatus) =>
      rows.filter(row => row[header('status')] === statusLabel(lang, status)).length;
    expect(statusCount('done')).toBeGreaterThanOrEqual(1);
    expect(statusCount('offTrack')).toBeGreaterThanOrEqual(1);
    expect(statusCount('offTrack')).toBeLessThanOrEqual(2);
    expect(statusCount('atRisk')).toBeGreaterThanOrEqual(1);
    expect(statusCount('atRisk')).toBeLessThanOrEqual(2);
    expect(statusCount('onTrack')).toBeGreaterThan(rows.length / 2);

    const grades = rows
      .map(row => row[header('objectiveProgress')])
      .filter((p): p is number => typeof p === 'number')
      .map(p => (p >= GRADE_BANDS.greenFrom ? 'green' : p >= GRADE_BANDS.yellowFrom ? 'yellow' : 'red'));
    expect(grades.sort()).toEqual(['green', 'red', 'yellow']);
  });
});

describe('quality check', () => {
  it('lists findings with their cells, escaped, and selects a clicked cell', () => {
    const rt = installedRuntime();
    typeRows(rt, 'OKRs', 2, [
      { objective: '<b>Launch</b> & grow', keyResult: 'Prepare sales sheets', owner: 'Emma' },
      { keyResult: 'Grow MRR from 10 to 10', owner: '', start: 10, target: 10 },
      { objective: 'Lonely objective' },
    ]);
    rt.call('showQualityCheck');
    const html = rt.ui.dialogs.at(-1)!.html as string;
    const found = [
      ...html.matchAll(/data-rule="([^"]+)"><td><a href="#" class="cell" data-cell="([^"]+)"/g),
    ].map(m => [m[1], m[2]]);
    expect(found).toEqual([
      ['objective-without-kr', 'OKRs!B4'],
      ['missing-target', 'OKRs!G2'],
      ['start-equals-target', 'OKRs!G3'],
      ['missing-owner', 'OKRs!D3'],
    ]);
    expect(html).not.toContain('<b>Launch</b>');
    expect(html).toContain('selectCell');
    rt.runServer('selectCell', 'OKRs!D3');
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe('OKRs');
    expect(rt.spreadsheet.getActiveRange()!.getA1Notation()).toBe('D3');
    expect(() => rt.runServer('selectCell', 'not a cell')).toThrow(/Not a cell reference/);
  });
  it('after the rows are sorted by owner, flags the KRs left with no objective above them (in French too)', () => {
    for (const [locale, lang] of [
      ['en_US', 'en'],
      ['fr_FR', 'fr'],
    ] as const) {
      const rt = installedRuntime({ locale });
      rt.call('insertExampleOkrs');
      const name = sheetName(lang, 'okrs');
      const sheet = rt.spreadsheet.getSheetByName(name)!;
      const values = rt.sheetValues(name);
      const ownerCol = values[0].indexOf(
        columnLabel(
          lang,
          OKR_COLUMNS.find(c => c.key === 'owner')!
        )
      );
      const objectiveCol = values[0].indexOf(
        columnLabel(
          lang,
          OKR_COLUMNS.find(c => c.key === 'objective')!
        )
      );
      const last = values.filter(row => row[0] !== '').length;
      sheet.getRange(2, 1, last - 1, values[0].length).sort(ownerCol + 1);
      const sorted = rt.sheetValues(name);
      const orphans = sorted.slice(
        1,
        sorted.findIndex((row, r) => r > 0 && row[objectiveCol] !== '')
      ).length;
      expect(orphans).toBeGreaterThan(0);

      rt.call('showQualityCheck');
      const html = rt.ui.dialogs.at(-1)!.html as string;
      expect(html).toContain(
        `data-rule="kr-without-objective"><td><a href="#" class="cell" data-cell="${name}!B2"`
      );
      // The KR is named once, in its own column; the message says what is wrong, with the count.
      expect(html).toContain(`<td class="subject">${sorted[1][0]} `);
      expect(html).toContain(
        lang === 'fr'
          ? `Aucun objectif au-dessus de cette ligne : ${orphans} résultat`
          : `No objective above this row: ${orphans} key result`
      );
    }
  });
});

describe('menu and help', () => {
  it('under AuthMode.NONE builds only the menu, in the user language', () => {
    const rt = newRuntime('fr_FR');
    rt.authMode = 'NONE';
    rt.calls.reset();
    rt.call('onOpen', { authMode: 'NONE' });
    const items = rt.menus
      .at(-1)!
      .items.flatMap(i => ('functionName' in i ? [[i.caption, i.functionName]] : []));
    expect(items).toEqual([
      ['Installer ou réparer le modèle', 'installTemplate'],
      ['Suivi hebdomadaire', 'showCheckinSidebar'],
      ["Insérer des OKR d'exemple", 'insertExampleOkrs'],
      ['Vérifier la qualité des OKR', 'showQualityCheck'],
      ['Clôturer la période…', 'showClosePeriod'],
      ['Rouvrir la dernière période', 'reopenLastPeriod'],
      ['Commencer une nouvelle période…', 'showStartNewPeriod'],
      ['Aide', 'showHelp'],
    ]);
    expect(Object.keys(rt.calls.byMethod()).filter(k => !k.startsWith('SpreadsheetApp.getUi'))).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^(Spreadsheet|Sheet|Range)\./)])
    );
    rt.authMode = 'FULL';
    expect(sheetNames(rt)).toEqual(['Sheet1']);
  });

  it('puts the menu under Extensions as an add-on, in the menu bar as a script bound to the spreadsheet', () => {
    const addon = newRuntime();
    addon.call('onOpen', { authMode: 'LIMITED' });
    expect(addon.menus.at(-1)).toMatchObject({ addon: true, title: 'okr-sheets' });

    const bound = createRuntime({ locale: 'en_US', installationSource: 'NONE' });
    bound.call('onOpen', { authMode: 'LIMITED' });
    expect(bound.menus.at(-1)).toMatchObject({ addon: false, title: 'OKR' });
    expect(bound.menus.at(-1)!.items.map(i => ('caption' in i ? i.caption : '-'))).toContain(
      'Install or repair template'
    );

    // Under AuthMode.NONE only an add-on can be running, and ScriptApp is not even asked.
    const beforeEnabled = createRuntime({ locale: 'en_US', installationSource: 'NONE' });
    beforeEnabled.call('onOpen', { authMode: 'NONE' });
    expect(beforeEnabled.menus.at(-1)).toMatchObject({ addon: true });
  });

  it('runs each menu item by its caption; help follows the Settings language', () => {
    const rt = newRuntime();
    rt.call('onOpen', { authMode: 'FULL' });
    rt.runMenuItem('Install or repair template');
    rt.spreadsheet.getSheetByName('Settings')!.getRange('B7').setValue('Français');
    rt.runMenuItem('Help');
    expect(rt.ui.dialogs.at(-1)!.html).toContain('Votre espace OKR');
  });

  it('explains every menu item, sheet and custom function, in both languages', () => {
    const customFunctions = readExposedGlobals()
      .filter(g => g.isCustomFunction)
      .map(g => g.name);
    expect(customFunctions.length).toBeGreaterThanOrEqual(5);
    for (const lang of ['en', 'fr'] as const) {
      const rt = installedRuntime({ locale: lang === 'fr' ? 'fr_FR' : 'en_US' });
      rt.call('showHelp');
      const html = rt.ui.dialogs.at(-1)!.html;
      expect(html).toContain(`<html lang="${lang}">`);
      const text = html.replace(/&#39;/g, "'");
      for (const item of ['menuInstall', 'menuCheckin', 'menuExamples', 'menuQuality'] as const)
        expect(text).toContain(t(INSTALL, lang, item));
      for (const key of ALL_SHEETS) expect(text).toContain(sheetName(lang, key));
      for (const name of customFunctions) expect(text).toContain(`=${name}(`);
      expect(html).not.toMatch(/<\?|\?>/); // every scriptlet was evaluated
    }
  });
});

describe('Spreadsheet calls', () => {
  // Install puts developer metadata on each of its 19 OKRs columns (Commitment and Carried from added by the period
  // close), 12 log columns (Period) and 6 Settings rows (one addDeveloperMetadata each, their ranges from one
  // RangeList per sheet): 37 calls a first install pays once, on top of the 59 it made before (105 measured).
  // Repair finds them remembered and adds none.
  it('stay under 108 on a first install and do not grow with the number of key results', () => {
    const empty = newRuntime();
    empty.calls.reset();
    empty.call('installTemplate');
    const onEmpty = empty.calls.spreadsheet();
    expect(onEmpty).toBeLessThan(108);

    const counts: number[] = [];
    for (const krs of [20, 200]) {
      const rt = installedRuntime();
      fill200Krs(rt);
      if (krs === 20) rt.spreadsheet.getSheetByName('OKRs')!.getRange('A22:H201').clearContent();
      rt.call('installTemplate'); // gives the ids
      rt.calls.reset();
      rt.call('installTemplate');
      counts.push(rt.calls.spreadsheet());
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThan(85);
  });
});

describe('a Current cell that is no number', () => {
  it('flags its own row, in the sheet language, and every other row still computes', () => {
    for (const [locale, name, headers, message] of [
      ['en_US', 'OKRs', ['Current', 'Progress', 'Objective progress', 'Status'], "⚠ Current: 'abc'"],
      [
        'fr_FR',
        'OKR',
        ['Actuel', 'Progression', "Progression de l'objectif", 'Statut'],
        '⚠ Actuel : « abc »',
      ],
    ] as const) {
      const rt = installedRuntime({ locale });
      rt.call('insertExampleOkrs');
      const [current, progress, objective, status] = headers.map(h => col(rt, name, h));
      const before = rt.sheetValues(name);
      rt.spreadsheet
        .getSheetByName(name)!
        .getRange(3, current + 1)
        .setValue('abc');
      const after = rt.sheetValues(name);
      const spaces = (text: unknown) => String(text).replace(/[\s\u00a0\u202f]+/g, ' ');
      expect(spaces(after[2][progress])).toContain(message);
      expect(after[2][status]).toBe('');
      // Every other KR keeps a number and a status; the bad row's objective says it is incomplete.
      for (const row of [1, 3, 4, 5, 6]) {
        expect(after[row][progress]).toBe(before[row][progress]);
        expect(after[row][status]).toBe(before[row][status]);
      }
      expect(typeof before[1][objective]).toBe('number');
      expect(after[1][objective]).toMatch(/^⚠ Incompl/);
    }
  });
});
