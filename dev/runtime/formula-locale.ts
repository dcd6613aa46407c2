// Formula syntax by spreadsheet locale, as Sheets parses formula text written by setFormula/setValue.
// - dot-decimal locales (en_US…): `,` separates arguments and array columns, `;` array rows, `.` is the decimal
//   mark; a `;` typed between arguments is accepted and autocorrected to `,` (what getFormula then returns).
// - comma-decimal locales (fr_FR, de_DE, it_IT, es_ES, pt_BR, nl_NL…): `;` separates arguments and array rows,
//   `\` array columns, `,` is the decimal mark. A `,` anywhere else is a parse error (#ERROR!), as is a `.` decimal.
// TRUE and FALSE (VRAI and FAUX in French) are boolean constants in both.
// HyperFormula always gets the dot-decimal syntax; formula text users see (getFormula) is the locale's syntax.
import { localeInfo } from './number-format';

export const PARSE_ERROR_MESSAGE = 'Formula parse error.';

/** True when the locale writes decimals with a comma (and so separates arguments with `;`). */
export function isCommaLocale(locale: string): boolean {
  return localeInfo(locale).decimal === ',';
}

type Out = { text: string } | { error: string };

const BOOLEAN_WORDS: Record<string, Record<string, 'TRUE' | 'FALSE'>> = {
  en: { TRUE: 'TRUE', FALSE: 'FALSE' },
  fr: { TRUE: 'TRUE', FALSE: 'FALSE', VRAI: 'TRUE', FAUX: 'FALSE' },
};

/**
 * Walks formula text token by token (strings, quoted sheet names, numbers, names, separators), calling `sep` for
 * each separator and `num` for each number, with the innermost bracket ('(' or '{', '' at top level).
 */
function walk(
  formula: string,
  comma: boolean,
  handlers: {
    sep(ch: string, inside: string): string | null;
    num(text: string): string | null;
    name(word: string, next: string): string;
  }
): Out {
  const stack: string[] = [];
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      // error literals: #REF!, #N/A, #DIV/0!, #NAME?
      const m = /^#[A-Z0-9/]+[!?]?/i.exec(formula.slice(i));
      const t = m ? m[0] : ch;
      out += t;
      i += t.length;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(formula.slice(i))!;
      const word = m[0];
      i += word.length;
      const rest = formula.slice(i);
      const next = /^\s*([(!])/.exec(rest)?.[1] ?? rest[0] ?? '';
      out += handlers.name(word, next);
      continue;
    }
    const prevIsName = i > 0 && /[\p{L}0-9_$]/u.test(formula[i - 1]);
    if (!prevIsName && (/\d/.test(ch) || (ch === (comma ? ',' : '.') && /\d/.test(formula[i + 1] ?? '')))) {
      const re = comma ? /^\d*(?:,\d+)?(?:[eE][+-]?\d+)?/ : /^\d*(?:\.\d+)?(?:[eE][+-]?\d+)?/;
      const t = re.exec(formula.slice(i))![0];
      i += t.length;
      // 0.5 in a comma locale (or 0,5 read as two numbers in a dot locale is left to the separator rule)
      if (comma && formula[i] === '.' && /\d/.test(formula[i + 1] ?? ''))
        return { error: PARSE_ERROR_MESSAGE };
      const converted = handlers.num(t);
      if (converted === null) return { error: PARSE_ERROR_MESSAGE };
      out += converted;
      continue;
    }
    if (ch === '(' || ch === '{') stack.push(ch);
    if (ch === ')' || ch === '}') stack.pop();
    if (ch === ',' || ch === ';' || ch === '\\') {
      const converted = handlers.sep(ch, stack[stack.length - 1] ?? '');
      if (converted === null) return { error: PARSE_ERROR_MESSAGE };
      out += converted;
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  return { text: out };
}

function booleanName(locale: string) {
  const words = BOOLEAN_WORDS[localeInfo(locale).lang] ?? BOOLEAN_WORDS.en;
  return (word: string, next: string): string => {
    const bool = words[word.toUpperCase()];
    // TRUE is a constant; TRUE() stays a function call; a sheet named TRUE (TRUE!A1) is a name
    return bool && next !== '(' && next !== '!' ? `${bool}()` : word;
  };
}

/**
 * The locale's formula text -> HyperFormula's (dot-decimal) text, or the parse error Sheets shows. Booleans
 * become TRUE()/FALSE() (HyperFormula has no boolean constants).
 */
export function toEngineSyntax(formula: string, locale: string): Out {
  const comma = isCommaLocale(locale);
  return walk(formula, comma, {
    sep(ch, inside) {
      if (comma) {
        if (ch === ';') return inside === '{' ? ';' : ',';
        if (ch === '\\') return inside === '{' ? ',' : null;
        return null; // a ',' that is no decimal mark
      }
      if (ch === ';') return inside === '{' ? ';' : ',';
      if (ch === '\\') return null;
      return ',';
    },
    num: text => (comma ? text.replace(',', '.') : text),
    name: booleanName(locale),
  });
}

/** HyperFormula's text (after it rewrote references) -> the locale's syntax, as getFormula shows it. */
export function fromEngineSyntax(formula: string, locale: string): string {
  const comma = isCommaLocale(locale);
  const out = walk(formula, false, {
    sep(ch, inside) {
      if (!comma) return ch;
      if (ch === ',') return inside === '{' ? '\\' : ';';
      return ch;
    },
    num: text => (comma ? text.replace('.', ',') : text),
    name: word => word,
  });
  const text = 'text' in out ? out.text : formula;
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/\b(TRUE|FALSE)\(\s*\)/g, '$1')))
    .join('');
}

/**
 * What Sheets keeps of a formula a script wrote: in a dot-decimal locale, `;` between arguments is autocorrected
 * to `,`; otherwise the text as written (a parse error keeps its text too).
 */
export function storedFormulaText(formula: string, locale: string): string {
  if (isCommaLocale(locale)) return formula;
  const out = walk(formula, false, {
    sep: (ch, inside) => (ch === ';' && inside !== '{' ? ',' : ch),
    num: text => text,
    name: word => word,
  });
  return 'text' in out ? out.text : formula;
}

/** A formula's text in another locale's syntax (used when the spreadsheet's locale changes). */
export function convertFormulaLocale(formula: string, from: string, to: string): string {
  const engine = toEngineSyntax(formula, from);
  return 'text' in engine ? fromEngineSyntax(engine.text, to) : formula;
}
