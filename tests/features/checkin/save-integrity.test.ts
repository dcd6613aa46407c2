// A check-in save is all or nothing, strictly validated, and writes only what it changes: the built bundle in the
// local runtime, which fails writes on purpose (rt.faults), enforces protections, cell length and sheet size.
import { createRuntime, type Runtime, type WorkbookData } from '../../../dev/runtime';
import type { CheckinData, CheckinEntry, SaveResult } from '../../../src/features/checkin/types';
import { COLUMN_METADATA_KEY } from '../../../src/schema/layout';
import {
  allKrs,
  createWorkbook,
  entryFor,
  logEntries,
  NOW,
  standardKrs,
  type TestWorkbook,
} from '../../support/workbook';

/**
 * The workbook as plain data, every cell, format, note, validation, protection, metadata and property included;
 * a cell the runtime merely allocated (an empty object) counts as the empty cell it is.
 */
function workbookState(rt: Runtime): WorkbookData {
  const data = rt.snapshot();
  for (const sheet of data.sheets) {
    sheet.cells = sheet.cells.map(row =>
      (row ?? []).map(cell => (cell && Object.keys(cell).length ? cell : null))
    );
    for (const row of sheet.cells) while (row.length && !row[row.length - 1]) row.pop();
    while (sheet.cells.length && !sheet.cells[sheet.cells.length - 1]?.length) sheet.cells.pop();
    sheet.cells = sheet.cells.map(row => (row.length ? row : []));
  }
  return data;
}

const load = (rt: Runtime) => rt.runServer('getCheckinData') as CheckinData;
const save = (rt: Runtime, entries: unknown, lang?: 'en' | 'fr') =>
  rt.runServer('saveCheckin', { entries, lang }) as SaveResult;

function settingsAsOf(wb: TestWorkbook): GoogleAppsScript.Spreadsheet.Range {
  const settings = wb.rt.spreadsheet.getSheetByName('Settings')!;
  const labels = settings
    .getDataRange()
    .getValues()
    .map(r => String(r[0]));
  const row = labels.findIndex(label => /^as of/i.test(label));
  if (row < 0) throw new Error(`no As of row in ${labels.join(' | ')}`);
  return settings.getRange(row + 1, 2);
}

/** A save touching every kind of write: two runs per column, the log grown by one row, Settings' As of. */
function richScenario(): { wb: TestWorkbook; entries: CheckinEntry[] } {
  const wb = createWorkbook(standardKrs());
  const [demo, , conversion, backlinks] = allKrs(load(wb.rt));
  // the log has no room left below its header: the save must grow it first
  wb.log.deleteRows(3, wb.log.getMaxRows() - 2);
  settingsAsOf(wb).setValue(new Date(2026, 10, 2));
  const entries = [
    entryFor(demo, '110', '8', 'good week'),
    entryFor(conversion, '0.12', '6', '=1+1'),
    entryFor(backlinks, '2', '4', '+33 6 12'),
  ];
  return { wb, entries };
}

describe('a save is all or nothing', () => {
  it('puts the whole workbook back as it was when any write step fails', () => {
    const { wb, entries } = richScenario();
    const before = workbookState(wb.rt);
    const state = workbookState(wb.rt);

    // the same save on a copy, without failure, tells how many write calls it makes
    const probe = createRuntime({ snapshot: before, now: NOW, userEmail: 'lea@example.com' });
    probe.faults.reset();
    expect(save(probe, entries).saved).toEqual(['KR-0001', 'KR-0003', 'KR-0004']);
    const writes = probe.faults.writes;
    expect(writes).toBeGreaterThanOrEqual(9); // grow, log formats + values, 3 columns × 2 runs − 1, As of
    expect(workbookState(probe)).not.toEqual(state);

    for (let step = 1; step <= writes; step++) {
      const rt = createRuntime({ snapshot: before, now: NOW, userEmail: 'lea@example.com' });
      rt.faults.failOnWrite(step);
      expect(() => save(rt, entries)).toThrow(
        'Nothing was saved: Google Sheets refused a write (Service Spreadsheets failed while accessing document'
      );
      expect({ step, workbook: workbookState(rt) }).toEqual({ step, workbook: state });
    }
  });

  it('names the cells it could not put back when the rollback fails too', () => {
    const { wb, entries } = richScenario();
    wb.rt.faults.failFromWrite(4); // a service outage from the 4th write on: the undos fail as well
    expect(() => save(wb.rt, entries)).toThrow(
      /Saving stopped part-way: Google Sheets refused a write \(.*\) and these cells could not be put back: Check-ins!/
    );
  });

  it('refuses a KR whose ID is on two rows (a row copied after loading), naming both rows, writing nothing', () => {
    const wb = createWorkbook(standardKrs());
    const [demo, webinar] = allKrs(load(wb.rt));
    const width = wb.okrs.getLastColumn();
    wb.okrs.getRange(3, 1, 1, width).copyTo(wb.okrs.getRange(6, 1, 1, width));
    const before = workbookState(wb.rt);
    const result = save(wb.rt, [entryFor(demo, '110'), entryFor(webinar, '70')]);
    expect(result.saved).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ id: 'KR-0002', field: 'id' })]);
    expect(result.errors[0].message).toContain('rows 3, 6');
    expect(workbookState(wb.rt)).toEqual(before);
  });

  it('refuses a comment over 50,000 characters before writing anything; 50,000 fit', () => {
    const wb = createWorkbook(standardKrs());
    const [demo, webinar] = allKrs(load(wb.rt));
    const before = workbookState(wb.rt);
    const result = save(wb.rt, [entryFor(demo, '110', '7', 'x'.repeat(50001)), entryFor(webinar, '70')]);
    expect(result.saved).toEqual([]);
    expect(result.errors[0]).toMatchObject({ id: 'KR-0001', field: 'comment' });
    expect(workbookState(wb.rt)).toEqual(before);
    expect(save(wb.rt, [entryFor(demo, '110', '7', 'x'.repeat(50000))]).saved).toEqual(['KR-0001']);
    expect(String(logEntries(wb)[0].comment)).toHaveLength(50000);
  });

  it('refuses a save into a protected log before the first write, saying which cells', () => {
    const wb = createWorkbook(standardKrs());
    const [demo] = allKrs(load(wb.rt));
    // the log's protection now blocks: no longer warning-only, and the user is not an editor
    wb.rt.evaluate(
      `var p = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Check-ins').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
       p.setWarningOnly(false); p.removeEditors(p.getEditors());`
    );
    const before = workbookState(wb.rt);
    wb.rt.faults.reset();
    expect(() => save(wb.rt, [entryFor(demo, '110')])).toThrow(
      'Nothing was saved: these cells are protected and you may not edit them: Check-ins!'
    );
    expect(wb.rt.faults.writes).toBe(0);
    expect(workbookState(wb.rt)).toEqual(before);
  });
});

describe('the save request is read strictly', () => {
  const cases: [string, (e: CheckinEntry) => unknown, string, string][] = [
    [
      'an object as comment',
      e => ({ entries: [{ ...e, comment: { x: 1 } }] }),
      'entry 1 (KR-0001): comment must be text (got object).',
      'entrée 1 (KR-0001) : comment doit être un texte (reçu : object).',
    ],
    [
      'a null entry',
      () => ({ entries: [null] }),
      'entry 1 is not an object (got null).',
      'l’entrée 1 n’est pas un objet (reçu : null).',
    ],
    [
      'a number as value',
      e => ({ entries: [{ ...e, value: 110 }] }),
      'entry 1 (KR-0001): value must be text (got number 110).',
      'entrée 1 (KR-0001) : value doit être un texte (reçu : number 110).',
    ],
    [
      'no id',
      e => ({ entries: [{ ...e, id: '' }] }),
      'entry 1 (?): id must be a non-empty text (got "").',
      'entrée 1 (?) : id doit être un texte non vide (reçu : "").',
    ],
    [
      'the same KR twice',
      e => ({ entries: [e, e] }),
      'entries 1 and 2 both name KR-0001',
      'les entrées 1 et 2 désignent toutes deux KR-0001',
    ],
    [
      'entries that are no list',
      () => ({ entries: 'KR-0001' }),
      'entries must be a list (got "KR-0001").',
      'entries doit être une liste (reçu : "KR-0001").',
    ],
  ];

  it.each(cases)(
    'refuses %s with a message per field, in English and French, writing nothing',
    (_n, make, en, fr) => {
      const wb = createWorkbook(standardKrs());
      const [demo] = allKrs(load(wb.rt));
      const before = workbookState(wb.rt);
      const request = make(entryFor(demo, '110', '7', 'ok')) as Record<string, unknown>;
      expect(() => wb.rt.runServer('saveCheckin', { ...request, lang: 'en' })).toThrow(en);
      expect(() => wb.rt.runServer('saveCheckin', { ...request, lang: 'fr' })).toThrow(fr);
      expect(() => wb.rt.runServer('saveCheckin', { ...request, lang: 'en' })).toThrow(
        'Nothing was saved: the check-in sent is not valid.'
      );
      expect(workbookState(wb.rt)).toEqual(before);
    }
  );
});

describe('what a check-in writes', () => {
  it('leaves a formula in Settings’ As of alone', () => {
    const wb = createWorkbook(standardKrs());
    const [demo] = allKrs(load(wb.rt));
    settingsAsOf(wb).setFormula('=TODAY()-1');
    expect(save(wb.rt, [entryFor(demo, '110')]).saved).toEqual(['KR-0001']);
    expect(settingsAsOf(wb).getFormula()).toBe('=TODAY()-1');
  });

  it('moves a typed As of to today', () => {
    const wb = createWorkbook(standardKrs());
    const [demo] = allKrs(load(wb.rt));
    settingsAsOf(wb).setValue(new Date(2026, 10, 2));
    save(wb.rt, [entryFor(demo, '110')]);
    expect(settingsAsOf(wb).getDisplayValue()).toBe('11/24/2026');
  });

  it('writes a value in the Current cell’s scale and keeps its percent format (26 % stays 26 %, not 2600 %)', () => {
    const wb = createWorkbook([
      { id: 'KR-0001', objective: 'Convert', keyResult: 'Signup rate', start: 24, target: 28, current: 0.26 },
    ]);
    const cell = wb.okrs.getRange(2, wb.okrColumns.current! + 1);
    cell.setNumberFormat('0%');
    const [kr] = allKrs(load(wb.rt));
    expect(save(wb.rt, [entryFor(kr, '27 %')]).saved).toEqual(['KR-0001']);
    expect(cell.getValue()).toBeCloseTo(0.27);
    expect(cell.getNumberFormat()).toBe('0%');
    expect(cell.getDisplayValue()).toBe('27%');
  });

  it.each([
    ['en', '3.1%', '3.2%'],
    ['fr', '3,1\u202F%', '3,2 %'],
  ] as const)(
    'shows a percent-formatted Current as its cell does and reads the typed percent back in its scale (%s)',
    (lang, shown, typed) => {
      const wb = createWorkbook(
        [
          {
            id: 'KR-0001',
            objective: 'Convert',
            keyResult: 'Form conversion',
            start: 0.025,
            target: 0.033,
            current: 0.031,
          },
        ],
        [],
        lang
      );
      const cell = wb.okrs.getRange(2, wb.okrColumns.current! + 1);
      cell.setNumberFormat('0.0%');
      const [kr] = allKrs(load(wb.rt));
      expect(kr.currentText).toBe(shown);
      expect(save(wb.rt, [entryFor(kr, typed)]).saved).toEqual(['KR-0001']);
      expect(cell.getValue()).toBeCloseTo(0.032, 12);
      expect(cell.getNumberFormat()).toBe('0.0%');
    }
  );

  it('leaves a user’s array formula spilling into a column it writes untouched, and every cell between saved rows', () => {
    const wb = createWorkbook(standardKrs());
    const col = wb.okrColumns.confidence! + 1;
    // the user fills Confidence of rows 3 and 4 with one array formula
    wb.okrs.getRange(3, col, 2, 1).clearContent();
    wb.okrs.getRange(3, col).setFormula('={5;4}');
    const [demo, , , backlinks] = allKrs(load(wb.rt));
    const result = save(wb.rt, [entryFor(demo, '110', '8'), entryFor(backlinks, '2', '4')]);
    expect(result.saved).toEqual(['KR-0001', 'KR-0004']);
    expect(wb.okrs.getRange(3, col, 2, 1).getFormulas()).toEqual([['={5;4}'], ['']]);
    expect(wb.okrs.getRange(2, col, 4, 1).getValues()).toEqual([[8], [5], [4], [4]]);
    expect(wb.rt.cellError('OKRs', wb.okrs.getRange(3, col).getA1Notation())).toBeNull();
  });

  it('leaves a user’s array formula in Notes, next to the written columns, untouched', () => {
    const wb = createWorkbook(standardKrs());
    const notes = wb.okrColumns.notes! + 1;
    wb.okrs.getRange(2, notes).setFormula('={"a";"b";"c";"d"}');
    const [demo, webinar, conversion, backlinks] = allKrs(load(wb.rt));
    save(wb.rt, [
      entryFor(demo, '110'),
      entryFor(webinar, '70'),
      entryFor(conversion, '0.12'),
      entryFor(backlinks, '2'),
    ]);
    expect(wb.okrs.getRange(2, notes, 4, 1).getValues()).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(wb.okrs.getRange(2, notes, 4, 1).getFormulas()).toEqual([
      ['={"a";"b";"c";"d"}'],
      [''],
      [''],
      [''],
    ]);
  });

  it('logs previous values and copied KR text as literal text', () => {
    const wb = createWorkbook(standardKrs());
    wb.okrs.getRange(3, wb.okrColumns.keyResult! + 1).setValue("'+20 % webinar sign-ups");
    wb.okrs.getRange(3, wb.okrColumns.current! + 1).setValue("'+60");
    const [, webinar] = allKrs(load(wb.rt));
    expect(webinar.current).toBe('+60');
    expect(save(wb.rt, [entryFor(webinar, '70', '5', '-5 since last week')]).saved).toEqual(['KR-0002']);
    const [entry] = logEntries(wb);
    expect(entry).toMatchObject({
      keyResult: '+20 % webinar sign-ups',
      previous: '+60',
      comment: '-5 since last week',
    });
    const row = wb.log.getRange(2, 1, 1, wb.log.getLastColumn()).getFormulas()[0];
    expect(row.every(f => f === '')).toBe(true);
  });
});

describe('IDs given when the sidebar opens', () => {
  it('write typed IDs between new ones back as typed text (007 stays 007)', () => {
    const wb = createWorkbook([
      { objective: 'Grow', keyResult: 'First', start: 0, target: 10, current: 1 },
      { id: "'007", keyResult: 'Second', start: 0, target: 10, current: 1 },
      { keyResult: 'Third', start: 0, target: 10, current: 1 },
    ]);
    load(wb.rt);
    const ids = wb.okrs
      .getRange(2, wb.okrColumns.id! + 1, 3, 1)
      .getValues()
      .flat();
    expect(ids[1]).toBe('007');
    expect(ids[0]).toMatch(/^KR-\d{4}$/);
    expect(ids[2]).toMatch(/^KR-\d{4}$/);
  });
});

describe('the author', () => {
  it('records who checked in', () => {
    const wb = createWorkbook(standardKrs());
    const [demo] = allKrs(load(wb.rt));
    save(wb.rt, [entryFor(demo, '110')]);
    expect(logEntries(wb)[0].author).toBe('lea@example.com');
  });

  it('leaves the author blank and still saves when the domain hides the address', () => {
    const wb = createWorkbook(standardKrs(), [], 'en', { userEmail: '' });
    const [demo] = allKrs(load(wb.rt));
    expect(save(wb.rt, [entryFor(demo, '110')]).saved).toEqual(['KR-0001']);
    expect(logEntries(wb)[0]).toMatchObject({ krId: 'KR-0001', author: '' });
  });

  it('leaves the author blank and still saves without the userinfo.email scope', () => {
    const scopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    const wb = createWorkbook(standardKrs(), [], 'en', { oauthScopes: scopes });
    const [demo] = allKrs(load(wb.rt));
    expect(save(wb.rt, [entryFor(demo, '110')]).saved).toEqual(['KR-0001']);
    expect(logEntries(wb)[0]).toMatchObject({ krId: 'KR-0001', author: '' });
  });
});

describe('the log’s columns are found by their developer metadata', () => {
  it('writes and reads its own columns whatever user columns are inserted, even one bearing our header text', () => {
    const wb = createWorkbook(standardKrs());
    const [demo] = allKrs(load(wb.rt));
    save(wb.rt, [entryFor(demo, '110', '7', 'first')]);
    // a user column in front, headed like ours, and one between Comment and Author
    wb.log.insertColumnsBefore(1, 1);
    wb.log.getRange('A1:A3').setValues([['KR ID'], ['mine'], ['mine too']]);
    const comment = wb.logColumns.comment! + 2; // moved right by one
    wb.log.insertColumnsAfter(comment, 1);
    wb.log.getRange(1, comment + 1).setValue('Comment');

    const data = load(wb.rt);
    const kr = allKrs(data).find(k => k.id === 'KR-0001')!;
    expect(kr.lastCheckin).toBe('2026-11-24');
    expect(kr.trend).toEqual([104, 110]);
    save(wb.rt, [entryFor(kr, '115', '7', 'second')]);

    const values = wb.log.getDataRange().getValues();
    const found = wb.rt.evaluate(
      `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Check-ins').createDeveloperMetadataFinder().withKey('${COLUMN_METADATA_KEY}').find().map(function (m) { return [m.getValue(), m.getLocation().getColumn().getColumn()]; })`
    ) as [string, number][];
    const at = Object.fromEntries(found.map(([key, column]) => [key, column - 1]));
    const rows = values.slice(1).map(row => [row[at.krId], row[at.value], row[at.comment], row[at.author]]);
    expect(rows).toEqual([
      ['KR-0001', 110, 'first', 'lea@example.com'],
      ['KR-0001', 115, 'second', 'lea@example.com'],
    ]);
    // the user's columns are untouched
    expect(values.map(row => row[0])).toEqual(['KR ID', 'mine', 'mine too']);
    expect(values.map(row => row[comment])).toEqual(['Comment', '', '']);
    expect(allKrs(load(wb.rt)).find(k => k.id === 'KR-0001')!.trend).toEqual([104, 110, 115]);
  });
});

describe('the log grows as needed', () => {
  function fillLog(wb: TestWorkbook, rows: number): void {
    const width = wb.log.getLastColumn();
    const needed = rows + 1 - wb.log.getMaxRows();
    if (needed > 0) wb.log.insertRowsAfter(wb.log.getMaxRows(), needed);
    const row = new Array(width).fill('');
    row[wb.logColumns.date!] = new Date(2026, 9, 1);
    row[wb.logColumns.krId!] = 'KR-0009';
    row[wb.logColumns.value!] = 1;
    wb.log.getRange(2, 1, rows, width).setValues(Array.from({ length: rows }, () => row));
  }

  function saveTwo(wb: TestWorkbook): number {
    const [demo, webinar] = allKrs(load(wb.rt));
    wb.rt.calls.reset();
    expect(save(wb.rt, [entryFor(demo, '110', '7', 'a'), entryFor(webinar, '70', '5', 'b')]).saved).toEqual([
      'KR-0001',
      'KR-0002',
    ]);
    return wb.rt.calls.dataCalls();
  }

  it('saves with the log at its very last row, growing it in one call', () => {
    const wb = createWorkbook(standardKrs());
    fillLog(wb, wb.log.getMaxRows() - 1);
    expect(wb.log.getMaxRows()).toBe(1000);
    const calls = saveTwo(wb);
    expect(wb.log.getMaxRows()).toBe(1002);
    expect(
      logEntries(wb)
        .slice(-2)
        .map(e => [e.krId, e.comment])
    ).toEqual([
      ['KR-0001', 'a'],
      ['KR-0002', 'b'],
    ]);
    const roomy = createWorkbook(standardKrs());
    expect(calls).toBe(saveTwo(roomy) + 1); // + insertRowsAfter
    expect(roomy.rt.calls.byMethod()['Sheet.insertRowsAfter']).toBeUndefined();
  });

  it('saves onto a log of 50,000 rows with as many calls as onto a log of 1,000', () => {
    const big = createWorkbook(standardKrs());
    fillLog(big, 50000);
    const full = createWorkbook(standardKrs());
    fillLog(full, 999);
    expect(saveTwo(big)).toBe(saveTwo(full));
    expect(big.log.getMaxRows()).toBe(50003);
    expect(big.log.getRange(50002, big.logColumns.krId! + 1, 2, 1).getValues()).toEqual([
      ['KR-0001'],
      ['KR-0002'],
    ]);
  });
});
