import { html, type TemplateResult } from 'lit';
import type { BuildingBlock } from '../../content/types.js';
import type { ElementUiStrings } from '../../context/ui-strings.js';
import { renderDisclosure } from '../shared/disclosure.js';
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
  strings: ElementUiStrings;
  /** Called when the user presses the "Read more" button. */
  onToggle: () => void;
}

/**
 * One building block as a card, the single template both
 * `<peolc-building-blocks>` and `<peolc-building-block>` use: the full title
 * as a real heading, the at-a-glance summary (labelled "At a glance" for
 * screen readers) and the full text.
 *
 * In summary mode the full text sits behind a disclosure (renderDisclosure)
 * whose accessible name adds the title to the visible "Read more", e.g.
 * "Read more: Honest conversations", so a list of buttons still makes sense
 * out of context. In full mode there is no button and the text is open.
 *
 * The heading is always the full `title`, never `glanceTitle`: a card's name
 * stays the same in both modes and in the button's name, and the two glance
 * titles in the 2015–2020 edition only shorten the full ones.
 */
export function renderBuildingBlockCard(block: BuildingBlock, options: CardOptions): TemplateResult {
  const { level, mode, expanded, strings, onToggle } = options;
  const paragraphs = block.body.map((paragraph) => html`<p>${paragraph}</p>`);
  return html`<div class="card" part="card" data-block=${block.id}>
    ${heading(level, block.title, { part: 'card-heading' })}
    <p class="summary" part="summary"><span class="visually-hidden">${strings.buildingBlockSummaryLabel}: </span>${block.summary}</p>
    ${
      mode === 'full'
        ? html`<div class="body" part="body" id=${`body-${block.id}`} data-print-expand>${paragraphs}</div>`
        : renderDisclosure({
            id: `body-${block.id}`,
            expanded,
            title: block.title,
            labels: { closed: strings.readMore, open: strings.readLess },
            onToggle,
            body: paragraphs,
          })
    }
  </div>`;
}
