import type { Ambition, Edition } from '../content/types.js';
import { coerceOrFallback, headingLevel, listEntries, type HeadingLevel } from './coerce.js';

/** Anything numbered and identified in an edition: ambitions and foundations. */
interface Numbered {
  number: number;
  id: string;
}

/**
 * Finds an item by number ("3") or id ("maximising-comfort-and-wellbeing").
 * Returns undefined for anything else, so callers can warn and fall back.
 */
export function findByNumberOrId<T extends Numbered>(items: readonly T[], value: string | number | null | undefined): T | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return items.find((item) => item.number === Number(text));
  return items.find((item) => item.id === text);
}

/**
 * Reads a list of numbers or ids separated by commas and/or spaces ("1,3 6").
 * Returns the known items in the edition's order (each once) and the unknown
 * entries as written.
 */
export function parseNumberOrIdList<T extends Numbered>(
  items: readonly T[],
  value: string | readonly string[] | null | undefined,
): { items: T[]; unknown: string[] } {
  const chosen = new Set<T>();
  const unknown: string[] = [];
  for (const entry of listEntries(value)) {
    const item = findByNumberOrId(items, entry);
    if (item) chosen.add(item);
    else unknown.push(entry);
  }
  return { items: items.filter((item) => chosen.has(item)), unknown };
}

/** Finds an ambition by number ("3") or id ("maximising-comfort-and-wellbeing"). */
export function findAmbition(edition: Edition, value: string | number | null | undefined): Ambition | undefined {
  return findByNumberOrId(edition.ambitions, value);
}

export type { HeadingLevel } from './coerce.js';

/** Reads a `heading-level` value (as the no-JS fallback gets it): 2–6, otherwise the default 2. */
export function toHeadingLevel(value: unknown): HeadingLevel {
  return coerceOrFallback(headingLevel, value);
}

/** The level of headings under one at `level`: one deeper, at most 6. */
export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
