// npm start's locale and workbook file: one workbook per locale, and a start line that says which is in use.
import path from 'node:path';
import { startLines, startOptions } from '../../../dev/preview/start-options';

const CWD = '/home/me/okr-sheets';

describe('npm start options', () => {
  test('English by default, French with --locale or OKR_LOCALE: one workbook file per locale', () => {
    expect(startOptions([], {}, CWD)).toEqual({
      file: path.join(CWD, '.okr-preview/workbook-en_US.json'),
      locale: 'en_US',
      localeAsked: false,
    });
    const french = startOptions(['--locale', 'fr_FR'], {}, CWD);
    expect(french).toEqual({
      file: path.join(CWD, '.okr-preview/workbook-fr_FR.json'),
      locale: 'fr_FR',
      localeAsked: true,
    });
    expect(startOptions([], { OKR_LOCALE: 'fr_FR' }, CWD)).toEqual(french);
    expect(startOptions(['--locale=fr_FR'], {}, CWD)).toEqual(french);
  });

  test('--file or OKR_PREVIEW_FILE names the file, relative to the working folder', () => {
    expect(startOptions(['--file', 'mine.json'], {}, CWD).file).toBe(path.join(CWD, 'mine.json'));
    expect(startOptions([], { OKR_PREVIEW_FILE: '/tmp/w.json' }, CWD).file).toBe('/tmp/w.json');
  });

  test('a locale that is no locale is refused with a message', () => {
    expect(() => startOptions(['--locale', 'french'], {}, CWD)).toThrow(/en_US or fr_FR, not "french"/);
  });

  test('the start line gives the URL, the file, new or restored, and the locale in use', () => {
    const options = startOptions(['--locale', 'fr_FR'], {}, CWD);
    const line = startLines('http://127.0.0.1:8080/', options, { restored: false, locale: 'fr_FR' });
    expect(line).toContain('okr-sheets preview: http://127.0.0.1:8080/');
    expect(line).toContain(`workbook: ${options.file} (new, locale fr_FR)`);
    expect(line).not.toContain('note:');
  });

  test('a file saved in another locale than the one asked for keeps its locale, and the line says so', () => {
    const options = startOptions(['--locale', 'fr_FR', '--file', 'old.json'], {}, CWD);
    const line = startLines('http://127.0.0.1:8080/', options, { restored: true, locale: 'en_US' });
    expect(line).toContain('(restored, locale en_US)');
    expect(line).toMatch(/saved in en_US, so it opens in en_US, not fr_FR/);
  });

  test('the single workbook file of earlier versions is pointed at, not silently ignored', () => {
    const legacy = path.join(CWD, '.okr-preview/workbook.json');
    const options = startOptions([], {}, CWD, file => file === legacy);
    expect(options.legacyFile).toBe(legacy);
    expect(startLines('http://127.0.0.1:8080/', options, { restored: false, locale: 'en_US' })).toMatch(
      /workbook\.json \(the one workbook of earlier versions\) is no longer opened by default; --file .*workbook\.json opens it/
    );
    expect(startOptions(['--file', 'x.json'], {}, CWD, () => true).legacyFile).toBeUndefined();
  });
});
