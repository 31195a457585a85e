/**
 * Every `peolc-*` event and its detail, in one map: the base class's
 * `emit()` is typed by it, and it adds the events to `HTMLElementEventMap`,
 * `DocumentEventMap` and `WindowEventMap` (they bubble and are composed, so
 * a listener on the document hears them too).
 * @module
 */
import type { ContentProblem } from '../../content/problems.js';
import type { Edition } from '../../content/types.js';
import type { Assessment } from '../../model/assessment/assessment.js';

/** Detail of `peolc-ambition-select`. */
export interface AmbitionSelectDetail {
  /** The ambition's number, 1–6. */
  number: number;
  /** The ambition's id, e.g. "maximising-comfort-and-wellbeing". */
  id: string;
  /** The ambition's title. */
  title: string;
}

/** Detail of `peolc-foundation-toggle`. */
export interface FoundationToggleDetail {
  /** The foundation's id, e.g. "shared-records". */
  id: string;
  /** The foundation's number, 1–8. */
  number: number;
  /** Whether its full text is now open. */
  expanded: boolean;
}

/** Detail of `peolc-building-block-toggle`. */
export interface BuildingBlockToggleDetail {
  /** The building block's id, e.g. "honest-conversations". */
  id: string;
  /** Number (1–6) of the ambition the building block belongs to. */
  ambition: number;
  /** Whether the full text is now shown. */
  expanded: boolean;
}

/** Detail of `peolc-glossary-search`. */
export interface GlossarySearchDetail {
  /** What the reader typed. */
  query: string;
  /** How many entries match it. */
  count: number;
}

/** Detail of `peolc-term-toggle`. */
export interface TermToggleDetail {
  /** The glossary entry's id, e.g. "palliative-care". */
  id: string;
  /** Whether the definition is now open. */
  open: boolean;
}

/** Detail of `peolc-framework-search`. */
export interface FrameworkSearchDetail {
  /** The search text as typed. */
  query: string;
  /** How many passages match. */
  results: number;
  /** In how many sections. */
  sections: number;
}

/** What a reader did to a self-assessment. */
export type AssessmentChange =
  'create' | 'duplicate' | 'import' | 'delete' | 'restore' | 'about' | 'scale' | 'rating' | 'evidence' | 'actions' | 'priority' | 'notes';

/** Detail of `peolc-assessment-change`. */
export interface AssessmentChangeDetail {
  /** The whole assessment after the change (for `delete`, the one deleted): a copy, plain data, ready for `JSON.stringify`. */
  assessment: Assessment;
  /** What changed. */
  change: AssessmentChange;
  /** The key of the item changed, e.g. "building-block:honest-conversations", for an item's fields. */
  item?: string;
  /** Whether the change is kept in this browser (false with `storage="none"`, or when storage is unavailable or full). */
  saved: boolean;
}

/** Detail of `peolc-content-load`. */
export interface ContentLoadDetail {
  /** The `src` that loaded, or `""` for an `edition` property. */
  url: string;
  edition: Edition;
}

/** Detail of `peolc-content-error`. */
export interface ContentErrorDetail {
  /** The `src` that failed, or `""` when an `edition` property was refused. */
  url: string;
  problems: ContentProblem[];
}

/** Each event's name and its detail. */
export interface PeolcEventDetails {
  'peolc-ambition-select': AmbitionSelectDetail;
  'peolc-foundation-toggle': FoundationToggleDetail;
  'peolc-building-block-toggle': BuildingBlockToggleDetail;
  'peolc-glossary-search': GlossarySearchDetail;
  'peolc-term-toggle': TermToggleDetail;
  'peolc-framework-search': FrameworkSearchDetail;
  'peolc-assessment-change': AssessmentChangeDetail;
  'peolc-content-load': ContentLoadDetail;
  'peolc-content-error': ContentErrorDetail;
}

/** Each event's name and its event type. */
export type PeolcEventMap = { [Name in keyof PeolcEventDetails]: CustomEvent<PeolcEventDetails[Name]> };

// Declaration merging: each interface adds the peolc-* events to the DOM's own map.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends PeolcEventMap {}
  interface DocumentEventMap extends PeolcEventMap {}
  interface WindowEventMap extends PeolcEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
