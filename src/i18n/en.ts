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
export const period = {} as const;

// @section install: the template, its menu, the Dashboard, the repair toast
export const install = {} as const;

// @section quality: the quality check's findings and dialog
export const quality = {} as const;

// @section examples: the example OKRs
export const examples = {} as const;
