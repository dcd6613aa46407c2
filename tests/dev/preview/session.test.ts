// The preview session on its own (no browser): questions the add-on asks, one sidebar per browser tab, typed
// cells read as Sheets reads them, blocked spills that recover.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../../dev/runtime';
import { PreviewSession } from '../../../dev/preview/session';
import { OKR_COLUMNS } from '../../../src/schema/layout';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-session-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function newSession(locale = 'en_US', file = path.join(dir, 'workbook.json')): PreviewSession {
  return new PreviewSession({
    file,
    locale,
    distDir: DIST,
    createRuntime: options => createRuntime({ ...options, distDir: DIST }),
  });
}

const okrs = sheetName('en', 'okrs');
const kinds = (session: PreviewSession) => {
  const view = session.state().view!;
  const column = OKR_COLUMNS.findIndex(c => c.key === 'keyResult');
  return view.cells.map(row => row[column]?.t ?? '').filter(Boolean);
};

describe('questions the add-on asks (ui.alert with YES_NO)', () => {
  test('"Add them again?" stops the run with its buttons; No adds nothing, Yes adds the examples again', () => {
    const session = newSession();
    session.runMenu('tab', 'Install or repair template');
    session.activate(okrs);
    expect(session.runMenu('tab', 'Insert example OKRs').question).toBeNull();
    const once = kinds(session);

    const asked = session.runMenu('tab', 'Insert example OKRs');
    expect(asked.question).toMatchObject({ kind: 'alert', buttons: 'YES_NO', answers: [] });
    expect(asked.question!.message).toMatch(/again/);
    expect(kinds(session)).toEqual(once);

    const no = session.runMenu('tab', 'Insert example OKRs', undefined, [{ button: 'NO' }]);
    expect(no.question).toBeNull();
    expect(kinds(session)).toEqual(once);

    const yes = session.runMenu('tab', 'Insert example OKRs', undefined, [{ button: 'YES' }]);
    expect(yes.question).toBeNull();
    expect(kinds(session).length).toBe(2 * once.length - 1);
  });

  test('answers must be Apps Script button names', () => {
    const session = newSession();
    expect(() => session.runMenu('tab', 'Help', undefined, [{ button: 'MAYBE' }])).toThrow(/button/);
  });
});

describe('one sidebar per browser tab', () => {
  test('opening the check-in in a second tab leaves the first tab on its own sidebar', () => {
    const session = newSession();
    session.runMenu('first', 'Install or repair template');
    session.runMenu('first', 'Insert example OKRs');
    session.runMenu('first', 'Weekly check-in');
    const first = session.state('first').sidebar;
    expect(first).not.toBeNull();
    expect(session.state('second').sidebar).toBeNull();

    session.runMenu('second', 'Weekly check-in');
    const second = session.state('second').sidebar;
    expect(second!.id).not.toBe(first!.id);
    expect(session.state('first').sidebar).toEqual(first);
    session.closePanel('second', second!.id);
    expect(session.state('second').sidebar).toBeNull();
    expect(session.state('first').sidebar).toEqual(first);
  });
});

describe('typing into the grid', () => {
  test('an apostrophe forces text; the formula bar gives it back; dates follow the locale', () => {
    const session = newSession('fr_FR');
    const sheet = session.state().sheets[0];
    session.editCell('', sheet, 'A1', "'=1+1");
    session.editCell('', sheet, 'A2', "'007");
    session.editCell('', sheet, 'A3', '3/4/2026');
    session.editCell('', sheet, 'A4', '=1+1');
    const cells = session.state().view!.cells;
    expect(cells[0][0]).toMatchObject({ t: '=1+1', e: "'=1+1" });
    expect(cells[1][0]).toMatchObject({ t: '007', e: "'007" });
    expect(cells[2][0]!.t).toBe('03/04/2026');
    expect(cells[3][0]).toMatchObject({ t: '2', f: '=1+1' });
  });

  test.each([
    ['en_US', 2],
    ['fr_FR', 3],
  ])('"3/4/2026" typed in the grid and written with setValue is the same date in %s', (locale, month) => {
    let rt!: Runtime;
    const session = new PreviewSession({
      file: path.join(dir, 'workbook.json'),
      locale,
      distDir: DIST,
      createRuntime: options => (rt = createRuntime({ ...options, distDir: DIST })),
    });
    const sheet = session.state().sheets[0];
    session.editCell('', sheet, 'A1', '3/4/2026');
    const range = rt.spreadsheet.getSheetByName(sheet)!.getRange('A1:A2');
    range.getCell(2, 1).setValue('3/4/2026');
    const [[grid], [script]] = range.getValues() as Date[][];
    expect(grid).toBeInstanceOf(rt.global.Date);
    expect([grid.getFullYear(), grid.getMonth(), grid.getDate()]).toEqual([2026, month, month === 2 ? 4 : 3]);
    expect(script.getTime()).toBe(grid.getTime());
  });

  test('a value typed into a computed column blocks it with a #REF! naming the cell; clearing it recovers', () => {
    const session = newSession();
    session.runMenu('', 'Install or repair template');
    session.activate(okrs);
    session.runMenu('', 'Insert example OKRs');
    const progress = OKR_COLUMNS.findIndex(c => c.key === 'progress');
    const letter = String.fromCharCode(65 + progress);
    const before = session.state().view!.cells[3][progress]!.t;
    session.editCell('', okrs, `${letter}4`, '50%');
    const blocked = session.state().view!.cells[0][progress]!;
    expect(blocked.t).toBe('#REF!');
    expect(blocked.tip).toMatch(new RegExp(`overwrite data in ${letter}4`));
    const repair = session.runMenu('', 'Install or repair template');
    expect(repair.notices.map(n => n.message).join(' ')).toContain(`${letter}4`);

    session.editCell('', okrs, `${letter}4`, '');
    const cells = session.state().view!.cells;
    expect(cells[0][progress]!.t).toBe(columnLabel('en', OKR_COLUMNS[progress]));
    expect(cells[3][progress]!.t).toBe(before);
    const again = session.runMenu('', 'Install or repair template');
    expect(again.notices.map(n => n.message).join(' ')).toMatch(/nothing to repair/);
  });
});
