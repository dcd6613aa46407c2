// The built bundle (dist/Code.js) in the local runtime: getCheckinData and saveCheckin as google.script.run calls
// them. jest's globalSetup builds dist/ first.
import type { CheckinData, CheckinEntry, SaveResult } from '../../../src/features/checkin/types';
import { createRuntime } from '../../../dev/runtime';
import {
  allKrs,
  createWorkbook,
  entryFor,
  logEntries,
  manyKrs,
  examplesRuntime,
  NOW,
  okrCell,
  standardKrs,
  type TestWorkbook,
} from '../../support/workbook';

function load(wb: TestWorkbook): CheckinData {
  return wb.rt.runServer('getCheckinData') as CheckinData;
}

function save(wb: TestWorkbook, entries: CheckinEntry[], lang?: 'en' | 'fr'): SaveResult {
  return wb.rt.runServer('saveCheckin', { entries, lang }) as SaveResult;
}

describe('showCheckinSidebar (built bundle)', () => {
  it('opens the sidebar page from the menu item, titled in the user language', () => {
    const wb = createWorkbook(standardKrs());
    wb.rt.call('onOpen', { authMode: 'FULL' });
    wb.rt.runMenuItem('Weekly check-in');
    const sidebar = wb.rt.ui.sidebars.at(-1)!;
    expect(sidebar.title).toBe('Weekly check-in');
    expect(sidebar.html).toContain('<main id="app">');
  });
});

describe('getCheckinData (built bundle)', () => {
  it('returns KRs grouped by objective in sheet order, as plain JSON data', () => {
    const wb = createWorkbook(standardKrs());
    const data = load(wb);
    expect(data.lang).toBe('en');
    expect(data.today).toBe('2026-11-24');
    expect(data.objectives.map(o => [o.name, o.krs.map(k => k.id)])).toEqual([
      ['Grow inbound leads', ['KR-0001', 'KR-0002', 'KR-0003']],
      ['Publish content that ranks', ['KR-0004']],
    ]);
    const demo = allKrs(data)[0];
    expect(demo).toMatchObject({ owner: 'Léa', current: 104, confidence: 7, currentText: '104' });
    expect(demo.progress).toBeCloseTo(0.2);
    expect(data.owners).toEqual(['Léa', 'Marc', 'Sam']);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('saveCheckin (built bundle)', () => {
  it('writes Current, Confidence and Last check-in by id, appends the log and keeps the computed columns', () => {
    const wb = createWorkbook(standardKrs());
    const [demo, , conversion] = allKrs(load(wb));
    const progressFormula = wb.okrs.getRange(1, wb.okrColumns.progress! + 1).getFormula();
    const result = save(wb, [entryFor(demo, '110', '8', 'good week'), entryFor(conversion, '0.12')]);
    expect(result.saved).toEqual(['KR-0001', 'KR-0003']);
    expect(result.conflicts).toEqual([]);
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(110);
    expect(okrCell(wb, 'KR-0001', 'confidence')).toBe(8);
    expect(okrCell(wb, 'KR-0003', 'current')).toBe(0.12);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(60);
    expect(okrCell(wb, 'KR-0001', 'progress')).toBeCloseTo(0.5);
    expect(wb.okrs.getRange(1, wb.okrColumns.progress! + 1).getFormula()).toBe(progressFormula);
    const last = okrCell(wb, 'KR-0001', 'lastCheckin') as Date;
    expect(Object.prototype.toString.call(last)).toBe('[object Date]');
    expect(okrCell(wb, 'KR-0002', 'lastCheckin')).toBe('');

    const log = logEntries(wb);
    expect(log.map(e => [e.krId, e.previous, e.value, e.comment, e.author, e.week])).toEqual([
      ['KR-0001', 104, 110, 'good week', 'lea@example.com', '2026-W48'],
      ['KR-0003', 0.11, 0.12, '', 'lea@example.com', '2026-W48'],
    ]);
    expect(log[0].progress).toBeCloseTo(0.5);
    const fresh = allKrs(result.data);
    expect(fresh[0]).toMatchObject({
      current: 110,
      confidence: 8,
      lastCheckin: '2026-11-24',
      trend: [104, 110],
    });
  });

  it('stores formula-looking comments as text', () => {
    const wb = createWorkbook(standardKrs());
    const krs = allKrs(load(wb));
    const comments = ['=1+1', '+33 6 12 34 56 78', '@here', '-5 leads'];
    save(
      wb,
      krs.map((kr, i) => entryFor(kr, String(kr.current), String(kr.confidence), comments[i]))
    );
    const commentColumn = wb.logColumns.comment! + 1;
    const range = wb.log.getRange(2, commentColumn, comments.length, 1);
    expect(range.getFormulas().flat()).toEqual(['', '', '', '']);
    expect(range.getValues().flat()).toEqual(comments);
  });

  it('reports a conflict with both values when the sheet changed after loading, and saves nothing (all or nothing)', () => {
    const wb = createWorkbook(standardKrs());
    const [demo, webinar] = allKrs(load(wb));
    wb.okrs.getRange(2, wb.okrColumns.current! + 1).setValue(107); // someone types in the sheet meanwhile
    const result = save(wb, [entryFor(demo, '115'), entryFor(webinar, '70')]);
    expect(result.saved).toEqual([]);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ id: 'KR-0001', sheetValue: '107', enteredValue: '115' }),
    ]);
    expect(result.conflicts[0].message).toContain('The sheet now has 107, you entered 115');
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(107);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(60);
    expect(logEntries(wb)).toEqual([]);
    // saved again without the conflicting KR, the other one goes through
    expect(save(wb, [entryFor(webinar, '70')]).saved).toEqual(['KR-0002']);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(70);
  });

  it('matches KRs by id after rows were sorted, and refuses the save naming a deleted KR', () => {
    const wb = createWorkbook(standardKrs());
    const [demo, webinar, conversion] = allKrs(load(wb));
    const width = wb.okrs.getLastColumn();
    const rows = wb.okrs.getRange(2, 1, 4, width).getValues();
    const computed = new Set(
      ['progress', 'progressBar', 'objectiveProgress', 'status'].map(k => wb.okrColumns[k as 'progress'])
    );
    const reordered = [rows[3], rows[2], rows[1], rows[0]].map(r =>
      r.map((v, i) => (computed.has(i) ? '' : v))
    );
    wb.okrs.getRange(2, 1, 4, width).setValues(reordered);
    wb.okrs.deleteRow(4); // KR-0002 (now third) is gone
    const result = save(wb, [entryFor(demo, '111'), entryFor(webinar, '80'), entryFor(conversion, '0.125')]);
    expect(result.saved).toEqual([]);
    expect(result.missing.map(m => m.id)).toEqual(['KR-0002']);
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(104);
    const again = save(wb, [entryFor(demo, '111'), entryFor(conversion, '0.125')]);
    expect(again.saved).toEqual(['KR-0001', 'KR-0003']);
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(111);
    expect(okrCell(wb, 'KR-0003', 'current')).toBe(0.125);
    expect(okrCell(wb, 'KR-0004', 'current')).toBe(1);
  });

  it('validates again on the server: a bad value is a per-KR error in the user language and nothing is saved', () => {
    const wb = createWorkbook(standardKrs(), [], 'fr');
    const [demo, webinar] = allKrs(load(wb));
    const result = save(wb, [entryFor(demo, 'cent dix'), entryFor(webinar, '62,5')], 'fr');
    expect(result.errors).toEqual([expect.objectContaining({ id: 'KR-0001', field: 'value' })]);
    expect(result.errors[0].message).toContain('« cent dix » n’est pas un nombre');
    expect(result.saved).toEqual([]);
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(104);
    expect(okrCell(wb, 'KR-0002', 'current')).toBe(60);
  });

  it('reads "3,2 %" as 3.2 for a KR counted in percentage points (the French example 2,5 % -> 3,3 %)', () => {
    const rt = examplesRuntime({ locale: 'fr_FR' });
    const data = rt.runServer('getCheckinData') as CheckinData;
    const inPoints = allKrs(data).find(kr => Number(kr.start) > 1 && Number(kr.target) < 10)!;
    expect(inPoints).toBeDefined();
    const result = rt.runServer('saveCheckin', {
      entries: [entryFor(inPoints, '3,2 %')],
      lang: 'fr',
    }) as SaveResult;
    expect(result.errors).toEqual([]);
    const saved = allKrs(result.data).find(kr => kr.id === inPoints.id)!;
    expect(saved.current).toBe(3.2);
    expect(saved.progress).toBeGreaterThan(0);
  });

  it('says the lock is busy instead of saving when another save holds it', () => {
    const wb = createWorkbook(standardKrs());
    const [demo] = allKrs(load(wb));
    wb.rt.locks.document.holdBy('another manager');
    try {
      expect(() => save(wb, [entryFor(demo, '105')])).toThrow(/Another check-in is being saved/);
    } finally {
      wb.rt.locks.document.release();
    }
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(104);
  });

  it("says the lock is busy in the user's language when the request names no language", () => {
    const wb = createWorkbook(standardKrs(), [], 'fr');
    const [demo] = allKrs(load(wb));
    wb.rt.locks.document.holdBy('another manager');
    try {
      expect(() => save(wb, [entryFor(demo, '105')])).toThrow(/Un autre suivi est en cours/);
    } finally {
      wb.rt.locks.document.release();
    }
  });
});

describe('finding the sheets', () => {
  it('follows sheets the user renamed (by their metadata), for load and save', () => {
    const wb = createWorkbook(standardKrs());
    wb.okrs.setName('Team OKRs');
    wb.log.setName('Journal');
    wb.rt.spreadsheet.getSheetByName('Settings')!.setName('Config');
    const data = load(wb);
    expect(allKrs(data).map(kr => kr.id)).toEqual(['KR-0001', 'KR-0002', 'KR-0003', 'KR-0004']);
    const result = save(wb, [entryFor(allKrs(data)[0], '110')]);
    expect(result.saved).toEqual(['KR-0001']);
    expect(okrCell(wb, 'KR-0001', 'current')).toBe(110);
    expect(logEntries(wb).map(e => [e.krId, e.value])).toEqual([['KR-0001', 110]]);
  });

  it('does not take a sheet of the user that has our name for ours', () => {
    const rt = createRuntime({ locale: 'en_US', userEmail: 'lea@example.com', now: NOW });
    const mine = rt.spreadsheet.insertSheet('OKRs');
    const own = [
      ['ID', 'Key result', 'Current'],
      ['X-1', 'My own list', 3],
    ];
    mine.getRange('A1:C2').setValues(own);
    rt.call('installTemplate'); // beside it: "OKRs (okr-sheets)"
    rt.call('insertExampleOkrs');
    const data = rt.runServer('getCheckinData') as CheckinData;
    const krs = allKrs(data);
    expect(krs).toHaveLength(12);
    expect(krs.map(kr => kr.id)).not.toContain('X-1');
    rt.runServer('saveCheckin', { entries: [entryFor(krs[0], String(Number(krs[0].current) + 1))] });
    expect(mine.getRange('A1:C2').getValues()).toEqual(own);
    const ours = rt.spreadsheet.getSheetByName('OKRs (okr-sheets)')!.getDataRange().getValues();
    expect(ours.find(row => row[0] === krs[0].id)?.[7]).toBe(Number(krs[0].current) + 1);
  });
});

describe('Spreadsheet call budget', () => {
  // The budget is on calls that read or write data: the OKRs read with formulas and number formats, the Settings
  // and log reads, the spreadsheet's time zone, the log's size, the protection check (two lists, one call per
  // protection), one write per touched column, the log append (formats read for the rollback, set, values). Handles
  // such as getRange/getSheetByName are counted apart and must stay constant too.
  it('loads and saves 1 or 200 KRs with the same number of calls, under 8 and 20 data calls', () => {
    const counts: Record<string, number> = {};
    const dataCounts: Record<string, number> = {};
    for (const n of [1, 200]) {
      const wb = createWorkbook(manyKrs(200));
      wb.rt.calls.reset();
      const data = load(wb);
      counts[`load${n}`] = wb.rt.calls.spreadsheet();
      dataCounts[`load${n}`] = wb.rt.calls.dataCalls();
      const krs = allKrs(data).slice(0, n);
      wb.rt.calls.reset();
      const result = save(
        wb,
        krs.map(kr => entryFor(kr, String(Number(kr.current) + 1), '6', 'weekly'))
      );
      counts[`save${n}`] = wb.rt.calls.spreadsheet();
      dataCounts[`save${n}`] = wb.rt.calls.dataCalls();
      expect(result.saved).toHaveLength(n);
      expect(logEntries(wb)).toHaveLength(n);
    }
    expect(counts.load1).toBe(counts.load200);
    expect(counts.save1).toBe(counts.save200);
    expect(dataCounts.load1).toBe(dataCounts.load200);
    expect(dataCounts.save1).toBe(dataCounts.save200);
    expect(dataCounts.load200).toBeLessThan(8);
    expect(dataCounts.save200).toBeLessThan(20);
  });
});
