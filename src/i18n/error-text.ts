import { capitalize } from '../core/text';
import { t, type Catalog } from './catalog';
import { withColon } from './format';
import type { Lang } from './lang';

/**
 * A parameter of a message: a number or text the same in every language, or a function giving it in the language
 * the message is shown in (a quoted input: 'abc' / « abc »; a list of labels).
 */
export type PhraseParam = string | number | ((lang: Lang) => string);
export type PhraseParams = Readonly<Record<string, PhraseParam>>;

/** A message named by its catalogue key, rendered only when shown, in the language it is shown in. */
export interface Phrase {
  catalog: Catalog<string>;
  key: string;
  params?: PhraseParams;
}

export function phrase<K extends string>(catalog: Catalog<K>, key: K, params?: PhraseParams): Phrase {
  return { catalog, key, params };
}

/** The text of a phrase in `lang`, its parameters filled. */
export function phraseText(message: Phrase, lang: Lang): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    filled[name] = typeof value === 'function' ? value(lang) : value;
  return t(message.catalog, lang, message.key, filled);
}

/** What an input error holds (core/errors.ts OkrInputError): its phrase and where the bad value was. */
export interface KeyedError {
  phrase: Phrase;
  /** Innermost first: each one prefixes the text, "Target: 'abc' is not a number". */
  context: readonly Phrase[];
}

/** An input error's text in `lang`: "Target: 'abc' is not a number" / « Cible : « abc » n'est pas un nombre ». */
export function errorText(error: KeyedError, lang: Lang): string {
  let text = phraseText(error.phrase, lang);
  for (const where of error.context) text = `${withColon(capitalize(phraseText(where, lang)), lang)} ${text}`;
  return text;
}
