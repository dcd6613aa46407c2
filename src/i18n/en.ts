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
} as const;

// @section schema: sheet names, column headers, setting labels (src/schema holds the keys and order only)
export const schema = {} as const;

// @section functions: the custom functions' argument names and messages
export const functions = {} as const;

// @section checkin: the check-in sidebar, its server and the weekly review
export const checkin = {} as const;

// @section period: period close, reopen, new period, the History sheet and the close dialog
export const period = {
  // The close dialog
  title: 'Close period',
  newPeriodTitle: 'Start a new period: close the last one',
  loading: 'Loading…',
  loadFailed: 'Could not load the key results: {message}',
  intro:
    'End of {period}: grade each key result, say what you learned, decide what continues. Confirming writes History, ' +
    'carries the chosen KRs into {next} and clears the others from the OKRs sheet. "Reopen last period" undoes it.',
  finalValue: 'Final value',
  progress: 'Progress',
  grade: 'Grade',
  expected: 'expected at {n}',
  status: 'Closing status',
  note: 'Learning note',
  noteRequired: 'Learning note (required: {red} or {yellow})',
  retro: 'Retrospective',
  worked: 'What worked',
  didNotWork: 'What did not work',
  change: 'What we change',
  forKr: 'for',
  confirm: 'Close {period}',
  closing: 'Closing…',
  cancel: 'Cancel',
  done: 'Close',
  fixErrors: 'Fix the highlighted fields before closing.',
  // The close and the reopen (server)
  closed:
    '{period} is closed: {n} {n:key result|key results} in History, {carried} carried into {next}. Settings now show {next}.',
  closeFailed: 'Closing failed, nothing was changed: {message}',
  reopenFailed: 'Reopening failed, nothing was changed: {message}',
  reopenProtectedCells:
    'Nothing was reopened: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  protectedCells:
    'Nothing was closed: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  lockBusy: 'Someone else is saving in this spreadsheet. Try again in a few seconds.',
  alreadyClosed:
    '{period} is already closed (see History). Use "Reopen last period" to change its grades, or set the next period in Settings.',
  emptyPeriod: '{period} has no key result to close.',
  noPeriod: 'Settings have no period name, start and end: fill them first.',
  needsRepair:
    'The OKRs sheet has no Commitment or Carried from column yet: run "Install or repair template" first.',
  periodChanged:
    'The period in Settings changed to {period} since this dialog opened: close and open it again.',
  notANumber: '{kr}: the final value “{value}” is not a number.',
  finalRequired: '{kr}: enter a final value.',
  noProgress: '{kr}: its progress cannot be computed ({message}). Fix its row first.',
  badCommitment: '{kr}: {message}.',
  noId: 'Row {row} ({kr}) has no ID yet: close this dialog and open it again.',
  duplicateId: '{kr}: the ID is used by rows {rows}. Give each key result its own ID first.',
  missingKr: '{kr}: not in the close (reload the dialog).',
  unknownKr: '{kr}: no longer in the OKRs sheet (reload the dialog).',
  statusRequired: '{kr}: choose a closing status.',
  noteNeeded: '{kr}: a {grade} grade needs a learning note.',
  noClosedPeriod: 'No closed period to reopen.',
  reopenConfirm:
    'Reopen {period}? Its key results go back to the OKRs sheet as they were before closing, and Settings back to ' +
    '{period}. The carried key results of {next} are removed from the OKRs sheet (their check-ins stay in the log); ' +
    'History keeps its rows, marked as reopened.',
  reopened: '{period} is open again: {n} {n:key result|key results} restored.',
  // The Dashboard's tables over closed periods
  tablePerPeriod: 'Closed periods: key results by grade',
  tablePeriod: 'Period',
  tableAchieved: 'Achieved',
  tablePerOwner: 'Per owner, over closed periods',
  tableOwner: 'Owner',
  tableKrs: 'Key results',
  tableMean: 'Mean progress',
  tableLowest: 'Lowest progress',
  tableHint: 'Lowest always {full}: the team aims too low. Mean far below {expected}: it aims too high.',
} as const;

// @section install: the template, its menu, the Dashboard, the repair toast
export const install = {} as const;

// @section quality: the quality check's findings and dialog
export const quality = {} as const;

// @section examples: the example OKRs
export const examples = {} as const;
