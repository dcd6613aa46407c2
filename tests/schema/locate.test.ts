import type { ColumnSpec } from '../../src/schema/layout';

// A French label that a future version renames: the workbooks installed before show "Porteur", and the schema's
// history (src/schema/labels-shipped.ts) keeps it beside the current labels.
jest.mock('../../src/schema/labels-shipped', () => {
  const actual = jest.requireActual('../../src/schema/labels-shipped');
  return {
    ...actual,
    shippedLabels: (spec: ColumnSpec<string>) => [
      ...actual.shippedLabels(spec),
      ...(spec.table === 'okrs' && spec.key === 'owner' ? ['Porteur'] : []),
    ],
  };
});

import { columnLabel } from '../../src/i18n/schema-labels';
import { CHECKIN_COLUMNS, OKR_COLUMNS } from '../../src/schema/layout';
import {
  hasRepeatedLabel,
  labelSignature,
  locateByMetadataThenHeader,
  mapColumnsByHeader,
} from '../../src/schema/locate';
import { mapSettingRows } from '../../src/schema/settings';

const en = OKR_COLUMNS.map(c => columnLabel('en', c));
const fr = OKR_COLUMNS.map(c => columnLabel('fr', c));
const at = (key: string) => OKR_COLUMNS.findIndex(c => c.key === key);

describe('locate: metadata first', () => {
  it('metadata wins over a user column titled like ours, which takes no key', () => {
    // The user inserted a column titled "Current" at A; ours (metadata) is at T, renamed "Valeur".
    const header = ['Current', ...en.slice(0, at('current')), 'Valeur'];
    const found = locateByMetadataThenHeader(header, OKR_COLUMNS, { current: header.length - 1 });
    expect(found.current).toBe(header.length - 1);
    expect(Object.values(found)).not.toContain(0);
    expect(found.id).toBe(1);
  });

  it('never gives a label the position the metadata gave another key', () => {
    // Our Owner column (metadata at 3) is titled "Target" by the user; the real Target is found by its label.
    const header = [...en];
    header[at('owner')] = 'Target';
    const found = locateByMetadataThenHeader(header, OKR_COLUMNS, { owner: at('owner') });
    expect(found.owner).toBe(at('owner'));
    expect(found.target).toBe(at('target'));
    // Without metadata, the first "Target" cell is the target and no column is the owner.
    const byLabel = mapColumnsByHeader(header, OKR_COLUMNS);
    expect([byLabel.owner, byLabel.target]).toEqual([undefined, at('owner')]);
  });
});

describe('locate: by every label shipped', () => {
  it('finds an old label that is no longer the current one', () => {
    const header = [...fr];
    header[at('owner')] = 'Porteur';
    expect(mapColumnsByHeader(header, OKR_COLUMNS).owner).toBe(at('owner'));
    expect(mapColumnsByHeader(['porteur '], OKR_COLUMNS).owner).toBe(0);
  });

  it('reads labels in either language, mixed in one row, ignoring case, accents and spaces', () => {
    const header = fr.map((label, i) => (i % 2 ? label : en[i]));
    header[at('keyResult')] = '  RESULTAT   CLE ';
    const found = mapColumnsByHeader(header, OKR_COLUMNS);
    for (const spec of OKR_COLUMNS) expect([spec.key, found[spec.key]]).toEqual([spec.key, at(spec.key)]);
    const log = mapColumnsByHeader(['Semaine ISO', 'KR ID', 'Nouvelle valeur'], CHECKIN_COLUMNS);
    expect(log).toEqual({ week: 0, krId: 1, value: 2 });
  });

  it('finds Settings rows (1-based) by label in either language', () => {
    expect(mapSettingRows(['Paramètre', 'Langue', 'Period start', 'Note'])).toEqual({
      language: 2,
      periodStart: 3,
    });
  });
});

describe('remembered layout signature', () => {
  it('ends at the last label of ours, and sees a label repeated', () => {
    expect(labelSignature(['ID', ' Notes ', 'Headline: 42%', ''], OKR_COLUMNS)).toEqual(['ID', 'Notes']);
    expect(hasRepeatedLabel(['Owner', 'Mine', 'owner'], OKR_COLUMNS)).toBe(true);
    expect(hasRepeatedLabel(['Owner', 'Responsable', 'Porteur'], OKR_COLUMNS)).toBe(false);
  });
});
