import { html, nothing, type TemplateResult } from 'lit';
import type { BuildingBlock } from '../../content/types.js';
import type { UiStrings } from '../../context/ui-strings.js';
import { heading } from '../shared/heading.js';
import type { HeadingLevel } from '../../model/lookup.js';
import type { BuildingBlockMode } from '../../model/building-block-lookup.js';

/** What a card needs besides its building block. */
export interface CardOptions {
  /** Level of the card's title heading. */
  level: HeadingLevel;
  mode: BuildingBlockMode;
  /** In summary mode, whether the full text is open. */
  expanded: boolean;
  strings: UiStrings;
  /** Called when the user presses the "Read more" button. */
  onToggle: () => void;
}

/**
 * One building block as a card, the single template both
 * `<peolc-building-blocks>` and `<peolc-building-block>` use: the full title
 * as a real heading, the at-a-glance summary (labelled "At a glance" for
 * screen readers) and the full text.
 *
 * In summary mode the full text sits in a region after a disclosure button
 * (`aria-expanded`, `aria-controls`) whose accessible name adds the title to
 * the visible "Read more", e.g. "Read more: Honest conversations", so a list
 * of buttons still makes sense out of context. The region is `hidden` when
 * collapsed and marked `data-print-expand`, so it prints; the button does
 * not print. In full mode there is no button and the text is open.
 *
 * The heading is always the full `title`, never `glanceTitle`: a card's name
 * stays the same in both modes and in the button's name, and the two glance
 * titles in the 2015–2020 edition only shorten the full ones.
 */
export function renderBuildingBlockCard(block: BuildingBlock, options: CardOptions): TemplateResult {
  const { level, mode, expanded, strings, onToggle } = options;
  const bodyId = `body-${block.id}`;
  const full = mode === 'full';
  // The name is "Read more: Honest conversations"; a hidden ": title" after the visible words would come out as " : title".
  const toggleLabel = expanded ? strings.readLess : strings.readMore;
  return html`<div class="card" part="card" data-block=${block.id}>
    ${heading(level, block.title, { part: 'card-heading' })}
    <p class="summary" part="summary"><span class="visually-hidden">${strings.buildingBlockSummaryLabel}: </span>${block.summary}</p>
    ${full
      ? nothing
      : html`<button
          type="button"
          class="toggle"
          part="toggle"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${bodyId}
          @click=${onToggle}
        ><span class="visually-hidden">${toggleLabel}: ${block.title}</span><span aria-hidden="true">${toggleLabel}</span></button>`}
    <div class="body" part="body" id=${bodyId} ?hidden=${!full && !expanded} data-print-expand>
      ${block.body.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>
  </div>`;
}
