/**
 * Every action of an assessment in one list (issue 15's board paper, and
 * issue 16's action plan): each with its item, sorted by due date (undated
 * last), and whether it is overdue on a given day, said in words by the
 * element, never by colour alone.
 * @module
 */
import { assessmentUiStrings, type AssessmentUiStrings } from '../../context/assessment-ui-strings.js';
import type { Assessment, AssessmentAction } from './assessment.js';
import { toCsv } from './csv.js';
import { actionStatusLabel } from './labels.js';
import type { AssessmentItem } from './items.js';

/** One action, with the item it belongs to. */
export interface PlannedAction {
  readonly action: AssessmentAction;
  /** The item's key, and its title (or the key, for an item this edition does not have). */
  readonly itemKey: string;
  readonly itemTitle: string;
  /** The ambition of a building block's action. */
  readonly ambition?: AssessmentItem['ambition'];
  /** Due before `today` and not done. */
  readonly overdue: boolean;
}

const isFoundation = (key: string) => key.startsWith('foundation:');

/** A day as `YYYY-MM-DD`, in the reader's own time zone. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The assessment's actions by due date (then by item order), undated last. */
export function actionPlan(assessment: Assessment, items: readonly AssessmentItem[], today: string = localDay(new Date())): PlannedAction[] {
  const order = new Map(items.map((item, index) => [item.key, index]));
  const byKey = new Map(items.map((item) => [item.key, item]));
  const planned = Object.entries(assessment.entries).flatMap(([key, entry]) =>
    entry.actions.map((action): PlannedAction => {
      const item = byKey.get(key);
      return {
        action,
        itemKey: key,
        itemTitle: item?.title ?? key,
        ambition: item?.ambition,
        overdue: action.due !== '' && action.due < today && action.status !== 'done',
      };
    }),
  );
  const rank = (entry: PlannedAction) => order.get(entry.itemKey) ?? Number.MAX_SAFE_INTEGER;
  return planned.sort((a, b) => {
    if (a.action.due !== b.action.due) {
      if (a.action.due === '') return 1;
      if (b.action.due === '') return -1;
      return a.action.due < b.action.due ? -1 : 1;
    }
    return rank(a) - rank(b);
  });
}

/** What the action plan's view is narrowed to; each field unset means every action. */
export interface ActionFilter {
  /** Actions led by exactly this lead (`''` for actions with no lead). */
  lead?: string;
  status?: AssessmentAction['status'];
  /** An ambition's number, or `foundations`. */
  ambition?: number | 'foundations';
  /** Overdue; due in the next three months (and not overdue); or with no date. */
  due?: 'overdue' | 'soon' | 'none';
}

/** How far ahead "due soon" looks, in days. */
export const soonDays = 91;

/** A `YYYY-MM-DD` day plus some days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year!, month! - 1, date! + days));
  return next.toISOString().slice(0, 10);
}

/** The actions that pass every field of `filter`. */
export function filterActions(plan: readonly PlannedAction[], filter: ActionFilter, today: string = localDay(new Date())): PlannedAction[] {
  const horizon = addDays(today, soonDays);
  return plan.filter(({ action, ambition, itemKey, overdue }) => {
    if (filter.lead !== undefined && action.lead.trim() !== filter.lead) return false;
    if (filter.status !== undefined && action.status !== filter.status) return false;
    if (filter.ambition !== undefined && (filter.ambition === 'foundations' ? !isFoundation(itemKey) : ambition?.number !== filter.ambition))
      return false;
    if (filter.due === 'overdue' && !overdue) return false;
    if (filter.due === 'soon' && (overdue || action.due === '' || action.due > horizon || action.status === 'done')) return false;
    if (filter.due === 'none' && action.due !== '') return false;
    return true;
  });
}

/** What the action plan can be sorted by. */
export type ActionSortKey = 'due' | 'what' | 'lead' | 'status' | 'item';

const statusOrder: Record<AssessmentAction['status'], number> = { 'not-started': 0, 'in-progress': 1, done: 2 };

/**
 * The actions sorted by one column, ascending or descending, ties kept in
 * the plan's own order (by due date, then item). Text sorts by the
 * reader's language ignoring case; undated and unled actions go last
 * either way, so the list never starts with blanks.
 */
export function sortActions(
  plan: readonly PlannedAction[],
  key: ActionSortKey,
  direction: 'ascending' | 'descending',
  collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }),
): PlannedAction[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (entry: PlannedAction): string | number => {
    switch (key) {
      case 'due':
        return entry.action.due;
      case 'what':
        return entry.action.what.trim();
      case 'lead':
        return entry.action.lead.trim();
      case 'status':
        return statusOrder[entry.action.status];
      case 'item':
        return entry.ambition ? entry.ambition.number : Number.MAX_SAFE_INTEGER;
    }
  };
  return plan
    .map((entry, index) => ({ entry, index, value: value(entry) }))
    .sort((a, b) => {
      const blankA = a.value === '';
      const blankB = b.value === '';
      if (blankA !== blankB) return blankA ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ entry }) => entry);
}

/** The action plan (as shown: filtered and sorted) as a CSV file's text, one row per action. */
export function actionPlanCsv(plan: readonly PlannedAction[], strings: AssessmentUiStrings = assessmentUiStrings): string {
  return toCsv([
    [
      strings.assessmentActionDue,
      strings.assessmentActionWhat,
      strings.assessmentActionLead,
      strings.assessmentActionStatus,
      strings.assessmentOverdue,
      strings.assessmentCsvAmbition,
      strings.assessmentCsvItem,
    ],
    ...plan.map(({ action, ambition, itemKey, itemTitle, overdue }) => [
      action.due,
      action.what,
      action.lead,
      actionStatusLabel(action.status, strings),
      overdue ? strings.assessmentOverdue : '',
      ambition?.number ?? (isFoundation(itemKey) ? strings.assessmentFoundationsSection : ''),
      itemTitle,
    ]),
  ]);
}
