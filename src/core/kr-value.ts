import type { Lang } from '../i18n/lang';
import { OkrInputError } from './errors';
import { parseUserNumber } from './numbers';

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
    let value: number | null;
    try {
      value = typeof bound === 'number' ? bound : parseUserNumber(String(bound ?? ''), lang);
    } catch (error) {
      if (error instanceof OkrInputError) return false;
      throw error;
    }
    return value !== null && Math.abs(value) > 1;
  });
}

/**
 * Reads a KR value as typed ('12', '1,5', '45 %', 'done'), for a check-in or a period's final value: null when
 * blank; throws the engine's OkrInputError when it is not a number. A percent is read in the KR's own scale
 * (`bounds`): '45 %' is 0.45 for a KR from 0.3 to 0.5, and 45 for a KR from 30 to 50. No message here: each
 * surface says it in its own words.
 */
export function readKrValue(text: string, lang: Lang, bounds?: KrBounds): number | null {
  const typed = String(text ?? '');
  const points = typed.includes('%') && countsInPercentPoints(bounds, lang);
  return parseUserNumber(points ? typed.replace(/%/g, '') : typed, lang);
}
