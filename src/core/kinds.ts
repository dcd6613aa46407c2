import { kindLabel, labelsInEveryLang } from '../i18n/labels';
import { OkrInputError, quoteInput } from './errors';
import { isBlank, normalizeWord } from './text';

/** How a key result is measured. */
export type KrKind = 'increase' | 'decrease' | 'stayAbove' | 'stayBelow' | 'milestone';

export const KR_KINDS: readonly KrKind[] = ['increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone'];

/**
 * Every word accepted for each kind besides its labels in every language (i18n/labels.ts kindLabel, as the
 * template's Kind dropdown offers them), compared lower case, without accents, hyphens read as spaces.
 */
const KIND_WORDS: Record<KrKind, string[]> = {
  increase: ['increase to target', 'up', 'grow', 'raise', 'augmentation', 'hausse'],
  decrease: ['decrease to target', 'down', 'reduce', 'lower', 'diminuer', 'baisse'],
  stayAbove: ['stay above', 'at least', 'minimum', 'min', '>=', 'au dessus', 'au moins', 'rester au moins'],
  stayBelow: ['stay below', 'at most', 'maximum', 'max', '<=', 'en dessous', 'au plus', 'rester au plus'],
  milestone: ['done/not done', 'done or not done', 'binary', 'fait/pas fait', 'etape'],
};

const KIND_BY_WORD = new Map<string, KrKind>();
const KIND_BY_TEXT = new Map<string, KrKind>();
for (const kind of KR_KINDS) {
  for (const word of [...KIND_WORDS[kind], ...labelsInEveryLang(kindLabel, kind)]) {
    KIND_BY_WORD.set(normalizeWord(word), kind);
  }
}

/**
 * Reads a kind typed in English or French ('Decrease', 'réduire', 'au moins', 'Jalon'...). Blank gives null,
 * meaning "infer it from start and target" (see inferKrKind). Unknown words throw an OkrInputError.
 */
export function parseKrKind(value: unknown): KrKind | null {
  if (isBlank(value)) return null;
  // A whole Kind column repeats a few labels: remember them as typed, skipping the accent stripping.
  const seen = typeof value === 'string' ? KIND_BY_TEXT.get(value) : undefined;
  if (seen) return seen;
  const kind = KIND_BY_WORD.get(normalizeWord(value));
  if (kind) {
    if (typeof value === 'string' && KIND_BY_TEXT.size < 200) KIND_BY_TEXT.set(value, kind);
    return kind;
  }
  throw new OkrInputError('notAKind', {
    input: quoteInput(String(value).trim()),
    kinds: lang => KR_KINDS.map(k => kindLabel(lang, k)).join(', '),
  });
}

/** A kind left blank: a target below the start is a decreasing metric, anything else an increasing one. */
export function inferKrKind(start: number, target: number): KrKind {
  return target < start ? 'decrease' : 'increase';
}
