import type { Ambition, Edition } from '../../content/types.js';

/**
 * Finds an ambition by number ("3") or id ("maximising-comfort-and-wellbeing").
 * Returns undefined for anything else, so callers can warn and fall back.
 */
export function findAmbition(edition: Edition, value: string | number | null | undefined): Ambition | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return edition.ambitions.find((ambition) => ambition.number === Number(text));
  return edition.ambitions.find((ambition) => ambition.id === text);
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
