import type { Lang } from './lang';
import { fillPlurals } from './plural';

/**
 * The one mechanism for text a user reads. The catalogue is two files, `en.ts` and `fr.ts`, each a list of sections
 * (`checkin`, `period`, …): a section is a record of message keys to texts with `{name}` placeholders and
 * `{n:singular|plural}` choices. `fr.ts` types each section by `en.ts`'s keys, so a missing or extra key is a compile
 * error, and a `Catalog` holds one section per `Lang`, so adding a language to `Lang` is a compile error until every
 * section has its texts. Code asks `t(SECTION, lang, key, params)` and never builds text with `lang === 'fr' ?`;
 * numbers, percents and quotes enter messages already formatted by `format.ts`, and constants (0–10, 7 days, 0.7)
 * enter as parameters.
 *
 * A bundle imports only the sections it names (esbuild drops the others), so the sidebar carries the check-in's
 * texts and not the period close's.
 */
export type Texts<K extends string> = Readonly<Record<K, string>>;

/** The texts of one section in every language. */
export type Catalog<K extends string> = { readonly [L in Lang]: Texts<K> };

/** The keys of a section: `Key<typeof CHECKIN>`. */
export type Key<C> = C extends Catalog<infer K> ? K : never;

export type Params = Readonly<Record<string, string | number>>;

/** `{name}` placeholders and `{n:one|other}` choices filled from `params`; unknown names are left as written. */
export function fill(lang: Lang, text: string, params: Params = {}): string {
  return fillPlurals(lang, text, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** The text for `key` of `catalog` in `lang`, its parameters filled. */
export function t<K extends string>(catalog: Catalog<K>, lang: Lang, key: K, params?: Params): string {
  return fill(lang, catalog[lang][key], params);
}

/** A text of a section in every language, each filled with the same parameters (to recognise any language's). */
export function inEveryLang<K extends string>(
  catalog: Catalog<K>,
  key: K,
  params?: Params
): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of Object.keys(catalog) as Lang[]) out[lang] = t(catalog, lang, key, params);
  return out;
}

/** Two sections read as one (a page that needs a shared section and its own): the same languages, both key sets. */
export function joinSections<A extends string, B extends string>(
  a: Catalog<A>,
  b: Catalog<B>
): Catalog<A | B> {
  const out = {} as Record<Lang, Texts<A | B>>;
  for (const lang of Object.keys(a) as Lang[]) out[lang] = { ...a[lang], ...b[lang] };
  return out;
}
