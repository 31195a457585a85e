/**
 * Reading a building-block element's attributes: its mode and which block it
 * shows. Lit-free, so the no-JS fallback generator shares it.
 */
import type { Ambition, BuildingBlock, Edition } from '../../content/types.js';
import { findAmbition } from '../shared/resolve.js';

/** How a card shows its building block: the at-a-glance summary with a "Read more" disclosure, or everything open. */
export type BuildingBlockMode = 'summary' | 'full';
export const buildingBlockModes: readonly BuildingBlockMode[] = ['summary', 'full'];

/** Reads a `mode` value: `full`, otherwise `summary` (the default). */
export function toMode(value: unknown): BuildingBlockMode {
  return String(value ?? '').trim().toLowerCase() === 'full' ? 'full' : 'summary';
}

/** True when an `ambition` attribute is absent or blank. */
export function isBlank(value: string | number | null | undefined): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}

/**
 * Finds a building block by id. With an ambition (number or id), only in that
 * ambition; without one, anywhere in the edition (ids are unique in an
 * edition). Returns why nothing was found, so the element can warn.
 */
export function findBuildingBlock(
  edition: Edition,
  ambitionValue: string | number | null | undefined,
  blockId: string | null | undefined,
): { ambition: Ambition; block: BuildingBlock } | { problem: string } {
  const id = (blockId ?? '').trim();
  if (id === '') return { problem: 'no block id is given, so nothing is shown.' };
  if (!isBlank(ambitionValue)) {
    const ambition = findAmbition(edition, ambitionValue);
    if (!ambition) return { problem: `ambition="${String(ambitionValue)}" is not an ambition number (1–6) or id, so nothing is shown.` };
    const block = ambition.buildingBlocks.find((candidate) => candidate.id === id);
    if (block) return { ambition, block };
    const elsewhere = edition.ambitions.some((other) => other.buildingBlocks.some((candidate) => candidate.id === id));
    return {
      problem: elsewhere
        ? `block="${id}" is not a building block of ambition ${ambition.number}, so nothing is shown.`
        : `block="${id}" is not a building block id, so nothing is shown.`,
    };
  }
  for (const ambition of edition.ambitions) {
    const block = ambition.buildingBlocks.find((candidate) => candidate.id === id);
    if (block) return { ambition, block };
  }
  return { problem: `block="${id}" is not a building block id, so nothing is shown.` };
}
