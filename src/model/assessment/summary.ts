/**
 * How an assessment stands, per ambition (issue 15's board summary, and the
 * numbers issue 16's progress picture shows): for each ambition, and for the
 * foundations, how many items have each level of the scale, how many are
 * not applicable and how many are not yet rated.
 * @module
 */
import type { Assessment } from './assessment.js';
import type { AssessmentItem } from './items.js';
import { notApplicable } from './scales.js';

/** The spread of ratings of a group of items. */
export interface RatingSpread {
  /** The ambition's number, or undefined for the foundations. */
  readonly ambition?: number;
  readonly title: string;
  /** Items in the group. */
  readonly total: number;
  /** By level id, in the scale's order: how many items have it. */
  readonly levels: readonly { readonly id: string; readonly label: string; readonly count: number }[];
  readonly notApplicable: number;
  readonly notRated: number;
}

/** Each ambition's spread, in order, then the foundations' when they are rated. */
export function ratingSpreads(assessment: Assessment, items: readonly AssessmentItem[], foundationsTitle = 'Foundations'): RatingSpread[] {
  const groups = new Map<string, { ambition?: number; title: string; items: AssessmentItem[] }>();
  for (const item of items) {
    const id = item.ambition ? `ambition-${item.ambition.number}` : 'foundations';
    const group = groups.get(id) ?? { ambition: item.ambition?.number, title: item.ambition?.title ?? foundationsTitle, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.values()].map((group) => {
    const ratings = group.items.map((item) => assessment.entries[item.key]?.rating ?? '');
    return {
      ambition: group.ambition,
      title: group.title,
      total: group.items.length,
      levels: assessment.scale.levels.map((level) => ({
        id: level.id,
        label: level.label,
        count: ratings.filter((rating) => rating === level.id).length,
      })),
      notApplicable: ratings.filter((rating) => rating === notApplicable).length,
      notRated: ratings.filter(
        (rating) => rating === '' || (rating !== notApplicable && !assessment.scale.levels.some((level) => level.id === rating)),
      ).length,
    };
  });
}
