import { clamp01 } from '../../../core/progress';
import { t, type Key, type Params } from '../../../i18n/catalog';
import { formatIsoDay } from '../../../i18n/format';
import { TEXTS } from './texts';
import { formatConfidence, formatProgress } from '../summary';
import type { CheckinData, CheckinEntry, CheckinKr, SaveError } from '../types';
import { confidenceBounds, readConfidenceInput, readValueInput } from '../validate';
import type { PaceContext } from '../kr-math';
import { previewProgress, statusText, unreadableReason } from '../preview';
import type { Lang } from '../../../i18n/lang';
import { el, sparkline, uid } from '../../../html/dom';

/** A last check-in day the way the user's language writes it: 2026-11-24 / 24/11/2026, or 'never'. */
function formatDay(day: string, lang: Lang): string {
  return day ? formatIsoDay(day, lang) : t(TEXTS, lang, 'never');
}

/** What the user typed for one KR; also what is put back after a redraw when it was not saved. */
export interface Typed {
  value: string;
  confidence: string;
  comment: string;
}

/** One KR card with its three inputs. */
export class KrCard {
  readonly root: HTMLElement;
  readonly value: HTMLInputElement;
  readonly confidence: HTMLInputElement;
  readonly comment: HTMLInputElement;
  private readonly valueError: HTMLElement;
  private readonly confidenceError: HTMLElement;
  /** "After saving: 55% · on track", shown while the typed value differs from the sheet's. */
  private readonly preview: HTMLElement;

  constructor(
    readonly kr: CheckinKr,
    private readonly lang: Lang,
    private readonly pace: PaceContext
  ) {
    const say = (key: Key<typeof TEXTS>, params?: Params) => t(TEXTS, lang, key, params);
    const named = (key: Key<typeof TEXTS>, params?: Params) =>
      `${say(key, params)} ${say('forKr')} ${kr.keyResult}`;
    const progress = kr.progress === null ? 0 : clamp01(kr.progress);

    this.value = el('input', {
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-label': named('newValue'),
      'data-field': 'value',
    });
    this.value.value = kr.currentText;
    this.value.readOnly = kr.currentIsFormula;
    this.confidence = el('input', {
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-label': named('newConfidence', confidenceBounds(lang)),
      'data-field': 'confidence',
    });
    this.confidence.value = formatConfidence(kr.confidence, lang);
    this.comment = el('input', {
      type: 'text',
      autocomplete: 'off',
      'aria-label': named('comment'),
      'data-field': 'comment',
    });
    this.valueError = el('p', { class: 'error', id: uid('err'), hidden: true });
    this.confidenceError = el('p', { class: 'error', id: uid('err'), hidden: true });
    this.value.setAttribute('aria-describedby', this.valueError.id);
    this.confidence.setAttribute('aria-describedby', this.confidenceError.id);
    this.value.addEventListener('input', () => this.validateValue());
    this.preview = el('p', { class: 'preview', 'aria-live': 'polite', hidden: true });
    this.confidence.addEventListener('input', () => this.validateConfidence());

    const labelled = (key: Key<typeof TEXTS>, input: HTMLElement, error?: HTMLElement, after?: HTMLElement) =>
      el(
        'div',
        { class: 'field' },
        el('span', { class: 'label', 'aria-hidden': 'true', text: say(key) }),
        input,
        error,
        after
      );
    const unreadable = kr.progress === null ? unreadableReason(kr, lang) : null;
    const trend = sparkline(kr.trend, named('trend'));

    this.root = el(
      'article',
      { class: `kr status-${kr.status}`, 'data-kr': kr.id },
      el('h3', { class: 'kr-text', text: kr.keyResult }),
      el(
        'p',
        { class: 'meta' },
        el('span', { class: 'owner', text: kr.owner || '–' }),
        ' · ',
        // A cell that cannot be read says so, rather than "no progress yet".
        el('span', {
          class: unreadable ? 'status unreadable' : 'status',
          text: unreadable ?? statusText(kr.status, lang),
        })
      ),
      el(
        'div',
        { class: 'progress' },
        el(
          'span',
          { class: 'bar', 'aria-hidden': 'true' },
          el('span', { class: 'fill', style: `width:${Math.round(progress * 100)}%` })
        ),
        el('span', { class: 'pct', text: formatProgress(kr.progress, lang) }),
        trend
      ),
      el(
        'p',
        { class: 'meta' },
        `${say('current')} `,
        el('b', { class: 'current', text: kr.currentText || '–' }),
        ` · ${say('confidence')} `,
        el('b', { class: 'confidence', text: formatConfidence(kr.confidence, lang) || '–' }),
        ` · ${say('lastCheckin')} `,
        el('span', { class: 'last', text: formatDay(kr.lastCheckin, lang) })
      ),
      el(
        'div',
        { class: 'inputs' },
        labelled('newValue', this.value, this.valueError, this.preview),
        labelled('confidence', this.confidence, this.confidenceError),
        labelled('comment', this.comment)
      )
    );
  }

  typed(): Typed {
    return { value: this.value.value, confidence: this.confidence.value, comment: this.comment.value };
  }

  restore(typed: Typed): void {
    this.value.value = typed.value;
    this.confidence.value = typed.confidence;
    this.comment.value = typed.comment;
    this.validateValue();
    this.validateConfidence();
  }

  isDirty(): boolean {
    const typed = this.typed();
    return (
      typed.value.trim() !== this.kr.currentText.trim() ||
      typed.confidence.trim() !== formatConfidence(this.kr.confidence, this.lang).trim() ||
      typed.comment.trim() !== ''
    );
  }

  /** Flags a value that is no number; untouched fields are never flagged. Returns true when valid. */
  validateValue(): boolean {
    const text = this.value.value;
    const untouched = text.trim() === this.kr.currentText.trim();
    const read = readValueInput(text, this.lang, this.kr.current === '', this.kr);
    this.showPreview(!untouched && read.ok ? read.value : null);
    return this.flag(this.value, this.valueError, untouched || read.ok ? null : read.error);
  }

  /** The new progress and status for a typed value (null hides the preview), as the server will compute them. */
  private showPreview(value: number | null): void {
    if (value === null) {
      this.preview.hidden = true;
      this.preview.textContent = '';
      return;
    }
    const next = previewProgress(this.kr, value, this.pace, this.lang);
    const status =
      next.progress === null
        ? (unreadableReason({ ...this.kr, current: value }, this.lang) ?? statusText('none', this.lang))
        : statusText(next.status, this.lang);
    this.preview.textContent = `${t(TEXTS, this.lang, 'previewAfterSave')} ${formatProgress(next.progress, this.lang)} · ${status}`;
    this.preview.dataset.status = next.status;
    this.preview.hidden = false;
  }

  validateConfidence(): boolean {
    const text = this.confidence.value;
    const untouched = text.trim() === formatConfidence(this.kr.confidence, this.lang).trim();
    const read = readConfidenceInput(text, this.lang);
    return this.flag(this.confidence, this.confidenceError, untouched || read.ok ? null : read.error);
  }

  /** Shows an error next to a field (also used for the server's per-KR errors). */
  flag(input: HTMLInputElement, box: HTMLElement, error: string | null): boolean {
    box.textContent = error ?? '';
    box.hidden = error === null;
    if (error === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    return error === null;
  }

  showServerError(field: SaveError['field'], message: string): void {
    if (field === 'confidence') this.flag(this.confidence, this.confidenceError, message);
    else this.flag(this.value, this.valueError, message);
  }

  entry(): CheckinEntry {
    const typed = this.typed();
    return {
      id: this.kr.id,
      loadedCurrent: this.kr.current,
      loadedConfidence: this.kr.confidence,
      value: typed.value,
      confidence: typed.confidence,
      comment: typed.comment,
    };
  }
}

/** True when the KR has had no check-in since this ISO week's Monday. */
export function notUpdatedThisWeek(kr: CheckinKr, data: CheckinData): boolean {
  return !kr.lastCheckin || kr.lastCheckin < data.weekStart;
}
