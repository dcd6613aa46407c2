import { inEveryLang, t, type Key } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import { kindLabel } from '../../i18n/labels';
// Type only: the examples section ships in its own data page, not in Code.js (src/gas/cold-data.ts).
import type { EXAMPLES } from '../../i18n/sections';
import type { KrKind } from '../../core/kinds';
import type { OkrColumnKey } from '../../schema/layout';

type ExampleKey = Key<typeof EXAMPLES>;
/** The examples section of the catalogue, as `loadColdSection('EXAMPLES')` reads it. */
export type ExampleTexts = typeof EXAMPLES;
/** The keys of the example KRs' wordings: each has its actions under `<key>Actions` in the examples section. */
type KrKey = { [K in ExampleKey]: `${K}Actions` extends ExampleKey ? K : never }[ExampleKey];

interface ExampleKr {
  /** Its wording in the catalogue; its actions are under `${keyResult}Actions`. */
  keyResult: KrKey;
  owner: string;
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  confidence: number;
  /** A percent KR: start, target and current are stored as fractions (24 % is 0.24) formatted as percents. */
  percent?: boolean;
}

/** The number format of a percent example's start, target and current. */
export const EXAMPLE_PERCENT_FORMAT = '0.0%';

/** A percentage as the fraction it is stored as, without float noise (25.5 -> 0.255). */
const fraction = (points: number) => Number(`${points}e-2`);

/** A percent KR (the unit rule, src/core/figures.ts): its three values given in points, stored as fractions. */
const pct = (example: ExampleKr): ExampleKr => ({
  ...example,
  start: fraction(example.start),
  target: fraction(example.target),
  current: fraction(example.current),
  percent: true,
});

interface ExampleObjective {
  objective: ExampleKey;
  krs: ExampleKr[];
}

const kr = (
  keyResult: KrKey,
  owner: string,
  kind: KrKind,
  [start, target, current]: [number, number, number],
  confidence: number
): ExampleKr => ({ keyResult, owner, kind, start, target, current, confidence });

/**
 * Three marketing objectives (inbound, content/SEO, email and events), written for okr-sheets. The current values
 * tell a mid-quarter story (the period defaults to the current quarter, so pace depends on the day): one objective
 * green, one yellow, one red; most KRs on track, two at risk, one off track, one milestone done. The words are in
 * the catalogue's examples section, so every language has the same numbers.
 */
export const EXAMPLE_OKRS: readonly ExampleObjective[] = [
  {
    objective: 'inbound',
    krs: [
      kr('inboundDemos', 'Emma', 'increase', [120, 150, 144], 8),
      pct(kr('inboundConversion', 'Emma', 'increase', [2.5, 3.3, 3.1], 7)),
      kr('inboundCostPerLead', 'Karim', 'decrease', [85, 60, 68], 7),
      kr('inboundChatbot', 'Karim', 'milestone', [0, 1, 1], 10),
    ],
  },
  {
    objective: 'content',
    krs: [
      kr('contentSubscribers', 'Hugo', 'increase', [2000, 2500, 2300], 7),
      kr('contentGuideRank', 'Hugo', 'decrease', [25, 8, 16], 6),
      kr('contentBacklinks', 'Chloé', 'increase', [0, 5, 3], 7),
      kr('contentCaseStudies', 'Chloé', 'increase', [0, 4, 2], 7),
    ],
  },
  {
    objective: 'pipeline',
    krs: [
      kr('pipelineWebinars', 'Inès', 'increase', [300, 600, 410], 5),
      pct(kr('pipelineOpenRate', 'Inès', 'increase', [24, 28, 25.5], 5)),
      kr('pipelineMeetings', 'Karim', 'increase', [0, 60, 9], 3),
      kr('pipelineNurturing', 'Inès', 'increase', [0, 2, 1], 7),
    ],
  },
];

/**
 * The example rows laid out on the current columns (0-based indexes), `width` cells each, worded from `texts`.
 * Computed and unknown columns stay blank; the objective is written on its first KR only ("blank means same as
 * above").
 */
export function exampleRows(
  texts: ExampleTexts,
  lang: Lang,
  columns: Partial<Record<OkrColumnKey, number>>,
  width: number
): unknown[][] {
  const rows: unknown[][] = [];
  const say = (key: ExampleKey) => t(texts, lang, key);
  for (const objective of EXAMPLE_OKRS) {
    objective.krs.forEach((example, index) => {
      const row: unknown[] = new Array(width).fill('');
      const put = (key: OkrColumnKey, value: unknown) => {
        const col = columns[key];
        if (col !== undefined && col < width) row[col] = value;
      };
      if (index === 0) put('objective', say(objective.objective));
      put('keyResult', say(example.keyResult));
      put('owner', example.owner);
      put('kind', kindLabel(lang, example.kind));
      put('start', example.start);
      put('target', example.target);
      put('current', example.current);
      put('confidence', example.confidence);
      put('actions', say(`${example.keyResult}Actions`));
      rows.push(row);
    });
  }
  return rows;
}

/** For each example row (in exampleRows' order), whether it is a percent KR (its numbers get a percent format). */
export function examplePercentRows(): boolean[] {
  return EXAMPLE_OKRS.flatMap(objective => objective.krs.map(example => example.percent === true));
}

/** Whether the table already holds the examples (an example objective written in either language). */
export function hasExampleOkrs(texts: ExampleTexts, objectives: readonly unknown[]): boolean {
  const names = new Set(EXAMPLE_OKRS.flatMap(o => Object.values(inEveryLang(texts, o.objective))));
  return objectives.some(value => typeof value === 'string' && names.has(value.trim()));
}
