/**
 * The few rules of `dist/peolc-elements.css` that are not the elements' own
 * (those are rewritten from their styles by stylesheet.ts): what only
 * matters before an element upgrades, or without script.
 *
 * Sizes are in em, so they follow the page's font size.
 * @module
 */
import { elements, type PeolcTag } from '../registry.js';
import { documentClass } from '../elements/framework/framework-document.js';
import { fallbackRootClass } from './serialise.js';

/** A selector for these tags while undefined. */
export function undefinedTags(tags: readonly PeolcTag[]): string {
  return tags.length === 1 ? `${tags[0]}:not(:defined)` : `:is(${tags.join(', ')}):not(:defined)`;
}

const one = (tag: PeolcTag) => undefinedTags([tag]);
/** Every element with a box of its own, that is every one whose fallback is wrapped. */
const blocks = undefinedTags(elements.filter((element) => element.display === 'block').map((element) => element.tag));
const fallback = `${blocks} > .${fallbackRootClass}`;

const W = one('peolc-ambition-wheel');
const A = one('peolc-ambition');
const G = one('peolc-foundation-grid');
const B = one('peolc-building-blocks');
const C = one('peolc-building-block');
const L = one('peolc-glossary');

const base = `/* ---- Before the elements' own rules ---- */

/* The fallback stands for the shadow root: it makes no box, and it and all
   within start from the browser's own styles, as a shadow tree does, so the
   page's rules for p, li or h2 cannot make it taller or shorter than the
   element. (Not inside SVG, whose geometry is presentation attributes that
   "revert" would drop; nor in the explorer's document, which is light DOM
   once upgraded too, and so takes the page's styles either way.) Weight
   (0,2,1): the elements' own rules, rewritten below, all weigh at least as
   much and come later. */
${fallback},
${fallback} :where(:not(svg *, .${documentClass}, .${documentClass} *)) {
  all: revert;
}
${fallback} {
  display: contents;
}`;

/**
 * A height that steps down as the host gets wider: `base`, or the height of
 * the narrowest step the host is narrower than. Written with `clamp()` on the
 * host's width (a padding percentage), since the host cannot be a size
 * container: Firefox then kept the host's old size for the upgraded element's
 * own container queries. Steps are `[width, height]`, heights falling as
 * widths rise.
 */
function stepped(height: string, steps: readonly (readonly [string, string])[]): string {
  if (steps.length === 0) return height;
  return `max(${[height, ...steps.map(([width, at]) => `clamp(0em, (${width} - 100%) * 1000, ${at})`)].join(', ')})`;
}

const own = `:not(:has(> .${fallbackRootClass}))`;
const reserve = (host: string, height: string) => `${host}${own}::before {\n  padding-block-start: ${height};\n}`;
const square = 'min(100%, 40em)';

const after = `/* ---- Only without script ---- */

/* A term is the page's own words in running text. Once defined they sit in a
   button, which lays out as one inline block that cannot break across lines;
   so they do here, or a term at the end of a line would jump to the next
   when the element upgrades. */
:where(${one('peolc-term')}) {
  display: inline-block;
}

/* Disclosures are native <details>: no marker (the element draws its own),
   and of the two labels, the one for the state. */
${fallback} summary {
  list-style: none;
}
${fallback} summary::-webkit-details-marker {
  display: none;
}
${fallback} details[open] > summary > .when-open,
${fallback} details:not([open]) > summary > .when-closed {
  display: inline;
}
${fallback} details[open] > summary > .when-closed,
${fallback} details:not([open]) > summary > .when-open {
  display: none;
}
/* The <details> makes no box, so its summary and text sit as the element's
   button and text do; closed, its text makes none either, as the element's
   hidden text makes none. */
${fallback} details.disclosure {
  display: contents;
}
${fallback} details.disclosure:not([open])::details-content {
  display: none;
}

/* What only works with script (a search box, "Choose an ambition on the
   wheel") is inert: it keeps its room, unseen and never read out. */
${fallback} [inert] {
  visibility: hidden;
}
@media print {
  ${fallback} [inert] {
    display: none;
  }
}

/* ---- Empty, or the partner's own fallback inside ----

   Roughly the element's final height, for when it holds no fallback from
   render.ts: empty, or the partner's own content (which then counts as a
   minimum, and stays visible). Figures are the elements' heights with the
   built-in edition and a 16px serif font, by host width, rounded; a
   zero-width float holds the height open without touching the content's
   layout. The rules need :has(); a browser without it reserves nothing and
   shows the content as it is. */
${blocks}${own} {
  display: flow-root;
}
${blocks}${own}::before {
  content: '';
  float: left;
  width: 0;
}

/* The wheel: its square from 34em wide; below that the smaller drawing, the list of titles and the vision. */
${reserve(W, stepped(square, [['34em', '41em']]))}
${reserve(`${W}[show-foundations]`, stepped(`calc(${square} + 7em)`, [['34em', '53em']]))}

${reserve(
  `${A}[ambition]`,
  stepped('7em', [
    ['50em', '8.5em'],
    ['30em', '11em'],
  ]),
)}
${reserve(
  `${A}[ambition][parts]`,
  stepped('28em', [
    ['50em', '34em'],
    ['30em', '45em'],
  ]),
)}
${reserve(`${A}[for]`, '1em')}

${reserve(
  `${G}:not([foundations])`,
  stepped('26em', [
    ['56em', '38em'],
    ['40em', '50em'],
    ['24em', '88em'],
  ]),
)}
${reserve(
  `${G}[expanded]:not([foundations])`,
  stepped('140em', [
    ['56em', '200em'],
    ['40em', '290em'],
    ['24em', '360em'],
  ]),
)}

${reserve(
  `${B}[ambition]`,
  stepped('36em', [
    ['60em', '55em'],
    ['40em', '95em'],
  ]),
)}
${reserve(
  `${B}[ambition]:is([mode='full' i], [expanded])`,
  stepped('85em', [
    ['60em', '125em'],
    ['40em', '190em'],
  ]),
)}
${reserve(
  `${B}:not([ambition])`,
  stepped('255em', [
    ['60em', '340em'],
    ['40em', '520em'],
  ]),
)}
${reserve(
  `${B}:not([ambition]):is([mode='full' i], [expanded])`,
  stepped('620em', [
    ['60em', '800em'],
    ['40em', '1200em'],
  ]),
)}

${reserve(`${C}[block]`, '11em')}
${reserve(`${C}[block]:is([mode='full' i], [expanded])`, stepped('22em', [['40em', '40em']]))}

${reserve(
  `${L}:not([terms])`,
  stepped('250em', [
    ['50em', '290em'],
    ['30em', '360em'],
  ]),
)}
${reserve(
  `${L}[terms]`,
  stepped('45em', [
    ['50em', '50em'],
    ['30em', '60em'],
  ]),
)}

/* The partner's own list in the grid, or in the card list, takes the tiles' or cards' layout.
   No weight, so the partner's own styles win. */
:where(${G}${own}, ${B}${own}) > :is(ol, ul) {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
  gap: 1em;
  margin: 0;
  padding: 0;
  list-style: none;
}
:where(${B}${own}) > :is(ol, ul) {
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
}
:where(${G}${own}, ${B}${own}) > :is(ol, ul) > li {
  padding: 1em;
  border: var(--peolc-border-width, 1px) solid var(--peolc-foundation-border-color, var(--peolc-border-color, #4c6272));
  border-top: 0.375em solid var(--peolc-foundation-accent-color, var(--peolc-accent-color, #005eb8));
  border-radius: var(--peolc-radius, 0.25em);
  line-height: 1.5;
}`;

/** The hand-written rules: `base` goes before the elements' rewritten styles, `after` after them. */
export const fallbackOnlyCss = { base, after } as const;
