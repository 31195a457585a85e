/**
 * Every element the library defines, in one list: the builds (rollup
 * entries), the package's `exports` and `sideEffects` (checked by a test),
 * the themes, the fallbacks, the stories and the tests read it. Adding an
 * element is one entry here (and its folder, entry module, story and test).
 *
 * No dependencies, so build scripts import it in Node.
 * @module
 */

/** How an element's host box behaves before and after it upgrades. */
export type ElementDisplay = 'block' | 'inline' | 'contents';

export interface ElementInfo {
  /** The custom element name. */
  readonly tag: `peolc-${string}`;
  /** The class's exported name (from `peolc-elements/classes.js`). */
  readonly className: `Peolc${string}`;
  /** The module that declares the class, relative to src/ (and dist/), without extension. */
  readonly module: string;
  /** The public entry point that defines the tag: `peolc-elements/<entry>.js`, `dist/cdn/elements/<entry>.js`. */
  readonly entry: string;
  readonly display: ElementDisplay;
  /** The group of custom properties (`src/themes/tokens.ts`) that are the element's own, if it has any. */
  readonly tokenGroup?: string;
}

/** Every element, `<peolc-provider>` first (it wraps the others). */
export const elements = [
  { tag: 'peolc-provider', className: 'PeolcProvider', module: 'elements/provider/peolc-provider', entry: 'provider', display: 'contents' },
  {
    tag: 'peolc-ambition-wheel',
    className: 'PeolcAmbitionWheel',
    module: 'elements/ambition-wheel/peolc-ambition-wheel',
    entry: 'ambition-wheel',
    display: 'block',
    tokenGroup: 'ambition-wheel',
  },
  { tag: 'peolc-ambition', className: 'PeolcAmbition', module: 'elements/ambition-wheel/peolc-ambition', entry: 'ambition', display: 'block' },
  {
    tag: 'peolc-foundation-grid',
    className: 'PeolcFoundationGrid',
    module: 'elements/foundation-grid/peolc-foundation-grid',
    entry: 'foundation-grid',
    display: 'block',
    tokenGroup: 'foundation-grid',
  },
  {
    tag: 'peolc-building-blocks',
    className: 'PeolcBuildingBlocks',
    module: 'elements/building-blocks/peolc-building-blocks',
    entry: 'building-blocks',
    display: 'block',
    tokenGroup: 'building-blocks',
  },
  {
    tag: 'peolc-building-block',
    className: 'PeolcBuildingBlock',
    module: 'elements/building-blocks/peolc-building-block',
    entry: 'building-blocks',
    display: 'block',
    tokenGroup: 'building-blocks',
  },
  {
    tag: 'peolc-glossary',
    className: 'PeolcGlossary',
    module: 'elements/glossary/peolc-glossary',
    entry: 'glossary',
    display: 'block',
    tokenGroup: 'glossary',
  },
  { tag: 'peolc-term', className: 'PeolcTerm', module: 'elements/glossary/peolc-term', entry: 'glossary', display: 'inline', tokenGroup: 'term' },
  {
    tag: 'peolc-framework',
    className: 'PeolcFramework',
    module: 'elements/framework/peolc-framework',
    entry: 'framework',
    display: 'block',
    tokenGroup: 'framework',
  },
  {
    tag: 'peolc-self-assessment',
    className: 'PeolcSelfAssessment',
    module: 'elements/self-assessment/peolc-self-assessment',
    entry: 'self-assessment',
    display: 'block',
    tokenGroup: 'self-assessment',
  },
  {
    tag: 'peolc-progress-wheel',
    className: 'PeolcProgressWheel',
    module: 'elements/progress/peolc-progress-wheel',
    entry: 'progress',
    display: 'block',
    tokenGroup: 'progress',
  },
] as const satisfies readonly ElementInfo[];

export type PeolcTag = (typeof elements)[number]['tag'];

/** The groups of custom properties elements own (the shared ones are group `shared`). */
export type ElementTokenGroup = Extract<(typeof elements)[number], { tokenGroup: string }>['tokenGroup'];

/** Every tag, in registry order. */
export const peolcTags: readonly PeolcTag[] = elements.map((element) => element.tag);

/** The entry points that define elements, each once, in registry order. */
export const elementEntries: readonly string[] = [...new Set<string>(elements.map((element) => element.entry))];

/** The tags an entry point defines. */
export function tagsOfEntry(entry: string): PeolcTag[] {
  return elements.filter((element) => element.entry === entry).map((element) => element.tag);
}
