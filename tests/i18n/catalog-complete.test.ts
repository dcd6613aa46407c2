// The catalogue's promise to a translator: a third language, or a key missing from fr.ts, does not compile.
// Compiles src/i18n/ with the TypeScript API, the file under test replaced in memory.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const I18N = path.resolve(__dirname, '../../src/i18n');

function errorsWith(replace: Partial<Record<string, (text: string) => string>>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = file => {
    const text = read(file);
    const edit = replace[path.basename(file)];
    return text !== undefined && edit && path.dirname(path.resolve(file)) === I18N ? edit(text) : text;
  };
  const program = ts.createProgram([path.join(I18N, 'sections.ts')], { ...options, types: [] }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      d =>
        `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`
    );
}

describe('the EN/FR catalogue', () => {
  test('compiles as it is', () => {
    expect(errorsWith({})).toEqual([]);
  });

  test('a third language is a compile error until every section has its texts', () => {
    const lang = fs.readFileSync(path.join(I18N, 'lang.ts'), 'utf8');
    expect(lang).toMatch(/export type Lang = 'en' \| 'fr';/);
    const errors = errorsWith({ 'lang.ts': text => text.replace("= 'en' | 'fr';", "= 'en' | 'fr' | 'de';") });
    expect(errors.some(e => e.startsWith('sections.ts') && /'de'/.test(e))).toBe(true);
  });

  test('a French section missing a key of the English one is a compile error', () => {
    const fr = fs.readFileSync(path.join(I18N, 'fr.ts'), 'utf8');
    const en = fs.readFileSync(path.join(I18N, 'en.ts'), 'utf8');
    // Give the English check-in section a key the French one lacks.
    const errors = errorsWith({
      'en.ts': text =>
        text.replace(/export const checkin = \{/, "export const checkin = { onlyInEnglish: 'x',"),
    });
    expect(en).toMatch(/export const checkin = \{/);
    expect(fr).toMatch(/export const checkin: Section<typeof en\.checkin> = \{/);
    expect(errors.some(e => e.startsWith('fr.ts') && /onlyInEnglish/.test(e))).toBe(true);
  });
});
