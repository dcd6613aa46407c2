import { formatPercent } from '../../../i18n/format';
import { joinSections, t, type Key, type Params } from '../../../i18n/catalog';
import { commitmentLabel, gradeLabel } from '../../../i18n/labels';
import { langFromLocale, type Lang } from '../../../i18n/lang';
import { CLOSE_DIALOG, PERIOD } from '../../../i18n/sections';
import { CLOSING_STATUSES, type ClosingStatus } from '../../../schema/history';
import { expectedAt, finalFigures, readFinalValue, type FinalFigures } from '../final-figures';
import type { CloseData, CloseKr, ClosePayload, CloseResult } from '../types';
import { serverApi } from '../../../html/rpc';
import { el, uid } from '../../../html/dom';

/** The close dialog: one call to load, one to close; every text from the sheet goes in through textContent. */

declare const google: { script: { host: { close(): void } } };

const server = serverApi(['getCloseData', 'closePeriod']);

let lang: Lang = langFromLocale(navigator.language);
let data: CloseData | null = null;
let busy = false;
/** The period section it shares with the server, and its own labels. */
const TEXTS = joinSections(PERIOD, CLOSE_DIALOG);
const say = (key: Key<typeof TEXTS>, params?: Params) => t(TEXTS, lang, key, params);

const app = document.getElementById('app') as HTMLElement;
const result = el('div', { id: 'result', role: 'status', 'aria-live': 'polite' });
const confirmButton = el('button', { type: 'button', id: 'confirm', class: 'primary' });
const cancelButton = el('button', { type: 'button', id: 'cancel', class: 'secondary' });
cancelButton.addEventListener('click', () => google.script.host.close());

/** A field's label: the History header of the column it fills, sent by the server with the data. */
const label = (key: keyof CloseData['fieldLabels']): string => data!.fieldLabels[key];

/** The note's label when the grade asks for one: any grade below green, each named. */
const noteRequired = () =>
  say('noteRequired', {
    note: label('note'),
    red: gradeLabel(lang, 'red').toLowerCase(),
    yellow: gradeLabel(lang, 'yellow').toLowerCase(),
  });

/** One KR's row of fields, with its live progress and grade. */
class KrRow {
  readonly root: HTMLTableRowElement;
  readonly value: HTMLInputElement;
  readonly status: HTMLSelectElement;
  readonly note: HTMLTextAreaElement;
  private readonly progress = el('td', { class: 'num progress' });
  private readonly grade = el('span', { class: 'grade' });
  private readonly noteLabel = el('label', { class: 'sr' });
  private readonly valueError = el('p', { class: 'error', id: uid('final-error'), hidden: true });
  private readonly rowError = el('p', { class: 'error', hidden: true });
  figures: FinalFigures | null = null;

  constructor(readonly kr: CloseKr) {
    const name = `${kr.id} ${kr.keyResult}`;
    const ids = { value: uid('final'), status: uid('status'), note: uid('note') };
    this.value = el('input', {
      type: 'text',
      id: ids.value,
      inputmode: 'decimal',
      'aria-label': `${label('finalValue')} ${say('forKr')} ${kr.keyResult}`,
    });
    this.value.setAttribute('aria-describedby', this.valueError.id);
    this.value.value = kr.finalText;
    this.status = el('select', {
      id: ids.status,
      'aria-label': `${label('status')} ${say('forKr')} ${kr.keyResult}`,
    });
    this.status.append(...CLOSING_STATUSES.map(s => el('option', { value: s, text: data!.statusLabels[s] })));
    this.status.value = kr.suggested;
    this.note = el('textarea', { id: ids.note, rows: 2 });
    this.noteLabel.setAttribute('for', ids.note);
    const expected = formatPercent(expectedAt(kr.commitment), lang);
    this.root = el(
      'tr',
      { 'data-kr': kr.id },
      el(
        'th',
        { scope: 'row' },
        el('span', { class: 'id', text: kr.id }),
        ' ',
        el('span', { class: 'kr', text: kr.keyResult }),
        el('span', {
          class: 'meta',
          text: [kr.owner, `${commitmentLabel(lang, kr.commitment)}, ${say('expected', { n: expected })}`]
            .filter(Boolean)
            .join(' · '),
        }),
        this.rowError
      ),
      el('td', {}, this.value, this.valueError),
      this.progress,
      el('td', {}, this.grade),
      el('td', {}, this.status),
      el('td', {}, this.noteLabel, this.note)
    );
    this.value.addEventListener('input', () => this.update());
    this.note.addEventListener('input', () => this.note.removeAttribute('aria-invalid'));
    if (kr.error) {
      this.rowError.textContent = kr.error;
      this.rowError.hidden = false;
    }
    this.note.setAttribute('aria-label', `${label('note')} ${say('forKr')} ${name}`);
    this.update();
  }

  /** Reads the final value and recomputes progress and grade (the server's own definition). */
  update(): boolean {
    const reading = readFinalValue(this.value.value, lang, this.kr, this.kr.id);
    this.figures = null;
    let error = '';
    if ('error' in reading) error = reading.error;
    else {
      try {
        this.figures = finalFigures(this.kr, reading.value, this.kr.commitment, lang);
      } catch {
        error = this.kr.error;
      }
    }
    this.valueError.textContent = error;
    this.valueError.hidden = error === '';
    if (error) this.value.setAttribute('aria-invalid', 'true');
    else this.value.removeAttribute('aria-invalid');
    this.progress.textContent = this.figures ? formatPercent(this.figures.progress, lang) : '–';
    const grade = this.figures?.grade;
    this.grade.textContent = grade ? gradeLabel(lang, grade) : '–';
    this.grade.className = `grade ${grade ?? ''}`;
    const required = grade !== undefined && grade !== 'green';
    this.noteLabel.textContent = required ? noteRequired() : label('note');
    if (required) this.note.setAttribute('aria-required', 'true');
    else this.note.removeAttribute('aria-required');
    return error === '';
  }

  /** True when the row can be sent; marks what is missing. */
  validate(): HTMLElement | null {
    if (!this.update()) return this.value;
    const required = this.figures && this.figures.grade !== 'green';
    if (required && this.note.value.trim() === '') {
      this.note.setAttribute('aria-invalid', 'true');
      return this.note;
    }
    return null;
  }

  entry(): ClosePayload['krs'][number] {
    return {
      id: this.kr.id,
      finalValue: this.value.value,
      status: this.status.value as ClosingStatus,
      note: this.note.value,
    };
  }
}

const rows: KrRow[] = [];
const retros: {
  objective: string;
  fields: Record<'worked' | 'didNotWork' | 'change', HTMLTextAreaElement>;
}[] = [];

function field(
  key: 'worked' | 'didNotWork' | 'change',
  objective: string
): [HTMLElement, HTMLTextAreaElement] {
  const id = uid(key);
  const area = el('textarea', { id, rows: 2, 'aria-label': `${label(key)} (${objective || '–'})` });
  return [el('div', { class: 'retro-field' }, el('label', { for: id, text: label(key) }), area), area];
}

function draw(next: CloseData): void {
  data = next;
  lang = next.lang;
  document.documentElement.lang = lang;
  rows.length = 0;
  retros.length = 0;
  const parts: HTMLElement[] = [
    el('h1', { text: say('title') + ' · ' + next.period.name }),
    el('p', {
      class: 'intro',
      text: say('intro', { ...next.words, period: next.period.name, next: next.next.name }),
    }),
  ];
  if (next.blockers.length > 0) {
    parts.push(el('ul', { class: 'blockers error' }, ...next.blockers.map(text => el('li', { text }))));
  }
  for (const objective of next.objectives) {
    const headers = [
      '',
      label('finalValue'),
      label('progress'),
      label('grade'),
      label('status'),
      label('note'),
    ];
    const table = el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { scope: 'col', text: h })))),
      el(
        'tbody',
        {},
        ...objective.krs.map(kr => {
          const row = new KrRow(kr);
          rows.push(row);
          return row.root;
        })
      )
    );
    const [worked, workedArea] = field('worked', objective.name);
    const [didNot, didNotArea] = field('didNotWork', objective.name);
    const [change, changeArea] = field('change', objective.name);
    retros.push({
      objective: objective.name,
      fields: { worked: workedArea, didNotWork: didNotArea, change: changeArea },
    });
    parts.push(
      el(
        'section',
        { class: 'objective' },
        el('h2', { text: objective.name || '–' }),
        table,
        el('fieldset', { class: 'retro' }, el('legend', { text: say('retro') }), worked, didNot, change)
      )
    );
  }
  confirmButton.textContent = say('confirm', { period: next.period.name });
  cancelButton.textContent = say('cancel');
  if (next.blockers.length > 0) confirmButton.setAttribute('aria-disabled', 'true');
  parts.push(el('div', { class: 'actions' }, cancelButton, confirmButton), result);
  app.replaceChildren(...parts);
  (rows[0]?.value ?? cancelButton).focus();
}

function show(kind: 'error' | 'ok' | 'info', lines: string[]): void {
  result.replaceChildren(...lines.map(text => el('p', { class: kind, text })));
}

async function confirm(): Promise<void> {
  if (busy || !data || data.blockers.length > 0) return;
  let first: HTMLElement | null = null;
  for (const row of rows) first ??= row.validate();
  if (first) {
    show('error', [say('fixErrors')]);
    first.focus();
    return;
  }
  busy = true;
  confirmButton.setAttribute('aria-disabled', 'true');
  confirmButton.textContent = say('closing');
  try {
    const answer: CloseResult = await server.closePeriod({
      period: data.period.name,
      lang,
      krs: rows.map(row => row.entry()),
      retros: retros.map(r => ({
        objective: r.objective,
        worked: r.fields.worked.value,
        didNotWork: r.fields.didNotWork.value,
        change: r.fields.change.value,
      })),
    });
    show('ok', [answer.message]);
    confirmButton.hidden = true;
    cancelButton.textContent = say('done');
    cancelButton.focus();
  } catch (error) {
    show('error', String((error as Error).message).split('\n'));
    confirmButton.removeAttribute('aria-disabled');
    confirmButton.textContent = say('confirm', { period: data.period.name });
    result.setAttribute('tabindex', '-1');
    result.focus();
  } finally {
    busy = false;
  }
}
confirmButton.addEventListener('click', () => void confirm());

// Enter in a one-line field never sends anything by accident.
app.addEventListener('keydown', event => {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
});

async function load(): Promise<void> {
  app.replaceChildren(el('p', { class: 'info', text: say('loading') }));
  try {
    draw(await server.getCloseData());
  } catch (error) {
    app.replaceChildren(
      el('p', {
        class: 'error',
        role: 'alert',
        text: say('loadFailed', { message: (error as Error).message }),
      })
    );
  }
}

void load();
