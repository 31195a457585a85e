import type { Edition, Foundation } from '../content/types.js';
import { findByNumberOrId, parseNumberOrIdList } from './lookup.js';

/** Finds a foundation by number ("3") or id ("evidence-and-information"). */
export function findFoundation(edition: Edition, value: string | number | null | undefined): Foundation | undefined {
  return findByNumberOrId(edition.foundations, value);
}

/** Reads a list of foundations by number or id, in the edition's order, and the unknown entries. */
export function parseFoundationList(
  edition: Edition,
  value: string | readonly string[] | null | undefined,
): { foundations: Foundation[]; unknown: string[] } {
  const { items, unknown } = parseNumberOrIdList(edition.foundations, value);
  return { foundations: items, unknown };
}
