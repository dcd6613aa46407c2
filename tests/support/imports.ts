// Reads the module paths a TypeScript file imports, for the tests that check the import graph (no cycles in src/,
// no src/ in the dev tools). A regex reader: enough for this repository's own, prettier-formatted files.
import fs from 'node:fs';
import path from 'node:path';

export interface ImportRef {
  spec: string;
  /** `import type`, `export type`, or braces holding only `type X` names: erased from the JavaScript */
  typeOnly: boolean;
}

const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function onlyTypeNames(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]
    .split(',')
    .map(n => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every(n => /^type\s/.test(n));
}

export function importsOf(code: string): ImportRef[] {
  const found: ImportRef[] = [];
  for (const m of code.matchAll(STATIC))
    found.push({ spec: m[4], typeOnly: Boolean(m[2]) || onlyTypeNames(m[3]) });
  for (const m of code.matchAll(BARE)) found.push({ spec: m[1], typeOnly: false });
  for (const m of code.matchAll(DYNAMIC)) found.push({ spec: m[1], typeOnly: false });
  return found;
}

/** Every file under dir whose name ends with one of the extensions, as absolute paths, sorted. */
export function filesUnder(dir: string, extensions: string[]): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => extensions.some(e => f.endsWith(e)))
    .map(f => path.join(dir, f))
    .sort();
}

/** The .ts file a relative import names (file.ts or folder/index.ts), or null for a package or another kind. */
export function resolveTs(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), spec);
  return (
    [`${base}.ts`, path.join(base, 'index.ts'), base].find(f => f.endsWith('.ts') && fs.existsSync(f)) ?? null
  );
}
