/**
 * Every English text okr-sheets shows, one named section per feature (see catalog.ts). A translator edits this
 * file, fr.ts and the two help pages (src/features/help/help.en.html, help.fr.html); nothing else.
 *
 * Sections are filled feature by feature; each `export const` is one section.
 */

// @section core: errors of what a user typed, raised by src/core (keys, never sentences, in core itself)
export const core = {
  statusDone: 'Done',
  statusOnTrack: 'On track',
  statusAtRisk: 'At risk',
  statusOffTrack: 'Off track',
  gradeRed: 'Red',
  gradeYellow: 'Yellow',
  gradeGreen: 'Green',
  commitmentAspirational: 'Aspirational',
  commitmentCommitted: 'Committed',
  kindIncrease: 'Increase',
  kindDecrease: 'Decrease',
  kindStayAbove: 'Stay at or above',
  kindStayBelow: 'Stay at or below',
  kindMilestone: 'Milestone',
  shownText: '{text}',
  notANumber: '{input} is not a number',
  notADate: '{input} is not a date (write 2026-03-31 or 31/03/2026)',
  notACommitment:
    '{input} is neither aspirational nor committed (use TRUE, FALSE, Aspirational or Committed)',
  notAKind: '{input} is not a kind of key result (use {kinds})',
  notAnIsoWeek: '{input} is not an ISO week (such as 2026-W05)',
  negativeWeight: 'A weight cannot be negative ({weight})',
  targetEmpty: 'Target is empty',
  targetEmptyGive: 'Target is empty: give the value to reach',
  notInScale: 'Current: {current} is not in the scale of start and target ({range}); type {fix}{hint}',
  notAPercentHint: ' (a plain number, not a percent)',
  periodStartEmpty: 'Period start is empty',
  periodEndEmpty: 'Period end is empty',
  periodEndsBeforeStart: 'The period ends before it starts',
  noFinalValue: 'no final value',
  incompleteObjective: 'Incomplete: {n} {n:key result has|key results have} an error or no target',
  incompleteOverall:
    'Incomplete: {n} {n:objective has|objectives have} a key result with an error or no target',
  argCurrent: 'current',
  argTarget: 'target',
  argStart: 'start',
  argKind: 'kind',
} as const;

// @section schema: sheet names, column headers, setting labels (src/schema holds the keys and order only)
export const schema = {} as const;

// @section functions: the custom functions' argument names and messages
export const functions = {
  objectives: 'objectives',
  progress: 'progress',
  weights: 'weights',
  aspirational: 'aspirational',
  periodStart: 'period start',
  periodEnd: 'period end',
  today: 'today',
  weeks: 'weeks',
  logWeeks: 'log weeks',
  logIds: 'log IDs',
  logProgress: 'log progress',
  keys: 'keys',
  historyKeys: 'history keys',
  historyValues: 'history values',
  logRow: '{name} (row {n} of the range)',
  notOneColumn: '{name} must be a single column, not {n} columns',
  heightsDiffer: '{a} has {n} {n:row|rows} but {b} has {m} {m:row|rows}: give ranges of the same height',
  notAMeasure: 'Measure: {input} is not a measure (use mean, count, min, max or a label such as {green})',
  headline: 'Overall progress: {figure}',
  headlineNamed: '{name} overall: {figure}',
  noProgressYet: 'no progress yet',
} as const;

// @section checkin: the check-in sidebar, its server and the weekly review
export const checkin = {} as const;

// @section period: period close, reopen, new period, the History sheet and the close dialog
export const period = {} as const;

// @section install: the template, its menu, the Dashboard, the repair toast
export const install = {} as const;

// @section quality: the quality check's findings and dialog
export const quality = {} as const;

// @section examples: the example OKRs
export const examples = {} as const;
