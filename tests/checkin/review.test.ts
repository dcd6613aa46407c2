import { buildCheckinData } from '../../src/checkin/payload';
import { parseCheckinLog } from '../../src/checkin/log-entries';
import { COLUMNS, LOG_HEADER, emptyFormulas, okrRow } from './fixtures';

// Today is Tuesday 2026-11-24; "a week ago" is 2026-11-17.
const rows = [
  okrRow(2, {
    id: 'KR-0001',
    objective: 'Grow leads',
    keyResult: 'Demo requests',
    owner: 'Léa',
    start: 0,
    target: 100,
    current: 60,
    confidence: 8,
    lastCheckin: new Date(2026, 10, 24),
  }),
  okrRow(3, {
    id: 'KR-0002',
    keyResult: 'Webinar sign-ups',
    owner: 'Marc',
    start: 0,
    target: 10,
    current: 1,
    confidence: 2,
    actions: 'Partner with Acme',
  }),
  okrRow(4, {
    id: 'KR-0003',
    objective: 'Content',
    keyResult: 'Backlinks',
    owner: 'Léa',
    start: 0,
    target: 10,
    current: 5,
    confidence: 6,
  }),
];

// date, week, id, objective, kr, previous, value, progress, confidence, comment, author
const log = parseCheckinLog([
  LOG_HEADER,
  [new Date(2026, 10, 3), '2026-W45', 'KR-0001', 'Grow leads', 'Demo requests', 0, 20, 0.2, 7, '', ''],
  [new Date(2026, 10, 17), '2026-W47', 'KR-0001', 'Grow leads', 'Demo requests', 20, 30, 0.3, 7, '', ''],
  [
    new Date(2026, 10, 24),
    '2026-W48',
    'KR-0001',
    'Grow leads',
    'Demo requests',
    30,
    60,
    0.6,
    8,
    'big week',
    '',
  ],
  [new Date(2026, 10, 10), '2026-W46', 'KR-0003', 'Content', 'Backlinks', 2, 5, 0.5, 6, '', ''],
  [new Date(2026, 10, 20), '2026-W47', 'KR-0002', 'Grow leads', 'Webinar sign-ups', 3, 1, 0.1, 2, '', ''],
]);

const data = buildCheckinData({
  lang: 'en',
  locale: 'en_US',
  today: '2026-11-24',
  columns: COLUMNS,
  rows,
  formulas: emptyFormulas(5),
  log,
  periodStart: new Date(2026, 9, 1),
  periodEnd: new Date(2026, 11, 31),
});
const review = data.review;

describe('weekly review figures', () => {
  it('computes each objective progress and its change since a week ago from the log', () => {
    // Grow leads: now mean(0.6, 0.1) = 0.35; a week ago KR-0001 was 30 (0.3) and KR-0002 3 (its later check-in's previous): 0.3
    const leads = review.objectives.find(o => o.name === 'Grow leads')!;
    expect(leads.progress).toBeCloseTo(0.35);
    expect(leads.change).toBeCloseTo(0.35 - 0.3);
    // Content: checked in before the week, no move
    const content = review.objectives.find(o => o.name === 'Content')!;
    expect(content.progress).toBeCloseTo(0.5);
    expect(content.change).toBeCloseTo(0);
    expect(review.overall).toBeCloseTo((0.35 + 0.5) / 2);
    expect(review.overallChange).toBeCloseTo((0.35 + 0.5) / 2 - (0.3 + 0.5) / 2);
  });

  it('lists the KRs that moved most, biggest move first, and leaves out those that did not move', () => {
    expect(review.movers.map(m => [m.id, Math.round((m.change ?? 0) * 100)])).toEqual([
      ['KR-0001', 30],
      ['KR-0002', -20],
    ]);
  });

  it('lists KRs with no check-in for 7 days or more', () => {
    expect(review.stale.map(k => [k.id, k.daysSinceCheckin])).toEqual([['KR-0003', 14]]);
  });

  it('lists KRs off track or with confidence <= 3, with their actions', () => {
    expect(review.atRisk.map(k => k.id)).toEqual(['KR-0002']);
    expect(review.atRisk[0].actions).toBe('Partner with Acme');
    expect(review.atRisk[0].status).toBe('offTrack');
  });

  it('gives each KR its trend from the log, oldest first, and its last check-in', () => {
    const demo = data.objectives[0].krs[0];
    expect(demo.trend).toEqual([0, 20, 30, 60]);
    expect(demo.lastCheckin).toBe('2026-11-24');
    expect(data.objectives[1].krs[0].lastCheckin).toBe('2026-11-10');
    expect(data.owners).toEqual(['Léa', 'Marc']);
    expect(data.weekStart).toBe('2026-11-23');
    expect(data.week).toBe('2026-W48');
  });
});

describe('summary text', () => {
  it('sums the review up in plain text', () => {
    const lines = review.summary.split('\n');
    expect(lines[0]).toBe('OKR weekly review, week 2026-W48 (2026-11-24)');
    expect(review.summary).toContain('Overall progress: 43% (+3 pts since last week)');
    expect(review.summary).toContain('- Grow leads: 35% (+5 pts)');
    expect(review.summary).toContain('- Demo requests (Léa): 60% (+30 pts)');
    expect(review.summary).toContain('- Backlinks (Léa): 14 days ago');
    expect(review.summary).toContain(
      '- Webinar sign-ups (Marc): 10%, confidence 2. Actions: Partner with Acme'
    );
    expect(review.summary).not.toMatch(/<|undefined|NaN/);
  });

  it('is written in French with French number formats', () => {
    const fr = buildCheckinData({
      lang: 'fr',
      locale: 'fr_FR',
      today: '2026-11-24',
      columns: COLUMNS,
      rows,
      formulas: emptyFormulas(5),
      log,
      periodStart: null,
      periodEnd: null,
    }).review.summary;
    expect(fr).toContain('Revue OKR hebdomadaire, semaine 2026-W48');
    expect(fr).toContain('Progression globale : 43\u202F% (+3 pts depuis la semaine dernière)');
    expect(fr).toContain('- Backlinks (Léa) : il y a 14 jours');
  });
});
