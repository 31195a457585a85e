import type { AssessmentUiStrings } from './assessment-ui-strings.js';
import type { FrameworkUiStrings } from './framework-ui-strings.js';
import type { ProgressUiStrings } from './progress-ui-strings.js';

/**
 * The interface text every element but `<peolc-framework>` and
 * `<peolc-self-assessment>` shows (theirs are in framework-ui-strings.ts and
 * assessment-ui-strings.ts, so a page without them does not load them):
 * with theirs, every piece of interface text that is not framework content
 * (`defaultUiStrings`, default-ui-strings.ts). A
 * `<peolc-provider>` can replace any of them (to translate, or to match a
 * partner's house style); `{name}` placeholders are filled in by
 * `formatUiString()`.
 */
export const elementUiStrings = {
  /** Accessible name of the ambition wheel. */
  wheelLabel: 'Six ambitions for palliative and end of life care',
  /** Shown in an ambition detail panel before anything is selected. */
  wheelPrompt: 'Choose an ambition on the wheel to read more about it.',
  /** Describes the wheel's radio group for assistive technology. */
  wheelKeyboardHint: 'Use the arrow keys to choose an ambition.',
  /** Announced (politely, once choices pause) when the reader chooses an ambition on a wheel without a panel. */
  ambitionChosen: 'Ambition {number} selected: {title}.',
  /** Announced when the reader chooses an ambition on a wheel with a panel. */
  ambitionChosenWithPanel: 'Ambition {number} selected: {title}. Its details follow the wheel.',
  /** Accessible name of the list of foundations under the wheel. */
  foundationsBandLabel: 'Eight foundations that underpin the ambitions',
  /** Heading above the "What we already know" points. */
  whatWeKnowHeading: 'What we already know',
  /** Heading above an ambition's building blocks. */
  buildingBlocksHeading: 'Building blocks',
  /** Heading above the foundations. */
  foundationsHeading: 'Foundations',
  /** Label of an ambition, e.g. "Ambition 3". */
  ambitionLabel: 'Ambition {number}',
  /** Label of a foundation, e.g. "Foundation 3". */
  foundationLabel: 'Foundation {number}',
  /** Button that opens a building block's full text. */
  readMore: 'Read more',
  /** Button that closes a building block's full text. */
  readLess: 'Show less',
  /** Button that opens a foundation's full text. */
  showDetails: 'Show details',
  /** Button that closes a foundation's full text. */
  hideDetails: 'Hide details',
  /** Marker on a highlighted foundation tile. */
  foundationHighlighted: 'Highlighted',
  /** Accessible name of the foundation grid's list. */
  foundationsListLabel: 'The eight foundations',
  /** Label of a building block's at-a-glance summary, for screen readers. */
  buildingBlockSummaryLabel: 'At a glance',
  /** Heading above all six ambitions' building blocks, per ambition, e.g. "Ambition 3: Maximising comfort and wellbeing". */
  buildingBlocksForAmbition: 'Ambition {number}: {title}',
  /** Label of the glossary search box. */
  glossarySearchLabel: 'Search the glossary',
  /** Announced when the glossary search matches some entries. */
  glossaryMatches: '{count} of {total} terms shown',
  /** Announced when the search box is empty. */
  glossaryAll: 'All {total} terms shown',
  /** Hint under the glossary search box. */
  glossarySearchHint: 'Matches terms and their definitions as you type.',
  /** Shown when the glossary search matches nothing. */
  glossaryNoMatches: 'No terms match “{query}”. Try a shorter word or check the spelling.',
  /** Marks glossary entries written for this library rather than quoted. */
  writtenForLibrary: 'Plain-English definition written for this site, not quoted from the framework',
  /** Marks glossary entries quoted from the framework, e.g. "Quoted from the framework, Appendix A". */
  quotedFromFramework: 'Quoted from the framework, {source}',
  /** Accessible name of a term's definition popover, e.g. "Definition of palliative care". */
  definitionOf: 'Definition of {term}',
  /** Closes a popover. */
  close: 'Close',
  /** Shown while the framework's full text is loading (a page with only the ambition wheel loads it when first needed). */
  ambitionLoading: 'Loading the rest of this ambition…',
  /** Shown when the framework's full text could not be loaded. */
  ambitionLoadFailed: 'The rest of this ambition could not be loaded. Please check your connection and reload the page.',
};

/** The strings of `elementUiStrings`: what elements other than the explorer read. */
export type ElementUiStrings = Record<keyof typeof elementUiStrings, string>;

/** A full table of interface strings. */
export type UiStrings = ElementUiStrings & FrameworkUiStrings & AssessmentUiStrings & ProgressUiStrings;

/** The names of the interface strings. */
export type UiStringKey = keyof UiStrings;

/** Fills `{name}` placeholders, e.g. `formatUiString('Ambition {number}', { number: 3 })`. */
export function formatUiString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}
