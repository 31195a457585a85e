/**
 * The example snippets written to `dist/fallback/` at build time, shown in
 * Storybook and measured by the tests: each element with the attributes
 * partners use most.
 * @module
 */
import type { FallbackAttributes, FallbackTag } from './render.js';

/** One example: an element with some attributes. */
export interface FallbackExample {
  /** File name in `dist/fallback/`, without `.html`, e.g. `peolc-ambition-wheel--panel`. */
  name: string;
  tag: Exclude<FallbackTag, 'peolc-provider'>;
  attributes: FallbackAttributes;
  /** What it shows, in a sentence. */
  description: string;
  /**
   * Why the element, once upgraded, is laid out unlike its fallback, so
   * upgrading it moves what follows: set only where what it shows depends
   * on what the reader has stored in the browser (the self-assessment).
   */
  changesOnUpgrade?: string;
}

export const fallbackExamples: readonly FallbackExample[] = [
  {
    name: 'peolc-ambition-wheel',
    tag: 'peolc-ambition-wheel',
    attributes: {},
    description: 'The six ambitions and the vision.',
  },
  {
    name: 'peolc-ambition-wheel--panel',
    tag: 'peolc-ambition-wheel',
    attributes: { selected: '3', panel: '', parts: 'what-we-know', 'heading-level': '3' },
    description: 'Ambition 3 selected, with its statement and what we already know.',
  },
  {
    name: 'peolc-ambition-wheel--links',
    tag: 'peolc-ambition-wheel',
    attributes: { 'href-template': '#ambition-{number}', 'show-foundations': '' },
    description: 'Ambitions as links, with the eight foundations beneath.',
  },
  {
    name: 'peolc-ambition',
    tag: 'peolc-ambition',
    attributes: { ambition: '3', parts: 'what-we-know building-blocks' },
    description: 'One ambition in full: statement, what we already know and its building blocks.',
  },
  {
    name: 'peolc-foundation-grid',
    tag: 'peolc-foundation-grid',
    attributes: {},
    description: 'The eight foundations, each with its full text behind “Show details”.',
  },
  {
    name: 'peolc-foundation-grid--expanded',
    tag: 'peolc-foundation-grid',
    attributes: { expanded: '', highlight: '6' },
    description: 'The eight foundations with their full text open, foundation 6 highlighted.',
  },
  {
    name: 'peolc-building-blocks',
    tag: 'peolc-building-blocks',
    attributes: { ambition: '3' },
    description: 'The building blocks of ambition 3 as cards.',
  },
  {
    name: 'peolc-building-blocks--all-full',
    tag: 'peolc-building-blocks',
    attributes: { mode: 'full' },
    description: 'Every ambition’s building blocks, grouped, with their full text.',
  },
  {
    name: 'peolc-building-block',
    tag: 'peolc-building-block',
    attributes: { block: 'honest-conversations' },
    description: 'One building block as a card.',
  },
  {
    name: 'peolc-glossary',
    tag: 'peolc-glossary',
    attributes: {},
    description: 'The whole glossary as a definition list.',
  },
  {
    name: 'peolc-glossary--terms',
    tag: 'peolc-glossary',
    attributes: { terms: 'end-of-life,palliative-care,advance-care-planning' },
    description: 'Three glossary entries.',
  },
  {
    name: 'peolc-framework',
    tag: 'peolc-framework',
    attributes: {},
    description: 'The whole framework, with its contents: every section, building blocks closed.',
  },
  {
    name: 'peolc-framework--ambition',
    tag: 'peolc-framework',
    attributes: { ambition: '3', expanded: '' },
    description: 'Ambition 3 alone, its building blocks open.',
  },
  {
    name: 'peolc-self-assessment',
    tag: 'peolc-self-assessment',
    attributes: {},
    description: 'The self-assessment needs script: without it, what it is and the building blocks it rates.',
    changesOnUpgrade: 'it shows the assessments stored in this browser, which no fallback can know',
  },
  {
    name: 'peolc-progress-wheel',
    tag: 'peolc-progress-wheel',
    attributes: {},
    description: 'The progress wheel with no assessment set: its heading and a message saying so.',
  },
  {
    name: 'peolc-term',
    tag: 'peolc-term',
    attributes: { term: 'advance-care-planning' },
    description: 'A term in running text: just its words.',
  },
];
