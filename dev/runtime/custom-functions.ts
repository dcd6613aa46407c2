import type { CustomFunctionSpec } from './formula-engine';

/** Finds every top-level `function NAME(...)` directly preceded by a JSDoc block containing @customfunction. */
export function findCustomFunctions(code: string): CustomFunctionSpec[] {
  const specs: CustomFunctionSpec[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/[ \t]*\r?\n[ \t]*function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/g;
  for (const m of code.matchAll(re)) {
    const doc = m[1];
    if (!/@customfunction\b/.test(doc)) continue;
    const returnType = /@returns?\s+\{([^}]*)\}/.exec(doc)?.[1] ?? '';
    specs.push({
      name: m[2],
      params: m[3]
        .split(',')
        .map(p => p.trim())
        .filter(Boolean),
      returnsArray: /\[\]\s*\[\]|Array<\s*Array|\[\]\[\]/.test(returnType.replace(/\s+/g, '')),
    });
  }
  return specs;
}
