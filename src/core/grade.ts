import type { Localized } from '../i18n/lang';
import { OkrInputError, quoteInput } from './errors';
import { isBlank, normalizeWord } from './text';

export type Grade = 'red' | 'yellow' | 'green';
/** Aspirational OKRs ("moon shots") are expected at 0.7, committed ones ("roof shots") at 1.0. */
export type Commitment = 'aspirational' | 'committed';

export const GRADE_LABELS: Record<Grade, Localized> = {
  red: { en: 'Red', fr: 'Rouge' },
  yellow: { en: 'Yellow', fr: 'Jaune' },
  green: { en: 'Green', fr: 'Vert' },
};

export const COMMITMENT_LABELS: Record<Commitment, Localized> = {
  aspirational: { en: 'Aspirational', fr: 'Ambitieux' },
  committed: { en: 'Committed', fr: 'Engagé' },
};

/** Where each grade starts, as progress, by commitment. */
export const GRADE_THRESHOLDS: Record<Commitment, { yellow: number; green: number }> = {
  // Google's scale: red below 0.4, yellow 0.4 to below 0.7, green from 0.7.
  aspirational: { yellow: 0.4, green: 0.7 },
  // The same scale stretched so that green is the expected 1.0: yellow from 0.4 / 0.7 (about 0.571).
  committed: { yellow: 0.4 / 0.7, green: 1 },
};

/** Tolerance for float noise: 0.6999999999999999 is green. */
const EPSILON = 1e-9;

export function gradeOf(progress: number, commitment: Commitment = 'aspirational'): Grade {
  const t = GRADE_THRESHOLDS[commitment];
  if (progress >= t.green - EPSILON) return 'green';
  if (progress >= t.yellow - EPSILON) return 'yellow';
  return 'red';
}

const COMMITMENT_WORDS: Record<string, Commitment> = {};
for (const [commitment, words] of [
  ['aspirational', ['aspirational', 'ambitieux', 'ambitious', 'aspirationnel', 'moonshot', 'moon shot']],
  ['committed', ['committed', 'engage', 'commit', 'roofshot', 'roof shot']],
] as const) {
  for (const word of words) COMMITMENT_WORDS[word] = commitment;
}

/**
 * Reads the aspirational flag of OKR_GRADE or the template's "Default KR type": TRUE / 1 / blank mean
 * aspirational, FALSE / 0 committed; the words Aspirational/Ambitieux and Committed/Engagé are accepted too.
 */
export function parseCommitment(value: unknown): Commitment {
  if (isBlank(value) || value === true || value === 1) return 'aspirational';
  if (value === false || value === 0) return 'committed';
  const word = normalizeWord(value);
  if (word === 'true' || word === 'vrai') return 'aspirational';
  if (word === 'false' || word === 'faux') return 'committed';
  const found = COMMITMENT_WORDS[word];
  if (found) return found;
  const quoted = quoteInput(String(value).trim());
  throw new OkrInputError({
    en: `${quoted.en} is neither aspirational nor committed (use TRUE, FALSE, Aspirational or Committed)`,
    fr: `${quoted.fr} n'est ni ambitieux ni engagé (utilisez VRAI, FAUX, Ambitieux ou Engagé)`,
  });
}
