import type { Lang } from './lang';

/**
 * Which form a count takes: English uses the singular for exactly 1 ("1 key result", "0 key results"); French for
 * 0 and 1, and anything below 2 ("0 résultat clé", "1,5 jour"). The same answer as Intl.PluralRules for these two
 * languages, without depending on the Intl data of the platform.
 */
export function isSingular(lang: Lang, n: number): boolean {
  const abs = Math.abs(n);
  return lang === 'fr' ? abs < 2 : abs === 1;
}

/** The form of a word (or words) for a count: plural('en', 3, 'key result', 'key results') -> 'key results'. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return isSingular(lang, n) ? one : other;
}

/**
 * Fills `{name:one|other}` choices in a message from a numeric parameter: '{n} {n:key result|key results} saved'.
 * A parameter given as formatted text ('+6', '1,5') counts by its number.
 */
export function fillPlurals(lang: Lang, text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => {
    if (!(name in params)) return whole;
    const raw = params[name];
    const n =
      typeof raw === 'number'
        ? raw
        : Number(
            String(raw)
              .replace(/[^\d.,-]/g, '')
              .replace(',', '.')
          );
    return Number.isFinite(n) ? plural(lang, n, one, other) : other;
  });
}
