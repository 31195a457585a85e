/**
 * Every action of an assessment in one list (issue 15's board paper, and
 * issue 16's action plan): each with its item, sorted by due date (undated
 * last), and whether it is overdue on a given day, said in words by the
 * element, never by colour alone.
 * @module
 */
import type { Assessment, AssessmentAction } from './assessment.js';
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
