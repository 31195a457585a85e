/**
 * No-JS fallbacks: the static HTML each element would show, for partners to
 * put inside the element's tag. Before the script runs (or when it never
 * does) readers get the same words as plain, semantic HTML; when the element
 * upgrades, its shadow DOM takes their place. With `dist/peolc-elements.css`
 * on the page, the fallback is laid out like the element, so the page does
 * not move when it upgrades.
 *
 * ```js
 * import { fullSnippet } from 'peolc-elements/fallback/fallback-html.js';
 * fullSnippet('peolc-foundation-grid', { expanded: '' });
 * // <peolc-foundation-grid expanded>
 * //   <div class="peolc-fallback">…</div>
 * // </peolc-foundation-grid>
 * ```
 *
 * Every string from the edition is escaped; nothing from an edition or an
 * attribute ever becomes markup. The output is the same for the same input.
 *
 * This module uses no DOM and no Lit, so it runs in Node (the build, docs)
 * as well as in the browser (the embed builder).
 * @module
 */
import { ambitions2015to2020 } from '../content/ambitions-2015-2020/index.js';
import type { Ambition, BuildingBlock, Edition, Foundation, GlossaryEntry } from '../content/types.js';
import { mergeUiStrings } from '../context/merge-ui-strings.js';
import { formatUiString, type UiStrings } from '../context/ui-strings.js';
import { entryMatcher, findEntry, originNote, parseIds, sortEntries, termAnchorId } from '../elements/glossary/glossary-entries.js';
import { findBuildingBlock, isBlank, toMode } from '../model/building-block-lookup.js';
import { parseDetailParts, type AmbitionDetailPart } from '../model/detail-parts.js';
import { ambitionHref, safeLinkTemplate } from '../model/links.js';
import { findAmbition, findByNumberOrId, parseNumberOrIdList, toHeadingLevel, type HeadingLevel } from '../model/lookup.js';
import { flagFromAttribute } from '../model/coerce.js';
import { elements, type PeolcTag } from '../registry.js';
import { escapeHtml, h, isSafeName, serialise, writeAttributes, type AttributeValue, type MarkupElement, type MarkupNode } from './markup.js';

/**
 * Every tag a fallback can be written for, that is every tag in the registry,
 * in the order the docs list them: the elements with content of their own
 * first, then the ones that only wrap (`<peolc-provider>`).
 */
export const fallbackTags: readonly PeolcTag[] = [
  ...elements.filter((element) => element.display !== 'contents'),
  ...elements.filter((element) => element.display === 'contents'),
].map((element) => element.tag);

/** A tag a fallback can be written for. */
export type FallbackTag = PeolcTag;

/**
 * Attributes as an element would have them. A string is the attribute's
 * value (`''` for a boolean attribute such as `expanded`); `true` is the same
 * as `''`; `false`, `null` and `undefined` leave the attribute out.
 */
export type FallbackAttributes = Record<string, AttributeValue>;

/** The class of the element every fallback (except `<peolc-term>`'s words) is wrapped in. */
export const fallbackRootClass = 'peolc-fallback';

/** Whether `tag` is one of the library's tags. */
export function isFallbackTag(tag: string): tag is FallbackTag {
  return (fallbackTags as readonly string[]).includes(tag);
}

/**
 * The static HTML `tag` would show with these attributes, to put inside the
 * element: e.g. for `peolc-foundation-grid` the introduction and a list of
 * the foundations. Returns `''` when the element would show nothing (an
 * unknown ambition, `<peolc-provider>`).
 *
 * @param tag - one of `fallbackTags`; anything else throws a RangeError.
 * @param attributes - the element's attributes (names are case-insensitive).
 * @param edition - the edition to write from; the built-in 2015–2020 one by default. It is not validated: every string is escaped whatever it holds.
 * @param strings - interface strings to replace, as a `<peolc-provider strings>` would.
 */
export function fallbackHtml(tag: string, attributes: FallbackAttributes = {}, edition: Edition = ambitions2015to2020, strings?: Partial<UiStrings>): string {
  const context: Context = { attributes: readAttributes(attributes), edition, strings: mergeUiStrings(strings ?? {}).strings };
  const nodes = fallbackNodes(checkTag(tag), context);
  return serialise(nodes);
}

/**
 * The element with its fallback inside, ready to paste, e.g.
 * `<peolc-foundation-grid expanded>` … `</peolc-foundation-grid>`. Attributes
 * are written in the order given; `<peolc-term>` stays on one line, as it sits
 * in running text.
 */
export function fullSnippet(tag: string, attributes: FallbackAttributes = {}, edition: Edition = ambitions2015to2020, strings?: Partial<UiStrings>): string {
  const name = checkTag(tag);
  const list: [string, AttributeValue][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const attribute = key.toLowerCase();
    if (!isSafeName(attribute)) throw new RangeError(`"${key}" is not an attribute name`);
    list.push([attribute, value === '' ? true : value]);
  }
  const open = `<${name}${writeAttributes(list)}>`;
  const inner = fallbackHtml(name, attributes, edition, strings);
  if (name === 'peolc-term' || inner === '') return `${open}${inner}</${name}>`;
  const indented = inner
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `${open}\n${indented}\n</${name}>`;
}

function checkTag(tag: string): FallbackTag {
  const name = String(tag).toLowerCase();
  if (!isFallbackTag(name)) throw new RangeError(`<${String(tag)}> is not a peolc-elements tag (${fallbackTags.join(', ')})`);
  return name;
}

/** Attribute values by lower-case name; `null` when absent. */
interface Attributes {
  get(name: string): string | null;
  /** A boolean attribute: present is on, except `"false"` (as the elements read it). */
  flag(name: string): boolean;
}

interface Context {
  attributes: Attributes;
  edition: Edition;
  strings: UiStrings;
}

function readAttributes(record: FallbackAttributes): Attributes {
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    values.set(key.toLowerCase(), value === true ? '' : String(value));
  }
  return {
    get: (name) => values.get(name) ?? null,
    flag: (name) => flagFromAttribute(values.get(name) ?? null),
  };
}

function fallbackNodes(tag: FallbackTag, context: Context): MarkupNode[] {
  switch (tag) {
    case 'peolc-ambition-wheel':
      return [wheel(context)];
    case 'peolc-ambition':
      return ambition(context);
    case 'peolc-foundation-grid':
      return [foundationGrid(context)];
    case 'peolc-building-blocks':
      return buildingBlocks(context);
    case 'peolc-building-block':
      return buildingBlock(context);
    case 'peolc-glossary':
      return [glossary(context)];
    case 'peolc-term':
      return term(context);
    case 'peolc-provider':
      // A provider shows its own children: there is nothing of its own to fall back to.
      return [];
  }
}

const root = (...children: Parameters<typeof h>[2][]) => h('div', { class: fallbackRootClass }, ...children);
const heading = (level: HeadingLevel, attributes: Record<string, AttributeValue>, ...children: MarkupNode[]) => h(`h${level}`, attributes, ...children);
const visuallyHidden = (text: string) => h('span', { class: 'peolc-fb-vh' }, text);
const paragraphs = (texts: readonly string[]) => texts.map((text) => h('p', null, text));
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * Space the upgraded element will fill with something that means nothing
 * without script (a search box, an instruction to use the wheel). Hidden
 * without the stylesheet, invisible but taking its room with it, and never
 * read out.
 */
const reserve = (tag: 'div' | 'p', className: string, ...children: MarkupNode[]) =>
  h(tag, { class: `${className} peolc-fb-reserve`, hidden: true, 'aria-hidden': 'true' }, ...children);

/**
 * A native disclosure standing in for the element's "Show details" or "Read
 * more" button, so the full text can be read without script. Both of the
 * button's labels are there: the stylesheet shows the one for the current
 * state; without it, the `hidden` attribute leaves the one for the initial
 * state.
 */
function disclosure(
  open: boolean,
  labels: { closed: string; open: string },
  title: string,
  summaryClass: string,
  body: MarkupElement,
): MarkupElement {
  return h(
    'details',
    { class: 'peolc-fb-details', open },
    h(
      'summary',
      { class: summaryClass },
      h('span', { class: 'peolc-fb-when-closed', hidden: open }, labels.closed),
      h('span', { class: 'peolc-fb-when-open', hidden: !open }, labels.open),
      visuallyHidden(`: ${title}`),
    ),
    body,
  );
}

// ---------------------------------------------------------------------------
// <peolc-ambition-wheel> and <peolc-ambition>

/** An ambition's detail, as the wheel's panel and <peolc-ambition> show it. */
function ambitionDetail(ambition: Ambition, level: HeadingLevel, parts: Set<AmbitionDetailPart>, strings: UiStrings): MarkupNode[] {
  const subLevel = Math.min(level + 1, 6) as HeadingLevel;
  return [
    h('p', { class: 'peolc-fb-eyebrow' }, formatUiString(strings.ambitionLabel, { number: ambition.number })),
    heading(level, { class: 'peolc-fb-heading' }, ambition.title),
    h('p', { class: 'peolc-fb-statement' }, ambition.statement),
    ...(parts.has('what-we-know')
      ? [
          heading(subLevel, { class: 'peolc-fb-heading' }, strings.whatWeKnowHeading),
          h('ul', null, ambition.whatWeKnow.map((point) => h('li', null, point))),
        ]
      : []),
    ...(parts.has('building-blocks')
      ? [
          heading(subLevel, { class: 'peolc-fb-heading' }, strings.buildingBlocksHeading),
          h('ul', null, ambition.buildingBlocks.map((block) => h('li', null, block.title))),
        ]
      : []),
  ];
}

function wheel({ attributes, edition, strings }: Context): MarkupElement {
  const selected = findAmbition(edition, attributes.get('selected'));
  const hasPanel = attributes.flag('panel');
  const template = safeLinkTemplate(attributes.get('href-template'));
  const name = attributes.get('label') || strings.wheelLabel;

  const options = edition.ambitions.map((ambition) => {
    const current = ambition === selected ? 'true' : null;
    const content = [
      h('span', { class: 'peolc-fb-option-number' }, twoDigits(ambition.number)),
      ' ',
      h('span', { class: 'peolc-fb-option-title' }, ambition.title),
    ];
    if (template === undefined) {
      return h('li', { class: 'peolc-fb-option', 'data-number': ambition.number, 'aria-current': current }, content);
    }
    const href = ambitionHref(template, ambition);
    return h('li', { class: 'peolc-fb-option-item' }, h('a', { class: 'peolc-fb-option', 'data-number': ambition.number, href, 'aria-current': current }, content));
  });

  let panel: MarkupNode | undefined;
  if (hasPanel && selected) {
    panel = h(
      'section',
      { class: 'peolc-fb-panel' },
      ambitionDetail(selected, toHeadingLevel(attributes.get('heading-level')), parseDetailParts(attributes.get('parts')).parts, strings),
    );
  } else if (hasPanel) {
    // "Choose an ambition on the wheel" means nothing without the wheel: keep its room only.
    panel = reserve('div', 'peolc-fb-panel', h('p', null, strings.wheelPrompt));
  }

  return root(
    h(
      'div',
      { class: `peolc-fb-layout${hasPanel ? ' peolc-fb-has-panel' : ''}` },
      h('div', { class: 'peolc-fb-wheel' }, h('ol', { class: 'peolc-fb-options', 'aria-label': name }, options)),
    !selected && h('p', { class: 'peolc-fb-vision' }, edition.vision),
      attributes.flag('show-foundations') &&
        h(
          'ul',
          { class: 'peolc-fb-band', 'aria-label': strings.foundationsBandLabel },
          edition.foundations.map((foundation) =>
            h(
              'li',
              { class: 'peolc-fb-band-item' },
              h('span', { class: 'peolc-fb-band-number', 'aria-hidden': 'true' }, String(foundation.number)),
              visuallyHidden(' '),
              foundation.label,
            ),
          ),
        ),
      panel,
    ),
  );
}

function ambition({ attributes, edition, strings }: Context): MarkupNode[] {
  if (!isBlank(attributes.get('for'))) {
    // It follows a wheel, which without script has nothing selected: the element shows its prompt there.
    return [root(reserve('p', 'peolc-fb-prompt', strings.wheelPrompt))];
  }
  const found = findAmbition(edition, attributes.get('ambition'));
  if (!found) return [];
  return [
    root(
      h(
        'section',
        { class: 'peolc-fb-detail' },
        ambitionDetail(found, toHeadingLevel(attributes.get('heading-level')), parseDetailParts(attributes.get('parts')).parts, strings),
      ),
    ),
  ];
}

// ---------------------------------------------------------------------------
// <peolc-foundation-grid>

function foundationGrid({ attributes, edition, strings }: Context): MarkupElement {
  const chosen = parseNumberOrIdList(edition.foundations, attributes.get('foundations')).items;
  const shown = chosen.length ? chosen : edition.foundations;
  const marked = findByNumberOrId(edition.foundations, attributes.get('highlight'));
  const highlighted = marked && shown.includes(marked) ? marked : undefined;
  const columns = (attributes.get('columns') ?? '').trim();
  const level = toHeadingLevel(attributes.get('heading-level'));
  const open = attributes.flag('expanded');
  const intro = attributes.flag('hide-intro') ? undefined : edition.foundationsIntro;

  const tile = (foundation: Foundation) =>
    h(
      'li',
      { class: 'peolc-fb-tile', 'data-number': foundation.number, 'aria-current': foundation === highlighted ? 'true' : null },
      heading(
        level,
        { class: 'peolc-fb-tile-heading' },
        h('span', { class: 'peolc-fb-tile-number' }, formatUiString(strings.foundationLabel, { number: foundation.number })),
        visuallyHidden(': '),
        h('span', { class: 'peolc-fb-tile-title' }, foundation.title),
      ),
      foundation === highlighted && h('p', { class: 'peolc-fb-marker' }, strings.foundationHighlighted),
      disclosure(
        open,
        { closed: strings.showDetails, open: strings.hideDetails },
        foundation.title,
        'peolc-fb-toggle',
        h('div', { class: 'peolc-fb-body' }, paragraphs(foundation.body)),
      ),
    );

  return root(
    intro && h('p', { class: 'peolc-fb-intro' }, intro),
    h(
      'ol',
      { class: `peolc-fb-grid ${/^[1-4]$/.test(columns) ? `peolc-fb-cols-${columns}` : 'peolc-fb-auto'}`, 'aria-label': strings.foundationsListLabel },
      shown.map(tile),
    ),
  );
}

// ---------------------------------------------------------------------------
// <peolc-building-blocks> and <peolc-building-block>

const isFull = (value: string | null) => toMode(value) === 'full';

/** How the cards show their full text: always (`mode="full"`), or behind a disclosure, open with `expanded`. */
interface CardOptions {
  full: boolean;
  open: boolean;
}

const cardOptions = (attributes: Attributes): CardOptions => ({ full: isFull(attributes.get('mode')), open: attributes.flag('expanded') });

function card(block: BuildingBlock, level: HeadingLevel, { full, open }: CardOptions, strings: UiStrings): MarkupElement {
  const body = h('div', { class: 'peolc-fb-card-body' }, paragraphs(block.body));
  return h(
    'div',
    { class: 'peolc-fb-card', 'data-block': block.id },
    heading(level, { class: 'peolc-fb-card-heading' }, block.title),
    h('p', { class: 'peolc-fb-summary' }, visuallyHidden(`${strings.buildingBlockSummaryLabel}: `), block.summary),
    full ? body : disclosure(open, { closed: strings.readMore, open: strings.readLess }, block.title, 'peolc-fb-more', body),
  );
}

function cardList(ambition: Ambition, level: HeadingLevel, options: CardOptions, strings: UiStrings, label: string): MarkupElement {
  return h(
    'ul',
    { class: 'peolc-fb-cards', role: 'list', 'aria-label': label },
    ambition.buildingBlocks.map((block) => h('li', { class: 'peolc-fb-card-item' }, card(block, level, options, strings))),
  );
}

function buildingBlocks({ attributes, edition, strings }: Context): MarkupNode[] {
  const level = toHeadingLevel(attributes.get('heading-level'));
  const options = cardOptions(attributes);
  const value = attributes.get('ambition');
  if (isBlank(value)) {
    const cardLevel = Math.min(level + 1, 6) as HeadingLevel;
    return [
      root(
        edition.ambitions.map((ambition) => {
          const title = formatUiString(strings.buildingBlocksForAmbition, { number: ambition.number, title: ambition.title });
          return h('div', { class: 'peolc-fb-group' }, heading(level, { class: 'peolc-fb-group-heading' }, title), cardList(ambition, cardLevel, options, strings, title));
        }),
      ),
    ];
  }
  const found = findAmbition(edition, value);
  return found ? [root(cardList(found, level, options, strings, strings.buildingBlocksHeading))] : [];
}

function buildingBlock({ attributes, edition, strings }: Context): MarkupNode[] {
  const found = findBuildingBlock(edition, attributes.get('ambition'), attributes.get('block'));
  if (!('block' in found)) return [];
  const { block } = found;
  return [root(card(block, toHeadingLevel(attributes.get('heading-level')), cardOptions(attributes), strings))];
}

// ---------------------------------------------------------------------------
// <peolc-glossary> and <peolc-term>

function glossaryEntries(edition: Edition, terms: string | null): GlossaryEntry[] {
  const ids = parseIds(terms);
  const chosen = ids.length ? edition.glossary.filter((entry) => ids.includes(entry.id)) : [];
  return sortEntries(chosen.length ? chosen : edition.glossary);
}

function glossary({ attributes, edition, strings }: Context): MarkupElement {
  const entries = glossaryEntries(edition, attributes.get('terms'));
  const query = attributes.get('query') ?? '';
  const matching = entries.filter(entryMatcher(query));
  const total = entries.length;
  const count = query.trim() === '' ? formatUiString(strings.glossaryAll, { total }) : formatUiString(strings.glossaryMatches, { count: matching.length, total });
  const label = attributes.get('label');

  return root(
    // The search box and the count need script: keep their room only.
    reserve(
      'div',
      'peolc-fb-search-area',
      h(
        'div',
        { class: 'peolc-fb-search' },
        h('p', { class: 'peolc-fb-search-label' }, strings.glossarySearchLabel),
        h('p', { class: 'peolc-fb-hint' }, strings.glossarySearchHint),
        h('div', { class: 'peolc-fb-search-box' }, '\u00a0'),
      ),
      h('p', { class: 'peolc-fb-status' }, count),
    ),
    matching.length === 0 && h('p', { class: 'peolc-fb-empty' }, formatUiString(strings.glossaryNoMatches, { query: query.trim() })),
    matching.length > 0 &&
      h(
        'dl',
        { class: 'peolc-fb-entries', 'aria-label': label || null },
        matching.map((entry) =>
          h(
            'div',
            { class: 'peolc-fb-entry' },
            h('dt', { id: termAnchorId(entry) }, entry.term),
            h('dd', null, paragraphs(entry.definition), h('p', { class: 'peolc-fb-note' }, originNote(entry, strings))),
          ),
        ),
      ),
  );
}

function term({ attributes, edition }: Context): MarkupNode[] {
  const entry = findEntry(edition, attributes.get('term'));
  return entry ? [entry.term] : [];
}

export { escapeHtml };
