import { parseKrKind } from '../../core/kinds';
import { readNumber } from '../../core/read';
import { isBlank } from '../../core/text';
import { t, type Key } from '../../i18n/catalog';
import { statusLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { CHECKIN } from '../../i18n/sections';
import { parseIsoDay } from '../../core/dates';
import { krFigure } from '../../core/figures';
import { krStatus, type PaceContext } from './kr-math';
import type { CheckinData, CheckinKr, StatusKey } from './types';

/**
 * What the check-in card shows about a KR's progress, computed with the very functions the server uses
 * (src/features/checkin/kr-math.ts on the engine), so the preview while typing is what the sheet shows after saving.
 */

/**
 * Why a KR has no progress, when a cell cannot be read: "Current value is not a number: 'abc'". Null when every
 * cell reads (then no progress just means none yet). Plain text: the sidebar writes it with textContent.
 */
export function unreadableReason(
  kr: Pick<CheckinKr, 'start' | 'target' | 'current' | 'kind'>,
  lang: Lang
): string | null {
  const checks: [Key<typeof CHECKIN>, unknown][] = [
    ['currentNotANumber', kr.current],
    ['targetNotANumber', kr.target],
    ['startNotANumber', kr.start],
  ];
  for (const [key, value] of checks) {
    try {
      readNumber(value, lang);
    } catch {
      return t(CHECKIN, lang, key, { value: String(value).trim() });
    }
  }
  let milestone = false;
  try {
    milestone = parseKrKind(kr.kind) === 'milestone';
  } catch {
    return null;
  }
  return isBlank(kr.target) && !milestone ? t(CHECKIN, lang, 'noTarget') : null;
}

/**
 * A status as the card's sentence says it ('on track', 'no progress yet'): the status word of the sheet's Status
 * column (the catalogue's core section), lower-cased.
 */
export function statusText(status: StatusKey, lang: Lang): string {
  return status === 'none'
    ? t(CHECKIN, lang, 'statusNone')
    : statusLabel(lang, status).toLocaleLowerCase(lang);
}

/** The period and day the Status column measures pace against, from the payload (the server's own). */
export function paceOf(data: Pick<CheckinData, 'today' | 'periodStart' | 'periodEnd' | 'asOf'>): PaceContext {
  const day = (iso: string | undefined) => (iso ? parseIsoDay(iso) : null);
  return {
    periodStart: day(data.periodStart),
    periodEnd: day(data.periodEnd),
    asOf: day(data.asOf),
    today: parseIsoDay(data.today),
  };
}

export interface ProgressPreview {
  progress: number | null;
  status: StatusKey;
}

/** The KR's progress and status once `value` (already read as a number) is saved. */
export function previewProgress(
  kr: CheckinKr,
  value: number,
  pace: PaceContext,
  lang: Lang
): ProgressPreview {
  // The payload's rule (payload.ts buildObjectives): the figures module's KR figure, its status at the expected pace.
  const figure = krFigure({ start: kr.start, target: kr.target, current: value, kind: kr.kind }, lang);
  const progress = figure.state === 'ok' ? figure.raw : null;
  return { progress, status: krStatus(progress, pace) };
}
