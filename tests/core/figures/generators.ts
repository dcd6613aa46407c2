// Random workbooks for the cross-surface property tests: KRs of every kind with blanks, bad cells, percents,
// ambiguous texts, weights, settings dates and a check-in log.
import fc from 'fast-check';
import type { Lang } from '../../../src/i18n/lang';

export interface GenKr {
  id: string;
  objective: string;
  keyResult: string;
  kind: unknown;
  start: unknown;
  target: unknown;
  current: unknown;
  weight: unknown;
  confidence: unknown;
}

export interface GenLog {
  /** Days before "today" (0..20). */
  daysAgo: number;
  krIndex: number;
  value: number;
}

export interface GenWorkbook {
  lang: Lang;
  krs: GenKr[];
  /** Period: both blank (the quarter of As of), or explicit dates as day offsets from 2026-10-01. */
  period: { start: number; end: number } | null;
  /** As of: day offset from 2026-10-01. */
  asOf: number;
  log: GenLog[];
}

const number = fc.oneof(
  fc.integer({ min: -50, max: 300 }),
  fc.integer({ min: 0, max: 100 }).map(n => n / 100),
  fc.integer({ min: 0, max: 5000 }).map(n => n / 10)
);

/** A number cell as people fill it: a number, blank, or text (percent, ambiguous comma, words, garbage). */
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map(n => `${n} %`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1,500', '1 200,5', '2,5', '1.5', 'abc', 'n/a', 'done', 'non', '€1,200'),
  },
  { weight: 1, arbitrary: fc.boolean() }
);

const kind = fc.constantFrom(
  '',
  '',
  'Increase',
  'Decrease',
  'Stay at or above',
  'Stay at or below',
  'Milestone',
  'Augmenter',
  'Réduire',
  'Jalon',
  'up-ish'
);

const weight = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.constant(0.5) }
);

const objectiveName = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom('Grow inbound', 'Better emails', 'Events', 'SEO') }
);

const kr = fc.record({
  objective: objectiveName,
  kind,
  start: cell,
  target: cell,
  current: cell,
  weight,
  confidence: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 10 }), fc.constant('high')),
});

export const workbook: fc.Arbitrary<GenWorkbook> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'fr'),
    krs: fc.array(kr, { minLength: 1, maxLength: 12 }),
    period: fc.option(
      fc.record({ start: fc.integer({ min: -30, max: 20 }), length: fc.integer({ min: 0, max: 120 }) }),
      { nil: null }
    ),
    asOf: fc.integer({ min: -10, max: 130 }),
    log: fc.array(
      fc.record({
        daysAgo: fc.integer({ min: 0, max: 20 }),
        krIndex: fc.nat(),
        value: fc.integer({ min: 0, max: 300 }),
      }),
      { maxLength: 6 }
    ),
  })
  .map(({ lang, krs, period, asOf, log }) => ({
    lang,
    // The first KR always names an objective half of the time: KRs above the first objective belong to none.
    krs: krs.map((k, i) => ({
      ...k,
      id: `KR-${String(i + 1).padStart(4, '0')}`,
      keyResult: `Key result ${i + 1}`,
    })),
    period: period ? { start: period.start, end: period.start + period.length } : null,
    asOf,
    log: log.map(entry => ({ ...entry, krIndex: entry.krIndex % krs.length })),
  }));

/** Day `offset` from 2026-10-01, local midnight. */
export function day(offset: number): Date {
  return new Date(2026, 9, 1 + offset);
}
