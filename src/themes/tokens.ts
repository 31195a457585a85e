/**
 * Every CSS custom property (`--peolc-*`) the elements read: one table, the
 * source of the theming documentation. The defaults here are the fallbacks
 * written in the elements' styles (a test checks every `var(--peolc-…)` in
 * them against this table), so nothing set means exactly these values.
 *
 * A per-element property that `follows` a shared one falls back to it first,
 * e.g. `var(--peolc-card-accent-color, var(--peolc-accent-color, #005eb8))`: set
 * the shared one to change every element, the per-element one to change one.
 *
 * This module has no dependencies, so build scripts can import it in Node.
 * @module
 */
import type { ElementTokenGroup } from '../registry.js';

/** Who reads a property: every element, or one element family (each element's `tokenGroup` in src/registry.ts). */
export type TokenGroup = 'shared' | ElementTokenGroup;

/** What kind of value a property takes. */
export type TokenKind = 'colour' | 'length' | 'number' | 'shadow';

export interface TokenInfo {
  /** The custom property, e.g. `--peolc-text-color`. */
  readonly name: `--peolc-${string}`;
  /** The value used when nothing sets it (and nothing it follows is set). */
  readonly default: string;
  /** A shared property this one falls back to before its default. */
  readonly follows?: `--peolc-${string}`;
  /** Other fallbacks some reads use on purpose (said in the description). */
  readonly alsoReadWith?: readonly string[];
  readonly kind: TokenKind;
  readonly group: TokenGroup;
  /** One line for the documentation table. */
  readonly description: string;
}

/** Headings of the groups, in documentation order. */
export const tokenGroups: Readonly<Record<TokenGroup, string>> = {
  shared: 'Shared by every element',
  'ambition-wheel': '<peolc-ambition-wheel>',
  'foundation-grid': '<peolc-foundation-grid>',
  'building-blocks': '<peolc-building-blocks> and <peolc-building-block>',
  glossary: '<peolc-glossary>',
  term: '<peolc-term>',
  framework: '<peolc-framework>',
  'self-assessment': '<peolc-self-assessment>',
  progress: '<peolc-progress-wheel>',
};

/** A segment colour's entry; generic so each name stays a literal type. */
function ambitionToken<N extends 1 | 2 | 3 | 4 | 5 | 6>(number: N, colour: string) {
  return {
    name: `--peolc-ambition-${number}-color`,
    default: colour,
    kind: 'colour',
    group: 'ambition-wheel',
    description: `Fill of segment ${number}; keep 4.5:1 with --peolc-on-segment-color and 3:1 with the background.`,
  } as const satisfies TokenInfo;
}

/** The table: shared properties first, then each element's, in documentation order. */
export const tokens = [
  // Shared
  {
    name: '--peolc-text-color',
    default: '#212b32',
    kind: 'colour',
    group: 'shared',
    description: 'Text of every element; keep 4.5:1 with the background and the surface.',
  },
  {
    name: '--peolc-background-color',
    default: '#ffffff',
    alsoReadWith: ['transparent'],
    kind: 'colour',
    group: 'shared',
    description:
      'Background behind each element (painted only when set: otherwise the page shows through), the wheel’s hub and the gaps between its segments.',
  },
  {
    name: '--peolc-surface-color',
    default: '#ffffff',
    kind: 'colour',
    group: 'shared',
    description: 'Background of foundation tiles, cards, the glossary’s search box and the term’s popover.',
  },
  {
    name: '--peolc-accent-color',
    default: '#005eb8',
    kind: 'colour',
    group: 'shared',
    description: 'Top edges of tiles and cards, the highlighted tile, and the cards’ “Read more” text; keep 4.5:1 with the surface.',
  },
  {
    name: '--peolc-on-accent-color',
    default: '#ffffff',
    kind: 'colour',
    group: 'shared',
    description: 'Text on the accent colour (the “Highlighted” marker); keep 4.5:1 with the accent.',
  },
  {
    name: '--peolc-border-color',
    default: '#4c6272',
    kind: 'colour',
    group: 'shared',
    description: 'Borders that mark where a tile ends; keep 3:1 with the background and the surface.',
  },
  {
    name: '--peolc-border-width',
    default: '1px',
    kind: 'length',
    group: 'shared',
    description: 'Width of the tiles’ borders and of the wheel’s foundation boxes.',
  },
  {
    name: '--peolc-divider-color',
    default: '#d8dde0',
    kind: 'colour',
    group: 'shared',
    description: 'Light decorative rules: the cards’ edges and the rule beside a card’s opened text (the accent edge and heading mark a card).',
  },
  {
    name: '--peolc-focus-color',
    default: '#ffeb3b',
    kind: 'colour',
    group: 'shared',
    description: 'Focus indicator: the inner band.',
  },
  {
    name: '--peolc-focus-edge-color',
    default: '#212b32',
    kind: 'colour',
    group: 'shared',
    description: 'Focus indicator: the outer edge; keep 3:1 with the focus colour, so one of the two shows on any background.',
  },
  {
    name: '--peolc-focus-width',
    default: '3px',
    kind: 'length',
    group: 'shared',
    description: 'Width of the focus indicator’s inner band; the outer edge is as wide again.',
  },
  {
    name: '--peolc-radius',
    default: '0.25em',
    kind: 'length',
    group: 'shared',
    description: 'Corner radius of tiles, buttons, markers, the wheel’s listed titles and the term’s popover.',
  },

  // <peolc-ambition-wheel>
  ambitionToken(1, '#005eb8'),
  ambitionToken(2, '#007f3b'),
  ambitionToken(3, '#8a1538'),
  ambitionToken(4, '#330072'),
  ambitionToken(5, '#7c2855'),
  ambitionToken(6, '#ae2573'),
  {
    name: '--peolc-on-segment-color',
    default: '#ffffff',
    kind: 'colour',
    group: 'ambition-wheel',
    description: 'Numbers and titles on the segments, and the band just inside the selected segment’s outline; keep 4.5:1 with every segment colour.',
  },
  {
    name: '--peolc-selected-edge-color',
    default: '#212b32',
    follows: '--peolc-text-color',
    kind: 'colour',
    group: 'ambition-wheel',
    description:
      'Outline of the selected segment (outside it: inside, a band in --peolc-on-segment-color marks it against its fill), the mark beside the selected title in the list and the panel’s edge; keep 3:1 with the background.',
  },
  {
    name: '--peolc-segment-gap-width',
    default: '1.5',
    kind: 'number',
    group: 'ambition-wheel',
    description: 'Width of the gaps between segments, in the drawing’s units (the ring is 196 across).',
  },
  {
    name: '--peolc-selected-edge-width',
    default: '3',
    kind: 'number',
    group: 'ambition-wheel',
    description:
      'Width of the selected segment’s outline, in the drawing’s units (the outer half shows, around the segment); keep it wider than the gaps.',
  },

  // <peolc-foundation-grid>
  {
    name: '--peolc-foundation-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'foundation-grid',
    description: 'Tile background.',
  },
  {
    name: '--peolc-foundation-border-color',
    default: '#4c6272',
    follows: '--peolc-border-color',
    kind: 'colour',
    group: 'foundation-grid',
    description: 'Tile border.',
  },
  {
    name: '--peolc-foundation-accent-color',
    default: '#005eb8',
    follows: '--peolc-accent-color',
    kind: 'colour',
    group: 'foundation-grid',
    description: 'The tiles’ top edge, the highlighted tile’s border and the marker’s background.',
  },
  {
    name: '--peolc-foundation-on-accent-color',
    default: '#ffffff',
    follows: '--peolc-on-accent-color',
    kind: 'colour',
    group: 'foundation-grid',
    description: 'The marker’s text.',
  },

  // <peolc-building-blocks> and <peolc-building-block>
  {
    name: '--peolc-card-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'building-blocks',
    description: 'Card background.',
  },
  {
    name: '--peolc-card-border-color',
    default: '#d8dde0',
    follows: '--peolc-divider-color',
    kind: 'colour',
    group: 'building-blocks',
    description: 'Card border and the rule beside the opened text.',
  },
  {
    name: '--peolc-card-accent-color',
    default: '#005eb8',
    follows: '--peolc-accent-color',
    kind: 'colour',
    group: 'building-blocks',
    description: 'The card’s top edge and the “Read more” button’s text.',
  },

  // <peolc-glossary>
  {
    name: '--peolc-glossary-border-color',
    default: 'currentColor',
    kind: 'colour',
    group: 'glossary',
    description: 'Borders of the search box and of the “nothing matches” message.',
  },
  {
    name: '--peolc-glossary-divider-color',
    default: 'currentColor',
    kind: 'colour',
    group: 'glossary',
    description: 'Line between entries.',
  },
  {
    name: '--peolc-glossary-gap',
    default: '1.25em',
    kind: 'length',
    group: 'glossary',
    description: 'Space between entries.',
  },
  {
    name: '--peolc-glossary-term-color',
    default: 'inherit',
    kind: 'colour',
    group: 'glossary',
    description: 'Colour of the terms (default the text colour).',
  },
  {
    name: '--peolc-glossary-term-font-size',
    default: '1.1875em',
    kind: 'length',
    group: 'glossary',
    description: 'Size of the terms.',
  },
  {
    name: '--peolc-glossary-note-color',
    default: 'inherit',
    kind: 'colour',
    group: 'glossary',
    description: 'Colour of the note under each definition (default the text colour).',
  },
  {
    name: '--peolc-glossary-search-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'glossary',
    description: 'Background of the search box.',
  },
  {
    name: '--peolc-glossary-search-max-width',
    default: '30em',
    kind: 'length',
    group: 'glossary',
    description: 'Widest the search box grows.',
  },
  {
    name: '--peolc-glossary-scroll-margin',
    default: '1em',
    kind: 'length',
    group: 'glossary',
    description: 'Space kept above a term a deep link scrolls to, e.g. the height of a sticky header.',
  },

  // <peolc-framework>
  {
    name: '--peolc-framework-accent-color',
    default: '#005eb8',
    follows: '--peolc-accent-color',
    kind: 'colour',
    group: 'framework',
    description: 'Links, the current contents entry and the rule beside each section’s heading.',
  },
  {
    name: '--peolc-framework-border-color',
    default: '#d8dde0',
    follows: '--peolc-divider-color',
    kind: 'colour',
    group: 'framework',
    description: 'Lines between sections and around the tools.',
  },
  {
    name: '--peolc-framework-control-border-color',
    default: '#4c6272',
    follows: '--peolc-border-color',
    kind: 'colour',
    group: 'framework',
    description: 'Borders of the search box and the buttons (keep 3:1 with the background).',
  },
  {
    name: '--peolc-framework-search-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'framework',
    description: 'Background of the search box and the buttons.',
  },
  {
    name: '--peolc-framework-mark-color',
    default: '#ffeb3b',
    kind: 'colour',
    group: 'framework',
    description: 'Background of the words a search marks (they are underlined too).',
  },
  {
    name: '--peolc-framework-mark-text-color',
    default: '#212b32',
    kind: 'colour',
    group: 'framework',
    description: 'Text of the words a search marks.',
  },
  {
    name: '--peolc-framework-sticky-top',
    default: '0px',
    kind: 'length',
    group: 'framework',
    description: 'Space kept above the sticky contents and above a section a link goes to, e.g. a sticky header’s height.',
  },
  {
    name: '--peolc-framework-contents-width',
    default: '17em',
    kind: 'length',
    group: 'framework',
    description: 'Width of the contents column in containers 60em wide or more.',
  },

  // <peolc-term>
  {
    name: '--peolc-term-underline-color',
    default: 'currentColor',
    kind: 'colour',
    group: 'term',
    description: 'Colour of the dotted underline.',
  },
  {
    name: '--peolc-term-popover-width',
    default: '24em',
    kind: 'length',
    group: 'term',
    description: 'Width of the popover where the viewport allows.',
  },
  {
    name: '--peolc-term-popover-color',
    default: '#212b32',
    follows: '--peolc-text-color',
    kind: 'colour',
    group: 'term',
    description: 'Text of the popover.',
  },
  {
    name: '--peolc-term-popover-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'term',
    description: 'Background of the popover.',
  },
  {
    name: '--peolc-term-popover-border-color',
    default: '#212b32',
    follows: '--peolc-text-color',
    kind: 'colour',
    group: 'term',
    description: 'Border of the popover.',
  },
  {
    name: '--peolc-term-popover-radius',
    default: '0.25em',
    follows: '--peolc-radius',
    kind: 'length',
    group: 'term',
    description: 'Corner radius of the popover.',
  },
  {
    name: '--peolc-term-popover-shadow',
    default: '0 0.25em 0.75em rgb(0 0 0 / 0.25)',
    kind: 'shadow',
    group: 'term',
    description: 'Shadow of the popover.',
  },
  {
    name: '--peolc-term-close-color',
    default: 'inherit',
    kind: 'colour',
    group: 'term',
    description: 'Text and border of the Close button (default the popover’s text colour).',
  },
  {
    name: '--peolc-term-close-background-color',
    default: 'transparent',
    kind: 'colour',
    group: 'term',
    description: 'Background of the Close button.',
  },

  // <peolc-self-assessment>
  {
    name: '--peolc-self-assessment-accent-color',
    default: '#005eb8',
    follows: '--peolc-accent-color',
    kind: 'colour',
    group: 'self-assessment',
    description:
      'The part shown in the list of parts, links, the radio buttons, the main buttons and the top edge of each card; keep 4.5:1 with the surface.',
  },
  {
    name: '--peolc-self-assessment-border-color',
    default: '#4c6272',
    follows: '--peolc-border-color',
    kind: 'colour',
    group: 'self-assessment',
    description: 'Borders of fields, buttons and notices; keep 3:1 with the surface.',
  },
  {
    name: '--peolc-self-assessment-divider-color',
    default: '#d8dde0',
    follows: '--peolc-divider-color',
    kind: 'colour',
    group: 'self-assessment',
    description: 'Edges of cards, lines of the report’s tables and the rule beside the list of parts.',
  },
  {
    name: '--peolc-self-assessment-field-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'self-assessment',
    description: 'Background of fields, buttons, cards and notices.',
  },
  {
    name: '--peolc-self-assessment-error-color',
    default: '#d5281b',
    kind: 'colour',
    group: 'self-assessment',
    description: 'The edge beside a field with an error, a problem and a question (the words say what is wrong: the colour only repeats it).',
  },

  // <peolc-progress-wheel> (and the progress picture wherever it is shown)
  {
    name: '--peolc-progress-ink-color',
    default: '#212b32',
    follows: '--peolc-text-color',
    kind: 'colour',
    group: 'progress',
    description: 'The patterns of the levels, the edges of the bands and segments, and the numbers on the wheel; keep 4.5:1 with the paper.',
  },
  {
    name: '--peolc-progress-background-color',
    default: '#ffffff',
    follows: '--peolc-surface-color',
    kind: 'colour',
    group: 'progress',
    description: 'The paper the patterns are drawn on, and the band of items not rated.',
  },
  {
    name: '--peolc-progress-divider-color',
    default: '#d8dde0',
    follows: '--peolc-divider-color',
    kind: 'colour',
    group: 'progress',
    description: 'Lines of the table of numbers.',
  },
] as const satisfies readonly TokenInfo[];

/** The name of any property in the table. */
export type TokenName = (typeof tokens)[number]['name'];

const byName = new Map<string, TokenInfo>(tokens.map((token) => [token.name, token]));

/** The table entry of a property, or undefined for a name not in the table. */
export function findToken(name: string): TokenInfo | undefined {
  return byName.get(name);
}

/**
 * What a property resolves to when nothing is set, written as the styles
 * write it: `var(--peolc-accent-color, #005eb8)` for one that follows a
 * shared property, else the default itself.
 */
export function tokenFallback(token: TokenInfo): string {
  return token.follows ? `var(${token.follows}, ${token.default})` : token.default;
}
