/**
 * The pre-upgrade stylesheet, `dist/peolc-elements.css`: partners link it in
 * the page's `<head>`, and it styles every peolc element while it is
 * `:not(:defined)`, that is before the library's script has run or when it
 * never does.
 *
 * - Each element is laid out as it will be (a block; the provider invisible
 *   to layout; a term inline), and keeps roughly its final height when it is
 *   empty or holds the partner's own fallback (the wheel keeps its square).
 * - The fallback from `fallbackHtml()` is laid out exactly as the element's
 *   shadow DOM is (same boxes, sizes, fonts and breakpoints), so nothing on
 *   the page moves when the element upgrades. These rules mirror the
 *   elements' own styles; `test/fallback.test.ts` measures that they agree.
 * - Any other content a partner puts inside stays visible and readable.
 *
 * Once an element is defined none of these rules match, and its shadow DOM
 * (which renders no `<slot>`, except `<peolc-term>` and `<peolc-provider>`)
 * takes the fallback's place.
 *
 * Sizes are in em, so they follow the page's font size, except the 1px
 * hairlines and the focus ring the elements themselves draw in px (and
 * whatever sizes a theme's tokens give).
 * @module
 */
import { labelPosition, titleWidth } from '../model/wheel-geometry.js';
import { elements, peolcTags, type PeolcTag } from '../registry.js';
import { hostThemeCss } from '../themes/css.js';

/** The tags whose fallback is a block wrapped in `.peolc-fallback`. */
const blockTags = elements.filter((element) => element.display === 'block').map((element) => element.tag);

/** A tag of the library. */
export type StyledTag = PeolcTag;

/** The selectors every section of the stylesheet is written with. */
interface Scope {
  /** Any block element before it upgrades. */
  any: string;
  /** Inside the library's own fallback. */
  fb: string;
  /** Each element before it upgrades. */
  W: string;
  A: string;
  G: string;
  B: string;
  one: string;
  /** Either building-block element. */
  C: string;
  L: string;
  term: string;
  provider: string;
  /** Every tag, for `[hidden]`. */
  all: string;
}

function scopeFor(rename: (tag: StyledTag) => string): Scope {
  const name = (tag: StyledTag) => {
    const renamed = rename(tag);
    if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(renamed)) throw new RangeError(`"${renamed}" is not a custom element name`);
    return renamed;
  };
  const undefinedTag = (tag: StyledTag) => `${name(tag)}:not(:defined)`;
  const blockNames = blockTags.map(name).join(', ');
  const any = `:is(${blockNames}):not(:defined)`;
  return {
    any,
    fb: `${any} .peolc-fallback`,
    W: undefinedTag('peolc-ambition-wheel'),
    A: undefinedTag('peolc-ambition'),
    G: undefinedTag('peolc-foundation-grid'),
    B: undefinedTag('peolc-building-blocks'),
    one: undefinedTag('peolc-building-block'),
    C: `:is(${name('peolc-building-blocks')}, ${name('peolc-building-block')}):not(:defined)`,
    L: undefinedTag('peolc-glossary'),
    term: undefinedTag('peolc-term'),
    provider: undefinedTag('peolc-provider'),
    all: `:is(${peolcTags.map(name).join(', ')}):not(:defined)`,
  };
}

const textColour = 'var(--peolc-text-color, #212b32)';
const selectedEdge = `var(--peolc-selected-edge-color, ${textColour})`;
const focus = 'var(--peolc-focus-color, #ffeb3b)';
const focusEdge = 'var(--peolc-focus-edge-color, #212b32)';
const focusWidth = 'var(--peolc-focus-width, 3px)';
const borderWidth = 'var(--peolc-border-width, 1px)';
const radius = 'var(--peolc-radius, 0.25em)';
const tileBackground = 'var(--peolc-foundation-background-color, var(--peolc-surface-color, #ffffff))';
const tileBorder = 'var(--peolc-foundation-border-color, var(--peolc-border-color, #4c6272))';
const tileAccent = 'var(--peolc-foundation-accent-color, var(--peolc-accent-color, #005eb8))';
const onTileAccent = 'var(--peolc-foundation-on-accent-color, var(--peolc-on-accent-color, #ffffff))';
const cardBackground = 'var(--peolc-card-background-color, var(--peolc-surface-color, #ffffff))';
const cardBorder = 'var(--peolc-card-border-color, var(--peolc-divider-color, #d8dde0))';
const cardAccent = 'var(--peolc-card-accent-color, var(--peolc-accent-color, #005eb8))';
const glossaryGap = 'var(--peolc-glossary-gap, 1.25em)';

/**
 * The `theme` and `color-scheme` attribute rules the elements carry for
 * their :host (from src/themes/), written for the tags before they upgrade,
 * so a themed element's fallback has the theme's colours and sizes. With no
 * weight, like :host rules: a partner's own rules, or a theme file from
 * dist/themes/, still win.
 */
function themeAttributes({ any, provider }: Pick<Scope, 'any' | 'provider'>): string {
  const outside = (css: string, host: string) => {
    // `:host(<compound>)` in a shadow root is `<host><compound>` outside it.
    let out = '';
    let from = 0;
    for (let at = css.indexOf(':host(', from); at >= 0; at = css.indexOf(':host(', from)) {
      let depth = 1;
      let end = at + ':host('.length;
      for (; end < css.length && depth > 0; end++) {
        if (css[end] === '(') depth++;
        else if (css[end] === ')') depth--;
      }
      out += `${css.slice(from, at)}:where(${host}${css.slice(at + ':host('.length, end - 1)})`;
      from = end;
    }
    return out + css.slice(from);
  };
  return [
    '/* The theme and color-scheme attributes, as the elements apply them. */',
    outside(hostThemeCss({ nativeScheme: true }), any),
    outside(hostThemeCss({ nativeScheme: false }), provider),
  ].join('\n');
}

const segmentPositions = (W: string) =>
  Array.from({ length: 6 }, (_, index) => {
    const { left, top } = labelPosition(index, 6);
    return `  ${W} .peolc-fb-option[data-number='${index + 1}'] { left: ${left}%; top: ${top}%; width: ${titleWidth(index, 6)}em; }`;
  }).join('\n');

const hosts = ({ any, fb, term, provider, all }: Scope) => `
/* ---- Every element, before it upgrades --------------------------------- */

/* As each element's :host: a block in the text colour, painted only when
   --peolc-background-color is set. :where() gives these rules no weight, as
   :host rules have none against the page's: the page's own rules on the
   tags win, before the upgrade as after it. */
:where(${any}) {
  display: block;
  color: ${textColour};
  background-color: var(--peolc-background-color, transparent);
}
/* A term is the page's own words in running text. Once defined they sit in a
   <button>, which lays out as one inline block that cannot break across
   lines; so they do here, or a term at the end of a line would jump to the
   next when the element upgrades. */
:where(${term}) {
  display: inline-block;
}
/* A provider only wraps. */
:where(${provider}) {
  display: contents;
}
:where(${all})[hidden] {
  display: none;
}
${themeAttributes({ any, provider })}

/* The library's fallback starts from the browser's own styles, as a shadow
   root does, so the page's rules for p, li or h2 cannot make it taller or
   shorter than the element. */
${fb},
${fb} * {
  all: revert;
  box-sizing: border-box;
}
${fb} .peolc-fb-vh {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
/* Room for what only works with script (a search box, a prompt): kept, never seen or read. */
${fb} .peolc-fb-reserve {
  display: block;
  visibility: hidden;
}
${fb} :focus-visible {
  outline: ${focusWidth} solid ${focus};
  outline-offset: 0;
  box-shadow: 0 0 0 calc(${focusWidth} * 2) ${focusEdge};
}
@media (forced-colors: active) {
  ${fb} :focus-visible {
    outline-color: Highlight;
  }
}
/* Disclosures: both labels are in the markup; show the one for the state. */
${fb} details[open] > summary > .peolc-fb-when-open,
${fb} details:not([open]) > summary > .peolc-fb-when-closed {
  display: inline;
}
${fb} details[open] > summary > .peolc-fb-when-closed,
${fb} details:not([open]) > summary > .peolc-fb-when-open {
  display: none;
}
${fb} summary::-webkit-details-marker {
  display: none;
}
`;

const wheel = ({ W }: Scope) => `
/* ---- <peolc-ambition-wheel> -------------------------------------------- */

/* The wrapper is the container the element's .container is. (Not the host:
   Firefox then kept the host's old size for the upgraded element's own
   container queries after the page's scroll bar came or went.) */
${W} > .peolc-fallback {
  container: peolc-fb-wheel / inline-size;
}
${W} .peolc-fb-layout {
  display: grid;
  gap: 1.5em;
  align-items: start;
}
${W} .peolc-fb-wheel {
  position: relative;
  width: min(100%, 16em);
  margin-inline: auto;
}
/* The drawing's square, with the ring faintly drawn where the segments will be. */
${W} .peolc-fb-wheel::before {
  content: '';
  display: block;
  aspect-ratio: 1;
  background: radial-gradient(
    circle closest-side,
    transparent 49.5%,
    color-mix(in srgb, currentColor 9%, transparent) 50%,
    color-mix(in srgb, currentColor 9%, transparent) 93.7%,
    transparent 94.2%
  );
}
${W} .peolc-fb-options {
  display: grid;
  gap: 0.25em;
  margin: 0;
  padding: 0;
  list-style: none;
}
${W} .peolc-fb-option {
  display: flex;
  gap: 0.5em;
  align-items: baseline;
  padding: 0.5em 0.75em;
  border-inline-start: 0.5em solid transparent;
  border-radius: ${radius};
  color: inherit;
  text-decoration: none;
  font-size: 1em;
  line-height: 1.25;
}
${W} a.peolc-fb-option:hover {
  text-decoration: underline;
}
${W} .peolc-fb-option-number {
  font-weight: 700;
}
${W} .peolc-fb-option[aria-current='true'] {
  font-weight: 700;
  border-inline-start-color: ${selectedEdge};
  background: color-mix(in srgb, ${selectedEdge} 8%, transparent);
}
${W} .peolc-fb-vision {
  margin: 0;
  font-size: 0.875em;
}
${W} .peolc-fb-band {
  display: grid;
  grid-template-columns: 1fr;
  gap: 0.25em;
  margin: 0;
  padding: 0;
  list-style: none;
}
${W} .peolc-fb-band-item {
  padding: 0.5em 0.75em;
  border: ${borderWidth} solid currentColor;
  border-top-width: 0.25em;
  font-size: 0.875em;
}
${W} .peolc-fb-band-number {
  font-weight: 700;
  margin-inline-end: 0.25em;
}
${W} .peolc-fb-panel {
  border-inline-start: 0.25em solid ${selectedEdge};
  padding-inline-start: 1em;
}
${W} .peolc-fb-panel .peolc-fb-eyebrow {
  margin: 0;
  font-weight: 700;
}
${W} .peolc-fb-panel .peolc-fb-heading {
  margin: 0.25em 0 0.5em;
  font-size: 1.375em;
  line-height: 1.25;
}
${W} .peolc-fb-panel .peolc-fb-heading + ul {
  margin-top: 0.25em;
}
${W} .peolc-fb-panel .peolc-fb-statement {
  font-size: 1.125em;
}
@container peolc-fb-wheel (min-width: 20em) {
  ${W} .peolc-fb-band {
    grid-template-columns: repeat(2, 1fr);
  }
}
@container peolc-fb-wheel (min-width: 36em) {
  ${W} .peolc-fb-band {
    grid-template-columns: repeat(4, 1fr);
  }
}
/* Wide: the titles sit around the ring, and the vision in its centre. */
@container peolc-fb-wheel (min-width: 34em) {
  ${W} .peolc-fb-wheel {
    grid-area: 1 / 1;
    width: min(100%, 40em);
  }
  ${W} .peolc-fb-options {
    display: block;
  }
  ${W} .peolc-fb-option,
  ${W} .peolc-fb-option[aria-current='true'] {
    position: absolute;
    display: block;
    transform: translate(-50%, -50%);
    min-width: min-content;
    padding: 0.125em;
    border: 0;
    background: none;
    text-align: center;
    text-decoration: none;
    font-size: 0.875em;
    font-weight: inherit;
  }
  ${W} .peolc-fb-option-number {
    display: block;
    font-size: 1.25em;
  }
  ${W} .peolc-fb-option[aria-current='true'] .peolc-fb-option-title,
  ${W} a.peolc-fb-option:hover .peolc-fb-option-title {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
${segmentPositions(W)}
  ${W} .peolc-fb-vision {
    grid-area: 1 / 1;
    align-self: center;
    justify-self: center;
    /* 34% of the wheel, whose 40em are the host's, not this smaller text's. */
    width: calc(min(100%, 40em / 0.875) * 0.34);
    text-align: center;
    line-height: 1.25;
  }
}
@container peolc-fb-wheel (min-width: 56em) {
  ${W} .peolc-fb-has-panel {
    grid-template-columns: minmax(34em, 40em) minmax(16em, 1fr);
  }
  ${W} .peolc-fb-has-panel > .peolc-fb-panel {
    grid-column: 2;
    grid-row: 1;
  }
  ${W} .peolc-fb-has-panel > .peolc-fb-band {
    grid-column: 1 / -1;
  }
}
@media (forced-colors: active) {
  ${W} .peolc-fb-wheel::before {
    background: none;
    border: 1px solid CanvasText;
    border-radius: 50%;
  }
}
`;

const ambition = ({ A }: Scope) => `
/* ---- <peolc-ambition> -------------------------------------------------- */

${A} .peolc-fb-eyebrow {
  margin: 0;
  font-weight: 700;
}
${A} .peolc-fb-heading {
  margin: 0.25em 0 0.5em;
  line-height: 1.25;
}
${A} .peolc-fb-statement {
  font-size: 1.125em;
}
`;

const foundationGrid = ({ G }: Scope) => `
/* ---- <peolc-foundation-grid> ------------------------------------------- */

${G} > .peolc-fallback {
  container: peolc-fb-foundations / inline-size;
}
${G} .peolc-fb-intro {
  margin: 0 0 1em;
  max-width: 40em;
  line-height: 1.5;
}
${G} .peolc-fb-grid {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 1em;
  margin: 0;
  padding: 0;
  list-style: none;
}
${G} .peolc-fb-tile {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: 0.75em;
  min-width: 0;
  padding: 1em;
  background: ${tileBackground};
  border: ${borderWidth} solid ${tileBorder};
  border-top: 0.375em solid ${tileAccent};
  border-radius: ${radius};
  line-height: 1.5;
  overflow-wrap: break-word;
}
${G} .peolc-fb-tile > * {
  max-width: 100%;
}
${G} .peolc-fb-tile-heading {
  margin: 0;
  font-size: 1.1875em;
  line-height: 1.25;
  font-weight: 700;
}
${G} .peolc-fb-tile-number {
  display: block;
  margin-bottom: 0.25em;
  font-size: 0.8125em;
  font-weight: 400;
}
${G} .peolc-fb-tile[aria-current='true'] {
  border: 0.25em solid ${tileAccent};
  border-top-width: 0.625em;
}
${G} .peolc-fb-marker {
  margin: 0;
  padding: 0.125em 0.5em;
  border: 0.125em solid ${tileAccent};
  border-radius: ${radius};
  background: ${tileAccent};
  color: ${onTileAccent};
  font-size: 0.875em;
  font-weight: 700;
}
/* The disclosure looks and measures as the element's "Show details" button. */
${G} .peolc-fb-toggle {
  display: flex;
  align-items: center;
  gap: 0.5em;
  width: fit-content;
  max-width: 100%;
  min-height: 2.75em;
  margin: 0;
  padding: 0.375em 0.75em;
  border: 0.125em solid currentColor;
  border-radius: ${radius};
  background: ${tileBackground};
  color: inherit;
  font: inherit;
  font-weight: 700;
  line-height: 1.25;
  text-align: start;
  cursor: pointer;
  list-style: none;
}
${G} .peolc-fb-toggle:hover {
  background: color-mix(in srgb, currentColor 10%, ${tileBackground});
}
${G} .peolc-fb-toggle:hover > span {
  text-decoration: underline;
}
${G} .peolc-fb-toggle::before {
  content: '';
  flex: none;
  width: 0.5em;
  height: 0.5em;
  margin-block: -0.25em 0;
  border-right: 0.15em solid currentColor;
  border-bottom: 0.15em solid currentColor;
  transform: rotate(45deg);
}
${G} details[open] > .peolc-fb-toggle::before {
  margin-block: 0.25em 0;
  transform: rotate(-135deg);
}
${G} details[open] > .peolc-fb-body {
  margin-top: 0.75em;
}
${G} .peolc-fb-body p {
  margin: 0 0 0.75em;
}
${G} .peolc-fb-body p:last-child {
  margin-bottom: 0;
}
@container peolc-fb-foundations (min-width: 24em) {
  ${G} .peolc-fb-auto {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}
@container peolc-fb-foundations (min-width: 40em) {
  ${G} .peolc-fb-auto {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}
@container peolc-fb-foundations (min-width: 56em) {
  ${G} .peolc-fb-auto {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
}
@container peolc-fb-foundations (min-width: 23em) {
  ${G} :is(.peolc-fb-cols-2, .peolc-fb-cols-3, .peolc-fb-cols-4) {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
}
@container peolc-fb-foundations (min-width: 35em) {
  ${G} :is(.peolc-fb-cols-3, .peolc-fb-cols-4) {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}
@container peolc-fb-foundations (min-width: 47em) {
  ${G} .peolc-fb-cols-4 {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
}
@media (forced-colors: active) {
  ${G} .peolc-fb-tile {
    border-color: CanvasText;
  }
  ${G} .peolc-fb-tile[aria-current='true'] {
    border-color: Highlight;
  }
  ${G} .peolc-fb-marker {
    border-color: CanvasText;
    background: Canvas;
    color: CanvasText;
  }
  ${G} .peolc-fb-toggle {
    border-color: ButtonText;
    background: ButtonFace;
    color: ButtonText;
  }
}
`;

const buildingBlocks = ({ B, C }: Scope) => `
/* ---- <peolc-building-blocks> and <peolc-building-block> ---------------- */

${C} .peolc-fb-card {
  background: ${cardBackground};
  border: 0.0625em solid ${cardBorder};
  border-top: 0.25em solid ${cardAccent};
  padding: 1em 1em 0.75em;
  line-height: 1.5;
  overflow-wrap: break-word;
  min-width: 0;
}
${C} .peolc-fb-card > .peolc-fb-card-heading {
  margin: 0 0 0.5em;
  font-size: 1.25em;
  line-height: 1.3;
  font-weight: 700;
}
${C} .peolc-fb-summary {
  margin: 0 0 0.5em;
}
/* The disclosure looks and measures as the element's "Read more" button. */
${C} .peolc-fb-more {
  display: inline-flex;
  align-items: center;
  gap: 0.5em;
  min-height: 2.75em;
  margin: 0;
  padding: 0.25em 0.25em 0.25em 0;
  border: 0;
  background: transparent;
  color: ${cardAccent};
  font: inherit;
  text-align: start;
  text-decoration: underline;
  text-decoration-thickness: 0.0625em;
  text-underline-offset: 0.15em;
  cursor: pointer;
  list-style: none;
}
${C} .peolc-fb-more:hover {
  text-decoration-thickness: 0.1875em;
}
${C} .peolc-fb-more::before {
  content: '';
  flex: none;
  width: 0;
  height: 0;
  border-style: solid;
  border-color: currentColor;
  border-width: 0.4375em 0 0.4375em 0.75em;
  clip-path: polygon(0% 0%, 100% 50%, 0% 100%);
}
${C} details[open] > .peolc-fb-more::before {
  border-width: 0.75em 0.4375em 0 0.4375em;
  clip-path: polygon(0% 0%, 100% 0%, 50% 100%);
}
${C} .peolc-fb-card-body {
  margin-top: 0.25em;
  padding-inline-start: 1em;
  border-inline-start: 0.25em solid ${cardBorder};
}
${C} .peolc-fb-card-body > p {
  margin: 0 0 0.75em;
}
${B} > .peolc-fallback {
  container: peolc-fb-building-blocks / inline-size;
  overflow-wrap: break-word;
}
${B} .peolc-fb-group + .peolc-fb-group {
  margin-top: 2em;
}
${B} .peolc-fb-group > .peolc-fb-group-heading {
  margin: 0 0 0.75em;
  font-size: 1.5em;
  line-height: 1.25;
  font-weight: 700;
}
${B} .peolc-fb-cards {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 1em;
  align-items: start;
  margin: 0;
  padding: 0;
  list-style: none;
}
${B} .peolc-fb-card-item {
  min-width: 0;
}
@container peolc-fb-building-blocks (min-width: 40em) {
  ${B} .peolc-fb-cards {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1.25em;
  }
  ${B} .peolc-fb-card {
    padding: 1.25em 1.25em 1em;
  }
}
@container peolc-fb-building-blocks (min-width: 60em) {
  ${B} .peolc-fb-cards {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}
@media (forced-colors: active) {
  ${C} :is(.peolc-fb-card, .peolc-fb-card-body) {
    border-color: CanvasText;
  }
  ${C} .peolc-fb-more {
    color: LinkText;
  }
}
`;

const glossary = ({ L }: Scope) => `
/* ---- <peolc-glossary> -------------------------------------------------- */

${L} .peolc-fb-search {
  display: grid;
  gap: 0.25em;
  margin: 0 0 1em;
}
${L} .peolc-fb-search-label {
  margin: 0;
  font-weight: 700;
}
${L} .peolc-fb-hint {
  margin: 0;
}
${L} .peolc-fb-search-box {
  width: 100%;
  max-width: var(--peolc-glossary-search-max-width, 30em);
  min-height: 2.5em;
  padding: 0.375em 0.5em;
  border: 0.125em solid;
}
${L} .peolc-fb-status {
  margin: 0 0 1em;
  font-weight: 700;
}
${L} .peolc-fb-empty {
  margin: 0;
  padding: 1em;
  border: 0.125em dashed var(--peolc-glossary-border-color, currentColor);
}
${L} .peolc-fb-entries {
  margin: 0;
  padding: 0;
}
${L} .peolc-fb-entry {
  margin: 0 0 ${glossaryGap};
  padding-block-start: calc(${glossaryGap} * 0.75);
  border-block-start: 0.0625em solid var(--peolc-glossary-divider-color, currentColor);
}
${L} .peolc-fb-entry > dt {
  margin: 0 0 0.25em;
  font-size: var(--peolc-glossary-term-font-size, 1.1875em);
  font-weight: 700;
  line-height: 1.3;
  color: var(--peolc-glossary-term-color, inherit);
  overflow-wrap: break-word;
  scroll-margin-block-start: var(--peolc-glossary-scroll-margin, 1em);
}
${L} .peolc-fb-entry > dd {
  margin: 0;
  overflow-wrap: break-word;
}
${L} .peolc-fb-entry > dd > p {
  margin: 0 0 0.75em;
}
${L} .peolc-fb-entry > dd > p.peolc-fb-note {
  margin: 0;
  padding-inline-start: 0.75em;
  border-inline-start: 0.25em solid currentColor;
  font-size: 0.875em;
  font-style: italic;
  color: var(--peolc-glossary-note-color, inherit);
}
@media (forced-colors: active) {
  ${L} :is(.peolc-fb-entry, .peolc-fb-note, .peolc-fb-empty) {
    border-color: CanvasText;
  }
}
`;

/**
 * A height that steps down as the host gets wider: `base`, or the height of
 * the narrowest step the host is narrower than. Written with `clamp()` on the
 * host's width (a padding percentage), since the host cannot be a size
 * container: Firefox then kept the host's old size for the upgraded element's
 * own container queries. Steps are `[width, height]`, heights falling as
 * widths rise.
 */
function stepped(base: string, steps: readonly (readonly [string, string])[]): string {
  if (steps.length === 0) return base;
  return `max(${[base, ...steps.map(([width, height]) => `clamp(0em, (${width} - 100%) * 1000, ${height})`)].join(', ')})`;
}

/**
 * Roughly the element's final height, for when it holds no fallback from
 * `fallbackHtml()`: empty, or the partner's own content (which then counts as
 * a minimum, and stays visible). Figures are the elements' heights with the
 * built-in edition and a 16px serif font, by host width, rounded; a
 * zero-width float holds the height open without touching the content's
 * layout. The rules need `:has()`; a browser without it reserves nothing and
 * shows the content as it is.
 */
const reserves = ({ any, W, A, G, B, one, L }: Scope) => {
  const own = ':not(:has(> .peolc-fallback))';
  const reserve = (host: string, height: string) => `${host}${own}::before {\n  padding-block-start: ${height};\n}`;
  const square = 'min(100%, 40em)';
  return `
/* ---- Empty, or the partner's own fallback inside ----------------------- */

${any}${own} {
  display: flow-root;
}
${any}${own}::before {
  content: '';
  float: left;
  width: 0;
}

/* The wheel: its square from 34em wide; below that the smaller drawing, the list of titles and the vision. */
${reserve(W, stepped(square, [['34em', '41em']]))}
${reserve(`${W}[show-foundations]`, stepped(`calc(${square} + 7em)`, [['34em', '53em']]))}

${reserve(`${A}[ambition]`, stepped('7em', [['50em', '8.5em'], ['30em', '11em']]))}
${reserve(`${A}[ambition][parts]`, stepped('28em', [['50em', '34em'], ['30em', '45em']]))}
${reserve(`${A}[for]`, '1em')}

${reserve(`${G}:not([foundations])`, stepped('26em', [['56em', '38em'], ['40em', '50em'], ['24em', '88em']]))}
${reserve(`${G}[expanded]:not([foundations])`, stepped('140em', [['56em', '200em'], ['40em', '290em'], ['24em', '360em']]))}

${reserve(`${B}[ambition]`, stepped('36em', [['60em', '55em'], ['40em', '95em']]))}
${reserve(`${B}[ambition]:is([mode='full' i], [expanded])`, stepped('85em', [['60em', '125em'], ['40em', '190em']]))}
${reserve(`${B}:not([ambition])`, stepped('255em', [['60em', '340em'], ['40em', '520em']]))}
${reserve(`${B}:not([ambition]):is([mode='full' i], [expanded])`, stepped('620em', [['60em', '800em'], ['40em', '1200em']]))}

${reserve(`${one}[block]`, '11em')}
${reserve(`${one}[block]:is([mode='full' i], [expanded])`, stepped('22em', [['40em', '40em']]))}

${reserve(`${L}:not([terms])`, stepped('250em', [['50em', '290em'], ['30em', '360em']]))}
${reserve(`${L}[terms]`, stepped('45em', [['50em', '50em'], ['30em', '60em']]))}

/* The partner's own list in the grid, or in the card list, takes the tiles' or cards' layout.
   Low specificity, so the partner's own styles win. */
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
  border: ${borderWidth} solid ${tileBorder};
  border-top: 0.375em solid ${tileAccent};
  border-radius: ${radius};
  line-height: 1.5;
}
`;
};

const print = ({ fb }: Scope) => `
/* ---- Print ------------------------------------------------------------- */

@media print {
  ${fb} .peolc-fb-reserve {
    display: none;
  }
}
`;

/**
 * The stylesheet, for the library's tags or, for previews on a page where the
 * real tags are defined (such as Storybook), for other names: `rename` maps
 * each tag to the name to style instead.
 */
export function createFallbackCss(rename: (tag: StyledTag) => string = (tag) => tag): string {
  const scope = scopeFor(rename);
  return [
    '/* peolc-elements: styles for the elements before their script runs, and for their no-JS fallbacks. Generated from src/fallback/fallback-css.ts. */\n',
    ...[hosts, wheel, ambition, foundationGrid, buildingBlocks, glossary, reserves, print].map((section) => section(scope)),
  ].join('');
}

/** The whole stylesheet, as written to `dist/peolc-elements.css`. */
export const fallbackCss = createFallbackCss();
