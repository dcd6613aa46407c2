import path from 'node:path';

// What `npm start` runs on: the locale and the workbook file, from the command line and the environment.
//   npm start                          en_US, .okr-preview/workbook-en_US.json
//   npm run start:fr                   fr_FR, .okr-preview/workbook-fr_FR.json  (= npm start -- --locale fr_FR)
//   OKR_LOCALE=fr_FR npm start         the same
//   --file / OKR_PREVIEW_FILE          that file, whatever the locale
// One workbook per locale: starting in French never reopens an English workbook saved earlier. A file named
// with --file keeps the locale it was saved in, and the start line says so when another locale was asked for.

export interface StartOptions {
  file: string;
  locale: string;
  /** The locale came from --locale or OKR_LOCALE (not the default). */
  localeAsked: boolean;
  /** The single workbook file of earlier versions, when it exists and is no longer opened by default. */
  legacyFile?: string;
}

const LEGACY_FILE = '.okr-preview/workbook.json';

const LOCALE = /^[a-z]{2,3}(_[A-Z]{2})?$/;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function startOptions(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  exists: (file: string) => boolean = () => false
): StartOptions {
  const asked = option(args, 'locale') ?? env.OKR_LOCALE;
  const locale = asked ?? 'en_US';
  if (!LOCALE.test(locale)) throw new Error(`locale must look like en_US or fr_FR, not "${locale}"`);
  const named = option(args, 'file') ?? env.OKR_PREVIEW_FILE;
  const file = path.resolve(cwd, named ?? `.okr-preview/workbook-${locale}.json`);
  const legacy = path.resolve(cwd, LEGACY_FILE);
  const options = { file, locale, localeAsked: asked !== undefined };
  return named === undefined && exists(legacy) ? { ...options, legacyFile: legacy } : options;
}

/** The lines `npm start` prints: where to open the preview, and which workbook file in which locale. */
export function startLines(
  url: string,
  options: StartOptions,
  workbook: { restored: boolean; locale: string }
): string {
  const state = workbook.restored ? 'restored' : 'new';
  let line = `okr-sheets preview: ${url}\nworkbook: ${options.file} (${state}, locale ${workbook.locale})`;
  if (workbook.locale !== options.locale && options.localeAsked) {
    line +=
      `\nnote: this file was saved in ${workbook.locale}, so it opens in ${workbook.locale}, not ${options.locale}. ` +
      `Start without --file to get a workbook of its own in ${options.locale}, or Reset in the page.`;
  }
  if (options.legacyFile) {
    line +=
      `\nnote: ${options.legacyFile} (the one workbook of earlier versions) is no longer opened by default; ` +
      `--file ${path.relative(process.cwd(), options.legacyFile) || options.legacyFile} opens it.`;
  }
  return `${line}\n(--locale fr_FR or npm run start:fr for French; --file or OKR_PREVIEW_FILE for another file)`;
}
