import type { Lang } from '../i18n/lang';
import { quarterOf } from '../core/dates';
import type { Commitment } from '../core/grade';
import { readCommitment, readLang } from '../core/read';
import { isValidDate } from '../core/text';
import { languageName, quarterName } from '../i18n/schema-labels';
import { commitmentLabel } from '../i18n/labels';
import { SETTING_ROWS, type SettingKey } from './layout';
import { mapColumnsByHeader } from './locate';

/** How each team grades its KRs: committed KRs are expected at 1.0, aspirational ones at about 0.7. */
export type KrType = Commitment;

export interface OkrSettings {
  periodName: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  asOf: Date | null;
  krType: KrType;
  lang: Lang;
}

/** The calendar quarter containing `now` (local dates at midnight) and its name, e.g. "Q4 2026" / "T4 2026". */
export function currentQuarter(now: Date, lang: Lang): { name: string; start: Date; end: Date } {
  const { start, end } = quarterOf(now);
  return { name: quarterName(lang, Math.floor(start.getMonth() / 3) + 1, start.getFullYear()), start, end };
}

function todayAt(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The value each setting gets on install. */
export function defaultSettingValues(lang: Lang, now: Date): Record<SettingKey, unknown> {
  const quarter = currentQuarter(now, lang);
  return {
    periodName: quarter.name,
    periodStart: quarter.start,
    periodEnd: quarter.end,
    asOf: todayAt(now),
    krType: commitmentLabel(lang, 'committed'),
    language: languageName(lang),
  };
}

/** Finds each setting's 1-based row from column A labels (any label it shipped under, any language). */
export function mapSettingRows(labels: readonly unknown[]): Partial<Record<SettingKey, number>> {
  const rows = mapColumnsByHeader(labels, SETTING_ROWS);
  for (const key of Object.keys(rows) as SettingKey[]) rows[key]! += 1;
  return rows;
}

/**
 * Reads settings from the Settings sheet's values (column A labels, column B values); `located` gives the 1-based
 * row of each setting when known (by the add-on's row metadata), else they are found by label.
 */
export function parseSettings(
  values: readonly (readonly unknown[])[],
  fallbackLang: Lang,
  located?: Partial<Record<SettingKey, number>>
): OkrSettings {
  const rows = located ?? mapSettingRows(values.map(row => row[0]));
  const get = (key: SettingKey): unknown => {
    const row = rows[key];
    return row === undefined ? undefined : values[row - 1]?.[1];
  };
  const date = (key: SettingKey) => {
    const v = get(key);
    return isValidDate(v) ? v : null;
  };
  return {
    periodName: String(get('periodName') ?? ''),
    periodStart: date('periodStart'),
    periodEnd: date('periodEnd'),
    asOf: date('asOf'),
    // core/read.ts's readers: a blank or unknown Default KR type is aspirational; a blank or unknown Language is
    // the caller's fallback (the user's locale).
    krType: readCommitment(get('krType'), 'aspirational', { lenient: true }),
    lang: readLang(get('language')) ?? fallbackLang,
  };
}
