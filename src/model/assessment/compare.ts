/**
 * How an assessment compares with an earlier one (issue 16's history,
 * typically this year's against last year's): for each item, its rating
 * then and now and whether it improved, stayed the same or declined; for
 * each ambition (and the foundations), how many of each; and the same as
 * CSV for Excel.
 *
 * Ratings are ordered by their place on the scale (lowest first), so two
 * assessments can be compared when they use the same levels (the same ids
 * in the same order, whatever their labels say); otherwise `comparable` is
 * false and each item only says whether its rating is the same.
 * @module
 */
import { assessmentUiStrings, type AssessmentUiStrings } from '../../context/assessment-ui-strings.js';
import { formatUiString } from '../../context/ui-strings.js';
import type { Assessment } from './assessment.js';
import { toCsv } from './csv.js';
import type { AssessmentItem } from './items.js';
import { ratingWords } from './labels.js';

/**
 * What happened to an item's rating: up or down the scale, the same, or
 * `changed` when it moved to or from "Not applicable" or "not rated",
 * which are not on the scale.
 */
export type RatingChange = 'improved' | 'unchanged' | 'declined' | 'changed';

/** One item, then and now. */
export interface ItemComparison {
  readonly item: AssessmentItem;
  /** The stored ratings: a level id, `not-applicable`, or `''` for not rated. */
  readonly before: string;
  readonly after: string;
  readonly change: RatingChange;
}

/** How many items of a group improved, stayed the same, declined or changed otherwise. */
export interface ChangeCounts {
  /** The ambition's number, or undefined for the foundations. */
  readonly ambition?: number;
  readonly title: string;
  readonly counts: Readonly<Record<RatingChange, number>>;
}

export interface Comparison {
  /** Whether both use the same levels, so a rating can be higher or lower. */
  readonly comparable: boolean;
  readonly items: readonly ItemComparison[];
  readonly groups: readonly ChangeCounts[];
}

/** The order of the changes, for tables and the CSV. */
export const ratingChanges: readonly RatingChange[] = ['improved', 'unchanged', 'declined', 'changed'];

/** Whether two assessments rate on the same levels, in the same order. */
export function sameLevels(a: Assessment, b: Assessment): boolean {
  const ids = (assessment: Assessment) => assessment.scale.levels.map((level) => level.id).join('\n');
  return ids(a) === ids(b);
}

/** Compares `current` with `previous`, item by item in the order of `items` (the current assessment's). */
export function compareAssessments(current: Assessment, previous: Assessment, items: readonly AssessmentItem[]): Comparison {
  const comparable = sameLevels(current, previous);
  const place = (rating: string) => current.scale.levels.findIndex((level) => level.id === rating);
  const compared = items.map((item): ItemComparison => {
    const before = previous.entries[item.key]?.rating ?? '';
    const after = current.entries[item.key]?.rating ?? '';
    let change: RatingChange = before === after ? 'unchanged' : 'changed';
    const [from, to] = [place(before), place(after)];
    if (comparable && before !== after && from !== -1 && to !== -1) change = to > from ? 'improved' : 'declined';
    return { item, before, after, change };
  });
  const groups = new Map<string, { ambition?: number; title: string; counts: Record<RatingChange, number> }>();
  for (const entry of compared) {
    const id = entry.item.ambition ? `ambition-${entry.item.ambition.number}` : 'foundations';
    let group = groups.get(id);
    if (!group) {
      group = {
        ambition: entry.item.ambition?.number,
        title: entry.item.ambition?.title ?? '',
        counts: { improved: 0, unchanged: 0, declined: 0, changed: 0 },
      };
      groups.set(id, group);
    }
    group.counts[entry.change]++;
  }
  return { comparable, items: compared, groups: [...groups.values()] };
}

const changeNames = {
  improved: 'assessmentChangeImproved',
  unchanged: 'assessmentChangeUnchanged',
  declined: 'assessmentChangeDeclined',
  changed: 'assessmentChangeChanged',
} as const satisfies Record<RatingChange, keyof AssessmentUiStrings>;

/** A change in words: "Improved", "Unchanged", "Declined", "Changed". */
export function changeLabel(change: RatingChange, strings: AssessmentUiStrings): string {
  return strings[changeNames[change]];
}

/** The comparison as a CSV file's text: one row per item, its ratings then and now in words, and the change. */
export function comparisonCsv(
  current: Assessment,
  previous: Assessment,
  comparison: Comparison,
  strings: AssessmentUiStrings = assessmentUiStrings,
): string {
  const [before, after] = [previous, current].map((assessment) =>
    formatUiString(strings.assessmentCompareRatingOf, { title: assessment.title.trim() || assessment.created.slice(0, 10) }),
  );
  return toCsv([
    [strings.assessmentCsvAmbition, strings.assessmentCsvAmbitionTitle, strings.assessmentCsvItem, before, after, strings.assessmentCompareChange],
    ...comparison.items.map(({ item, before: from, after: to, change }) => [
      item.ambition?.number,
      item.ambition?.title ?? strings.assessmentFoundationsSection,
      item.title,
      ratingWords(previous.scale, from, strings),
      ratingWords(current.scale, to, strings),
      changeLabel(change, strings),
    ]),
  ]);
}
