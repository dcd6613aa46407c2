/**
 * The weekly review's thresholds: the review applies them (review.ts) and its titles state them (summary.ts), so a
 * change here changes both.
 */

/** How many KRs "Moved most this week" lists. */
export const MOVERS_SHOWN = 5;
/** A KR with no check-in for this many days or more is listed as stale; also the "a week ago" of the changes. */
export const STALE_AFTER_DAYS = 7;
/** A KR with a confidence at or below this is at risk. */
export const AT_RISK_CONFIDENCE = 3;
