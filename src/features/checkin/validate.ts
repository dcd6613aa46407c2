import { OkrInputError } from '../../core/errors';
import { readNumber as readCell } from '../../core/read';
import type { Lang } from '../../i18n/lang';
import { CONFIDENCE_RANGE } from '../../schema/layout';
import { msg } from './messages';

/** A typed field read: `value` when it is fine (null = left blank), `error` (in the user's language) when not. */
export type FieldReading = { ok: true; value: number | null } | { ok: false; error: string };

function readNumber(text: string, lang: Lang): { value: number | null } | { error: string } {
  try {
    return { value: readCell(text, lang) };
  } catch (error) {
    if (error instanceof OkrInputError) return { error: msg(lang, 'notANumber', { value: text.trim() }) };
    throw error;
  }
}

/** The start and target of the KR a value is typed for (as the sheet holds them). */
export interface KrBounds {
  start?: unknown;
  target?: unknown;
}

/**
 * Whether a KR counts in percentage points: "from 2,5 % to 3,3 %" is often typed as 2.5 and 3.3 rather than in a
 * percent-formatted cell (0.025). Then '3,2 %' means 3.2, not 0.032, which would silently read as no progress.
 */
function countsInPercentPoints(bounds: KrBounds | undefined, lang: Lang): boolean {
  if (!bounds) return false;
  return [bounds.start, bounds.target].some(bound => {
    const read = typeof bound === 'number' ? { value: bound } : readNumber(String(bound ?? ''), lang);
    return 'value' in read && read.value !== null && Math.abs(read.value) > 1;
  });
}

/**
 * Reads a new KR value as typed ('12', '1,5', '45 %', 'done'). Blank is accepted only when the KR had no value
 * (`wasBlank`): clearing a value is refused, since a check-in records a measurement. A percent is read in the KR's
 * own scale (`bounds`): '45 %' is 0.45 for a KR from 0.3 to 0.5, and 45 for a KR from 30 to 50.
 */
export function readValueInput(text: string, lang: Lang, wasBlank: boolean, bounds?: KrBounds): FieldReading {
  const typed = String(text ?? '');
  const points = typed.includes('%') && countsInPercentPoints(bounds, lang);
  const read = readNumber(points ? typed.replace(/%/g, '') : typed, lang);
  if ('error' in read) return { ok: false, error: read.error };
  if (read.value === null && !wasBlank) return { ok: false, error: msg(lang, 'valueRequired') };
  return { ok: true, value: read.value };
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
    return { ok: false, error: msg(lang, 'confidenceRange', { value: raw }) };
  }
  return { ok: true, value: read.value };
}
