import { readLang } from '../../core/read';
import type { Lang } from '../../i18n/lang';
import { msg } from './messages';
import type { CellValue, CheckinEntry } from './types';

/**
 * Strict reading of what the sidebar sends to saveCheckin (google.script.run hands over any JSON): every field
 * has its type, nothing is coerced (`comment: {x: 1}` is refused, never stored as "[object Object]"), `null`
 * entries are refused with a message, and a KR named twice is refused. Each problem is one sentence in the
 * user's language naming the entry and the field.
 */
export type RequestReading =
  { ok: true; entries: CheckinEntry[]; lang: Lang | null } | { ok: false; problems: string[] };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'object';
  return `${typeof value} ${String(value)}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCell = (value: unknown): value is CellValue =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** The language the sidebar says it showed, when it is one; the lenient read used for messages. */
export function requestLang(raw: unknown): Lang | null {
  return isObject(raw) ? readLang(raw.lang) : null;
}

export function readSaveRequest(raw: unknown, lang: Lang): RequestReading {
  const problems: string[] = [];
  if (!isObject(raw)) return { ok: false, problems: [msg(lang, 'requestNotObject', { got: kindOf(raw) })] };
  if (raw.lang !== undefined && raw.lang !== null && raw.lang !== 'en' && raw.lang !== 'fr')
    problems.push(msg(lang, 'requestLang', { got: kindOf(raw.lang) }));
  if (!Array.isArray(raw.entries)) {
    problems.push(msg(lang, 'requestEntries', { got: kindOf(raw.entries) }));
    return { ok: false, problems };
  }
  const entries: CheckinEntry[] = [];
  const firstIndex = new Map<string, number>();
  raw.entries.forEach((item: unknown, i: number) => {
    const n = i + 1;
    if (!isObject(item)) {
      problems.push(msg(lang, 'entryNotObject', { n, got: kindOf(item) }));
      return;
    }
    const id = typeof item.id === 'string' ? item.id.trim() : '';
    const label = id || '?';
    const field = (name: string, expected: 'expectText' | 'expectId' | 'expectCell', got: unknown) =>
      problems.push(
        msg(lang, 'entryField', {
          n,
          id: label,
          field: name,
          expected: msg(lang, expected),
          got: kindOf(got),
        })
      );
    let fine = true;
    if (!id) {
      field('id', 'expectId', item.id);
      fine = false;
    }
    for (const name of ['loadedCurrent', 'loadedConfidence'] as const) {
      if (!isCell(item[name])) {
        field(name, 'expectCell', item[name]);
        fine = false;
      }
    }
    // value, confidence and comment: text; a field the sidebar left out (null once through JSON) is blank.
    const texts: Record<'value' | 'confidence' | 'comment', string> = {
      value: '',
      confidence: '',
      comment: '',
    };
    for (const name of ['value', 'confidence', 'comment'] as const) {
      const v = item[name];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') {
        field(name, 'expectText', v);
        fine = false;
      } else texts[name] = v;
    }
    if (!fine) return;
    const seen = firstIndex.get(id);
    if (seen !== undefined) {
      problems.push(msg(lang, 'entryDuplicate', { n: seen, m: n, id }));
      return;
    }
    firstIndex.set(id, n);
    entries.push({
      id,
      loadedCurrent: item.loadedCurrent as CellValue,
      loadedConfidence: item.loadedConfidence as CellValue,
      ...texts,
    });
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, entries, lang: requestLang(raw) };
}
