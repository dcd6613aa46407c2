import {
  confidenceAverage,
  krFigure,
  objectiveFigure,
  overallFigure,
  type KrFigure,
  type ObjectiveFigure,
} from '../../core/figures';
import { OkrInputError } from '../../core/errors';
import { clamp01 } from '../../core/progress';
import type { Lang } from '../../i18n/lang';
import { addDays, daysBetween } from '../../core/dates';
import { groupLogByKr, valueOnDay, type LogEntry } from './log-entries';
import { unreadableReason } from './preview';
import { AT_RISK_CONFIDENCE, MOVERS_SHOWN, STALE_AFTER_DAYS } from './review-rules';
import { buildSummary } from './summary';
import type { CheckinKr, CheckinObjective, ReviewKr, WeeklyReview } from './types';

export interface ReviewSource {
  lang: Lang;
  today: string;
  week: string;
  objectives: readonly CheckinObjective[];
  log: readonly LogEntry[];
}

/**
 * The weekly review: progress now against progress a week ago. A KR's value a week ago is the one its last
 * check-in up to that day recorded (or, when its first check-in came later, the value that check-in replaced);
 * a KR the log never mentions has not moved.
 */
export function buildWeeklyReview(source: ReviewSource): WeeklyReview {
  const weekAgo = addDays(source.today, -STALE_AFTER_DAYS);
  const byKr = groupLogByKr(source.log);
  const reviewKrs: ReviewKr[] = [];
  const nowFigures: ObjectiveFigure[] = [];
  const thenFigures: ObjectiveFigure[] = [];
  const objectives = source.objectives.map(objective => {
    const now = objective.krs.map(figureOf);
    const before = objective.krs.map((kr, i) => {
      const past = valueOnDay(byKr.get(kr.id), weekAgo);
      if (past === undefined) return now[i];
      return krFigure(
        { start: kr.start, target: kr.target, current: past ?? '', kind: kr.kind },
        source.lang
      );
    });
    objective.krs.forEach((kr, i) =>
      reviewKrs.push(toReviewKr(kr, progressOf(before[i]), source.today, source.lang))
    );
    const figure = objectiveFigure(now.map((f, i) => ({ figure: f, weight: objective.krs[i].weight })));
    const then = objectiveFigure(before.map((f, i) => ({ figure: f, weight: objective.krs[i].weight })));
    nowFigures.push(figure);
    thenFigures.push(then);
    return {
      name: objective.name,
      progress: figure.progress,
      incomplete: figure.incomplete,
      change: difference(figure.progress, then.progress),
      confidence: confidenceAverage(
        objective.krs.map(kr => kr.confidence),
        source.lang
      ),
    };
  });

  // KRs above the first objective belong to no objective (the quality check says so): not in the overall.
  const named = (_: unknown, i: number) => source.objectives[i].name !== '';
  const overallNow = overallFigure(nowFigures.filter(named));
  const overall = overallNow.progress;
  const overallThen = overallFigure(thenFigures.filter(named)).progress;
  const movers = reviewKrs
    .filter(kr => kr.change !== null && Math.abs(kr.change) > 1e-9)
    .sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))
    .slice(0, MOVERS_SHOWN);
  const stale = reviewKrs
    .filter(kr => kr.daysSinceCheckin === null || kr.daysSinceCheckin >= STALE_AFTER_DAYS)
    .sort((a, b) => (b.daysSinceCheckin ?? Infinity) - (a.daysSinceCheckin ?? Infinity));
  const atRisk = reviewKrs.filter(
    kr =>
      kr.status === 'offTrack' || (typeof kr.confidence === 'number' && kr.confidence <= AT_RISK_CONFIDENCE)
  );

  const review: Omit<WeeklyReview, 'summary'> = {
    today: source.today,
    week: source.week,
    overall,
    overallIncomplete: overallNow.incomplete,
    overallChange: difference(overall, overallThen),
    objectives,
    movers,
    stale,
    atRisk,
  };
  return { ...review, summary: buildSummary(review, source.lang) };
}

function difference(now: number | null, then: number | null): number | null {
  return now === null || then === null ? null : now - then;
}

/** A KR's figure as the payload carries it (progress, or the error shown in place of one). */
function figureOf(kr: CheckinKr): KrFigure {
  if (kr.progressError)
    return { state: 'error', error: new OkrInputError('shownText', { text: kr.progressError }) };
  return kr.progress === null
    ? { state: 'blank' }
    : { state: 'ok', progress: clamp01(kr.progress), raw: kr.progress };
}

function progressOf(figure: KrFigure): number | null {
  return figure.state === 'ok' ? figure.raw : null;
}

function capped(p: number | null): number | null {
  return p === null ? null : clamp01(p);
}

function toReviewKr(kr: CheckinKr, progressWeekAgo: number | null, today: string, lang: Lang): ReviewKr {
  const unreadable = kr.progress === null ? unreadableReason(kr, lang) : null;
  return {
    ...(unreadable ? { unreadable } : {}),
    id: kr.id,
    objective: kr.objective,
    keyResult: kr.keyResult,
    owner: kr.owner,
    progress: kr.progress,
    change: difference(capped(kr.progress), capped(progressWeekAgo)),
    status: kr.status,
    confidence: kr.confidence,
    lastCheckin: kr.lastCheckin,
    daysSinceCheckin: kr.lastCheckin ? daysBetween(kr.lastCheckin, today) : null,
    actions: kr.actions,
  };
}
