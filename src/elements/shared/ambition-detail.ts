import { html, nothing, type TemplateResult } from 'lit';
import type { Ambition } from '../../content/types.js';
import { formatUiString, type UiStrings } from '../../context/ui-strings.js';
import { heading } from './heading.js';
import type { HeadingLevel } from './resolve.js';

/** Optional parts of an ambition's detail, beyond number, title and statement. */
export type AmbitionDetailPart = 'what-we-know' | 'building-blocks';
export const ambitionDetailParts: readonly AmbitionDetailPart[] = ['what-we-know', 'building-blocks'];

/** Reads a space-separated list of parts; returns the known ones and the unknown words. */
export function parseDetailParts(value: string | null | undefined): { parts: Set<AmbitionDetailPart>; unknown: string[] } {
  const parts = new Set<AmbitionDetailPart>();
  const unknown: string[] = [];
  for (const word of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    if ((ambitionDetailParts as readonly string[]).includes(word)) parts.add(word as AmbitionDetailPart);
    else unknown.push(word);
  }
  return { parts, unknown };
}

/**
 * One ambition in full: its number, title as a heading at the host's level,
 * the "I" statement and, when asked for, the points and building-block titles.
 * Shared by the wheel's panel and <peolc-ambition>.
 */
export function renderAmbitionDetail(
  ambition: Ambition,
  options: { level: HeadingLevel; parts: Set<AmbitionDetailPart>; strings: UiStrings; idPrefix: string },
): TemplateResult {
  const { level, parts, strings, idPrefix } = options;
  const subLevel = Math.min(level + 1, 6) as HeadingLevel;
  return html`
    <p class="eyebrow" part="panel-number">${formatUiString(strings.ambitionLabel, { number: ambition.number })}</p>
    ${heading(level, ambition.title, { id: `${idPrefix}-title`, part: 'panel-title' })}
    <p class="statement" part="panel-statement">${ambition.statement}</p>
    ${parts.has('what-we-know')
      ? html`${heading(subLevel, strings.whatWeKnowHeading, { part: 'panel-subheading' })}
          <ul part="panel-list">${ambition.whatWeKnow.map((point) => html`<li>${point}</li>`)}</ul>`
      : nothing}
    ${parts.has('building-blocks')
      ? html`${heading(subLevel, strings.buildingBlocksHeading, { part: 'panel-subheading' })}
          <ul part="panel-list">${ambition.buildingBlocks.map((block) => html`<li>${block.title}</li>`)}</ul>`
      : nothing}
  `;
}
