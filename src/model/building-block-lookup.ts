/**
 * Reading a building-block element's attributes: its mode and which block it
 * shows. Lit-free, so the no-JS fallback generator shares it.
 */
import type { Ambition, BuildingBlock, Edition } from '../content/types.js';
import { coerceOrFallback, oneOf } from './coerce.js';
import { findAmbition } from './lookup.js';

/** How a card shows its building block: the at-a-glance summary with a "Read more" disclosure, or everything open. */
export type BuildingBlockMode = 'summary' | 'full';
export const buildingBlockModes: readonly BuildingBlockMode[] = ['summary', 'full'];

const mode = oneOf(buildingBlockModes, 'summary');

/** Reads a `mode` value as the elements do: `full`, otherwise `summary` (the default). */
export function toMode(value: unknown): BuildingBlockMode {
  return coerceOrFallback(mode, value);
}

/** True when an `ambition` attribute is absent or blank. */
export function isBlank(value: string | number | null | undefined): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}

/**
 * Finds a building block by id (ids are unique in an edition). With an
 * ambition (number or id) that does not match, the block is still found
 * wherever it is, with a problem to warn about; only an unknown id finds
 * nothing.
 */
export function findBuildingBlock(
  edition: Edition,
  ambitionValue: string | number | null | undefined,
  blockId: string | null | undefined,
): { ambition: Ambition; block: BuildingBlock; problem?: string } | { problem: string } {
  const id = (blockId ?? '').trim();
  if (id === '') return { problem: 'no block id is given, so nothing is shown.' };
  const owner = edition.ambitions.find((ambition) => ambition.buildingBlocks.some((candidate) => candidate.id === id));
  const block = owner?.buildingBlocks.find((candidate) => candidate.id === id);
  if (!owner || !block) return { problem: `block="${id}" is not a building block id, so nothing is shown.` };
  if (isBlank(ambitionValue)) return { ambition: owner, block };
  const ambition = findAmbition(edition, ambitionValue);
  if (!ambition) {
    return { ambition: owner, block, problem: `ambition="${String(ambitionValue)}" is not an ambition number (1–6) or id, so it is ignored.` };
  }
  if (ambition !== owner) {
    return {
      ambition: owner,
      block,
      problem: `block="${id}" is a building block of ambition ${owner.number}, not ${ambition.number}; it is shown all the same.`,
    };
  }
  return { ambition: owner, block };
}
