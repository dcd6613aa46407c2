import { incompleteText } from '../../core/figures';
import { formatNumber, formatPercent } from '../../i18n/format';
import { clamp01, roundNoise } from '../../core/progress';
import { t } from '../../i18n/catalog';
import { colon } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { CHECKIN } from '../../i18n/sections';
import { AT_RISK_CONFIDENCE, STALE_AFTER_DAYS } from './review-rules';
import type { CellValue, ReviewKr, WeeklyReview } from './types';

/**
 * A progress for people: '45%' / '45 %'; '–' when unknown. Clamped to 0..100 % like the sheet's Progress column:
 * a KR far past its target would otherwise read '4 268 %', one moving the wrong way '-395 %'.
 */
export function formatProgress(p: number | null, lang: Lang): string {
  return p === null ? '–' : formatPercent(clamp01(p), lang);
}

/**
 * An objective's or the overall progress: the percentage, or, when incomplete (a KR in error), the same
 * "⚠ Incomplete: …" text the sheet's Objective progress column and the Dashboard show.
 */
export function formatRollup(
  p: number | null,
  incomplete: number,
  what: 'objective' | 'overall',
  lang: Lang
): string {
  return incomplete > 0 ? incompleteText(what, incomplete, lang) : formatProgress(p, lang);
}

/** A progress change in percentage points, signed: '+6 pts', '-3 pts', '0 pts'. */
export function formatChange(change: number | null, lang: Lang): string {
  if (change === null) return '–';
  const points = Math.round(roundNoise(change * 100));
  const sign = points > 0 ? '+' : points < 0 ? '-' : '';
  return t(CHECKIN, lang, 'points', { n: sign + formatNumber(Math.abs(points), lang, 0) });
}

/** A confidence as loaded: a number written the user's way ('7,5' in French), a text as it is. */
export function formatConfidence(confidence: CellValue, lang: Lang): string {
  return typeof confidence === 'number' ? formatNumber(confidence, lang, 2) : confidence;
}

/** The titles of the review's KR lists, with the thresholds the review applies (review-rules.ts). */
export const staleTitle = (lang: Lang): string => t(CHECKIN, lang, 'reviewStale', { days: STALE_AFTER_DAYS });
export const atRiskTitle = (lang: Lang): string =>
  t(CHECKIN, lang, 'reviewAtRisk', { confidence: formatNumber(AT_RISK_CONFIDENCE, lang) });

function krLine(kr: ReviewKr, lang: Lang, detail: string): string {
  const owner = kr.owner ? ` (${kr.owner})` : '';
  return `- ${kr.keyResult}${owner}${colon(lang)} ${detail}`;
}

/** The plain-text weekly review for an email or a chat message. */
export function buildSummary(review: Omit<WeeklyReview, 'summary'>, lang: Lang): string {
  const sep = colon(lang);
  const lines = [
    `${t(CHECKIN, lang, 'summaryTitle', { week: review.week })} (${review.today})`,
    '',
    `${t(CHECKIN, lang, 'reviewOverall')}${sep} ${formatRollup(review.overall, review.overallIncomplete, 'overall', lang)} ` +
      `(${formatChange(review.overallChange, lang)} ${t(CHECKIN, lang, 'reviewSinceLastWeek')})`,
  ];
  const section = (title: string, items: string[]) => {
    lines.push('', `${title}${sep}`);
    lines.push(...(items.length > 0 ? items : [`- ${t(CHECKIN, lang, 'reviewNone')}`]));
  };
  section(
    t(CHECKIN, lang, 'reviewObjectives'),
    review.objectives.map(
      o =>
        `- ${o.name}${sep} ${formatRollup(o.progress, o.incomplete, 'objective', lang)} ` +
        `(${formatChange(o.change, lang)})` +
        (o.confidence === null
          ? ''
          : `, ${t(CHECKIN, lang, 'confidenceShort', { n: formatNumber(o.confidence, lang, 1) })}`)
    )
  );
  section(
    t(CHECKIN, lang, 'reviewMovers'),
    review.movers.map(kr =>
      krLine(kr, lang, `${formatProgress(kr.progress, lang)} (${formatChange(kr.change, lang)})`)
    )
  );
  section(
    staleTitle(lang),
    review.stale.map(kr =>
      krLine(
        kr,
        lang,
        kr.daysSinceCheckin === null
          ? t(CHECKIN, lang, 'never')
          : t(CHECKIN, lang, 'daysAgo', { n: kr.daysSinceCheckin })
      )
    )
  );
  section(
    atRiskTitle(lang),
    review.atRisk.map(kr => {
      const parts = [formatProgress(kr.progress, lang)];
      if (kr.confidence !== '')
        parts.push(t(CHECKIN, lang, 'confidenceShort', { n: formatConfidence(kr.confidence, lang) }));
      const actions = kr.actions.trim()
        ? `. ${t(CHECKIN, lang, 'reviewActions')}${sep} ${kr.actions.trim()}`
        : '';
      return krLine(kr, lang, parts.join(', ') + actions);
    })
  );
  return lines.join('\n');
}
