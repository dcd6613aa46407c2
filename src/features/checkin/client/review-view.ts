import { t, type Key, type Params } from '../../../i18n/catalog';
import { colon } from '../../../i18n/format';
import { TEXTS } from './texts';
import { statusText } from '../preview';
import {
  atRiskTitle,
  formatChange,
  formatConfidence,
  formatProgress,
  formatRollup,
  staleTitle,
} from '../summary';
import type { ReviewKr, WeeklyReview } from '../types';
import type { Lang } from '../../../i18n/lang';
import { el } from '../../../html/dom';

function changeClass(change: number | null): string {
  return change === null || Math.abs(change) < 0.005 ? 'flat' : change > 0 ? 'up' : 'down';
}

function section(title: string, key: string, items: HTMLElement[], lang: Lang): HTMLElement {
  return el(
    'section',
    { class: 'review-block', 'data-review': key },
    el('h3', { text: title }),
    items.length > 0 ? el('ul', {}, ...items) : el('p', { class: 'none', text: t(TEXTS, lang, 'reviewNone') })
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
  const say = (key: Key<typeof TEXTS>, params?: Params) => t(TEXTS, lang, key, params);
  const overall = el(
    'p',
    { class: 'overall' },
    `${say('reviewOverall')} `,
    el('b', {
      'data-figure': 'overall',
      text: formatRollup(review.overall, review.overallIncomplete, 'overall', lang),
    }),
    ' ',
    el('span', {
      class: `change ${changeClass(review.overallChange)}`,
      'data-figure': 'overall-change',
      text: `${formatChange(review.overallChange, lang)} ${say('reviewSinceLastWeek')}`,
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
    krItem(kr, kr.daysSinceCheckin === null ? say('never') : say('daysAgo', { n: kr.daysSinceCheckin }), lang)
  );
  const atRisk = review.atRisk.map(kr => {
    const confidence =
      typeof kr.confidence === 'number'
        ? `, ${say('confidenceShort', { n: formatConfidence(kr.confidence, lang) })}`
        : '';
    const actions = kr.actions.trim()
      ? el('p', {
          class: 'actions',
          text: `${say('reviewActions')}${colon(lang)} ${kr.actions.trim()}`,
        })
      : undefined;
    return krItem(
      kr,
      `${formatProgress(kr.progress, lang)} · ${kr.unreadable ?? statusText(kr.status, lang)}${confidence}`,
      lang,
      actions
    );
  });

  const copy = el('button', {
    type: 'button',
    class: 'secondary',
    id: 'copy-summary',
    text: say('copySummary'),
  });
  copy.addEventListener('click', onCopy);
  const fallback = el('textarea', {
    id: 'summary-text',
    readonly: true,
    rows: 8,
    hidden: true,
    'aria-label': say('copySummary'),
  });
  fallback.value = review.summary;

  return el(
    'div',
    { class: 'review' },
    overall,
    section(say('reviewObjectives'), 'objectives', objectives, lang),
    section(say('reviewMovers'), 'movers', movers, lang),
    section(staleTitle(lang), 'stale', stale, lang),
    section(atRiskTitle(lang), 'at-risk', atRisk, lang),
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
