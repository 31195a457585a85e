import type { Edition, Foundation } from '../../content/types.js';

/**
 * Finds a foundation by number ("3") or id ("evidence-and-information").
 * Returns undefined for anything else, so callers can warn and fall back.
 */
export function findFoundation(edition: Edition, value: string | number | null | undefined): Foundation | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return edition.foundations.find((foundation) => foundation.number === Number(text));
  return edition.foundations.find((foundation) => foundation.id === text);
}

/**
 * Reads a list of foundations by number or id, separated by commas and/or
 * spaces. Returns the known ones in the edition's order (each once) and the
 * unknown entries as written.
 */
export function parseFoundationList(edition: Edition, value: string | null | undefined): { foundations: Foundation[]; unknown: string[] } {
  const chosen = new Set<Foundation>();
  const unknown: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const foundation = findFoundation(edition, entry);
    if (foundation) chosen.add(foundation);
    else unknown.push(entry);
  }
  return { foundations: edition.foundations.filter((foundation) => chosen.has(foundation)), unknown };
}
