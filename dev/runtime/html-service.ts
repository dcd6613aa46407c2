// HtmlService: HtmlOutput, and HtmlTemplate with real scriptlets: <? code ?>, <?= escaped ?>, <?!= raw ?>.
import fs from 'node:fs';
import path from 'node:path';
import type { RuntimeContext } from './context';

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;

export const SANDBOX_MODES = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFRAME_OPTIONS_MODES = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class HtmlOutputImpl implements Partial<GOutput> {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: string = 'IFRAME';
  _xFrameOptionsMode: string = 'DEFAULT';
  _metaTags: { name: string; content: string }[] = [];
  _faviconUrl: string | null = null;

  constructor(public _content: string) {}
  private _self(): GOutput {
    return this as unknown as GOutput;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): GOutput {
    this._content = String(content);
    return this._self();
  }
  append(addedContent: string): GOutput {
    this._content += String(addedContent);
    return this._self();
  }
  appendUntrusted(addedContent: string): GOutput {
    this._content += escapeHtml(addedContent);
    return this._self();
  }
  clear(): GOutput {
    this._content = '';
    return this._self();
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): GOutput {
    this._title = String(title);
    return this._self();
  }
  getWidth(): number {
    return this._width as number;
  }
  setWidth(width: number): GOutput {
    this._width = width;
    return this._self();
  }
  getHeight(): number {
    return this._height as number;
  }
  setHeight(height: number): GOutput {
    this._height = height;
    return this._self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GOutput {
    this._sandboxMode = String(mode);
    return this._self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GOutput {
    this._xFrameOptionsMode = String(mode);
    return this._self();
  }
  addMetaTag(name: string, content: string): GOutput {
    this._metaTags.push({ name, content });
    return this._self();
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._metaTags.map(t => ({
      getName: () => t.name,
      getContent: () => t.content,
    })) as unknown as GoogleAppsScript.HTML.HtmlOutputMetaTag[];
  }
  setFaviconUrl(iconUrl: string): GOutput {
    this._faviconUrl = iconUrl;
    return this._self();
  }
  getFaviconUrl(): string {
    return this._faviconUrl as string;
  }
}

/** Turns a template into the body of a function(__data, __esc, __str, output) that returns the HTML. */
export function compileTemplate(source: string): string {
  let code = 'var __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2].trim();
    if (m[1] === '=') code += `__out += __esc(${body});\n`;
    else if (m[1] === '!=') code += `__out += __str(${body});\n`;
    else code += `${m[2]}\n`;
    last = m.index! + m[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return code;
}

export type TemplateCompiler = (
  body: string
) => (data: object, esc: (v: unknown) => string, str: (v: unknown) => string, output: object) => string;

class HtmlTemplateImpl implements Partial<GTemplate> {
  constructor(
    private readonly _ctx: RuntimeContext,
    private readonly _source: string,
    private readonly _compile: TemplateCompiler
  ) {}
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  evaluate(): GOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this))
      if (!key.startsWith('_')) data[key] = (this as unknown as Record<string, unknown>)[key];
    const fn = this._compile(compileTemplate(this._source));
    const chunks: string[] = [];
    const output = {
      append: (s: unknown) => chunks.push(String(s)),
      appendUntrusted: (s: unknown) => chunks.push(escapeHtml(s)),
    };
    const html = fn(data, escapeHtml, v => (v === null || v === undefined ? '' : String(v)), output);
    return htmlOutput(this._ctx, html + chunks.join(''));
  }
}

export function htmlOutput(ctx: RuntimeContext, html: string): GOutput {
  return ctx.track(new HtmlOutputImpl(html), 'HtmlOutput') as unknown as GOutput;
}

export function createHtmlService(
  ctx: RuntimeContext,
  distDir: string,
  compile: TemplateCompiler
): GoogleAppsScript.HTML.HtmlService {
  const readFile = (name: string): string => {
    const file = path.join(distDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  };
  const service = {
    SandboxMode: SANDBOX_MODES,
    XFrameOptionsMode: XFRAME_OPTIONS_MODES,
    createHtmlOutput: (html?: unknown) => htmlOutput(ctx, html === undefined ? '' : String(html)),
    createHtmlOutputFromFile: (filename: string) => htmlOutput(ctx, readFile(filename)),
    createTemplate: (html: string) =>
      ctx.track(new HtmlTemplateImpl(ctx, String(html), compile), 'HtmlTemplate') as unknown as GTemplate,
    createTemplateFromFile: (filename: string) =>
      ctx.track(
        new HtmlTemplateImpl(ctx, readFile(filename), compile),
        'HtmlTemplate'
      ) as unknown as GTemplate,
    getUserAgent: () => 'Mozilla/5.0 (okr-sheets local runtime)',
  };
  return ctx.track(service, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
