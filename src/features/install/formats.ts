import { GRADE_THRESHOLDS, type Commitment } from '../../core/grade';
import { KR_KINDS } from '../../core/kinds';
import type { PaceStatus } from '../../core/pace';
import { commitmentLabel, kindLabel, labelsInEveryLang, statusLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { COMPUTED_KEYS } from '../../schema/formulas';
import { CONFIDENCE_RANGE, type OkrColumnKey, type SettingKey } from '../../schema/layout';
import { languageName } from '../../i18n/schema-labels';
import { LANGS } from '../../i18n/lang';
import { say } from './texts';

/**
 * The format policy: how install leaves each sheet (widths, number formats, colours, status chips, validation,
 * frozen rows, protection) as plain data, tested without the runtime; src/features/install/action.ts applies it.
 */

/** Header colour (Google Sheets' "light cornflower blue 3"): dark bold text stays readable on it. */
export const HEADER_BACKGROUND = '#c9daf8';

/** Google's grading bands (the engine's aspirational scale), for OKR_GRADE's documentation. */
export const GRADE_BANDS = {
  yellowFrom: GRADE_THRESHOLDS.aspirational.yellow,
  greenFrom: GRADE_THRESHOLDS.aspirational.green,
};
/**
 * THE colour legend: colours follow the status the Status column shows, and a status has one colour everywhere
 * (the Status cell's chip in the sheet, the sidebar's cards and status text, the Dashboard's status table).
 * Progress itself is not coloured: a colour on it would judge it on another scale than Status does.
 */
export const STATUS_COLORS: Record<PaceStatus, { background: string; text: string }> = {
  done: { background: '#b7e1cd', text: '#0d652d' },
  onTrack: { background: '#d9ead3', text: '#274e13' },
  atRisk: { background: '#fce8b2', text: '#7f6000' },
  offTrack: { background: '#f4c7c3', text: '#a50e0e' },
};
/** The statuses in the legend's order (the Status chips, the Dashboard's status table). */
export const STATUS_ORDER: readonly PaceStatus[] = ['done', 'onTrack', 'atRisk', 'offTrack'];

export const PERCENT_FORMAT = '0%';
/** ISO dates read the same in English and French and sort as text. */
export const DATE_FORMAT = 'yyyy-mm-dd';

export type VerticalAlignment = 'top' | 'middle' | 'bottom';
/** The Dashboard's column A (px): objective names and table titles, followed by filled cells. */
export const DASHBOARD_LABEL_WIDTH = 260;

/** A data-validation rule as data (src/features/install/action.ts builds it): a list, or a number range. */
export type ValidationPolicy =
  | { type: 'list'; values: string[]; allowInvalid: boolean }
  | { type: 'number'; min: number; max?: number; allowInvalid: boolean; help: string };

/** A conditional-format rule: the cell wears `background` and `text` when it shows `equals`. */
export interface ChipPolicy {
  equals: string;
  background: string;
  text: string;
}

/** How the OKRs sheet looks: everything install sets there, as data. */
export interface OkrFormatPolicy {
  frozenRows: number;
  /** Frozen when the ID and Objective columns are the first two (a user's own layout keeps none). */
  frozenColumns: number;
  /**
   * Widths (px) of the columns that hold sentences; they wrap, so a narrow one makes every row several lines tall.
   * The other columns keep Sheets' default width (100 px), which costs no call.
   */
  widths: Partial<Record<OkrColumnKey, number>>;
  /** Every column wraps (numbers never do), so sentences stay readable in any column a user adds. */
  wrap: boolean;
  /** Rows are centred vertically: short cells sit level with the wrapped sentences. */
  verticalAlignment: VerticalAlignment;
  header: { background: string; bold: boolean };
  /** Number format of each column that has one; `newColumnOnly` ones are set on a column just added (a user's
   * own format there is kept on repair). */
  numberFormats: Partial<Record<OkrColumnKey, string>>;
  newColumnOnly: readonly OkrColumnKey[];
  /** Warning-only protection: the computed columns (a formula in the header cell fills them). */
  protectedColumns: readonly OkrColumnKey[];
  validations: Partial<Record<OkrColumnKey, ValidationPolicy>>;
  /** The Status cell's chip per status label, in every language (the one legend, STATUS_COLORS). */
  statusChips: ChipPolicy[];
  /** Backgrounds of the rules install owns (older installs' grade colours included): repair replaces those. */
  ourRuleBackgrounds: string[];
}

export function okrFormatPolicy(lang: Lang): OkrFormatPolicy {
  return {
    frozenRows: 1,
    frozenColumns: 2,
    widths: { objective: 260, keyResult: 260, actions: 280, notes: 200 },
    wrap: true,
    verticalAlignment: 'middle',
    header: { background: HEADER_BACKGROUND, bold: true },
    numberFormats: {
      progress: PERCENT_FORMAT,
      progressBar: PERCENT_FORMAT,
      objectiveProgress: PERCENT_FORMAT,
      lastCheckin: DATE_FORMAT,
    },
    newColumnOnly: ['lastCheckin'],
    protectedColumns: COMPUTED_KEYS,
    validations: {
      // Kind accepts other words too (the engine reads both languages), so the dropdown only warns.
      kind: { type: 'list', values: KR_KINDS.map(kind => kindLabel(lang, kind)), allowInvalid: true },
      confidence: {
        type: 'number',
        min: CONFIDENCE_RANGE.min,
        max: CONFIDENCE_RANGE.max,
        allowInvalid: false,
        help: say(lang, 'confidenceHelp', CONFIDENCE_RANGE),
      },
      // Weight: a number >= 0, blank counting as 1 (OKR_ROLLUP reads it); 0 leaves the KR out of its objective.
      weight: { type: 'number', min: 0, allowInvalid: false, help: say(lang, 'weightHelp') },
    },
    statusChips: STATUS_ORDER.flatMap(status =>
      [...new Set(labelsInEveryLang(statusLabel, status))].map(equals => ({
        equals,
        background: STATUS_COLORS[status].background,
        text: STATUS_COLORS[status].text,
      }))
    ),
    ourRuleBackgrounds: Object.values(STATUS_COLORS).map(c => c.background),
  };
}

/**
 * How the Check-ins log looks: its columns share one width (one call; its sentences wrap), a plain bold header,
 * and the whole sheet protected with a warning.
 */
export const LOG_FORMAT_POLICY = { frozenRows: 1, width: 140, header: { bold: true } };

/** How the Settings sheet looks: its two columns' width and the dropdowns of its value column (B). */
export function settingsFormatPolicy(lang: Lang): {
  width: number;
  validations: Partial<Record<SettingKey, ValidationPolicy>>;
} {
  return {
    width: 230,
    validations: {
      krType: {
        type: 'list',
        values: (['committed', 'aspirational'] as Commitment[]).map(c => commitmentLabel(lang, c)),
        allowInvalid: false,
      },
      language: { type: 'list', values: LANGS.map(languageName), allowInvalid: false },
    },
  };
}

/** Groups 0-based column indexes into runs of consecutive columns: [[start, count], ...]. */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const unique = [...new Set(indexes)].map(index => ({ index, width: 0 }));
  return widthRuns(unique).map(([start, count]) => [start, count]);
}

/** Runs of consecutive columns sharing a width, [start (0-based), count, width]: one setColumnWidths call each. */
export function widthRuns(widths: readonly { index: number; width: number }[]): [number, number, number][] {
  const sorted = [...widths].sort((a, b) => a.index - b.index);
  const runs: [number, number, number][] = [];
  for (const { index, width } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index && last[2] === width) last[1] += 1;
    else runs.push([index, 1, width]);
  }
  return runs;
}
