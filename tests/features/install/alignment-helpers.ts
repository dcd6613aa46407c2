// Checks that every computed cell of the OKRs sheet belongs to its own key-result row: each row's Progress, Bar,
// Objective progress and Status next to what the custom functions give for that row's own inputs.
import type { Runtime } from '../../../dev/runtime';
import type { Lang } from '../../../src/i18n/lang';
import { OKR_COLUMNS, SETTING_ROWS, type OkrColumnKey } from '../../../src/schema/layout';
import { columnLabel, sheetName } from '../../../src/i18n/schema-labels';

type Fn = (...args: unknown[]) => unknown;

/** Each row's computed cells next to what the custom functions give for that row's own inputs. */
export function alignment(rt: Runtime, lang: Lang) {
  const okrs = sheetName(lang, 'okrs');
  const values = rt.sheetValues(okrs);
  const index = (key: OkrColumnKey) =>
    values[0].indexOf(
      columnLabel(
        lang,
        OKR_COLUMNS.find(c => c.key === key)!
      )
    );
  const at = (key: OkrColumnKey) => {
    const i = index(key);
    expect(i).toBeGreaterThanOrEqual(0);
    return (row: unknown[]) => row[i] ?? '';
  };
  const [current, target, start, kind, objective] = (
    ['current', 'target', 'start', 'kind', 'objective'] as const
  ).map(at);
  const [progress, bar, objectiveProgress, status] = (
    ['progress', 'progressBar', 'objectiveProgress', 'status'] as const
  ).map(at);
  const settings = rt.sheetValues(sheetName(lang, 'settings'));
  const setting = (key: string) => settings[SETTING_ROWS.findIndex(s => s.key === key) + 1][1];
  const g = rt.global as unknown as Record<string, Fn>;
  const rows = values.slice(1);
  const lastTyped = rows.reduce(
    (last, row, r) => (current(row) !== '' || objective(row) !== '' ? r : last),
    -1
  );
  const data = rows.slice(0, lastTyped + 1);
  const rollup = g.OKR_ROLLUP(
    data.map(row => [objective(row)]),
    data.map(row => [progress(row)])
  ) as unknown[][];
  const round = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v);
  const actual = data.map((row, r) => [
    r + 2,
    round(progress(row)),
    bar(row),
    round(objectiveProgress(row)),
    status(row),
  ]);
  const expected = data.map((row, r) => {
    const p = current(row) === '' ? '' : g.OKR_PROGRESS(current(row), target(row), start(row), kind(row));
    const tenths = typeof p === 'number' ? Math.round(10 * Math.min(1, Math.max(0, p))) : 0;
    return [
      r + 2,
      round(p),
      typeof p === 'number' ? '█'.repeat(tenths) + '░'.repeat(10 - tenths) : '',
      round(rollup[r][0]),
      p === '' ? '' : g.OKR_STATUS(p, setting('periodStart'), setting('periodEnd'), setting('asOf'), lang),
    ];
  });
  return { actual, expected, rows: data.length };
}

export function expectAligned(rt: Runtime, lang: Lang) {
  const { actual, expected } = alignment(rt, lang);
  expect(actual).toEqual(expected);
}
