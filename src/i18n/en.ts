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
export const schema = {
  // Renaming a label here? Add the old text to src/schema/labels-shipped.ts: workbooks still show it.
  // sheet names (a sheet is found by its metadata, whatever its name)
  'sheet.okrs': 'OKRs',
  'sheet.checkins': 'Check-ins',
  'sheet.settings': 'Settings',
  'sheet.dashboard': 'Dashboard',
  'sheet.history': 'History',
  // OKRs sheet headers
  'okrs.id': 'ID',
  'okrs.objective': 'Objective',
  'okrs.keyResult': 'Key result',
  'okrs.owner': 'Owner',
  'okrs.kind': 'Kind',
  'okrs.start': 'Start',
  'okrs.target': 'Target',
  'okrs.current': 'Current',
  'okrs.progress': 'Progress',
  'okrs.progressBar': 'Bar',
  'okrs.objectiveProgress': 'Objective progress',
  'okrs.confidence': 'Confidence',
  'okrs.status': 'Status',
  'okrs.actions': 'Actions',
  'okrs.lastCheckin': 'Last check-in',
  'okrs.notes': 'Notes',
  'okrs.weight': 'Weight',
  'okrs.commitment': 'Commitment',
  'okrs.carriedFrom': 'Carried from',
  // Check-ins sheet headers
  'checkins.date': 'Date',
  'checkins.week': 'ISO week',
  'checkins.krId': 'KR ID',
  'checkins.objective': 'Objective',
  'checkins.keyResult': 'Key result',
  'checkins.previous': 'Previous value',
  'checkins.value': 'New value',
  'checkins.progress': 'Progress',
  'checkins.confidence': 'Confidence',
  'checkins.comment': 'Comment',
  'checkins.author': 'Author',
  'checkins.period': 'Period',
  // History sheet headers
  'history.period': 'Period',
  'history.objective': 'Objective',
  'history.krId': 'KR ID',
  'history.keyResult': 'Key result',
  'history.owner': 'Owner',
  'history.kind': 'Kind',
  'history.start': 'Start',
  'history.target': 'Target',
  'history.finalValue': 'Final value',
  'history.progress': 'Progress',
  'history.grade': 'Grade',
  'history.commitment': 'Commitment',
  'history.closingStatus': 'Closing status',
  'history.lastConfidence': 'Last confidence',
  'history.learningNote': 'Learning note',
  'history.carriedTo': 'Carried to',
  'history.worked': 'What worked',
  'history.didNotWork': 'What did not work',
  'history.change': 'What we change',
  'history.closedBy': 'Closed by',
  'history.closedAt': 'Closed on',
  'history.reopenedAt': 'Reopened on',
  'history.restore': 'Restore data',
  // Settings labels (column A) and header row
  'settings.periodName': 'Period',
  'settings.periodStart': 'Period start',
  'settings.periodEnd': 'Period end',
  'settings.asOf': 'As of (for pace)',
  'settings.krType': 'Default KR type',
  'settings.language': 'Language',
  'settingsHeader.setting': 'Setting',
  'settingsHeader.value': 'Value',
  // the Language setting's value naming this language (the dropdown lists every language's)
  languageName: 'English',
  // the default period name: the calendar quarter
  quarterName: 'Q{quarter} {year}',
  // how a KR leaves the period (History, close dialog)
  'closing.achieved': 'Achieved',
  'closing.missed': 'Missed',
  'closing.carryOver': 'Carry over',
  'closing.drop': 'Drop',
} as const;

// @section functions: the custom functions' argument names and messages
export const functions = {} as const;

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
