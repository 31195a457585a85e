/**
 * An assessment as CSV for Excel (issue 15's export): one row per item, in
 * the edition's order, with the ambition, the item's title verbatim, the
 * rating's label, the evidence, each action's what, lead, due date and
 * status (one line each in their cells), the priority and the notes; then
 * a row for each item the assessment holds that this edition does not have.
 * @module
 */
import { assessmentUiStrings, type AssessmentUiStrings } from '../../context/assessment-ui-strings.js';
import { formatUiString } from '../../context/ui-strings.js';
import type { Assessment } from './assessment.js';
import { toCsv } from './csv.js';
import { keysNotInEdition, type AssessmentItem } from './items.js';
import { actionStatusLabel, priorityLabel, ratingLabel } from './labels.js';

/** The strings of the column headings, in order. */
const columns = [
  'assessmentCsvAmbition',
  'assessmentCsvAmbitionTitle',
  'assessmentCsvItem',
  'assessmentCsvRating',
  'assessmentCsvEvidence',
  'assessmentCsvActions',
  'assessmentCsvLeads',
  'assessmentCsvDueDates',
  'assessmentCsvActionStatus',
  'assessmentCsvPriority',
  'assessmentCsvNotes',
] as const satisfies readonly (keyof AssessmentUiStrings)[];

/** The assessment as the text of a CSV file (with the byte-order mark Excel needs). */
export function assessmentCsv(assessment: Assessment, items: readonly AssessmentItem[], strings: AssessmentUiStrings = assessmentUiStrings): string {
  const row = (ambition: AssessmentItem['ambition'], title: string, key: string) => {
    const entry = assessment.entries[key];
    if (!entry) return [ambition?.number, ambition?.title, title];
    const each = (pick: (action: Assessment['entries'][string]['actions'][number]) => string) => entry.actions.map(pick).join('\n');
    return [
      ambition?.number,
      ambition?.title,
      title,
      ratingLabel(assessment.scale, entry.rating, strings),
      entry.evidence,
      each((action) => action.what),
      each((action) => action.lead),
      each((action) => action.due),
      each((action) => actionStatusLabel(action.status, strings)),
      priorityLabel(entry.priority, strings),
      entry.notes,
    ];
  };
  const width = columns.length;
  const pad = (cells: (string | number | undefined)[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  return toCsv([
    columns.map((name) => strings[name]),
    ...items.map((item) => pad(row(item.ambition, item.title, item.key))),
    ...keysNotInEdition(Object.keys(assessment.entries), items).map((key) =>
      pad(row(undefined, formatUiString(strings.assessmentNotInEditionItem, { key }), key)),
    ),
  ]);
}
