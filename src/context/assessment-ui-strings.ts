/**
 * The interface text of `<peolc-self-assessment>`, loaded with it alone: a
 * page without the self-assessment does not carry it. Part of
 * `defaultUiStrings`, so a provider replaces these as it does the others.
 * The preset scales' words are not here: a scale is stored whole in each
 * assessment (src/model/assessment/scales.ts), so a partner rewords one by
 * giving its own scale.
 */
export const assessmentUiStrings = {
  /** The self-assessment's heading. */
  assessmentHeading: 'Self-assessment',
  /** Under the heading: what the tool does and where the data stays. */
  assessmentIntro:
    'Rate where your area stands on each building block, record the evidence and the actions you will take, then print a board report or export a spreadsheet. Your answers are kept only in this browser, on this device: nothing is sent anywhere. In a private or incognito window they go when the window closes, so export them.',
  /** Shown without script (the no-JS fallback), above the list of what is rated. */
  assessmentNeedsScript: 'The self-assessment needs JavaScript, which is off or has not loaded. It rates each of these building blocks:',
  /** Shown when there is no assessment yet. */
  assessmentEmpty: 'There is no self-assessment on this device yet.',
  /** Starts the first or a new assessment. */
  assessmentStart: 'Start a new self-assessment',
  /** Accessible name of the group of controls for the assessments on this device. */
  assessmentManage: 'Your assessments',
  /** Label of the choice of assessment. */
  assessmentChoose: 'Assessment',
  /** An assessment without a title, in the choice, e.g. "Untitled assessment, started 1 December 2026". */
  assessmentUntitled: 'Untitled assessment, started {date}',
  /** Makes a new, empty assessment. */
  assessmentNew: 'New assessment',
  /** Copies the assessment shown, to start the next round from it. */
  assessmentDuplicate: 'Duplicate',
  /** The title of a copy. */
  assessmentCopyTitle: '{title} (copy)',
  /** Deletes the assessment shown (after asking). */
  assessmentDelete: 'Delete',
  /** Asks before deleting. */
  assessmentDeleteQuestion: 'Delete “{title}” from this device? Export it first if you might need it again.',
  /** Confirms deleting. */
  assessmentDeleteConfirm: 'Yes, delete it',
  /** Cancels a question. */
  assessmentCancel: 'Cancel',
  /** Said once something was deleted, with a way back. */
  assessmentDeleted: '“{title}” was deleted.',
  /** An action removed, with a way back. */
  assessmentActionRemoved: 'Action {number} was removed.',
  /** Puts back what was just deleted or removed. */
  assessmentUndo: 'Undo',
  /** Said when something deleted was put back. */
  assessmentRestored: '“{title}” was put back.',
  /** Said when a new assessment was made. */
  assessmentCreated: 'A new assessment was started.',
  /** Said when an assessment was duplicated. */
  assessmentDuplicated: 'This is a copy of “{title}”. Its ratings, evidence and actions were copied; its dates were cleared.',

  /** Visible when the last change is on the device. */
  assessmentSaved: 'All changes are saved in this browser.',
  /** Announced, once typing pauses, after a change was saved. */
  assessmentSavedShort: 'Saved',
  /** Shown when the embed keeps nothing (`storage="none"`). */
  assessmentNotStored: 'This demonstration does not keep your answers: they go when you leave the page. Export them to keep them.',
  /** Shown when the browser refuses to keep anything (storage for the site blocked, or a sandboxed frame). */
  assessmentStorageUnavailable:
    'This browser is not letting this page keep your answers (storage for this site is blocked), so they will go when you close the page. Export them to keep them.',
  /** Shown when storage is full. */
  assessmentStorageFull:
    'Your last change could not be saved: this browser’s storage for this site is full. Everything is still on this page. Export it now to keep it, or delete assessments you no longer need.',
  /** Shown when saving failed for another reason. */
  assessmentStorageFailed: 'Your last change could not be saved ({reason}). Everything is still on this page: export it now to keep it.',
  /** Shown when stored data cannot be read. */
  assessmentUnreadable:
    'An assessment stored in this browser could not be read, so it has been kept aside, unchanged. You can download it as it is (for example, to send to your web team), or remove it.',
  /** Shown when stored data comes from a newer version. */
  assessmentNewer:
    'An assessment in this browser was saved by a newer version of this tool, which this page cannot read. It has been left as it is. You can download it as it is.',
  /** Downloads stored data that could not be read. */
  assessmentDownloadRaw: 'Download it as it is',
  /** Removes stored data that could not be read (after asking). */
  assessmentRemoveRaw: 'Remove it',
  /** Asks before removing it. */
  assessmentRemoveRawQuestion: 'Remove it from this browser for good? It cannot be put back. Download it first if anyone may need it.',
  /** Confirms removing it. */
  assessmentRemoveRawConfirm: 'Yes, remove it',
  /** Said when another tab changed the assessment shown. */
  assessmentChangedElsewhere:
    'This assessment was changed in another tab or window, or in another copy of this tool on the page. This shows those changes now.',
  /** Said when another tab deleted the assessment shown. */
  assessmentDeletedElsewhere:
    '“{title}” was deleted in another tab or window, or in another copy of this tool on the page. It is still here: keep it to save it again.',
  /** Saves again an assessment another tab deleted. */
  assessmentKeep: 'Keep it',

  /** Accessible name of the list of sections. */
  assessmentSections: 'Parts of this assessment',
  /** Opens the list of parts in narrow containers, e.g. "All parts (2 of 9)". */
  assessmentPartsToggle: 'All parts ({number} of {total})',
  /** A section of the assessment: about it. */
  assessmentAboutSection: 'About this assessment',
  /** A section: the foundations. */
  assessmentFoundationsSection: 'Foundations',
  /** A section: items an assessment has that this edition does not. */
  assessmentNotInEditionSection: 'Not in this edition',
  /** A section: the board report. */
  assessmentReportSection: 'Board report',
  /** How much of a section is rated, e.g. "3 of 7 rated". */
  assessmentProgress: '{rated} of {total} rated',
  /** Goes to the previous part. */
  assessmentPrevious: 'Previous: {title}',
  /** Goes to the next part. */
  assessmentNext: 'Next: {title}',

  /** Labels of the fields about the assessment. */
  assessmentTitleLabel: 'Title',
  assessmentTitleHint: 'For example, “Ambitions self-assessment 2026”.',
  assessmentOrganisationLabel: 'Organisation or area',
  assessmentOrganisationHint: 'For example, an integrated care board, a hospice, a council or a network.',
  assessmentDateLabel: 'Date of the assessment',
  assessmentParticipantsLabel: 'Who took part',
  assessmentParticipantsHint:
    'Names, roles or organisations. Include people with lived experience: patients, carers and bereaved people, as the framework asks.',
  assessmentNextReviewLabel: 'Next review',
  assessmentNextReviewBeforeDate: 'The next review is before the date of the assessment.',
  assessmentScaleLabel: 'Rating scale',
  assessmentScaleHint: 'You can change the scale until the first rating.',
  assessmentScaleFixed: 'The scale can no longer be changed, as ratings use it.',
  assessmentIncludeFoundations: 'Also rate the eight foundations',
  assessmentEditionLabel: 'Framework edition',
  assessmentEditionOther: 'Made against the edition “{id}”; shown against this one.',
  /** A date field holding something that is not a date. */
  assessmentBadDate: 'Enter a real date, for example 31/3/2027.',

  /** Labels of an item's fields. */
  assessmentFullText: 'Read the full text',
  assessmentRatingLegend: 'Rating',
  /** Added for screen readers to each field's name, e.g. "Rating for Honest conversations". */
  assessmentFor: 'for {title}',
  assessmentNotApplicable: 'Not applicable',
  assessmentNotApplicableHint: 'This does not apply to your area or service.',
  assessmentNotRated: 'Not rated',
  assessmentClearRating: 'Clear the rating',
  assessmentEvidenceLabel: 'Evidence',
  assessmentEvidenceHint: 'What shows where you stand: documents, data, audits, what people told you. Web addresses become links.',
  assessmentEvidenceLinks: 'Links in the evidence',
  /** After a link that opens a new tab. */
  assessmentOpensNewTab: '(opens in a new tab)',
  assessmentActionsLegend: 'Actions',
  assessmentNoActions: 'No actions yet.',
  assessmentAction: 'Action {number}',
  assessmentActionWhat: 'What will be done',
  assessmentActionWhatMissing: 'Say what will be done.',
  assessmentActionLead: 'Lead',
  assessmentActionDue: 'Due',
  assessmentActionStatus: 'Status',
  assessmentAddAction: 'Add an action',
  assessmentRemoveAction: 'Remove action {number}',
  assessmentPriorityLabel: 'Priority',
  assessmentNotesLabel: 'Notes',
  /** Priorities and action statuses. */
  assessmentPriorityNone: 'Not set',
  assessmentPriorityHigh: 'High',
  assessmentPriorityMedium: 'Medium',
  assessmentPriorityLow: 'Low',
  assessmentStatusNotStarted: 'Not started',
  assessmentStatusInProgress: 'In progress',
  assessmentStatusDone: 'Done',
  /** The introduction to items this edition does not have. */
  assessmentNotInEditionIntro:
    'This assessment has answers for these items, which this edition of the framework does not have. They are kept, and exported with the rest.',
  assessmentNotInEditionItem: '{key} (not in this edition)',

  /** The board report. */
  assessmentReportIntro:
    'This is what is printed. It reads as a paper for a board: a summary by ambition, each ambition’s ratings, then the action plan by due date.',
  assessmentPrint: 'Print the board report',
  assessmentExportCsv: 'Export a spreadsheet (CSV)',
  assessmentExportJson: 'Export the assessment (JSON)',
  assessmentExportHint: 'The spreadsheet opens in Excel. The JSON file can be imported again, here or by a colleague.',
  assessmentSummaryHeading: 'Summary by ambition',
  /** The accessible name of the board report's progress picture. */
  assessmentProgressPictureLabel: 'Ratings of “{title}” on the six ambitions',
  assessmentSummaryGroup: 'Ambition',
  assessmentItemColumn: 'Item',
  assessmentActionPlanHeading: 'Action plan',
  assessmentActionPlanEmpty: 'No actions have been recorded.',
  assessmentActionItem: 'For',
  assessmentOverdue: 'Overdue',
  assessmentNoDate: 'No date',
  /** Accessible name of a table's scrolling box, e.g. "Summary by ambition (table, scrolls sideways)". */
  assessmentTableRegion: '{title} (table)',

  /** Comparing with an earlier assessment, in the board report. */
  assessmentCompareLabel: 'Compare with an earlier assessment',
  assessmentCompareHint: 'Shows what improved, stayed the same or declined since then, in the report and when it is printed.',
  assessmentCompareNone: 'No comparison',
  assessmentCompareHeading: 'Changes since “{title}”',
  assessmentCompareNotComparable:
    'These two assessments use different rating scales, so each item only says whether its rating is the same or has changed.',
  assessmentCompareItemsHeading: 'Each item, then and now',
  /** Column headings: the earlier rating, the current one. */
  assessmentCompareThen: 'Then',
  assessmentCompareNow: 'Now',
  /** The spreadsheet's column of ratings in one assessment, e.g. "Rating in “2025”". */
  assessmentCompareRatingOf: 'Rating in “{title}”',
  assessmentCompareChange: 'Change',
  assessmentChangeImproved: 'Improved',
  assessmentChangeUnchanged: 'Unchanged',
  assessmentChangeDeclined: 'Declined',
  /** Moved to or from "Not applicable" or "Not rated". */
  assessmentChangeChanged: 'Changed',
  assessmentExportComparison: 'Export the comparison (CSV)',

  /** The action plan part. */
  assessmentActionPlanSection: 'Action plan',
  assessmentActionPlanIntro: 'Every action of this assessment in one list. Narrow it down, sort it by a column, export it or print it.',
  assessmentFilterLegend: 'Show',
  assessmentFilterAll: 'All',
  assessmentFilterNoLead: 'No lead given',
  assessmentFilterFoundations: 'Foundations',
  assessmentDueOverdue: 'Overdue',
  assessmentDueSoon: 'Due in the next three months',
  assessmentDueNone: 'No due date',
  /** Said (politely, once choices pause) and shown: how many actions the filters leave. */
  assessmentActionsShown: '{count} of {total} actions shown',
  /** The same when there is one action in all. */
  assessmentActionsShownOfOne: '{count} of 1 action shown',
  assessmentActionAmbition: 'Ambition',
  assessmentExportActionPlan: 'Export the action plan (CSV)',
  assessmentPrintActionPlan: 'Print the action plan',
  assessmentNoActionsMatch: 'No actions match. Choose “All” in a filter to see more.',

  /** The spreadsheet's column headings, in order. */
  assessmentCsvAmbition: 'Ambition',
  assessmentCsvAmbitionTitle: 'Ambition title',
  assessmentCsvItem: 'Item',
  assessmentCsvRating: 'Rating',
  assessmentCsvEvidence: 'Evidence',
  assessmentCsvActions: 'Actions',
  assessmentCsvLeads: 'Leads',
  assessmentCsvDueDates: 'Due dates',
  assessmentCsvActionStatus: 'Action status',
  assessmentCsvPriority: 'Priority',
  assessmentCsvNotes: 'Notes',

  /** Import. */
  assessmentImport: 'Import from a file',
  assessmentImportHint: 'A JSON file exported from this tool. It is added as a new assessment; nothing here is changed.',
  assessmentImportProblems: '“{name}” cannot be imported:',
  assessmentImportMoreProblems: 'and {count} more.',
  assessmentImportTooBig: 'is larger than {size}',
  /** Before a problem with the whole file, e.g. "The file is not valid JSON". */
  assessmentImportTheFile: 'The file',
  assessmentImportPreview: 'Import “{title}”?',
  assessmentImportSummary: '{rated} of {total} items rated, {actions} actions, on the scale “{scale}”.',
  assessmentImportExisting: 'You already have this assessment here. It will be imported as a separate copy, and yours is not changed.',
  assessmentImportConfirm: 'Import it',
  assessmentImported: '“{title}” was imported.',
};

/** The self-assessment's strings. */
export type AssessmentUiStrings = Record<keyof typeof assessmentUiStrings, string>;
