import { buildCheckinData } from '../../../src/features/checkin/payload';
import { parseCheckinLog } from '../../../src/features/checkin/log-entries';
import {
  COLUMNS,
  LOG_HEADER,
  REVIEW_KRS,
  REVIEW_LOG,
  emptyFormulas,
  logRow,
  okrRow,
} from '../../support/rows';

const rows = REVIEW_KRS.map((kr, i) => okrRow(i + 2, kr));
const log = parseCheckinLog([LOG_HEADER, ...REVIEW_LOG.map(logRow)], 'en');

const data = buildCheckinData({
  lang: 'en',
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
