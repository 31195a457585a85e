/**
 * No-JS fallbacks, rendered from the elements themselves: each element's own
 * template, rendered on the server by `@lit-labs/ssr`, with its shadow DOM
 * written out as plain HTML for partners to put inside the element's tag.
 * Before the script runs (or when it never does) readers get the same words
 * in the same boxes; when the element upgrades its shadow DOM takes their
 * place. With `dist/peolc-elements.css` (made from the same elements' styles)
 * on the page, the fallback is laid out like the element, so the page does
 * not move when it upgrades.
 *
 * Rendered on the server, the templates swap what needs script for what works
 * without it (`isServer` in lit): disclosures are native `<details>`, the
 * wheel's radios are a list of titles, and a search box or an instruction to
 * use the wheel keeps its room but is `inert` and unseen.
 *
 * ```js
 * import { fallbackSnippet } from 'peolc-elements/fallback/render.js';
 * await fallbackSnippet('peolc-foundation-grid', { expanded: '' });
 * // <peolc-foundation-grid expanded>
 * //   <div class="peolc-fallback">…</div>
 * // </peolc-foundation-grid>
 * ```
 *
 * For Node (a build step, a static-site generator): it needs the optional
 * peer dependencies `@lit-labs/ssr` and `parse5`. Every string from an
 * edition or an attribute is escaped by Lit; the output is the same for the
 * same input.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { ambitions2015to2020 } from '../content/ambitions-2015-2020/index.js';
import type { Edition } from '../content/types.js';
import { setServerContent } from '../context/content-context.js';
import { mergeUiStrings } from '../context/merge-ui-strings.js';
import type { UiStrings } from '../context/ui-strings.js';
import { findEntry } from '../elements/glossary/glossary-entries.js';
import { elements, type PeolcTag } from '../registry.js';
import { escapeHtml, isSafeName } from './markup.js';
import { writeAttributes, writeFallback, writeSnippet, type MarkupNode } from './serialise.js';
import { defineElements } from './server-elements.js';

export { fallbackRootClass } from './serialise.js';

/** Every tag a fallback can be written for, those with content of their own first, then `<peolc-provider>`. */
export const fallbackTags: readonly PeolcTag[] = [
  ...elements.filter((element) => element.display !== 'contents'),
  ...elements.filter((element) => element.display === 'contents'),
].map((element) => element.tag);

/** A tag a fallback can be written for. */
export type FallbackTag = PeolcTag;

/**
 * Attributes as an element would have them. A string or number is the
 * attribute's value (`''` for a boolean attribute such as `expanded`); `true`
 * is the same as `''`; `false`, `null` and `undefined` leave it out.
 */
export type FallbackAttributes = Record<string, string | number | boolean | null | undefined>;

/** What to write the fallback from. */
export interface FallbackOptions {
  /** The edition, as a `<peolc-provider>` would give it; the built-in 2015–2020 one by default. */
  edition?: Edition;
  /** Interface strings to replace, as a `<peolc-provider strings>` would. */
  strings?: Partial<UiStrings>;
}

/** Whether `tag` is one of the library's tags. */
export function isFallbackTag(tag: string): tag is FallbackTag {
  return (fallbackTags as readonly string[]).includes(tag);
}

/**
 * The static HTML `tag` would show with these attributes, to put inside the
 * element: the element's shadow DOM in a `<div class="peolc-fallback">`, a
 * term's words, or `''` when the element shows nothing (an unknown ambition,
 * `<peolc-provider>`).
 *
 * @param tag - one of `fallbackTags`; anything else throws a RangeError.
 * @param attributes - the element's attributes (names are case-insensitive; a name that is not one throws a RangeError).
 */
export async function renderFallback(tag: string, attributes: FallbackAttributes = {}, options: FallbackOptions = {}): Promise<string> {
  const name = checkTag(tag);
  const list = attributeList(attributes);
  if (name === 'peolc-provider') return '';
  const edition = options.edition ?? ambitions2015to2020;
  if (name === 'peolc-term') {
    // A term's fallback is its own words, which the element keeps in its slot.
    const entry = findEntry(edition, list.find(([key]) => key === 'term')?.[1] ?? null);
    return entry ? escapeHtml(entry.term) : '';
  }
  const shadow = await renderShadowRoot(name, list, options);
  return writeFallback(
    parseFragment(shadow)
      .childNodes.filter((node) => node.nodeName !== 'style')
      .map(fromParse5)
      .filter((node) => node !== undefined),
  );
}

/**
 * The element with its fallback inside, ready to paste, e.g.
 * `<peolc-foundation-grid expanded>` … `</peolc-foundation-grid>`. Attributes
 * are written in the order given, boolean ones bare; `<peolc-term>` stays on
 * one line, as it sits in running text.
 */
export async function fallbackSnippet(tag: string, attributes: FallbackAttributes = {}, options: FallbackOptions = {}): Promise<string> {
  const name = checkTag(tag);
  return writeSnippet(name, attributeList(attributes), await renderFallback(name, attributes, options));
}

function checkTag(tag: string): FallbackTag {
  const name = String(tag).toLowerCase();
  if (!isFallbackTag(name)) throw new RangeError(`<${String(tag)}> is not a peolc-elements tag (${fallbackTags.join(', ')})`);
  return name;
}

/** The attributes to write: lower-case names, values as strings (`''` for a bare one), absent ones left out. */
function attributeList(attributes: FallbackAttributes): [string, string][] {
  const list: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const name = key.toLowerCase();
    if (!isSafeName(name)) throw new RangeError(`"${key}" is not an attribute name`);
    if (value === false || value === null || value === undefined) continue;
    list.push([name, value === true ? '' : String(value)]);
  }
  return list;
}

// ---------------------------------------------------------------------------
// Rendering

// One render at a time: the content for it is set for the whole render.
let queue: Promise<unknown> = Promise.resolve();

/** The element's shadow root as Lit renders it on the server: its `<style>`, its markup, Lit's comment markers. */
function renderShadowRoot(tag: FallbackTag, attributes: readonly (readonly [string, string])[], options: FallbackOptions): Promise<string> {
  const run = async () => {
    defineElements();
    setServerContent(
      options.edition || options.strings ? { edition: options.edition, strings: mergeUiStrings(options.strings ?? {}).strings } : undefined,
    );
    try {
      // Names are checked and values escaped, so the tag may be written as static markup.
      const result = await collectResult(render(html`${unsafeStatic(`<${tag}${writeAttributes(attributes)}></${tag}>`)}`));
      const start = result.indexOf('>', result.indexOf('<template shadowroot')) + 1;
      const end = result.lastIndexOf('</template>');
      if (start <= 0 || end < start) throw new Error(`<${tag}> rendered no shadow root on the server`);
      return result.slice(start, end);
    } finally {
      setServerContent(undefined);
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** The parsed tree as plain nodes, without comments (Lit's markers, the templates' own). */
function fromParse5(node: DefaultTreeAdapterMap['node']): MarkupNode | undefined {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('tagName' in node)) return undefined;
  return {
    tag: node.tagName,
    attributes: node.attrs.map(({ name, value }) => [name, value]),
    children: node.childNodes.map(fromParse5).filter((child) => child !== undefined),
  };
}
