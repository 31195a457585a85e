/**
 * The builder's hook for no-JS fallbacks: the one place that knows about
 * src/fallback/. `withFallback()` returns the element with the static HTML
 * readers see before the script runs (or if it never does) inside it.
 *
 * Should the fallback module ever be unavailable, set `fallbackAvailable` to
 * false and make `withFallback` return undefined: the builder then hides its
 * "Include a no-JS fallback" option and everything else keeps working.
 * @module
 */
import { fullSnippet } from '../../src/fallback/fallback-html.js';
import type { Attribute, BuilderTag } from './snippet.js';

export const fallbackAvailable = true;

/** The stylesheet that lays a fallback out like the element, relative to the package's root. */
export const fallbackStylesheet = 'dist/peolc-elements.css';

/** The element with its fallback inside, or undefined where there is none to add. */
export function withFallback(tag: BuilderTag, attributes: readonly Attribute[]): string | undefined {
  // A term's own words are its fallback already: nothing to add.
  if (tag === 'peolc-term') return undefined;
  return fullSnippet(tag, Object.fromEntries(attributes.map(([name, value]) => [name, value === true ? '' : value])));
}
