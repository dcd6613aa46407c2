// Loads every dist/*.js into one vm context, as Apps Script does, and checks what the build promises:
// each exposed global is a top-level function with the source's parameter names, and each custom function's
// stub carries its JSDoc block (description, @param per parameter, @return, @customfunction).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

import * as build from '../../../dev/build';

const dist = path.resolve(__dirname, '../../../dist');

describe('dist/', () => {
  let context: vm.Context;
  let code: string;
  const globals = build.readExposedGlobals();

  beforeAll(async () => {
    // jest's globalSetup (tests/global-setup.js) has built dist/ from the current sources
    context = vm.createContext({});
    const files = fs.readdirSync(dist).filter(f => f.endsWith('.js'));
    code = files.map(f => fs.readFileSync(path.join(dist, f), 'utf8')).join('\n');
    for (const f of files)
      vm.runInContext(fs.readFileSync(path.join(dist, f), 'utf8'), context, { filename: f });
  });

  test('holds only what clasp pushes: .js, .html and appsscript.json', () => {
    const unexpected = fs.readdirSync(dist).filter(f => !/\.(js|html)$/.test(f) && f !== 'appsscript.json');
    expect(unexpected).toEqual([]);
    expect(fs.readdirSync(dist)).toContain('appsscript.json');
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
      ])
    );
  });

  test('the source exposes onOpen, onInstall and at least one custom function', () => {
    const names = globals.map(g => g.name);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    expect(globals.some(g => g.isCustomFunction)).toBe(true);
  });

  test.each(globals.map(g => [g.name, g] as const))(
    '%s is a top-level function with its parameter names',
    (name, g) => {
      const fn = (context as Record<string, unknown>)[name];
      expect(typeof fn).toBe('function');
      const header = /^function\s+([\w$]+)\s*\(([^)]*)\)/.exec(String(fn));
      expect(header?.[1]).toBe(name);
      expect(
        header![2]
          .split(',')
          .map(p => p.trim())
          .filter(Boolean)
      ).toEqual(g.params);
    }
  );

  test.each(globals.filter(g => g.isCustomFunction).map(g => [g.name, g] as const))(
    '%s stub is directly preceded by its complete @customfunction JSDoc',
    (name, g) => {
      const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\n(function ${name}\\()`).exec(code);
      expect(match).not.toBeNull();
      const doc = match![1];
      const lines = doc
        .split('\n')
        .map(l => l.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean);
      expect(lines[0]).not.toMatch(/^@/); // a description comes first
      const params = [...doc.matchAll(/@param\s+\{[^}]+\}\s+\[?([\w$]+)/g)].map(m => m[1]);
      expect(params).toEqual(g.params);
      expect(doc).toMatch(/@returns?\s+\{[^}]+\}/);
      expect(doc).toMatch(/@customfunction/);
    }
  );

  test('functions that are not custom functions carry no @customfunction tag', () => {
    for (const g of globals.filter(x => !x.isCustomFunction)) {
      const preceded = new RegExp(`@customfunction[^/]*\\*/\\nfunction ${g.name}\\(`).test(code);
      expect(preceded).toBe(false);
    }
  });
});
