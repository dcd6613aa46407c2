/**
 * Every English text okr-sheets shows, one named section per feature (see catalog.ts). A translator edits this
 * file, fr.ts and the two help pages (src/features/help/help-en.html, help-fr.html); nothing else.
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
export const checkin = {
  current: 'Current',
  confidence: 'Confidence',
  lastCheckin: 'Last check-in',
  never: 'never',
  comment: 'Comment',
  notANumber: '“{value}” is not a number. Type a number such as 12, 1.5 or 45 %.',
  valueRequired: 'Enter a value.',
  confidenceRange: 'Confidence must be a number from {min} to {max} (you typed “{value}”).',
  reviewOverall: 'Overall progress',
  reviewSinceLastWeek: 'since last week',
  reviewObjectives: 'Objectives',
  reviewMovers: 'Moved most this week',
  reviewStale: 'No check-in for {days} {days:day|days} or more',
  reviewAtRisk: 'At risk (off track or confidence ≤ {confidence})',
  reviewActions: 'Actions',
  reviewNone: 'None.',
  summaryTitle: 'OKR weekly review, week {week}',
  daysAgo: '{n} {n:day|days} ago',
  statusNone: 'no progress yet',
  currentNotANumber: 'Current value is not a number: “{value}”',
  targetNotANumber: 'Target is not a number: “{value}”',
  startNotANumber: 'Start is not a number: “{value}”',
  noTarget: 'No target: progress cannot be computed',
  points: '{n} {n:pt|pts}',
  confidenceShort: 'confidence {n}',
} as const;

// @section sidebar: the check-in sidebar's own labels (only the sidebar's page carries them)
export const sidebar = {
  tabCheckin: 'Check-in',
  tabReview: 'Weekly review',
  loading: 'Loading…',
  save: 'Save check-in',
  saving: 'Saving…',
  filterOwner: 'Owner',
  allOwners: 'All owners',
  onlyStale: 'Only KRs not updated this week',
  noKrs: 'No key results to show.',
  newValue: 'New value',
  newConfidence: 'Confidence ({min}–{max})',
  forKr: 'for',
  trend: 'Trend',
  fixErrors: 'Fix the highlighted fields before saving.',
  nothingToSave: 'Nothing changed: edit a value, a confidence or a comment first.',
  savedCount: '{n} {n:key result|key results} saved.',
  nothingSaved:
    'Nothing was saved: a check-in is saved whole or not at all. Fix what is listed below and save again.',
  loadFailed: 'Could not load the key results: {message}',
  saveFailed: 'Could not save: {message}',
  copySummary: 'Copy summary',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Could not copy; select the text below and copy it.',
  previewAfterSave: 'After saving:',
  keysHint: 'Enter moves to the next field; after the last one, to Save.',
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
    'this ID is on rows {rows} of the {okrs} sheet (a copied row?). Clear the ID of the copy, reopen the check-in and save again.',
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
export const period = {
  title: 'Close period',
  newPeriodTitle: 'Start a new period: close the last one',
  closed:
    '{period} is closed: {n} {n:key result|key results} in {history}, {carried} carried into {next}. {settings} now show {next}.',
  closeFailed: 'Closing failed, nothing was changed: {message}',
  reopenFailed: 'Reopening failed, nothing was changed: {message}',
  reopenProtectedCells:
    'Nothing was reopened: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  protectedCells:
    'Nothing was closed: these cells are protected and you may not edit them: {cells}. Ask the owner of the spreadsheet for access.',
  lockBusy: 'Someone else is saving in this spreadsheet. Try again in a few seconds.',
  alreadyClosed:
    '{period} is already closed (see {history}). Use "{reopen}" to change its grades, or set the next period in {settings}.',
  emptyPeriod: '{period} has no key result to close.',
  noPeriod: '{settings} have no period name, start and end: fill them first.',
  needsRepair: 'The {okrs} sheet has no {commitment} or {carriedFrom} column yet: run "{install}" first.',
  periodChanged:
    'The period in {settings} changed to {period} since this dialog opened: close and open it again.',
  notANumber: '{kr}: the final value “{value}” is not a number.',
  finalRequired: '{kr}: enter a final value.',
  noProgress: '{kr}: its progress cannot be computed ({message}). Fix its row first.',
  badCommitment: '{kr}: {message}.',
  noId: 'Row {row} ({kr}) has no ID yet: close this dialog and open it again.',
  duplicateId: '{kr}: the ID is used by rows {rows}. Give each key result its own ID first.',
  missingKr: '{kr}: not in the close (reload the dialog).',
  unknownKr: '{kr}: no longer in the {okrs} sheet (reload the dialog).',
  statusRequired: '{kr}: choose a closing status.',
  noteNeeded: '{kr}: a {grade} grade needs a learning note.',
  noClosedPeriod: 'No closed period to reopen.',
  reopenConfirm:
    'Reopen {period}? Its key results go back to the {okrs} sheet as they were before closing, and {settings} back to ' +
    '{period}. The carried key results of {next} are removed from the {okrs} sheet (their check-ins stay in the log); ' +
    '{history} keeps its rows, marked as reopened.',
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

// @section closeDialog: the close dialog's own labels (only the dialog's page carries them)
export const closeDialog = {
  loading: 'Loading…',
  loadFailed: 'Could not load the key results: {message}',
  intro:
    'End of {period}: grade each key result, say what you learned, decide what continues. Confirming writes {history}, ' +
    'carries the chosen KRs into {next} and clears the others from the {okrs} sheet. "{reopen}" undoes it.',
  expected: 'expected at {n}',
  noteRequired: '{note} (required: {red} or {yellow})',
  retro: 'Retrospective',
  forKr: 'for',
  confirm: 'Close {period}',
  closing: 'Closing…',
  cancel: 'Cancel',
  done: 'Close',
  fixErrors: 'Fix the highlighted fields before closing.',
} as const;

// @section install: the template, its menu, the Dashboard, the repair toast
export const install = {
  menuInstall: 'Install or repair template',
  menuCheckin: 'Weekly check-in',
  menuExamples: 'Insert example OKRs',
  menuQuality: 'Check OKR quality',
  menuHelp: 'Help',
  menuClosePeriod: 'Close period…',
  menuReopenPeriod: 'Reopen last period',
  menuNewPeriod: 'Start a new period…',
  notInstalled: 'The OKR template is not installed yet: use "{install}" in the add-on menu first.',
  helpTitle: 'OKR sheets: help',
  confidenceHelp: 'A number from {min} to {max}',
  weightHelp: "A number of 0 or more: the key result's weight in its objective (blank = 1, 0 = left out)",
  installed: 'OKR template installed.',
  nothing: 'The OKR template is complete: nothing to repair.',
  repairedTitle: 'OKR template repaired',
  installedTitle: 'OKR template',
  sheetCreated: 'Created the "{name}" sheet.',
  sheetBeside:
    'A sheet named "{taken}" that is not ours already exists: it is kept, the template uses "{name}".',
  headersRestored: '"{sheet}": restored headers ({list}).',
  renamedHeader: '"{now}" ({ours})',
  headersRenamed: '"{sheet}": renamed headers kept, columns recognised: {list}.',
  formulasRestored: '"{sheet}": restored computed formulas ({list}).',
  settingsRestored: 'Restored settings: {list}.',
  idsAssigned: 'Gave {n} {n:key result|key results} a new ID.',
  blockedSpill: 'The "{header}" column is computed: clear {cells} so it can show (nothing was erased).',
  headlineRestored: '"{sheet}": restored the overall progress headline (header row, right of the table).',
  dashboardRestored: 'Restored the dashboard.',
  chartsRestored: 'Restored {n} {n:chart|charts}.',
  dashboardTitle: 'OKR dashboard',
  dashboardStatusCounts: 'Key results by status',
  dashboardPerObjective: 'Progress per objective',
  dashboardPerWeek: 'Overall progress per week (check-ins)',
  dashboardObjective: 'Objective',
  dashboardProgress: 'Progress',
  dashboardOverall: 'Overall progress',
  /** The headline: the figures module's overall (OKR_OVERALL), the same as the weekly review's. */
  dashboardOverallNow: 'Overall progress now',
  dashboardWeek: 'Week',
  dashboardCount: 'Key results',
} as const;

// @section quality: the quality check's findings and dialog
export const quality = {
  title: 'OKR quality check',
  none: 'No issue found: your OKRs follow the method.',
  intro: 'What the OKR method warns against, found in your sheet. Click a cell reference to go to it.',
  cell: 'Cell',
  subject: 'Key result or objective',
  issue: 'What is wrong',
  why: 'Why it matters',
  badCellReference: 'Not a cell reference: {a1}',
  tooManyObjectives: 'Owns {n} objectives; at most {maxObjectives} are advised.',
  tooManyObjectivesWhy:
    'More than {maxObjectives} objectives per person or team spreads effort thin; too many OKRs is the most common failure.',
  objectiveWithoutKr: 'No key result below this objective.',
  objectiveWithoutKrWhy:
    'An objective is only measured through its key results; without any, nobody can tell if it progresses.',
  krWithoutObjective:
    'No objective above this row: {n} {n:key result comes|key results come} before the first objective.',
  krWithoutObjectiveWhy:
    'A blank Objective means "same as above"; with no objective above, these KRs count for none (rows sorted?).',
  tooFewKrs: 'Only {n} {n:key result|key results}; {minKrs} to {maxKrs} are advised.',
  tooFewKrsWhy:
    'With a single key result the objective is just a metric; {minKrs} to {maxKrs} KRs describe what success looks like.',
  tooManyKrs: '{n} {n:key result|key results}; at most {maxKrs} are advised.',
  tooManyKrsWhy:
    'More than {maxKrs} key results dilutes focus; keep the 3 to {maxKrs} that best show the objective is reached.',
  missingTarget: 'Target is empty.',
  missingTargetTask:
    'Target is empty, and the wording has no number: this reads as a task. Give the number to reach, or set Kind to Milestone for a deliverable.',
  missingTargetWhy:
    'Without a target, progress cannot be computed and the team cannot tell when the KR is done.',
  startEqualsTarget: 'Start and target are both {value}: nothing has to change.',
  startEqualsTargetWhy:
    'When start and target are equal nothing has to change: that is a KPI to keep running, not a key result.',
  missingOwner: 'Owner is empty.',
  missingOwnerWhy:
    'A key result without an owner is nobody’s job; weekly check-ins need one person to update it.',
  /** An unknown kind or a cell that is no number: the column, then the parser's error. */
  fieldError: '{field}: {detail}.',
  unknownKindWhy: 'Progress is computed from the kind; an unknown kind leaves the KR without progress.',
  notANumberWhy:
    'Progress is computed from numbers; until this cell holds one, the KR shows a warning instead of progress.',
  /** The figures module's unit error, as it words it. */
  otherScale: '{detail}.',
  otherScaleWhy:
    'Start, target and current share one unit; a value 100 times off (26 % against 24 → 28) would read as 0 % or 100 %.',
  duplicateId: '{id} is the ID of rows {rows}: clear the ID of the copy.',
  duplicateIdWhy:
    'Check-ins find a KR by its ID: a copied row with the same ID cannot be checked in until its ID cell is cleared (a new ID is then given).',
} as const;

// @section examples: the example OKRs
export const examples = {
  title: 'Example OKRs',
  inserted: 'Example OKRs added below your rows. Replace them with your own when ready.',
  again: 'The example OKRs are already in the sheet. Add them again below your rows?',
  // Three marketing objectives, each followed by its key results and their actions (src/features/examples/data.ts).
  inbound: 'Bring in more qualified inbound leads',
  inboundDemos: 'Raise demo requests from landing pages from 120 to 150 a month',
  inboundDemosActions: 'A/B test the hero and the form on the 3 busiest landing pages',
  inboundConversion: 'Lift landing-page form conversion from 2.5 % to 3.3 %',
  inboundConversionActions: 'Cut the form to 4 fields; add customer logos above the fold',
  inboundCostPerLead: 'Cut the cost per lead from €85 to €60',
  inboundCostPerLeadActions: 'Move budget from display to the two best search campaigns',
  inboundChatbot: 'Launch the chatbot on the pricing page',
  inboundChatbotActions: 'Write the 10 most asked questions; connect the bot to the CRM',
  content: 'Make our content the reference on B2B onboarding',
  contentSubscribers: 'Grow blog newsletter subscribers from 2,000 to 2,500',
  contentSubscribersActions: 'Add an inline sign-up box to the 10 most read articles',
  contentGuideRank: 'Bring the "onboarding checklist" guide from position 25 to the top 8 on Google',
  contentGuideRankActions: 'Rewrite the guide into a long-form article; get 3 partner sites to link to it',
  contentBacklinks: 'Earn 5 new backlinks from industry websites',
  contentBacklinksActions: 'Pitch two guest articles a month; share our benchmark data',
  contentCaseStudies: 'Publish 4 customer case studies',
  contentCaseStudiesActions: 'Interview 6 customers; have each case study approved by the customer',
  pipeline: 'Turn email and events into a pipeline engine',
  pipelineWebinars: 'Double webinar sign-ups from email campaigns, from 300 to 600',
  pipelineWebinarsActions: 'Segment the list by role; send a reminder sequence of 3 emails',
  pipelineOpenRate: 'Raise the newsletter open rate from 24 % to 28 %',
  pipelineOpenRateActions: 'Test subject lines every week; clean inactive contacts',
  pipelineMeetings: 'Book 60 meetings with prospects for the trade show',
  pipelineMeetingsActions: 'Invite key accounts by email and LinkedIn; offer live demo slots on the stand',
  pipelineNurturing: 'Deploy 2 new lead-nurturing scenarios',
  pipelineNurturingActions: 'Map the trial-to-demo journey; write the 5 emails of each scenario',
} as const;
