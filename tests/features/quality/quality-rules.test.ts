import { checkOkrQuality } from '../../../src/features/quality/rules';
import { exampleRows } from '../../../src/features/examples/data';
import { EXAMPLES, QUALITY } from '../../../src/i18n/sections';
import { OKR_COLUMNS } from '../../../src/schema/layout';
import type { OkrRow } from '../../../src/schema/okr-rows';
import { columnLabel } from '../../../src/i18n/schema-labels';
import { mapColumnsByHeader } from '../../../src/schema/locate';

const HEADER = OKR_COLUMNS.map(c => columnLabel('en', c));
const columns = mapColumnsByHeader(HEADER, OKR_COLUMNS);

/** Builds rows from objects keyed by column key, starting at sheet row 2. */
function rowsOf(records: Record<string, unknown>[]): OkrRow[] {
  return records.map((record, i) => {
    const values = new Array(HEADER.length).fill('');
    for (const [key, value] of Object.entries(record)) values[columns[key as keyof typeof columns]!] = value;
    return { rowNumber: i + 2, values };
  });
}

const kr = (over: Record<string, unknown> = {}) => ({
  keyResult: 'Grow sign-ups from 100 to 150',
  owner: 'Emma',
  kind: 'Increase',
  start: 100,
  target: 150,
  current: 110,
  ...over,
});

describe('checkOkrQuality', () => {
  it('finds nothing in the example OKRs, in English and French', () => {
    for (const lang of ['en', 'fr'] as const) {
      const rows = exampleRows(EXAMPLES, lang, columns, HEADER.length).map((values, i) => ({
        rowNumber: i + 2,
        values,
      }));
      expect(checkOkrQuality(QUALITY, rows, columns, 'OKRs', lang)).toEqual([]);
    }
  });

  it('reports each rule with the cell to fix', () => {
    const rows = rowsOf([
      { objective: 'One KR only', ...kr() }, // row 2: too few KRs
      { objective: 'Tasks', ...kr({ keyResult: 'Prepare sales sheets', target: '', start: '' }) }, // 3
      kr({ target: 'lots' }), // 4: target not a number
      kr({ start: 50, target: 50 }), // 5: no change
      kr({ owner: '' }), // 6: no owner
      kr({ keyResult: 'Reach 40 demos', target: '', start: 0 }), // 7: missing target
      kr({ kind: 'sideways' }), // 8: unknown kind
      { objective: 'Empty objective' }, // 9: no KR
    ]);
    const findings = checkOkrQuality(QUALITY, rows, columns, 'OKRs', 'en');
    expect(findings.map(f => [f.rule, f.cell])).toEqual([
      ['too-few-krs', 'OKRs!B2'],
      ['too-many-krs', 'OKRs!B3'], // rows 3 to 8 all belong to "Tasks"
      ['objective-without-kr', 'OKRs!B9'],
      ['missing-target', 'OKRs!G3'],
      ['not-a-number', 'OKRs!G4'],
      ['start-equals-target', 'OKRs!G5'],
      ['missing-owner', 'OKRs!D6'],
      ['missing-target', 'OKRs!G7'],
      ['unknown-kind', 'OKRs!E8'],
    ]);
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.why).toMatch(/\.$/);
    }
  });

  it('says what is wrong without repeating the KR, which is shown beside the message', () => {
    const rows = rowsOf([
      {
        objective: 'Tasks',
        id: 'KR-0003',
        ...kr({ keyResult: 'Prepare sales sheets', target: '', start: '' }),
      },
      kr({ id: 'KR-0004', keyResult: 'Reach 40 demos', target: '', start: 0 }),
      kr({ id: 'KR-0005', target: 'lots' }),
      kr({ id: 'KR-0006', current: 'abc' }),
      kr({ id: 'KR-0007', start: 50, target: 50 }),
    ]);
    const byId = new Map(checkOkrQuality(QUALITY, rows, columns, 'OKRs', 'en').map(f => [f.krId, f]));
    // A missing target is called a missing target; a wording without a number adds that it reads as a task.
    expect(byId.get('KR-0004')!.message).toBe('Target is empty.');
    expect(byId.get('KR-0003')!.message).toMatch(/^Target is empty, and the wording has no number/);
    expect(byId.get('KR-0003')!.message).not.toContain('Prepare sales sheets');
    expect(byId.get('KR-0003')!.subject).toBe('KR-0003 Prepare sales sheets');
    expect(byId.get('KR-0005')!.message).toBe("Target: 'lots' is not a number.");
    expect(byId.get('KR-0006')!.message).toBe("Current: 'abc' is not a number.");
    expect(byId.get('KR-0007')!.message).toBe('Start and target are both 50: nothing has to change.');
    for (const f of byId.values()) {
      expect(f.message).not.toContain(f.krId!);
      expect(f.message).not.toMatch(/task, not a result/);
    }
    const fr = checkOkrQuality(QUALITY, rows, columns, 'OKR', 'fr').find(f => f.krId === 'KR-0004')!;
    expect(fr.message).toBe('La cible est vide.');
    expect(fr.why).toMatch(/^Sans cible/);
  });

  it('writes counts with real plurals in both languages', () => {
    const one = rowsOf([{ objective: 'Solo', ...kr() }]);
    expect(checkOkrQuality(QUALITY, one, columns, 'OKRs', 'en')[0].message).toBe(
      'Only 1 key result; 2 to 5 are advised.'
    );
    expect(checkOkrQuality(QUALITY, one, columns, 'OKR', 'fr')[0].message).toBe(
      'Seulement 1 résultat clé ; 2 à 5 sont conseillés.'
    );
    const orphans = rowsOf([kr(), kr(), { objective: 'Later', ...kr() }, kr()]);
    const [en] = checkOkrQuality(QUALITY, orphans, columns, 'OKRs', 'en');
    expect(en.message).toBe('No objective above this row: 2 key results come before the first objective.');
    const [fr] = checkOkrQuality(QUALITY, orphans, columns, 'OKR', 'fr');
    expect(fr.message).toBe(
      'Aucun objectif au-dessus de cette ligne : 2 résultats clés avant le premier objectif.'
    );
  });

  it('flags more than 3 objectives for one owner and more than 5 KRs for one objective', () => {
    const records: Record<string, unknown>[] = [];
    for (let o = 1; o <= 4; o++) {
      records.push({ objective: `Objective ${o}`, ...kr({ owner: 'Léa' }) }, kr({ owner: 'Hugo' }));
    }
    records.push({ objective: 'Crowded', ...kr() }, ...Array.from({ length: 5 }, () => kr()));
    const findings = checkOkrQuality(QUALITY, rowsOf(records), columns, 'OKR', 'fr');
    const rules = findings.map(f => [f.rule, f.cell]);
    // Léa's 4th objective starts on row 8 (2 rows per objective from row 2).
    expect(rules).toContainEqual(['too-many-objectives-per-owner', 'OKR!D8']);
    expect(rules).toContainEqual(['too-many-krs', 'OKR!B10']);
    expect(rules.filter(([r]) => r === 'too-many-objectives-per-owner')).toHaveLength(2); // Léa and Hugo
    expect(findings[0].why).toMatch(/objectifs|résultats/);
  });

  it('accepts milestones without a numeric target and French numbers', () => {
    const rows = rowsOf([
      {
        objective: 'Launch',
        ...kr({ keyResult: 'Publish the white paper', kind: 'Jalon', target: '', start: '' }),
      },
      kr({ start: '1,5', target: '2,5', current: '2', kind: 'Augmenter' }),
    ]);
    expect(checkOkrQuality(QUALITY, rows, columns, 'OKR', 'fr')).toEqual([]);
  });

  it('points at a start or current value that is no number, quoting it, in the user language', () => {
    const rows = rowsOf([
      { objective: 'Grow', ...kr({ current: 'abc' }) },
      kr({ start: 'about 10' }),
      kr({ start: '1 000', target: '1 500', current: '1 200,5' }),
    ]);
    const findings = checkOkrQuality(QUALITY, rows, columns, 'OKR', 'fr');
    expect(findings.map(f => [f.rule, f.cell])).toEqual([
      ['not-a-number', 'OKR!H2'],
      ['not-a-number', 'OKR!F3'],
    ]);
    expect(findings[0].message).toContain('abc');
    expect(findings[0].why).toMatch(/nombres/);
  });

  it('quotes sheet names that need it', () => {
    const rows = rowsOf([{ objective: 'Alone' }]);
    expect(checkOkrQuality(QUALITY, rows, columns, 'My OKRs', 'en')[0].cell).toBe("'My OKRs'!B2");
  });
});
