import type { Ambition, Edition } from '../../content/types.js';

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
export function parseNumberOrIdList<T extends Numbered>(items: readonly T[], value: string | null | undefined): { items: T[]; unknown: string[] } {
  const chosen = new Set<T>();
  const unknown: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
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

/** Heading levels an element may use, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

function isHeadingLevel(value: unknown): boolean {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6;
}

/** Reads a `heading-level` value: 2–6, otherwise the default 2. */
export function toHeadingLevel(value: unknown): HeadingLevel {
  return isHeadingLevel(value) ? (Number(value) as HeadingLevel) : 2;
}

/** Warns once when an element's `heading-level` is not 2–6. */
export function checkHeadingLevel(element: Element, value: unknown): void {
  if (!isHeadingLevel(value)) warnOnce(element, `heading-level="${String(value)}" is not 2–6, so 2 is used.`);
}

/** Logs a console warning once per element and message, so a bad attribute never floods the console. */
export function warnOnce(element: Element, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(message)) return;
  seen.add(message);
  warned.set(element, seen);
  console.warn(`<${element.localName}>: ${message}`);
}
const warned = new WeakMap<Element, Set<string>>();
