/** The optional parts of an ambition's detail. Lit-free, so the no-JS fallback shares it. */

import { listEntries } from './coerce.js';

/** Optional parts of an ambition's detail, beyond number, title and statement. */
export type AmbitionDetailPart = 'what-we-know' | 'building-blocks';
export const ambitionDetailParts: readonly AmbitionDetailPart[] = ['what-we-know', 'building-blocks'];

/** Reads a space-separated list of parts; returns the known ones and the unknown words. */
export function parseDetailParts(value: string | readonly string[] | null | undefined): { parts: Set<AmbitionDetailPart>; unknown: string[] } {
  const parts = new Set<AmbitionDetailPart>();
  const unknown: string[] = [];
  for (const word of listEntries(value)) {
    if ((ambitionDetailParts as readonly string[]).includes(word)) parts.add(word as AmbitionDetailPart);
    else unknown.push(word);
  }
  return { parts, unknown };
}

/** The warning for words of `parts` that are not parts, or undefined when every word is one. */
export function unknownPartsWarning(value: string | readonly string[] | null | undefined): string | undefined {
  const { unknown } = parseDetailParts(value);
  return unknown.length ? `parts has unknown parts (${unknown.join(', ')}); use ${ambitionDetailParts.join(' and ')}.` : undefined;
}
