import type { Answer, Question } from '../view-types';
import { byId, el } from './dom';

const LABELS: Record<string, { en: string; fr: string }> = {
  OK: { en: 'OK', fr: 'OK' },
  CANCEL: { en: 'Cancel', fr: 'Annuler' },
  YES: { en: 'Yes', fr: 'Oui' },
  NO: { en: 'No', fr: 'Non' },
};

const BUTTON_SETS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/**
 * Shows ui.alert / ui.prompt as Sheets does: a modal box with the title, the message, a text field for a prompt,
 * and the ButtonSet's buttons in the spreadsheet's language. Closing it (× or Escape) answers CLOSE.
 */
export function askQuestion(question: Question, locale: string): Promise<Answer> {
  const lang = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const backdrop = byId('question-backdrop');
  const box = byId('question');
  return new Promise(resolve => {
    const input =
      question.kind === 'prompt'
        ? el('input', { type: 'text', class: 'question-input', 'aria-label': question.message })
        : null;
    const done = (button: string) => {
      document.removeEventListener('keydown', onKey, true);
      backdrop.hidden = true;
      box.replaceChildren();
      resolve(input ? { button, text: input.value } : { button });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        done('CLOSE');
      } else if (event.key === 'Enter' && input && document.activeElement === input) {
        event.preventDefault();
        done((BUTTON_SETS[question.buttons] ?? ['OK'])[0]);
      }
    };
    const close = el('button', { type: 'button', class: 'question-close', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => done('CLOSE'));
    const header = el('header');
    header.append(el('h2', { id: 'question-title' }, question.title), close);
    const buttons = el('div', { class: 'question-buttons' });
    for (const name of BUTTON_SETS[question.buttons] ?? ['OK']) {
      const button = el('button', { type: 'button', class: 'button' }, LABELS[name]?.[lang] ?? name);
      button.addEventListener('click', () => done(name));
      buttons.append(button);
    }
    box.replaceChildren(header, el('p', { class: 'question-message' }, question.message));
    if (input) box.append(input);
    box.append(buttons);
    backdrop.hidden = false;
    document.addEventListener('keydown', onKey, true);
    (input ?? (buttons.firstElementChild as HTMLElement)).focus();
  });
}
