import { OkrInputError, quoteInput } from '../../core/errors';
import { COMMITMENTS, GRADES } from '../../core/grade';
import { readNumber } from '../../core/read';
import { isBlank, normalizeWord } from '../../core/text';
import { phrase } from '../../i18n/error-text';
import { commitmentLabel, gradeLabel, labelsInEveryLang } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { FUNCTIONS } from '../../i18n/sections';
import { closingStatusLabel } from '../../i18n/schema-labels';
import { CLOSING_STATUSES } from '../../schema/history';
import { inLocale } from './locale-arg';
import {
  at,
  computeRows,
  readAt,
  readColumn,
  sharedHeight,
  type SheetArg,
  type SheetResult,
  argName,
} from './sheet-args';

/**
 * Summarises the History sheet for each key (a period, an owner, an objective): the mean, count, lowest or highest of a History column over the rows of that key, or how many rows hold a label such as Green or Achieved.
 *
 * @param {string|Array<Array<string>>} keys The periods (or owners, objectives) to summarise, or a one-column range of them. Blank rows give blank cells.
 * @param {string|Array<Array<string>>} history_keys The History column holding the keys, such as its Period or Owner column.
 * @param {number|string|Array<Array<number|string>>} history_values The History column to summarise, a range of the same height: Progress, Grade, Closing status, Final value...
 * @param {string} measure Optional: "mean" (the default), "count", "min", "max", or a label to count (Green, Red, Achieved, Carry over, Committed... in English or French).
 * @param {string} locale Optional: "fr" (or fr_FR) for error messages in French; English by default.
 * @return {number|Array<Array<number>>} One figure per key: a column as tall as keys when a range was given. A mean, min or max over no number is blank; a row whose value is no number shows a text starting with ⚠.
 * @customfunction
 */
export function OKR_HISTORY(
  keys: SheetArg,
  history_keys: SheetArg,
  history_values: SheetArg,
  measure?: SheetArg,
  locale?: SheetArg
): SheetResult<number | string> {
  return inLocale(locale, lang => historyColumn(keys, history_keys, history_values, measure, lang));
}

type Aggregate = 'mean' | 'count' | 'min' | 'max';
type Measure = { kind: Aggregate } | { kind: 'label'; label: string };

const MEASURE_WORDS: Record<string, Aggregate> = {
  '': 'mean',
  mean: 'mean',
  average: 'mean',
  moyenne: 'mean',
  count: 'count',
  nombre: 'count',
  min: 'min',
  max: 'max',
};

/** Every label History holds, both languages to one key: "Vert" and "Green" count together. */
const LABELS = new Map<string, string>();
const addLabels = (key: string, labels: readonly string[]) => {
  for (const label of labels) LABELS.set(normalizeWord(label), key);
};
for (const grade of GRADES) addLabels(grade, labelsInEveryLang(gradeLabel, grade));
for (const commitment of COMMITMENTS) addLabels(commitment, labelsInEveryLang(commitmentLabel, commitment));
for (const status of CLOSING_STATUSES) addLabels(status, labelsInEveryLang(closingStatusLabel, status));
const labelKey = (value: unknown) => {
  const word = normalizeWord(value);
  return LABELS.get(word) ?? word;
};

function readMeasure(value: unknown): Measure {
  const raw = Array.isArray(value) ? value[0]?.[0] : value;
  const word = normalizeWord(raw);
  const kind = MEASURE_WORDS[word];
  if (kind) return { kind };
  if (typeof raw !== 'string') {
    throw new OkrInputError(
      phrase(FUNCTIONS, 'notAMeasure', {
        input: quoteInput(String(raw)),
        green: lang => gradeLabel(lang, 'green'),
      })
    );
  }
  return { kind: 'label', label: labelKey(raw) };
}

function historyColumn(
  keys: SheetArg,
  historyKeys: SheetArg,
  historyValues: SheetArg,
  measureArg: SheetArg,
  lang: Lang
): SheetResult<number | string> {
  const measure = readMeasure(measureArg);
  const history = [
    readColumn(historyKeys, argName('historyKeys')),
    readColumn(historyValues, argName('historyValues')),
  ];
  const [keyCol, valueCol] = history;
  const height = sharedHeight(history);
  // Rows grouped by key once: every key of the result is then one lookup.
  const groups = new Map<string, number[]>();
  for (let row = 0; row < height; row++) {
    const key = String(at(keyCol, row) ?? '').trim();
    if (key === '') continue;
    const rows = groups.get(key);
    if (rows) rows.push(row);
    else groups.set(key, [row]);
  }
  const keysCol = readColumn(keys, argName('keys'));
  return computeRows([keysCol], lang, row => {
    const key = at(keysCol, row);
    if (isBlank(key)) return '';
    const rows = groups.get(String(key).trim()) ?? [];
    if (measure.kind === 'label') {
      return rows.filter(r => labelKey(at(valueCol, r)) === measure.label).length;
    }
    if (measure.kind === 'count') return rows.filter(r => !isBlank(at(valueCol, r))).length;
    const numbers: number[] = [];
    for (const r of rows) {
      const value = readAt(valueCol, r, v => readNumber(v, lang));
      if (value !== null) numbers.push(value);
    }
    if (numbers.length === 0) return '';
    if (measure.kind === 'min') return Math.min(...numbers);
    if (measure.kind === 'max') return Math.max(...numbers);
    return numbers.reduce((a, b) => a + b, 0) / numbers.length;
  });
}
