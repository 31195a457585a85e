import { html, nothing, type TemplateResult } from 'lit';
import type { Ambition, AmbitionOutline } from '../../content/types.js';
import { formatUiString, type ElementUiStrings } from '../../context/ui-strings.js';
import { heading } from './heading.js';
import type { AmbitionDetailPart } from '../../model/detail-parts.js';
import type { HeadingLevel } from '../../model/lookup.js';

/**
 * One ambition in full: its number, title as a heading at the host's level,
 * the "I" statement and, when asked for, the points and building-block titles.
 * Shared by the wheel's panel and <peolc-ambition>. Until the full text has
 * arrived (`ambition` undefined) it shows the outline's number and title and
 * says the rest is loading, or that it could not be loaded.
 */
export function renderAmbitionDetail(
  outline: AmbitionOutline,
  ambition: Ambition | undefined,
  options: { level: HeadingLevel; parts: Set<AmbitionDetailPart>; strings: ElementUiStrings; idPrefix: string; failed: boolean },
): TemplateResult {
  const { level, parts, strings, idPrefix } = options;
  const subLevel = Math.min(level + 1, 6) as HeadingLevel;
  const top = html`
    <p class="eyebrow" part="panel-number">${formatUiString(strings.ambitionLabel, { number: outline.number })}</p>
    ${heading(level, outline.title, { id: `${idPrefix}-title`, part: 'panel-title' })}
  `;
  if (!ambition) {
    return html`${top}<p class="status" part="panel-status" role="status">${options.failed ? strings.ambitionLoadFailed : strings.ambitionLoading}</p>`;
  }
  return html`
    ${top}
    <p class="statement" part="panel-statement">${ambition.statement}</p>
    ${
      parts.has('what-we-know')
        ? html`${heading(subLevel, strings.whatWeKnowHeading, { part: 'panel-subheading' })}
          <ul part="panel-list">${ambition.whatWeKnow.map((point) => html`<li>${point}</li>`)}</ul>`
        : nothing
    }
    ${
      parts.has('building-blocks')
        ? html`${heading(subLevel, strings.buildingBlocksHeading, { part: 'panel-subheading' })}
          <ul part="panel-list">${ambition.buildingBlocks.map((block) => html`<li>${block.title}</li>`)}</ul>`
        : nothing
    }
  `;
}
