import { t, type Key, type Params } from '../../../i18n/catalog';
import { TEXTS } from './texts';
import type { CheckinData, SaveResult } from '../types';
import { langFromLocale, type Lang } from '../../../i18n/lang';
import { formatRollup } from '../summary';
import { KrCard, notUpdatedThisWeek, type Typed } from './checkin-view';
import { el } from '../../../html/dom';
import { copyText, renderReview } from './review-view';
import { server } from './rpc';
import { paceOf } from '../preview';

/** The weekly check-in sidebar: one call to load, one to save, everything drawn with textContent. */

let lang: Lang = langFromLocale(navigator.language);
let data: CheckinData | null = null;
let saving = false;
const cards = new Map<string, KrCard>();
const say = (key: Key<typeof TEXTS>, params?: Params) => t(TEXTS, lang, key, params);

const app = document.getElementById('app') as HTMLElement;
const tabCheckin = el('button', {
  type: 'button',
  role: 'tab',
  id: 'tab-checkin',
  'aria-controls': 'panel-checkin',
});
const tabReview = el('button', {
  type: 'button',
  role: 'tab',
  id: 'tab-review',
  'aria-controls': 'panel-review',
});
const panelCheckin = el('section', {
  role: 'tabpanel',
  id: 'panel-checkin',
  'aria-labelledby': 'tab-checkin',
});
const panelReview = el('section', { role: 'tabpanel', id: 'panel-review', 'aria-labelledby': 'tab-review' });
const ownerSelect = el('select', { id: 'owner-filter' });
const staleBox = el('input', { type: 'checkbox', id: 'stale-filter' });
const ownerLabel = el('label', { for: 'owner-filter' });
const staleLabel = el('label', { for: 'stale-filter' });
const list = el('div', { id: 'objectives' });
const empty = el('p', { class: 'none', hidden: true });
const result = el('div', { id: 'result', role: 'status', 'aria-live': 'polite' });
const saveButton = el('button', { type: 'button', id: 'save', class: 'primary' });
const keysHint = el('p', { class: 'hint', id: 'keys-hint' });

app.append(el('div', { role: 'tablist', class: 'tabs' }, tabCheckin, tabReview), panelCheckin, panelReview);
panelCheckin.append(
  el(
    'div',
    { class: 'filters' },
    ownerLabel,
    ownerSelect,
    el('div', { class: 'check' }, staleBox, staleLabel)
  ),
  keysHint,
  list,
  empty,
  el('div', { class: 'save-bar' }, saveButton, result)
);

function selectTab(review: boolean, focus = false): void {
  tabCheckin.setAttribute('aria-selected', String(!review));
  tabReview.setAttribute('aria-selected', String(review));
  tabCheckin.tabIndex = review ? -1 : 0;
  tabReview.tabIndex = review ? 0 : -1;
  panelCheckin.hidden = review;
  panelReview.hidden = !review;
  if (focus) (review ? tabReview : tabCheckin).focus();
}
tabCheckin.addEventListener('click', () => selectTab(false));
tabReview.addEventListener('click', () => selectTab(true));
for (const tab of [tabCheckin, tabReview]) {
  tab.addEventListener('keydown', event => {
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      selectTab(tab === tabCheckin ? event.key !== 'Home' : event.key === 'End', true);
    }
  });
}

/** The card fields a user can type in, in screen order: hidden (filtered) cards are skipped. */
function visibleFields(): HTMLInputElement[] {
  return Array.from(
    list.querySelectorAll<HTMLInputElement>('article:not([hidden]) input[data-field]')
  ).filter(input => !input.closest('details[hidden]'));
}

// Enter moves to the next field, like Enter in a spreadsheet; after the last field, to the Save button (where
// Enter saves). Nothing is ever sent by Enter in a field. The hint above the cards says so.
panelCheckin.addEventListener('keydown', event => {
  const target = event.target;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type !== 'text') return;
  if (event.isComposing || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const fields = visibleFields();
  const next = fields[fields.indexOf(target) + 1];
  (next ?? saveButton).focus();
});

function drawLabels(): void {
  document.documentElement.lang = lang;
  tabCheckin.textContent = say('tabCheckin');
  tabReview.textContent = say('tabReview');
  ownerLabel.textContent = say('filterOwner');
  staleLabel.textContent = say('onlyStale');
  empty.textContent = say('noKrs');
  keysHint.textContent = say('keysHint');
  saveButton.textContent = say(saving ? 'saving' : 'save');
}

function applyFilters(): void {
  if (!data) return;
  const owner = ownerSelect.value;
  let shown = 0;
  for (const group of Array.from(list.querySelectorAll<HTMLDetailsElement>('details'))) {
    let visible = 0;
    for (const node of Array.from(group.querySelectorAll<HTMLElement>('article'))) {
      const card = cards.get(node.dataset.kr ?? '');
      const hide =
        !card ||
        (owner !== '' && card.kr.owner !== owner) ||
        (staleBox.checked && !notUpdatedThisWeek(card.kr, data));
      node.hidden = hide;
      if (!hide) visible++;
    }
    group.hidden = visible === 0;
    shown += visible;
  }
  empty.hidden = shown > 0;
}
ownerSelect.addEventListener('change', applyFilters);
staleBox.addEventListener('change', applyFilters);

/** Draws everything from a payload; `keep` puts back what the user typed in KRs that were not saved. */
function draw(next: CheckinData, keep: Map<string, Typed> = new Map()): void {
  data = next;
  lang = next.lang;
  drawLabels();
  const owner = ownerSelect.value;
  ownerSelect.replaceChildren(
    el('option', { value: '', text: say('allOwners') }),
    ...next.owners.map(name => el('option', { value: name, text: name }))
  );
  ownerSelect.value = next.owners.includes(owner) ? owner : '';

  const open = new Map(
    Array.from(list.querySelectorAll<HTMLDetailsElement>('details')).map(d => [d.dataset.objective, d.open])
  );
  cards.clear();
  const pace = paceOf(next);
  list.replaceChildren(
    ...next.objectives.map(objective => {
      const group = el(
        'details',
        { 'data-objective': objective.name },
        // The heading opens and closes with a click but is no Tab stop: one Tab stop per field.
        el(
          'summary',
          { tabindex: -1 },
          el('span', { class: 'objective', text: objective.name || '–' }),
          el('span', {
            class: 'pct',
            'data-figure': 'objective',
            text: formatRollup(objective.progress, objective.incomplete, 'objective', lang),
          })
        )
      );
      group.open = open.get(objective.name) ?? true;
      for (const kr of objective.krs) {
        const card = new KrCard(kr, lang, pace);
        const typed = keep.get(kr.id);
        if (typed) card.restore(typed);
        cards.set(kr.id, card);
        group.append(card.root);
      }
      return group;
    })
  );
  applyFilters();

  const review = renderReview(next.review, lang, () => void copySummary());
  panelReview.replaceChildren(review);
}

async function copySummary(): Promise<void> {
  if (!data) return;
  const status = document.getElementById('copy-status') as HTMLElement;
  const fallback = document.getElementById('summary-text') as HTMLTextAreaElement;
  const ok = await copyText(data.review.summary, fallback);
  status.textContent = say(ok ? 'copied' : 'copyFailed');
  if (!ok) fallback.hidden = false;
}

function showResult(lines: { text: string; kind: string }[]): void {
  result.replaceChildren(...lines.map(line => el('p', { class: line.kind, text: line.text })));
}

async function save(): Promise<void> {
  if (saving || !data) return;
  const dirty = Array.from(cards.values()).filter(card => card.isDirty());
  let firstInvalid: HTMLInputElement | null = null;
  for (const card of dirty) {
    if (!card.validateValue()) firstInvalid ??= card.value;
    if (!card.validateConfidence()) firstInvalid ??= card.confidence;
  }
  if (firstInvalid) {
    showResult([{ text: say('fixErrors'), kind: 'error' }]);
    firstInvalid.focus();
    return;
  }
  if (dirty.length === 0) {
    showResult([{ text: say('nothingToSave'), kind: 'info' }]);
    return;
  }
  saving = true;
  saveButton.setAttribute('aria-disabled', 'true');
  saveButton.textContent = say('saving');
  try {
    const answer: SaveResult = await server.saveCheckin({ entries: dirty.map(card => card.entry()), lang });
    // A save is all or nothing: every card not saved keeps what was typed in it.
    const saved = new Set(answer.saved);
    const keep = new Map(
      dirty.filter(card => !saved.has(card.kr.id)).map(card => [card.kr.id, card.typed()])
    );
    const refused = answer.conflicts.length + answer.errors.length + answer.missing.length > 0;
    saving = false;
    draw(answer.data, keep);
    for (const error of answer.errors) cards.get(error.id)?.showServerError(error.field, error.message);
    showResult([
      answer.saved.length === 0 && refused
        ? { text: say('nothingSaved'), kind: 'error' }
        : {
            text: say('savedCount', { n: answer.saved.length }),
            kind: answer.saved.length > 0 ? 'ok' : 'info',
          },
      ...answer.conflicts.map(c => ({ text: c.message, kind: 'conflict' })),
      ...answer.errors.map(e => ({ text: e.message, kind: 'error' })),
      ...answer.missing.map(m => ({ text: m.message, kind: 'error' })),
    ]);
  } catch (error) {
    showResult([{ text: say('saveFailed', { message: (error as Error).message }), kind: 'error' }]);
  } finally {
    saving = false;
    saveButton.removeAttribute('aria-disabled');
    saveButton.textContent = say('save');
  }
}
saveButton.addEventListener('click', () => void save());

async function load(): Promise<void> {
  drawLabels();
  selectTab(false);
  showResult([{ text: say('loading'), kind: 'info' }]);
  try {
    draw(await server.getCheckinData());
    showResult([]);
  } catch (error) {
    showResult([{ text: say('loadFailed', { message: (error as Error).message }), kind: 'error' }]);
  }
}

void load();
