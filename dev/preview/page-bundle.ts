import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/** The preview page as one HTML file: page/main.ts bundled (dependency-free) and page.css inlined. */
export async function buildPage(pageDir: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(pageDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = fs.readFileSync(path.join(pageDir, 'page.css'), 'utf8');
  return fs
    .readFileSync(path.join(pageDir, 'index.html'), 'utf8')
    .replace('<!-- @inline style -->', () => `<style>\n${css}</style>`)
    .replace('<!-- @inline script -->', () => `<script>\n${script}</script>`);
}
