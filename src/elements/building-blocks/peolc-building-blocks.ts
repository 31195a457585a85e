import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Ambition, Edition } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { FullContentController } from '../../context/full-content.js';
import { formatUiString } from '../../context/ui-strings.js';
import { heading } from '../shared/heading.js';
import { checkHeadingLevel, findAmbition, toHeadingLevel, warnOnce, type HeadingLevel } from '../shared/resolve.js';
import { sharedStyles } from '../shared/styles.js';
import { cardStyles, listStyles } from './building-blocks.styles.js';
import { renderBuildingBlockCard, type BuildingBlockToggleDetail } from './card.js';
import { checkMode, isBlank, toMode, type BuildingBlockMode } from './lookup.js';

let nextId = 0;

/**
 * The building blocks of one ambition as a list of cards, or of all six
 * ambitions, each group under its own heading. Each card has the block's
 * title as a real heading, its at-a-glance summary, and a "Read more" button
 * that opens the full text (or, with `mode="full"`, the full text open).
 *
 * With `ambition`, the card titles are headings at `heading-level`. Without
 * it, each ambition's group heading ("Ambition 3: Maximising comfort and
 * wellbeing") is at `heading-level` and the card titles one level below
 * (never below h6). An invalid `ambition` shows no cards and logs one
 * warning. The cards form one column in a narrow container, two from 40em
 * and three from 60em of container width.
 *
 * @tagname peolc-building-blocks
 * @attr {string} theme - A ready theme for this element: `default`, `nhs`, `neutral` or `high-contrast` (on <peolc-provider>, for everything inside).
 * @attr {string} color-scheme - `light` (the default), `dark`, or `auto` to follow the reader's setting.
 * @summary The building blocks of one ambition, or all six, as accessible cards.
 * @fires peolc-building-block-toggle - The user opened or closed a card's full text (never on a programmatic change). Detail: `{ ambition, id, expanded }`.
 * @csspart group - Each ambition's group, when all six are shown.
 * @csspart group-heading - The heading of each group ("Ambition 1: …").
 * @csspart list - Each list of cards.
 * @csspart card - Each card.
 * @csspart card-heading - Each card's title heading.
 * @csspart summary - Each card's at-a-glance summary.
 * @csspart toggle - Each "Read more" button (summary mode only).
 * @csspart body - Each card's full text.
 * @cssprop --peolc-card-background - Card background. Default white.
 * @cssprop --peolc-card-border - Card border and the rule beside the opened text. Default #d8dde0.
 * @cssprop --peolc-card-accent - The card's top edge and the "Read more" button's text. Keep 4.5:1 with the card background. Default #005eb8.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcBuildingBlocks extends LitElement {
  static override styles = [sharedStyles, cardStyles, listStyles];

  static override properties: PropertyDeclarations = {
    ambition: {},
    mode: {},
    headingLevel: { attribute: 'heading-level' },
    expanded: { state: true },
  };

  /** The ambition whose building blocks to show: number (1–6) or id. Absent or empty: all six ambitions. */
  ambition: string | number | null = null;

  /** `summary` (default): summaries with a "Read more" button each; `full`: the full text open. */
  mode: string | null = 'summary';

  /** Heading level (2–6) of the card titles with `ambition`, of the group headings without it. Default 2. */
  headingLevel: string | number = 2;

  /** Ids of the building blocks whose full text the user has opened. */
  private expanded: ReadonlySet<string> = new Set();

  private readonly content = new FullContentController(this, ambitions2015to2020);
  private readonly idPrefix = `peolc-building-blocks-${++nextId}`;
  private checkedEdition?: Edition;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { edition } = this.content;
    if (changed.has('ambition') || edition !== this.checkedEdition) {
      this.checkedEdition = edition;
      if (!isBlank(this.ambition) && !findAmbition(edition, this.ambition)) {
        warnOnce(this, `ambition="${String(this.ambition)}" is not an ambition number (1–6) or id, so no building blocks are shown.`);
      }
    }
    if (changed.has('mode')) checkMode(this, this.mode);
    if (changed.has('headingLevel')) checkHeadingLevel(this, this.headingLevel);
  }

  protected override render() {
    const { edition, strings } = this.content;
    const level = toHeadingLevel(this.headingLevel);
    const mode = toMode(this.mode);
    if (isBlank(this.ambition)) {
      const cardLevel = Math.min(level + 1, 6) as HeadingLevel;
      return html`<div class="container">
        ${edition.ambitions.map((ambition) => {
          const headingId = `${this.idPrefix}-ambition-${ambition.number}`;
          return html`<div class="group" part="group">
            ${heading(level, formatUiString(strings.buildingBlocksForAmbition, { number: ambition.number, title: ambition.title }), {
              id: headingId,
              part: 'group-heading',
            })}
            ${this.renderList(ambition, cardLevel, mode, { labelledBy: headingId })}
          </div>`;
        })}
      </div>`;
    }
    const ambition = findAmbition(edition, this.ambition);
    if (!ambition) return nothing;
    return html`<div class="container">${this.renderList(ambition, level, mode, { label: strings.buildingBlocksHeading })}</div>`;
  }

  private renderList(ambition: Ambition, level: HeadingLevel, mode: BuildingBlockMode, name: { label?: string; labelledBy?: string }) {
    const { strings } = this.content;
    // role="list" keeps list semantics in Safari, which drops them when list-style is none.
    return html`<ul
      class="list"
      part="list"
      role="list"
      aria-label=${name.label ?? nothing}
      aria-labelledby=${name.labelledBy ?? nothing}
    >
      ${ambition.buildingBlocks.map(
        (block) => html`<li class="item">
          ${renderBuildingBlockCard(block, {
            level,
            mode,
            expanded: this.expanded.has(block.id),
            strings,
            idPrefix: this.idPrefix,
            onToggle: () => this.toggle(ambition, block.id),
          })}
        </li>`,
      )}
    </ul>`;
  }

  /** Opens or closes a card on a user action, and fires the event. */
  private toggle(ambition: Ambition, id: string): void {
    const expanded = new Set(this.expanded);
    const nowExpanded = !expanded.has(id);
    if (nowExpanded) expanded.add(id);
    else expanded.delete(id);
    this.expanded = expanded;
    this.dispatchEvent(
      new CustomEvent<BuildingBlockToggleDetail>('peolc-building-block-toggle', {
        bubbles: true,
        composed: true,
        detail: { ambition: ambition.number, id, expanded: nowExpanded },
      }),
    );
  }
}
