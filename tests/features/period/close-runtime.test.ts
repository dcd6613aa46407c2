// Closing and reopening a period through the built bundle (dist/Code.js) in the local runtime, as the close
// dialog's google.script.run calls and the menu drive it.
import type { CheckinData } from '../../../src/features/checkin/types';
import { createRuntime } from '../../../dev/runtime';
import { HISTORY_COLUMNS } from '../../../src/schema/history';
import { createWorkbook, manyKrs, sheetCells, standardKrs } from '../../support/workbook';
import {
  allCloseKrs,
  close,
  examplesWorkbook,
  historyRows,
  loadClose,
  payloadFor,
  QUARTER_START,
  runQuarter,
} from './helpers';

const SHEETS = ['OKRs', 'Check-ins', 'Settings', 'Dashboard'];
const NEW_YEAR_WEEK = new Date('2027-01-06T09:00:00Z');

function okrRows(rt: ReturnType<typeof examplesWorkbook>) {
  const [header, ...rows] = rt.sheetValues('OKRs');
  const at = (row: unknown[], text: string) => row[header.indexOf(text)];
  return rows
    .filter(row => at(row, 'ID') !== '')
    .map(row => ({
      id: at(row, 'ID'),
      objective: at(row, 'Objective'),
      keyResult: at(row, 'Key result'),
      start: at(row, 'Start'),
      target: at(row, 'Target'),
      current: at(row, 'Current'),
      confidence: at(row, 'Confidence'),
      actions: at(row, 'Actions'),
      lastCheckin: at(row, 'Last check-in'),
      carriedFrom: at(row, 'Carried from'),
    }));
}

function reopen(rt: ReturnType<typeof examplesWorkbook>) {
  rt.call('onOpen', { authMode: 'FULL' });
  rt.ui.queueAlertResponse('YES');
  rt.runMenuItem('Reopen last period');
  return rt.ui.toasts.at(-1)?.message ?? '';
}

describe('a quarter on the examples: check-ins, close, carry over, a week of the next quarter, reopen', () => {
  it('keeps every figure in History, carries the chosen KRs with lineage and restores every cell', () => {
    const rt = examplesWorkbook();
    runQuarter(rt);
    rt.setNow(new Date('2026-12-31T15:00:00Z'));
    const before = sheetCells(rt, SHEETS);
    const logBefore = before['Check-ins'].values.length;
    const data = loadClose(rt);
    expect(data.period).toEqual({ name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' });
    expect(data.next).toEqual({ name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' });
    expect(data.blockers).toEqual([]);
    const krs = allCloseKrs(data);
    expect(krs.length).toBeGreaterThanOrEqual(8);
    // KR i reached (i % 4 + 1) / 4 of its way: the 4th of every 4 reached its target, committed by default.
    expect(krs[3]).toMatchObject({
      progress: 1,
      grade: 'green',
      commitment: 'committed',
      suggested: 'achieved',
    });
    expect(krs[0].grade).toBe('red');

    const statuses = ['carryOver', 'missed', 'drop', 'achieved'] as const;
    const result = close(
      rt,
      payloadFor(data, i => statuses[i % 4])
    );
    const carriedFrom = krs.filter((_, i) => i % 4 === 0);
    expect(result.carried.map(c => c.from)).toEqual(carriedFrom.map(kr => kr.id));
    expect(result.message).toContain('Q4 2026 is closed');

    // History: one row per KR, with every figure and the retrospective.
    const history = historyRows(rt, 'History');
    expect(history).toHaveLength(krs.length);
    expect(history.map(h => h.krId)).toEqual(krs.map(kr => kr.id));
    expect(history[3]).toMatchObject({
      period: 'Q4 2026',
      grade: 'Green',
      commitment: 'Committed',
      closingStatus: 'Achieved',
      progress: 1,
      closedBy: 'lea@example.com',
      learningNote: `learned ${krs[3].id}`,
      worked: `worked ${krs[3].objective}`,
    });
    expect(history[0]).toMatchObject({ closingStatus: 'Carry over', carriedTo: result.carried[0].to });
    expect(history[0].lastConfidence).toBe(7);

    // OKRs: only the carried KRs, new ids, lineage, start = final value, target and actions kept, no check-in.
    const rows = okrRows(rt);
    expect(rows.map(r => r.id)).toEqual(result.carried.map(c => c.to));
    expect(rows.map(r => r.carriedFrom)).toEqual(carriedFrom.map(kr => kr.id));
    const originals = before.OKRs.values;
    for (const [i, row] of rows.entries()) {
      const kr = carriedFrom[i];
      expect(row.start).toBe(Number(history.find(h => h.krId === kr.id)!.finalValue));
      expect(row.target).toBe(kr.target);
      expect(row).toMatchObject({ current: '', confidence: '', lastCheckin: '' });
      const original = originals.find(r => r[0] === kr.id)!;
      expect(row.actions).toBe(original[originals[0].indexOf('Actions')]);
      expect(Number(String(row.id).slice(3))).toBeGreaterThan(
        Math.max(...krs.map(k => Number(k.id.slice(3))))
      );
    }
    // The first carried KR of each objective names it.
    expect(rows[0].objective).toBe(carriedFrom[0].objective);

    // Settings moved on; the quarter's log rows are tagged.
    const settings = rt.sheetValues('Settings');
    expect(settings[1][1]).toBe('Q1 2027');
    const log = rt.sheetValues('Check-ins');
    const period = log[0].indexOf('Period');
    expect(new Set(log.slice(1).map(r => r[period]))).toEqual(new Set(['Q4 2026']));

    // A week of the new quarter: the carried KRs start clean, the old check-ins do not leak into trends.
    rt.setNow(NEW_YEAR_WEEK);
    const week = rt.runServer('getCheckinData') as CheckinData;
    const fresh = week.objectives.flatMap(o => o.krs);
    expect(fresh.map(k => k.id)).toEqual(result.carried.map(c => c.to));
    for (const kr of fresh) expect(kr).toMatchObject({ trend: [], lastCheckin: '', current: '' });
    expect(week.review.movers).toEqual([]);
    rt.runServer('saveCheckin', {
      entries: [
        {
          id: fresh[0].id,
          loadedCurrent: '',
          loadedConfidence: '',
          value: String(Number(fresh[0].start) + 1),
          confidence: '6',
          comment: 'new quarter',
        },
      ],
      lang: 'en',
    });
    const afterWeek = rt.sheetValues('Check-ins');
    expect(afterWeek.at(-1)![period]).toBe('Q1 2027');
    // The trend holds the new quarter's value only (its check-ins are its own).
    expect((rt.runServer('getCheckinData') as CheckinData).objectives[0].krs[0].trend).toEqual([
      Number(fresh[0].start) + 1,
    ]);

    // Reopen: the quarter's rows, Settings and tags come back exactly; the new week's log row stays.
    expect(reopen(rt)).toContain('Q4 2026 is open again');
    const reopened = sheetCells(rt, SHEETS);
    expect(reopened.OKRs).toEqual(before.OKRs);
    expect(reopened.Settings).toEqual({
      ...before.Settings,
      // Saving the new quarter's check-in moved "As of" to that day.
      values: before.Settings.values.map((row, r) => (r === 4 ? reopened.Settings.values[4] : row)),
    });
    expect(reopened['Check-ins'].values.slice(0, logBefore)).toEqual(before['Check-ins'].values);
    expect(reopened['Check-ins'].values[logBefore][period]).toBe('Q1 2027');
    const marked = historyRows(rt, 'History');
    expect(marked.map(h => Object.prototype.toString.call(h.reopenedAt))).toEqual(
      marked.map(() => '[object Date]')
    );

    // The reopened quarter can be closed again (History keeps both closes; only the second counts).
    rt.setNow(new Date('2026-12-31T16:00:00Z'));
    const again = loadClose(rt);
    expect(again.blockers).toEqual([]);
    close(
      rt,
      payloadFor(again, () => 'achieved')
    );
    expect(historyRows(rt, 'History')).toHaveLength(2 * krs.length);
  });
});

describe('close then reopen at once', () => {
  it.each([
    ['en_US', 'en', ['OKRs', 'Check-ins', 'Settings', 'Dashboard'], 'History', 'Reopen last period'],
    [
      'fr_FR',
      'fr',
      ['OKR', 'Suivi hebdo', 'Paramètres', 'Tableau de bord'],
      'Historique',
      'Rouvrir la dernière période',
    ],
  ] as const)('gives back every cell of every sheet (%s)', (locale, lang, sheets, historyName, menuItem) => {
    const rt = examplesWorkbook(locale);
    runQuarter(rt, 4);
    // A formula, literal text that looks like a number or a formula, an objective-only row: all come back.
    const okrs = rt.spreadsheet.getSheetByName(sheets[0])!;
    okrs.getRange('N2').setValue("'=not a formula");
    okrs.getRange('P3').setValue("'007");
    okrs.getRange('P4').setFormula('=1+1');
    const last = rt.sheetValues(sheets[0]).filter(row => row[0] !== '').length;
    okrs.getRange(last + 2, 2).setValue('An objective without key results yet');
    const before = sheetCells(rt, [...sheets]);
    const data = loadClose(rt);
    const result = close(
      rt,
      payloadFor(data, i => (i % 3 === 0 ? 'carryOver' : 'missed'))
    );
    expect(result.next).toBe(lang === 'fr' ? 'T1 2027' : 'Q1 2027');
    const history = historyRows(rt, historyName);
    expect(history[0].closingStatus).toBe(lang === 'fr' ? 'Reporté' : 'Carry over');
    rt.call('onOpen', { authMode: 'FULL' });
    rt.ui.queueAlertResponse('YES');
    rt.runMenuItem(menuItem);
    const after = sheetCells(rt, [...sheets]);
    // The first close added the Dashboard's tables over closed periods (G66:Q91); they stay, every other cell
    // of every sheet is as before.
    const dashboard = sheets[3];
    const tables = after[dashboard].formulas[67].slice(6, 11);
    expect(tables[0]).toMatch(/^=ARRAYFORMULA\(IFERROR\(UNIQUE\(FILTER\(/);
    // Written with `;`; an en_US sheet shows its formulas back with `,` (the runtime's model of Sheets).
    expect(tables[3]).toContain(
      lang === 'fr' ? 'OKR_HISTORY(G68:G91; FILTER(' : 'OKR_HISTORY(G68:G91, FILTER('
    );
    const width = before[dashboard].values[0].length;
    const trim = <T>(rows: T[][], height: number) => rows.slice(0, height).map(row => row.slice(0, width));
    after[dashboard].values = trim(after[dashboard].values, before[dashboard].values.length);
    after[dashboard].formulas = trim(after[dashboard].formulas, before[dashboard].formulas.length);
    expect(after).toEqual(before);
  });

  it('asks first, and changes nothing when the user says no', () => {
    const wb = createWorkbook(standardKrs());
    close(
      wb.rt,
      payloadFor(loadClose(wb.rt), () => 'achieved')
    );
    const closed = sheetCells(wb.rt, SHEETS);
    wb.rt.call('onOpen', { authMode: 'FULL' });
    wb.rt.ui.queueAlertResponse('NO');
    wb.rt.runMenuItem('Reopen last period');
    expect(wb.rt.ui.alerts.at(-1)?.message).toContain('Reopen Q4 2026?');
    expect(sheetCells(wb.rt, SHEETS)).toEqual(closed);
  });
});

describe('closing refuses, with a message naming the KR, and writes nothing', () => {
  function refused(wb: ReturnType<typeof createWorkbook>, payload: Parameters<typeof close>[1]): string {
    const before = sheetCells(wb.rt, SHEETS);
    let message = '';
    try {
      close(wb.rt, payload);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(sheetCells(wb.rt, SHEETS)).toEqual(before);
    expect(wb.rt.spreadsheet.getSheetByName('History')).toBeNull();
    return message;
  }

  it('a red or yellow grade without a learning note', () => {
    const wb = createWorkbook(standardKrs());
    const data = loadClose(wb.rt);
    const payload = payloadFor(data, () => 'missed');
    payload.krs[1].note = '  ';
    expect(refused(wb, payload)).toBe(
      'KR-0002 Webinar sign-ups from email: a red grade needs a learning note.'
    );
  });

  it('a final value that is no number, a missing status, a KR left out', () => {
    const wb = createWorkbook(standardKrs());
    const payload = payloadFor(loadClose(wb.rt), () => 'missed');
    payload.krs[0].finalValue = 'lots';
    payload.krs[2].status = '';
    payload.krs.pop();
    expect(refused(wb, payload).split('\n')).toEqual([
      'KR-0001 Demo requests from landing pages: the final value “lots” is not a number.',
      'KR-0003 Landing form conversion: choose a closing status.',
      'KR-0004 Backlinks from partners: not in the close (reload the dialog).',
    ]);
  });

  it('a KR in error in the sheet', () => {
    const krs = standardKrs();
    krs[1].target = 'soon';
    const wb = createWorkbook(krs);
    const data = loadClose(wb.rt);
    expect(data.blockers).toEqual([]);
    expect(allCloseKrs(data)[1].error).toBe(
      "KR-0002 Webinar sign-ups from email: its progress cannot be computed (Target: 'soon' is not a number). Fix its row first."
    );
    expect(
      refused(
        wb,
        payloadFor(data, () => 'missed')
      )
    ).toBe(allCloseKrs(data)[1].error);
  });

  it('an empty period', () => {
    const wb = createWorkbook([]);
    const data = loadClose(wb.rt);
    expect(data.blockers).toEqual(['Q4 2026 has no key result to close.']);
    expect(
      refused(
        wb,
        payloadFor(data, () => 'missed')
      )
    ).toBe('Q4 2026 has no key result to close.');
  });

  it('closing twice', () => {
    const wb = createWorkbook(standardKrs());
    const data = loadClose(wb.rt);
    close(
      wb.rt,
      payloadFor(data, () => 'carryOver')
    );
    // Someone puts the closed period's name back in Settings.
    wb.rt.spreadsheet.getSheetByName('Settings')!.getRange('B2').setValue('Q4 2026');
    const again = loadClose(wb.rt);
    expect(again.blockers[0]).toMatch(/^Q4 2026 is already closed \(see History\)/);
    expect(() =>
      close(
        wb.rt,
        payloadFor(again, () => 'missed')
      )
    ).toThrow(/Q4 2026 is already closed/);
    // A stale dialog still showing the closed period is refused too.
    wb.rt.spreadsheet.getSheetByName('Settings')!.getRange('B2').setValue('Q1 2027');
    expect(() =>
      close(
        wb.rt,
        payloadFor(data, () => 'missed')
      )
    ).toThrow(/changed to Q1 2027/);
  });

  it('a lock held by another save', () => {
    const wb = createWorkbook(standardKrs());
    const payload = payloadFor(loadClose(wb.rt), () => 'missed');
    wb.rt.locks.document.holdBy('other');
    expect(() => close(wb.rt, payload)).toThrow(
      'Someone else is saving in this spreadsheet. Try again in a few seconds.'
    );
  });

  it('in French, with French messages', () => {
    const krs = standardKrs();
    const wb = createWorkbook(krs, [], 'fr');
    const payload = payloadFor(loadClose(wb.rt), () => 'missed');
    payload.krs[3].note = '';
    expect(() => close(wb.rt, payload)).toThrow(
      'KR-0004 Backlinks from partners : une note rouge demande un enseignement.'
    );
  });
});

describe('a write that fails', () => {
  it('undoes the writes before it: every cell as before, History removed, the error said', () => {
    const statuses = (i: number) => (i === 0 ? 'carryOver' : 'achieved');
    // How many write calls a close makes here, then fail the first, a middle one and the last (Settings' new
    // period), as a quota or a lost connection would (the runtime's fault injection).
    const probe = createWorkbook(standardKrs());
    const probePayload = payloadFor(loadClose(probe.rt), statuses);
    probe.rt.faults.reset();
    close(probe.rt, probePayload);
    const writes = probe.rt.faults.writes;
    expect(writes).toBeGreaterThan(3);
    for (const n of [1, Math.ceil(writes / 2), writes]) {
      const wb = createWorkbook(standardKrs());
      const before = sheetCells(wb.rt, SHEETS);
      const payload = payloadFor(loadClose(wb.rt), statuses);
      wb.rt.faults.reset();
      wb.rt.faults.failOnWrite(n);
      expect(() => close(wb.rt, payload)).toThrow(
        'Closing failed, nothing was changed: Service Spreadsheets failed'
      );
      wb.rt.faults.reset();
      expect(sheetCells(wb.rt, SHEETS)).toEqual(before);
      expect(wb.rt.spreadsheet.getSheetByName('History')).toBeNull();
      if (n === writes) {
        // The rolled-back copy's id never existed: the next close may give it.
        close(wb.rt, payload);
        expect(wb.rt.sheetValues('OKRs')[1][0]).toBe('KR-0005');
      }
    }
  });
});

describe('a protected sheet', () => {
  it('stops the close before its first write, saying which cells', () => {
    const wb = createWorkbook(standardKrs());
    const payload = payloadFor(loadClose(wb.rt), () => 'achieved');
    // Settings protected by the owner: the user is not an editor
    wb.rt.evaluate(
      `var p = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings').protect();
       p.setWarningOnly(false); p.removeEditors(p.getEditors());`
    );
    const before = sheetCells(wb.rt, SHEETS);
    wb.rt.faults.reset();
    expect(() => close(wb.rt, payload)).toThrow(
      'Nothing was closed: these cells are protected and you may not edit them: Settings!B2:B4.'
    );
    expect(wb.rt.faults.writes).toBe(0);
    expect(sheetCells(wb.rt, SHEETS)).toEqual(before);
    expect(wb.rt.spreadsheet.getSheetByName('History')).toBeNull();
  });
});

describe('a reopen over a protected sheet', () => {
  it('stops before its first write, saying which cells', () => {
    const wb = createWorkbook(standardKrs());
    close(
      wb.rt,
      payloadFor(loadClose(wb.rt), () => 'achieved')
    );
    wb.rt.call('onOpen', { authMode: 'FULL' });
    wb.rt.evaluate(
      `var p = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings').protect();
       p.setWarningOnly(false); p.removeEditors(p.getEditors());`
    );
    const before = sheetCells(wb.rt, [...SHEETS, 'History']);
    wb.rt.faults.reset();
    wb.rt.ui.queueAlertResponse('YES');
    expect(() => wb.rt.runMenuItem('Reopen last period')).toThrow(
      /^Nothing was reopened: these cells are protected and you may not edit them: Settings!B2:B4\./
    );
    expect(wb.rt.faults.writes).toBe(0);
    expect(sheetCells(wb.rt, [...SHEETS, 'History'])).toEqual(before);
  });
});

describe('a reopen whose write fails', () => {
  it('undoes its writes: every sheet as the close left it, History included', () => {
    const closed = () => {
      const wb = createWorkbook(standardKrs());
      close(
        wb.rt,
        payloadFor(loadClose(wb.rt), i => (i === 0 ? 'carryOver' : 'achieved'))
      );
      wb.rt.call('onOpen', { authMode: 'FULL' });
      return wb;
    };
    const probe = closed();
    probe.rt.faults.reset();
    probe.rt.ui.queueAlertResponse('YES');
    probe.rt.runMenuItem('Reopen last period');
    const writes = probe.rt.faults.writes;
    expect(writes).toBeGreaterThan(2);
    for (const n of [1, writes - 1]) {
      const wb = closed();
      const before = sheetCells(wb.rt, [...SHEETS, 'History']);
      wb.rt.faults.reset();
      wb.rt.faults.failOnWrite(n);
      wb.rt.ui.queueAlertResponse('YES');
      expect(() => wb.rt.runMenuItem('Reopen last period')).toThrow(
        'Reopening failed, nothing was changed: Service Spreadsheets failed'
      );
      wb.rt.faults.reset();
      expect(sheetCells(wb.rt, [...SHEETS, 'History'])).toEqual(before);
    }
  });
});

describe('History and the sheets are found after the user renames and moves them', () => {
  it('appends to the renamed, moved History sheet and reopens from it', () => {
    const wb = createWorkbook(standardKrs());
    close(
      wb.rt,
      payloadFor(loadClose(wb.rt), i => (i === 0 ? 'carryOver' : 'achieved'))
    );
    const ss = wb.rt.spreadsheet;
    const history = ss.getSheetByName('History')!;
    history.setName('Archive');
    ss.setActiveSheet(history);
    ss.moveActiveSheet(1);
    history.insertColumnBefore(1); // a column of the user's own in front
    ss.getSheetByName('OKRs')!.setName('Our OKRs');
    ss.getSheetByName('Settings')!.setName('Config');
    wb.rt.setNow(new Date('2027-03-31T12:00:00Z'));
    const data = loadClose(wb.rt);
    expect(data.period.name).toBe('Q1 2027');
    const payload = payloadFor(data, () => 'achieved');
    // The carried KR had no check-in this quarter: its final value must be typed.
    expect(() => close(wb.rt, payload)).toThrow(
      'KR-0005 Demo requests from landing pages: enter a final value.'
    );
    payload.krs[0].finalValue = '112';
    close(wb.rt, payload);
    expect(ss.getSheets().map(s => s.getName())).not.toContain('History');
    const rows = historyRows(wb.rt, 'Archive');
    expect(rows.map(r => r.period)).toEqual(['Q4 2026', 'Q4 2026', 'Q4 2026', 'Q4 2026', 'Q1 2027']);
    expect(reopen(wb.rt)).toContain('Q1 2027 is open again');
    expect(wb.rt.sheetValues('Config')[1][1]).toBe('Q1 2027');
    // Late data typed into History for the closed quarter stays.
    const archive = ss.getSheetByName('Archive')!;
    archive.getRange(2, 16).setValue('late: the partner deal closed in January');
    expect(reopen(wb.rt)).toContain('Q4 2026 is open again');
    expect(archive.getRange(2, 16).getValue()).toBe('late: the partner deal closed in January');
  });
});

describe('Spreadsheet calls', () => {
  it('of the close and the reopen do not grow with the number of KRs', () => {
    const counts: Record<string, number[]> = { load: [], close: [], reopen: [], again: [] };
    for (const n of [12, 200]) {
      const wb = createWorkbook(manyKrs(n));
      wb.rt.calls.reset();
      const data = loadClose(wb.rt);
      counts.load.push(wb.rt.calls.spreadsheet());
      const payload = payloadFor(data, i => (i % 2 === 0 ? 'carryOver' : 'missed'));
      wb.rt.calls.reset();
      close(wb.rt, payload);
      counts.close.push(wb.rt.calls.spreadsheet());
      wb.rt.calls.reset();
      reopen(wb.rt);
      counts.reopen.push(wb.rt.calls.spreadsheet());
      // Closed again: History exists, its columns known by their metadata.
      const second = payloadFor(loadClose(wb.rt), i => (i % 2 === 0 ? 'carryOver' : 'missed'));
      wb.rt.calls.reset();
      close(wb.rt, second);
      counts.again.push(wb.rt.calls.spreadsheet());
    }
    expect(counts.load[0]).toBe(counts.load[1]);
    expect(counts.close[0]).toBe(counts.close[1]);
    expect(counts.reopen[0]).toBe(counts.reopen[1]);
    expect(counts.again[0]).toBe(counts.again[1]);
    expect(counts.again[1]).toBeLessThan(60);
    // Reopen reads Settings and History before asking, the whole workbook once under the lock, then checks
    // protections like the close (54 calls with the menu's onOpen, measured; 63 when it read the whole workbook
    // before asking too).
    expect(counts.reopen[1]).toBeLessThanOrEqual(54);
    // The first close also, once in the workbook's life, tags each of History's columns with developer metadata
    // (one call per column and a RangeList for their ranges), creates History and adds the Dashboard's tables
    // (together 17 calls more than reading an existing History, measured).
    expect(counts.close[1]).toBeLessThanOrEqual(counts.again[1] + HISTORY_COLUMNS.length + 2 + 17);
  });
});

it('starts the quarter on its first Monday', () => {
  expect(QUARTER_START.toISOString()).toBe('2026-10-05T07:00:00.000Z');
});

describe('the menu', () => {
  it.each([
    ['en', 'Close period…', 'Close period'],
    ['fr', 'Clôturer la période…', 'Clôturer la période'],
  ] as const)('opens the close dialog (%s)', (lang, item, title) => {
    const wb = createWorkbook(standardKrs(), [], lang);
    wb.rt.call('onOpen', { authMode: 'FULL' });
    wb.rt.runMenuItem(item);
    const dialog = wb.rt.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe(title);
    expect(dialog.html).toContain('<main id="app">');
  });
});

describe('grades on the KR own scale', () => {
  it('reads the Commitment column, and the Settings default KR type when it is blank', () => {
    const krs = standardKrs();
    // KR-0001 at 115 of 100 → 120 (0.75), KR-0002 at 87.5 of 50 → 100 (0.75), committed in its own cell.
    krs[0].current = 115;
    krs[1].current = 87.5;
    krs[1].commitment = 'Committed';
    const wb = createWorkbook(krs);
    wb.rt.spreadsheet.getSheetByName('Settings')!.getRange('B6').setValue('Aspirational');
    const [first, second, third] = allCloseKrs(loadClose(wb.rt));
    expect(first).toMatchObject({ commitment: 'aspirational', grade: 'green', suggested: 'achieved' });
    expect(second).toMatchObject({ commitment: 'committed', grade: 'yellow', suggested: 'missed' });
    expect(third.commitment).toBe('aspirational');
    const payload = payloadFor(loadClose(wb.rt), () => 'achieved');
    payload.krs[0].note = '';
    close(wb.rt, payload);
    const history = historyRows(wb.rt, 'History');
    expect(history.slice(0, 2).map(h => [h.grade, h.commitment])).toEqual([
      ['Green', 'Aspirational'],
      ['Yellow', 'Committed'],
    ]);
  });

  it('refuses a commitment it cannot read, naming the KR', () => {
    const krs = standardKrs();
    krs[2].commitment = 'maybe';
    const wb = createWorkbook(krs);
    expect(allCloseKrs(loadClose(wb.rt))[2].error).toBe(
      "KR-0003 Landing form conversion: 'maybe' is neither aspirational nor committed (use TRUE, FALSE, Aspirational or Committed)."
    );
  });
});

describe('check-ins of another period', () => {
  it('stay out of the trends (the weekly review reads the same filtered log)', () => {
    const log = [
      {
        date: new Date(2026, 8, 20),
        week: '2026-W38',
        krId: 'KR-0001',
        previous: 90,
        value: 99,
        progress: 0,
        period: 'Q3 2026',
      },
      {
        date: new Date(2026, 10, 10),
        week: '2026-W46',
        krId: 'KR-0001',
        previous: 100,
        value: 102,
        progress: 0.1,
        period: '',
      },
      {
        date: new Date(2026, 10, 17),
        week: '2026-W47',
        krId: 'KR-0001',
        previous: 102,
        value: 104,
        progress: 0.2,
        period: 'Q4 2026',
      },
    ];
    const wb = createWorkbook(standardKrs(), log);
    const data = wb.rt.runServer('getCheckinData') as CheckinData;
    expect(data.objectives[0].krs[0].trend).toEqual([100, 102, 104]);
  });
});

describe('a KR typed while the dialog is open', () => {
  it('gets no ID from the close (nothing is written before the checks): it is refused, naming its row', () => {
    const wb = createWorkbook(standardKrs());
    const payload = payloadFor(loadClose(wb.rt), () => 'achieved');
    wb.okrs.getRange(6, wb.okrColumns.keyResult! + 1).setValue('Ship the partner page');
    const before = sheetCells(wb.rt, SHEETS);
    expect(() => close(wb.rt, payload)).toThrow(
      'Row 6 (– Ship the partner page) has no ID yet: close this dialog and open it again.'
    );
    expect(sheetCells(wb.rt, SHEETS)).toEqual(before);
    expect(allCloseKrs(loadClose(wb.rt)).map(kr => kr.id)).toContain('KR-0005');
  });
});

describe('Start a new period in a copy of the file (File > Make a copy)', () => {
  it('keeps the carried KRs and clears the rest in the copy; the original file is untouched', () => {
    const original = examplesWorkbook();
    runQuarter(original, 3);
    const originalCells = sheetCells(original, SHEETS);
    const copy = createRuntime({
      snapshot: original.snapshot(),
      userEmail: 'lea@example.com',
      now: original.now(),
    });
    copy.call('onOpen', { authMode: 'FULL' });
    copy.runMenuItem('Start a new period…');
    expect(copy.ui.dialogs.at(-1)!.title).toBe('Start a new period: close the last one');
    const data = loadClose(copy);
    const result = close(
      copy,
      payloadFor(data, i => (i < 2 ? 'carryOver' : 'drop'))
    );
    expect(
      copy
        .sheetValues('OKRs')
        .slice(1)
        .filter(row => row[0] !== '')
        .map(row => row[0])
    ).toEqual(result.carried.map(c => c.to));
    expect(copy.sheetValues('Settings')[1][1]).toBe('Q1 2027');
    expect(sheetCells(original, SHEETS)).toEqual(originalCells);
    expect(original.spreadsheet.getSheetByName('History')).toBeNull();
  });
});
