/**
 * An assessment as CSV for Excel (issue 15's export): one row per item, in
 * the edition's order, with the ambition, the item's title verbatim, the
 * rating's label, the evidence, each action's what, lead, due date and
 * status (one line each in their cells), the priority and the notes; then
 * a row for each item the assessment holds that this edition does not have.
 * @module
 */
import type { ActionStatus, Assessment, Priority } from './assessment.js';
import { toCsv } from './csv.js';
import { keysNotInEdition, type AssessmentItem } from './items.js';
import { notApplicable } from './scales.js';

/** The column headings, in order. */
export const assessmentCsvColumns = [
  'Ambition',
  'Ambition title',
  'Item',
  'Rating',
  'Evidence',
  'Actions',
  'Leads',
  'Due dates',
  'Action status',
  'Priority',
  'Notes',
] as const;

const statusLabels: Record<ActionStatus, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' };
const priorityLabels: Record<Priority, string> = { '': '', high: 'High', medium: 'Medium', low: 'Low' };

/** The assessment as the text of a CSV file (with the byte-order mark Excel needs). */
export function assessmentCsv(assessment: Assessment, items: readonly AssessmentItem[]): string {
  const levels = new Map(assessment.scale.levels.map((level) => [level.id, level.label]));
  const ratingLabel = (rating: string) => (rating === notApplicable ? 'Not applicable' : (levels.get(rating) ?? rating));
  const row = (ambition: AssessmentItem['ambition'], title: string, key: string) => {
    const entry = assessment.entries[key];
    if (!entry) return [ambition?.number, ambition?.title, title];
    const each = (pick: (action: Assessment['entries'][string]['actions'][number]) => string) => entry.actions.map(pick).join('\n');
    return [
      ambition?.number,
      ambition?.title,
      title,
      ratingLabel(entry.rating),
      entry.evidence,
      each((action) => action.what),
      each((action) => action.lead),
      each((action) => action.due),
      each((action) => statusLabels[action.status]),
      priorityLabels[entry.priority],
      entry.notes,
    ];
  };
  const width = assessmentCsvColumns.length;
  const pad = (cells: (string | number | undefined)[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  return toCsv([
    [...assessmentCsvColumns],
    ...items.map((item) => pad(row(item.ambition, item.title, item.key))),
    ...keysNotInEdition(Object.keys(assessment.entries), items).map((key) => pad(row(undefined, `${key} (not in this edition)`, key))),
  ]);
}
