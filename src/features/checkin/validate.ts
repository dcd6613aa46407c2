import { OkrInputError } from '../../core/errors';
import { readKrValue, type KrBounds } from '../../core/read';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import { CHECKIN } from '../../i18n/sections';
import { CONFIDENCE_RANGE } from '../../schema/layout';

/** A typed field read: `value` when it is fine (null = left blank), `error` (in the user's language) when not. */
export type FieldReading = { ok: true; value: number | null } | { ok: false; error: string };

/** A number as typed (a KR value in its scale when `bounds` are given, core/read.ts), or why not. */
function readNumber(
  text: string,
  lang: Lang,
  bounds?: KrBounds
): { value: number | null } | { error: string } {
  try {
    return { value: readKrValue(text, lang, bounds) };
  } catch (error) {
    if (error instanceof OkrInputError)
      return { error: t(CHECKIN, lang, 'notANumber', { value: text.trim() }) };
    throw error;
  }
}

/**
 * Reads a new KR value as typed ('12', '1,5', '45 %', 'done'; a percent in the KR's scale, core/read.ts). Blank
 * is accepted only when the KR had no value (`wasBlank`): clearing a value is refused, since a check-in records a
 * measurement.
 */
export function readValueInput(text: string, lang: Lang, wasBlank: boolean, bounds?: KrBounds): FieldReading {
  const read = readNumber(String(text ?? ''), lang, bounds);
  if ('error' in read) return { ok: false, error: read.error };
  if (read.value === null && !wasBlank) return { ok: false, error: t(CHECKIN, lang, 'valueRequired') };
  return { ok: true, value: read.value };
}

/** CONFIDENCE_RANGE as the messages write it: { min: '0', max: '10' }. */
export function confidenceBounds(lang: Lang): { min: string; max: string } {
  return { min: formatNumber(CONFIDENCE_RANGE.min, lang), max: formatNumber(CONFIDENCE_RANGE.max, lang) };
}

/** Reads a confidence as typed: blank, or a number from 0 to 10 (CONFIDENCE_RANGE: '7', '7,5'); not a percent. */
export function readConfidenceInput(text: string, lang: Lang): FieldReading {
  const raw = String(text ?? '').trim();
  const read = readNumber(raw, lang);
  const outOfRange =
    'error' in read ||
    (read.value !== null &&
      (read.value < CONFIDENCE_RANGE.min || read.value > CONFIDENCE_RANGE.max || /%/.test(raw)));
  if (outOfRange) {
    return {
      ok: false,
      error: t(CHECKIN, lang, 'confidenceRange', { ...confidenceBounds(lang), value: raw }),
    };
  }
  return { ok: true, value: read.value };
}
