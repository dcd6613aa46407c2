import { parseSettings, currentQuarter } from '../../src/schema/settings';
import { readCommitment, readLang } from '../../src/core/read';
import { toKeyResults } from '../../src/schema/okr-rows';
import { OKR_COLUMNS } from '../../src/schema/layout';
import { renderQualityContent } from '../../src/features/quality/render';
import { escapeHtml } from '../../src/html/escape';
import { QUALITY } from '../../src/i18n/sections';
import { columnLabel } from '../../src/i18n/schema-labels';
import { mapColumnsByHeader } from '../../src/schema/locate';

describe('settings', () => {
  it('reads labels in either language and typed values', () => {
    const start = new Date(2026, 0, 1);
    const settings = parseSettings(
      [
        ['Paramètre', 'Valeur'],
        ['Période', 'T1 2026'],
        ['Début de période', start],
        ['Fin de période', 'not a date'],
        ['Type de RC par défaut', 'Ambitieux'],
        ['Langue', 'Français'],
      ],
      'en'
    );
    expect(settings).toEqual({
      periodName: 'T1 2026',
      periodStart: start,
      periodEnd: null,
      asOf: null,
      krType: 'aspirational',
      lang: 'fr',
    });
  });

  it('parses language and KR type words, with a fallback', () => {
    expect(readLang('English')).toBe('en');
    expect(readLang('')).toBeNull();
    expect(parseSettings([['Language', '']], 'fr').lang).toBe('fr');
    expect(readCommitment('Engagé', 'aspirational')).toBe('committed');
    expect(readCommitment('Aspirational', 'committed')).toBe('aspirational');
  });

  it('names the quarter in the language', () => {
    const q = currentQuarter(new Date(2026, 1, 15), 'en');
    expect(q.name).toBe('Q1 2026');
    expect([q.start.getMonth(), q.end.getMonth(), q.end.getDate()]).toEqual([0, 2, 31]);
    expect(currentQuarter(new Date(2026, 10, 28), 'fr').name).toBe('T4 2026');
  });
});

describe('toKeyResults', () => {
  it('fills the objective down and skips objective-only rows', () => {
    const header = OKR_COLUMNS.map(c => columnLabel('fr', c));
    const columns = mapColumnsByHeader(header, OKR_COLUMNS);
    const row = (values: Record<string, unknown>, rowNumber: number) => {
      const cells = new Array(header.length).fill('');
      for (const [k, v] of Object.entries(values)) cells[columns[k as keyof typeof columns]!] = v;
      return { rowNumber, values: cells };
    };
    const krs = toKeyResults(
      [
        row({ objective: 'A', id: 'KR-0001', keyResult: 'x' }, 2),
        row({ keyResult: 'y' }, 3),
        row({ objective: 'B' }, 4),
        row({ id: 'KR-0009' }, 5),
      ],
      columns
    );
    expect(krs.map(k => [k.rowNumber, k.id, k.objective, k.objectiveRow])).toEqual([
      [2, 'KR-0001', 'A', 2],
      [3, '', 'A', 2],
      [5, 'KR-0009', 'B', 4],
    ]);
  });
});

describe('dialog html', () => {
  it('escapes sheet text', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;'
    );
    const html = renderQualityContent(
      QUALITY,
      [
        {
          rule: 'missing-owner',
          cell: "'<x>'!D3",
          subject: '<i>KR</i>',
          message: '<b>no</b>',
          why: 'because',
        },
      ],
      'en'
    );
    expect(html).not.toMatch(/<b>|<x>|<i>/);
    expect(html).toContain('&lt;i&gt;KR&lt;/i&gt;');
    expect(html).toContain('data-cell="&#39;&lt;x&gt;&#39;!D3"');
  });
});
