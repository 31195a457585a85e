import type { ElementUiStrings } from './ui-strings.js';

// Per table of strings, the table with each element's own strings added: made once, not on every render.
const tables = new WeakMap<object, Map<object, object>>();

/**
 * The strings of an element whose own strings load with it alone (the
 * explorer's, the self-assessment's): a provider's table, which has every
 * string, or the built-in one with the element's own added.
 */
export function withOwnStrings<Base extends ElementUiStrings, Own extends Record<string, string>>(strings: Base, own: Own): Base & Own {
  if (Object.keys(own).every((name) => name in strings)) return strings as Base & Own;
  let byOwn = tables.get(strings);
  if (!byOwn) tables.set(strings, (byOwn = new Map()));
  let full = byOwn.get(own);
  if (!full) byOwn.set(own, (full = { ...strings, ...own }));
  return full as Base & Own;
}
