import { msg, type MessageKey } from '../messages';
import { colon, formatChange, formatConfidence, formatProgress, formatRollup } from '../summary';
import type { ReviewKr, WeeklyReview } from '../types';
import type { Lang } from '../../../i18n/lang';
import { STATUS_TEXT } from './checkin-view';
import { el } from '../../../html/dom';

function changeClass(change: number | null): string {
  return change === null || Math.abs(change) < 0.005 ? 'flat' : change > 0 ? 'up' : 'down';
}

function section(title: string, key: string, items: HTMLElement[], lang: Lang): HTMLElement {
  return el(
    'section',
    { class: 'review-block', 'data-review': key },
    el('h3', { text: title }),
    items.length > 0 ? el('ul', {}, ...items) : el('p', { class: 'none', text: msg(lang, 'reviewNone') })
  );
}

function krItem(kr: ReviewKr, detail: string, lang: Lang, extra?: HTMLElement): HTMLElement {
  return el(
    'li',
    { 'data-kr': kr.id },
    el('span', { class: 'kr-text', text: kr.keyResult }),
    kr.owner ? el('span', { class: 'owner', text: ` (${kr.owner})` }) : null,
    el('span', { class: 'detail', text: ` ${detail}` }),
    extra
  );
}

/** The weekly review panel: figures computed by the server (src/features/checkin/review.ts), shown as text. */
export function renderReview(review: WeeklyReview, lang: Lang, onCopy: () => void): HTMLElement {
  const t = (key: MessageKey, params?: Record<string, string | number>) => msg(lang, key, params);
  const overall = el(
    'p',
    { class: 'overall' },
    `${t('reviewOverall')} `,
    el('b', {
      'data-figure': 'overall',
      text: formatRollup(review.overall, review.overallIncomplete, 'overall', lang),
    }),
    ' ',
    el('span', {
      class: `change ${changeClass(review.overallChange)}`,
      'data-figure': 'overall-change',
      text: `${formatChange(review.overallChange, lang)} ${t('reviewSinceLastWeek')}`,
    })
  );
  const objectives = review.objectives.map(o =>
    el(
      'li',
      { 'data-objective': o.name },
      el('span', { class: 'name', text: o.name }),
      ' ',
      el('b', {
        'data-figure': 'objective',
        text: formatRollup(o.progress, o.incomplete, 'objective', lang),
      }),
      ' ',
      el('span', { class: `change ${changeClass(o.change)}`, text: formatChange(o.change, lang) })
    )
  );
  const movers = review.movers.map(kr =>
    krItem(kr, `${formatProgress(kr.progress, lang)} (${formatChange(kr.change, lang)})`, lang)
  );
  const stale = review.stale.map(kr =>
    krItem(kr, kr.daysSinceCheckin === null ? t('never') : t('daysAgo', { n: kr.daysSinceCheckin }), lang)
  );
  const atRisk = review.atRisk.map(kr => {
    const confidence =
      typeof kr.confidence === 'number'
        ? `, ${t('confidenceShort', { n: formatConfidence(kr.confidence, lang) })}`
        : '';
    const actions = kr.actions.trim()
      ? el('p', {
          class: 'actions',
          text: `${t('reviewActions')}${colon(lang)} ${kr.actions.trim()}`,
        })
      : undefined;
    return krItem(
      kr,
      `${formatProgress(kr.progress, lang)} · ${kr.unreadable ?? t(STATUS_TEXT[kr.status])}${confidence}`,
      lang,
      actions
    );
  });

  const copy = el('button', {
    type: 'button',
    class: 'secondary',
    id: 'copy-summary',
    text: t('copySummary'),
  });
  copy.addEventListener('click', onCopy);
  const fallback = el('textarea', {
    id: 'summary-text',
    readonly: true,
    rows: 8,
    hidden: true,
    'aria-label': t('copySummary'),
  });
  fallback.value = review.summary;

  return el(
    'div',
    { class: 'review' },
    overall,
    section(t('reviewObjectives'), 'objectives', objectives, lang),
    section(t('reviewMovers'), 'movers', movers, lang),
    section(t('reviewStale'), 'stale', stale, lang),
    section(t('reviewAtRisk'), 'at-risk', atRisk, lang),
    el('div', { class: 'actions-bar' }, copy),
    el('p', { id: 'copy-status', role: 'status', 'aria-live': 'polite' }),
    fallback
  );
}

/** Puts text on the clipboard: the async Clipboard API, else a selected textarea and execCommand('copy'). */
export async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // the sidebar's iframe may not be allowed the Clipboard API: fall back below
  }
  fallback.hidden = false;
  fallback.value = text;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
