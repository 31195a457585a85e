/**
 * The builder's hook for no-JS fallbacks: the one place that knows about
 * src/fallback/. `withFallback()` returns the element with the static HTML
 * readers see before the script runs (or if it never does) inside it.
 *
 * The build renders fallbacks in Node (src/fallback/render.ts, with
 * `@lit-labs/ssr`); in the browser the builder renders the same template:
 * the element's own `render()`, called with `whileRenderingFallback()`, which
 * makes the templates write what works without script. The element is this
 * bundle's own copy of the class, defined under a name of the builder's, so
 * the one on the page (from the CDN file) is never touched. Both write the
 * tree out with src/fallback/serialise.ts.
 *
 * Should rendering ever be unavailable, set `fallbackAvailable` to false and
 * make `withFallback` return undefined: the builder then hides its "Include a
 * no-JS fallback" option and everything else keeps working.
 * @module
 */
import { render } from 'lit';
import * as classes from '../../src/classes.js';
import { whileRenderingFallback } from '../../src/elements/shared/fallback-mode.js';
import { writeFallback, writeSnippet, type MarkupNode } from '../../src/fallback/serialise.js';
import { elements } from '../../src/registry.js';
import type { Attribute, BuilderTag } from './snippet.js';

export const fallbackAvailable = true;

/** The stylesheet that lays a fallback out like the element, relative to the package's root. */
export const fallbackStylesheet = 'dist/peolc-elements.css';

/** Where the builder's elements render, unseen: they are only read. */
const workshop = document.createElement('div');
workshop.hidden = true;
workshop.setAttribute('aria-hidden', 'true');

/** The builder's own name for a tag, defined with this bundle's copy of its class. */
function builderTag(tag: BuilderTag): string {
  const name = `peolc-builder-${tag.slice('peolc-'.length)}`;
  if (!customElements.get(name)) {
    const { className } = elements.find((element) => element.tag === tag)!;
    const Base = classes[className] as unknown as CustomElementConstructor;
    customElements.define(name, class extends Base {});
  }
  return name;
}

/** A rendered node as the serialiser takes it, without comments (Lit's markers). */
function fromDom(node: Node): MarkupNode | undefined {
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element)) return undefined;
  return {
    tag: node.localName,
    attributes: [...node.attributes].map((attribute) => [attribute.name, attribute.value]),
    children: [...node.childNodes].map(fromDom).filter((child) => child !== undefined),
  };
}

/**
 * The last few fallbacks, by tag and attributes. A fallback depends on
 * nothing else, and `<peolc-framework>`'s is the whole document (about
 * 140 KB of HTML, a few hundred milliseconds to render): the builder asks
 * again on every keystroke in any field (the CDN address, the term's
 * words), and a click fires both `input` and `change`, so each is rendered
 * once and the promise kept.
 */
const rendered = new Map<string, Promise<string | undefined>>();
const keep = 8;

/** The element with its fallback inside, or undefined where there is none to add. */
export function withFallback(tag: BuilderTag, attributes: readonly Attribute[]): Promise<string | undefined> {
  const key = JSON.stringify([tag, attributes]);
  let result = rendered.get(key);
  if (result) {
    // Most recently used last.
    rendered.delete(key);
  } else {
    result = renderWithFallback(tag, attributes);
    // A failed render is not kept, so the next change tries again.
    result.catch(() => rendered.delete(key));
  }
  rendered.set(key, result);
  while (rendered.size > keep) rendered.delete(rendered.keys().next().value!);
  return result;
}

async function renderWithFallback(tag: BuilderTag, attributes: readonly Attribute[]): Promise<string | undefined> {
  // A term's own words are its fallback already: nothing to add.
  if (tag === 'peolc-term') return undefined;
  const list: [string, string][] = attributes.map(([name, value]) => [name, value === true ? '' : value]);
  const element = document.createElement(builderTag(tag)) as HTMLElement & { updateComplete: Promise<unknown>; render(): unknown };
  for (const [name, value] of list) element.setAttribute(name, value);
  if (!workshop.isConnected) document.body.append(workshop);
  workshop.append(element);
  try {
    // Connected, it has its content (and the full text it asked for).
    await element.updateComplete;
    const out = document.createElement('div');
    render(
      whileRenderingFallback(() => element.render()),
      out,
    );
    return writeSnippet(tag, list, writeFallback([...out.childNodes].map(fromDom).filter((node) => node !== undefined)));
  } finally {
    element.remove();
  }
}
