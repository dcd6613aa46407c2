// Builds dist/: what `clasp push` uploads and nothing else.
//   dist/Code.js         the add-on bundle (IIFE in `var OKR`) followed by one top-level stub per exposed global
//   dist/<page>.html     each src/**/<page>.html with its client script and CSS inlined (page names are unique)
//   dist/cold-<s>.html   each cold catalogue section (COLD_SECTIONS in src/gas/cold-data.ts) as JSON, loaded only
//                        by the menu action that reads it: Code.js, which every custom-function cell loads, lacks it
//   dist/appsscript.json the manifest
// The exposed globals come from the `EXPOSED` object in src/index.ts; each stub takes its parameter names and,
// for custom functions, its JSDoc from the TypeScript declaration, so neither can drift from the source.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const ENTRY = path.join(root, 'src/index.ts');
const BUNDLE_GLOBAL = 'OKR';

/** Finds every property of `export const EXPOSED = {...}` and the function declaration it points to. */
function readExposedGlobals(entry = ENTRY) {
  const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2022, noEmit: true, allowJs: false });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  let literal;
  source.forEachChild(node => {
    if (!ts.isVariableStatement(node)) return;
    for (const decl of node.declarationList.declarations) {
      if (decl.name.getText(source) !== 'EXPOSED' || !decl.initializer) continue;
      let init = decl.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) literal = init;
    }
  });
  if (!literal) throw new Error(`${entry}: no "export const EXPOSED = { ... }" object found`);

  return literal.properties.map(prop => {
    if (!ts.isShorthandPropertyAssignment(prop)) {
      throw new Error(
        `EXPOSED.${prop.name?.getText(source)}: list imported functions by name only ({ onOpen, ... })`
      );
    }
    const name = prop.name.text;
    let symbol = checker.getShorthandAssignmentValueSymbol(prop);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol?.declarations?.find(d => ts.isFunctionDeclaration(d));
    if (!decl) throw new Error(`EXPOSED.${name}: must be a function declaration (function ${name}(...) {})`);
    const file = decl.getSourceFile();
    const params = decl.parameters.map(p => {
      if (!ts.isIdentifier(p.name))
        throw new Error(`${name}: destructured parameters cannot be named in a stub`);
      return p.name.text;
    });
    const jsDocNode = (decl.jsDoc ?? []).at(-1);
    const jsDoc = jsDocNode ? file.text.slice(jsDocNode.pos, jsDocNode.end) : '';
    const isCustomFunction = /@customfunction\b/.test(jsDoc);
    if (isCustomFunction) checkCustomFunctionDoc(name, params, jsDoc);
    return { name, params, jsDoc, isCustomFunction, file: path.relative(root, file.fileName) };
  });
}

function checkCustomFunctionDoc(name, params, jsDoc) {
  const documented = [...jsDoc.matchAll(/@param\s+\{[^}]+\}\s+\[?([A-Za-z_$][\w$]*)/g)].map(m => m[1]);
  if (documented.join(',') !== params.join(',')) {
    throw new Error(
      `${name}: @param tags (${documented.join(', ')}) do not match its parameters (${params.join(', ')})`
    );
  }
  if (!/@returns?\s+\{[^}]+\}/.test(jsDoc)) throw new Error(`${name}: JSDoc needs a typed @return`);
  if (/^\s*\/\*\*\s*\n\s*\*\s*@/.test(jsDoc))
    throw new Error(`${name}: JSDoc needs a description before its tags`);
}

function renderStubs(globals) {
  return globals
    .map(g => {
      const args = g.params.join(', ');
      const stub = `function ${g.name}(${args}) { return ${BUNDLE_GLOBAL}.EXPOSED.${g.name}(${args}); }`;
      return g.isCustomFunction ? `${reindent(g.jsDoc)}\n${stub}` : stub;
    })
    .join('\n');
}

function reindent(jsDoc) {
  return jsDoc
    .split('\n')
    .map(line => line.replace(/^\s*\*/, ' *').replace(/^\s*\/\*\*/, '/**'))
    .join('\n');
}

/** Options shared by the server bundle and the client scripts: one minified IIFE each, kept in memory. */
const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'iife',
  // Every custom-function cell loads the whole script, so size matters; stubs call OKR.EXPOSED.<name> by
  // property name, which minification keeps.
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
};

async function bundleServer() {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [ENTRY],
    globalName: BUNDLE_GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  return result.outputFiles[0].text;
}

async function bundleClient(entry) {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [path.join(root, entry)],
    target: 'es2019',
  });
  return result.outputFiles[0].text;
}

// <!-- @inline script src/features/checkin/client/main.ts --> and <!-- @inline style src/features/checkin/client/sidebar.css -->
async function renderPage(file) {
  let html = fs.readFileSync(file, 'utf8');
  const pattern = /<!--\s*@inline\s+(script|style)\s+(\S+)\s*-->/g;
  const parts = [];
  for (const match of html.matchAll(pattern)) {
    const [, kind, ref] = match;
    if (kind === 'script') {
      const code = (await bundleClient(ref)).replace(/<\/script/gi, '<\\/script');
      parts.push([match[0], `<script>\n${code}</script>`]);
    } else {
      parts.push([match[0], `<style>\n${fs.readFileSync(path.join(root, ref), 'utf8')}</style>`]);
    }
  }
  for (const [marker, replacement] of parts) html = html.replace(marker, () => replacement);
  return html;
}

/**
 * The cold catalogue sections' data pages, as { <page name>: <content> }: src/gas/cold-data.ts (the list, the page
 * names and their format) and src/i18n/sections.ts bundled for node and evaluated here, at build time.
 */
async function coldPages() {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    stdin: {
      contents:
        "export * as sections from './src/i18n/sections';\n" +
        "export { COLD_SECTIONS, coldPage, renderColdPage } from './src/gas/cold-data';\n",
      resolveDir: root,
      loader: 'ts',
    },
    format: 'cjs',
    platform: 'node',
    minify: false,
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  const { sections, COLD_SECTIONS, coldPage, renderColdPage } = module.exports;
  return Object.fromEntries(COLD_SECTIONS.map(name => [coldPage(name), renderColdPage(sections[name])]));
}

/** Every HTML page under src/ (each feature keeps its own); two pages with one name would overwrite each other. */
function htmlPages() {
  const pages = fs
    .readdirSync(path.join(root, 'src'), { recursive: true })
    .filter(f => f.endsWith('.html'))
    .map(f => path.join(root, 'src', f))
    .sort();
  const seen = new Map();
  for (const file of pages) {
    const name = path.basename(file);
    if (seen.has(name)) throw new Error(`two pages named ${name}: ${seen.get(name)} and ${file}`);
    // Apps Script names a pushed file by its base name; keep names plain (PLATFORM.md 27).
    if (!/^[a-z0-9-]+\.html$/.test(name)) throw new Error(`${file}: page names use a-z, 0-9 and - only`);
    seen.set(name, file);
  }
  return pages;
}

async function build() {
  const globals = readExposedGlobals();
  const bundle = await bundleServer();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'Code.js'), `${bundle}\n${renderStubs(globals)}\n`);
  const pages = htmlPages();
  for (const file of pages) {
    fs.writeFileSync(path.join(dist, path.basename(file)), await renderPage(file));
  }
  for (const [name, content] of Object.entries(await coldPages())) {
    if (pages.some(file => path.basename(file) === `${name}.html`))
      throw new Error(`src/ has a page named ${name}.html, the name of a cold section's data page`);
    fs.writeFileSync(path.join(dist, `${name}.html`), content);
  }
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  return globals;
}

module.exports = { BUNDLE_GLOBAL, readExposedGlobals, renderStubs, build };

if (require.main === module) {
  main().catch(error => {
    console.error(error.message);
    process.exit(1);
  });
}

async function main() {
  const started = Date.now();
  const globals = await build();
  const size = fs.statSync(path.join(dist, 'Code.js')).size;
  console.log(
    `dist/ built in ${Date.now() - started} ms: Code.js ${(size / 1024).toFixed(1)} KB, ` +
      `${globals.length} globals (${globals.filter(g => g.isCustomFunction).length} custom functions)`
  );
}
