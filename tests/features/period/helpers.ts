// Shared set-up for the period-close tests and bench: the built bundle in the local runtime.
import type { Runtime } from '../../../dev/runtime';
import type { CheckinData } from '../../../src/features/checkin/types';
import type { CloseData, ClosePayload, CloseResult } from '../../../src/features/period/types';
import type { ClosingStatus } from '../../../src/schema/history';
import { HISTORY_COLUMNS, type HistoryColumnKey } from '../../../src/schema/history';
import { mapColumnsByHeader } from '../../../src/schema/locate';
import { recordsOf } from '../../support/rows';
import { examplesRuntime } from '../../support/workbook';

/** Monday 5 October 2026 (week 41 of Q4 2026), 9:00 in Paris. */
export const QUARTER_START = new Date('2026-10-05T07:00:00Z');
const WEEK_MS = 7 * 86400000;

/** The example OKRs installed at the quarter's start, Léa using the add-on. */
export function examplesWorkbook(locale = 'en_US'): Runtime {
  return examplesRuntime({ locale, userEmail: 'lea@example.com', now: QUARTER_START });
}

export const allCloseKrs = (data: CloseData) => data.objectives.flatMap(o => o.krs);

/**
 * A quarter of weekly check-ins: 13 Mondays from the quarter's first, each KR moving a share of the way from its
 * start to its target (KR i reaches (i % 4 + 1) / 4 of its way by the end), confidence from 5 to 8.
 */
export function runQuarter(rt: Runtime, weeks = 13): void {
  const first = (rt.runServer('getCheckinData') as CheckinData).objectives.flatMap(o => o.krs);
  const bounds = new Map(first.map(kr => [kr.id, { start: Number(kr.start), target: Number(kr.target) }]));
  for (let w = 0; w < weeks; w++) {
    rt.setNow(QUARTER_START.getTime() + w * WEEK_MS);
    const data = rt.runServer('getCheckinData') as CheckinData;
    const krs = data.objectives.flatMap(o => o.krs).filter(kr => !kr.currentIsFormula);
    const entries = krs.map((kr, i) => {
      const b = bounds.get(kr.id)!;
      const share = ((i % 4) + 1) / 4;
      const value = b.start + ((b.target - b.start) * share * (w + 1)) / weeks;
      return {
        id: kr.id,
        loadedCurrent: kr.current,
        loadedConfidence: kr.confidence,
        value: String(Math.round(value * 1000) / 1000),
        confidence: String(5 + Math.floor((3 * w) / weeks)),
        comment: `week ${w + 1}`,
      };
    });
    rt.runServer('saveCheckin', { entries, lang: data.lang });
  }
}

/** The payload a user sends after choosing statuses: a note on every KR, the given statuses by KR index. */
export function payloadFor(
  data: CloseData,
  status: (index: number) => ClosingStatus,
  overrides: Partial<ClosePayload> = {}
): ClosePayload {
  return {
    period: data.period.name,
    lang: data.lang,
    krs: allCloseKrs(data).map((kr, i) => ({
      id: kr.id,
      finalValue: kr.finalText,
      status: status(i),
      note: `learned ${kr.id}`,
    })),
    retros: data.objectives.map(o => ({
      objective: o.name,
      worked: `worked ${o.name}`,
      didNotWork: 'slow start',
      change: 'weekly reviews',
    })),
    ...overrides,
  };
}

export function close(rt: Runtime, payload: ClosePayload): CloseResult {
  return rt.runServer('closePeriod', payload) as CloseResult;
}

export function loadClose(rt: Runtime): CloseData {
  return rt.runServer('getCloseData') as CloseData;
}

/** The History sheet's data rows as objects by column key (found by header, wherever the columns are). */
export function historyRows(rt: Runtime, sheetName: string): Partial<Record<HistoryColumnKey, unknown>>[] {
  const values = rt.sheetValues(sheetName);
  return recordsOf(values.slice(1), mapColumnsByHeader(values[0], HISTORY_COLUMNS));
}
