/**
 * The words for what an assessment stores as ids: a rating, a priority, an
 * action's status. One place, so the form, the board report and the
 * spreadsheet say the same.
 * @module
 */
import type { AssessmentUiStrings } from '../../context/assessment-ui-strings.js';
import type { ActionStatus, Priority } from './assessment.js';
import { notApplicable, type Scale } from './scales.js';

/** A rating's label: the scale's level, "Not applicable", "" when not rated, or the stored id itself when the scale has no such level. */
export function ratingLabel(scale: Scale, rating: string, strings: AssessmentUiStrings): string {
  if (rating === notApplicable) return strings.assessmentNotApplicable;
  return scale.levels.find((level) => level.id === rating)?.label ?? rating;
}

/** A rating in words for the reader: its label, or "Not rated" when there is none (the spreadsheet leaves that cell empty). */
export function ratingWords(scale: Scale, rating: string, strings: AssessmentUiStrings): string {
  return rating === '' ? strings.assessmentNotRated : ratingLabel(scale, rating, strings);
}

const priorityNames = {
  '': 'assessmentPriorityNone',
  high: 'assessmentPriorityHigh',
  medium: 'assessmentPriorityMedium',
  low: 'assessmentPriorityLow',
} as const satisfies Record<Priority, keyof AssessmentUiStrings>;

/** A priority's label; "" when none is set. */
export function priorityLabel(priority: Priority, strings: AssessmentUiStrings): string {
  return priority === '' ? '' : strings[priorityNames[priority]];
}

/** The priorities a team chooses from, in order, with their labels ("Not set" first). */
export function priorityChoices(strings: AssessmentUiStrings): { value: Priority; label: string }[] {
  return (Object.keys(priorityNames) as Priority[]).map((value) => ({ value, label: strings[priorityNames[value]] }));
}

const statusNames = {
  'not-started': 'assessmentStatusNotStarted',
  'in-progress': 'assessmentStatusInProgress',
  done: 'assessmentStatusDone',
} as const satisfies Record<ActionStatus, keyof AssessmentUiStrings>;

/** An action status's label. */
export function actionStatusLabel(status: ActionStatus, strings: AssessmentUiStrings): string {
  return strings[statusNames[status]];
}

/** The statuses an action can have, in order, with their labels. */
export function actionStatusChoices(strings: AssessmentUiStrings): { value: ActionStatus; label: string }[] {
  return (Object.keys(statusNames) as ActionStatus[]).map((value) => ({ value, label: strings[statusNames[value]] }));
}
