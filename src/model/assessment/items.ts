/**
 * What a self-assessment rates (issue 15): every building block of every
 * ambition, and with `include="foundations"` the eight foundations, each
 * under a stable key, `building-block:<id>` or `foundation:<id>`, so an
 * assessment made against one edition still reads against the next. Items
 * an assessment holds that an edition no longer has are kept and listed,
 * never dropped.
 * @module
 */
import type { Edition } from '../../content/types.js';

export type AssessmentItemKind = 'building-block' | 'foundation';

/** One thing a team rates, with the edition's words for it. */
export interface AssessmentItem {
  /** Stable key, stored in assessments: `building-block:honest-conversations`. */
  readonly key: string;
  readonly kind: AssessmentItemKind;
  /** The edition's id for it. */
  readonly id: string;
  /** Its title, verbatim. */
  readonly title: string;
  /** The short text shown with it: a building block's at-a-glance summary, a foundation's diagram label. */
  readonly summary: string;
  /** Its full text, one string per paragraph. */
  readonly body: readonly string[];
  /** The ambition a building block belongs to; undefined for a foundation. */
  readonly ambition?: { readonly number: number; readonly title: string };
}

/** The stable key of an item. */
export function itemKey(kind: AssessmentItemKind, id: string): string {
  return `${kind}:${id}`;
}

/** The items of an edition, in its order: each ambition's building blocks, then (when asked) the foundations. */
export function assessmentItems(edition: Edition, options: { includeFoundations?: boolean } = {}): AssessmentItem[] {
  const items: AssessmentItem[] = edition.ambitions.flatMap((ambition) =>
    ambition.buildingBlocks.map((block) => ({
      key: itemKey('building-block', block.id),
      kind: 'building-block' as const,
      id: block.id,
      title: block.title,
      summary: block.summary,
      body: block.body,
      ambition: { number: ambition.number, title: ambition.title },
    })),
  );
  if (options.includeFoundations) {
    for (const foundation of edition.foundations) {
      items.push({
        key: itemKey('foundation', foundation.id),
        kind: 'foundation',
        id: foundation.id,
        title: foundation.title,
        summary: foundation.label,
        body: foundation.body,
      });
    }
  }
  return items;
}

/** The keys an assessment holds that these items do not have (from another edition): in the order given, each once. */
export function keysNotInEdition(storedKeys: Iterable<string>, items: readonly AssessmentItem[]): string[] {
  const known = new Set(items.map((item) => item.key));
  return [...new Set(storedKeys)].filter((key) => !known.has(key));
}
