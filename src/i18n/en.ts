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
export const checkin = {
  tabCheckin: 'Check-in',
  tabReview: 'Weekly review',
  loading: 'Loading…',
  save: 'Save check-in',
  saving: 'Saving…',
  filterOwner: 'Owner',
  allOwners: 'All owners',
  onlyStale: 'Only KRs not updated this week',
  noKrs: 'No key results to show.',
  current: 'Current',
  confidence: 'Confidence',
  lastCheckin: 'Last check-in',
  never: 'never',
  newValue: 'New value',
  newConfidence: 'Confidence ({min}–{max})',
  comment: 'Comment',
  forKr: 'for',
  trend: 'Trend',
  notANumber: '“{value}” is not a number. Type a number such as 12, 1.5 or 45 %.',
  valueRequired: 'Enter a value.',
  confidenceRange: 'Confidence must be a number from {min} to {max} (you typed “{value}”).',
  fixErrors: 'Fix the highlighted fields before saving.',
  nothingToSave: 'Nothing changed: edit a value, a confidence or a comment first.',
  savedCount: '{n} {n:key result|key results} saved.',
  nothingSaved:
    'Nothing was saved: a check-in is saved whole or not at all. Fix what is listed below and save again.',
  loadFailed: 'Could not load the key results: {message}',
  saveFailed: 'Could not save: {message}',
  reviewOverall: 'Overall progress',
  reviewSinceLastWeek: 'since last week',
  reviewObjectives: 'Objectives',
  reviewMovers: 'Moved most this week',
  reviewStale: 'No check-in for {days} {days:day|days} or more',
  reviewAtRisk: 'At risk (off track or confidence ≤ {confidence})',
  reviewActions: 'Actions',
  reviewNone: 'None.',
  copySummary: 'Copy summary',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Could not copy; select the text below and copy it.',
  summaryTitle: 'OKR weekly review, week {week}',
  daysAgo: '{n} {n:day|days} ago',
  statusNone: 'no progress yet',
  currentNotANumber: 'Current value is not a number: “{value}”',
  targetNotANumber: 'Target is not a number: “{value}”',
  startNotANumber: 'Start is not a number: “{value}”',
  noTarget: 'No target: progress cannot be computed',
  previewAfterSave: 'After saving:',
  keysHint: 'Enter moves to the next field; after the last one, to Save.',
  points: '{n} {n:pt|pts}',
  confidenceShort: 'confidence {n}',
} as const;

// @section checkinSave: why a check-in was not saved (server only: the sidebar bundle does not carry it)
export const checkinSave = {
  badRequest: 'Nothing was saved: the check-in sent is not valid.',
  lockBusy: 'Another check-in is being saved. Try again in a few seconds.',
  protectedCells:
    'Nothing was saved: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  writeFailed:
    'Nothing was saved: Google Sheets refused a write ({error}). Every cell written was put back as it was. Try again.',
  rollbackFailed:
    'Saving stopped part-way: Google Sheets refused a write ({error}) and these cells could not be put back: {cells}. Check them in the sheet.',
  missing: '{kr}: not saved, this key result was deleted from the sheet.',
  duplicateRows:
    'this ID is on rows {rows} of the OKRs sheet (a copied row?). Clear the ID of the copy, reopen the check-in and save again.',
  commentTooLong: 'the comment has {n} characters; a cell holds at most {max}.',
  formulaCurrent: 'the current value is computed by a formula in the sheet; update its source instead.',
  formulaConfidence: 'the confidence is computed by a formula in the sheet; update its source instead.',
  krError: '{kr}: {message}',
  conflict:
    '{kr}: not saved. The sheet now has {sheet}, you entered {entered}. Your entry is kept: check it and save again.',
  conflictConfidence:
    '{kr}: not saved. Its confidence in the sheet is now {sheet}, you entered {entered}. Your entry is kept: check it and save again.',
  requestNotObject: 'the request is not an object (got {got}).',
  requestLang: 'lang must be one of {langs} (got {got}).',
  requestEntries: 'entries must be a list (got {got}).',
  entryNotObject: 'entry {n} is not an object (got {got}).',
  entryField: 'entry {n} ({id}): {field} must be {expected} (got {got}).',
  entryDuplicate: 'entries {n} and {m} both name {id}: each key result can be saved once per check-in.',
  expectText: 'text',
  expectId: 'a non-empty text',
  expectCell: 'a number or a text',
} as const;

// @section period: period close, reopen, new period, the History sheet and the close dialog
export const period = {} as const;

// @section install: the template, its menu, the Dashboard, the repair toast
export const install = {} as const;

// @section quality: the quality check's findings and dialog
export const quality = {} as const;

// @section examples: the example OKRs
export const examples = {} as const;
