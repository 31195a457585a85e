import { html, nothing, type TemplateResult } from 'lit';
import type { Ambition } from '../../content/types.js';
import { formatUiString, type UiStrings } from '../../context/ui-strings.js';
import { heading } from './heading.js';
import type { AmbitionDetailPart } from './detail-parts.js';
import type { HeadingLevel } from './resolve.js';

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
