import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Ambition, Edition } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { formatUiString } from '../../context/ui-strings.js';
import { OpenState } from '../../model/open-state.js';
import type { BuildingBlockToggleDetail } from '../shared/events.js';
import { heading } from '../shared/heading.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { findAmbition, type HeadingLevel } from '../../model/lookup.js';
import { sharedStyles } from '../shared/styles.js';
import { cardStyles, listStyles } from './building-blocks.styles.js';
import { renderBuildingBlockCard } from './card.js';
import { buildingBlockModes, type BuildingBlockMode } from '../../model/building-block-lookup.js';

export type { BuildingBlockMode, BuildingBlockToggleDetail };

/**
 * The building blocks of one ambition as a list of cards, or of all six
 * ambitions, each group under its own heading. Each card has the block's
 * title as a real heading, its at-a-glance summary, and a "Read more" button
 * that opens the full text (or, with `mode="full"`, the full text open).
 * `expanded` opens every card; `toggle()` opens or closes one from code.
 *
 * With `ambition`, the card titles are headings at `heading-level`. Without
 * it, each ambition's group heading ("Ambition 3: Maximising comfort and
 * wellbeing") is at `heading-level` and the card titles one level below
 * (never below h6). An invalid `ambition` logs one warning and shows all
 * six. The cards form one column in a narrow container, two from 40em
 * and three from 60em of container width.
 *
 * @tagname peolc-building-blocks
 * @summary The building blocks of one ambition, or all six, as accessible cards.
 * @fires {CustomEvent<BuildingBlockToggleDetail>} peolc-building-block-toggle - The user opened or closed a card's full text (never on a programmatic change). Detail: `{ id, ambition, expanded }`.
 * @csspart group - Each ambition's group, when all six are shown.
 * @csspart group-heading - The heading of each group ("Ambition 1: …").
 * @csspart list - Each list of cards.
 * @csspart card - Each card.
 * @csspart card-heading - Each card's title heading.
 * @csspart summary - Each card's at-a-glance summary.
 * @csspart toggle - Each "Read more" button (summary mode only).
 * @csspart body - Each card's full text.
 * @cssprop --peolc-card-background-color - Card background. Default white.
 * @cssprop --peolc-card-border-color - Card border and the rule beside the opened text. Default #d8dde0.
 * @cssprop --peolc-card-accent-color - The card's top edge and the "Read more" button's text. Keep 4.5:1 with the card background. Default #005eb8.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcBuildingBlocks extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, cardStyles, listStyles];

  static override properties: PropertyDeclarations = {
    ambition: properties.numberOrId('an ambition number (1–6) or id', { otherwise: 'every ambition’s building blocks are shown' }),
    mode: properties.oneOf(buildingBlockModes, 'summary', { otherwise: 'summary is used' }),
    headingLevel: properties.headingLevel(),
    expanded: properties.flag({ reflect: true }),
  };

  /** The ambition whose building blocks to show: number (1–6) or id. Absent or empty: all six ambitions. */
  ambition: string | number | null = null;

  /** `summary` (default): summaries with a "Read more" button each; `full`: the full text open, no buttons. */
  mode: BuildingBlockMode = 'summary';

  /** Heading level (2–6) of the card titles with `ambition`, of the group headings without it. Default 2. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  /**
   * Opens every card's full text; false closes them all. Reflected, and kept
   * in step with the reader: it is true exactly when every card shown is open.
   */
  get expanded(): boolean {
    return this.open.expanded;
  }
  set expanded(value: boolean) {
    this.open.setAll(value);
    // Render even when the value is unchanged: the tiles the reader changed follow it.
    this.requestUpdate();
  }

  private readonly open = new OpenState();
  private checkedEdition?: Edition;

  /** The one ambition `ambition` names, or undefined for all six (when it is unset, or names none). */
  private get chosenAmbition(): Ambition | undefined {
    return this.ambition === null ? undefined : findAmbition(this.fullEdition, this.ambition);
  }

  /** The ambitions whose cards are shown. */
  private get shownAmbitions(): Ambition[] {
    const chosen = this.chosenAmbition;
    return chosen ? [chosen] : this.fullEdition.ambitions;
  }

  /**
   * Opens or closes one card's full text (by building-block id), or flips it
   * when `open` is left out. Fires no event. Returns whether it is now open,
   * or undefined when no such card is shown.
   */
  toggle(block: string, open?: boolean): boolean | undefined {
    const shown = this.shownAmbitions.some((ambition) => ambition.buildingBlocks.some((candidate) => candidate.id === block));
    if (!shown) return undefined;
    const next = open ?? !this.open.isOpen(block);
    this.open.set(block, next);
    this.requestUpdate();
    return next;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const edition = this.fullEdition;
    if (changed.has('ambition') || edition !== this.checkedEdition) {
      this.checkedEdition = edition;
      if (this.ambition !== null && !findAmbition(edition, this.ambition)) {
        this.warn(`ambition="${this.ambition}" is not an ambition number (1–6) or id, so every ambition's building blocks are shown.`);
      }
    }
    // Keep `expanded` (and its attribute) true exactly when every card shown is open.
    const ids = this.shownAmbitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => block.id));
    const old = this.open.follow(ids, this.mode === 'full');
    if (old !== undefined) this.requestUpdate('expanded', old);
  }

  protected override render() {
    const { strings } = this.content;
    const level = Number(this.headingLevel) as HeadingLevel;
    const ambition = this.chosenAmbition;
    if (!ambition) {
      const cardLevel = Math.min(level + 1, 6) as HeadingLevel;
      return html`<div class="container">
        ${this.fullEdition.ambitions.map((ambition) => {
          const headingId = `ambition-${ambition.number}`;
          return html`<div class="group" part="group">
            ${heading(level, formatUiString(strings.buildingBlocksForAmbition, { number: ambition.number, title: ambition.title }), {
              id: headingId,
              part: 'group-heading',
            })}
            ${this.renderList(ambition, cardLevel, { labelledBy: headingId })}
          </div>`;
        })}
      </div>`;
    }
    return html`<div class="container">${this.renderList(ambition, level, { label: strings.buildingBlocksHeading })}</div>`;
  }

  private renderList(ambition: Ambition, level: HeadingLevel, name: { label?: string; labelledBy?: string }) {
    const { strings } = this.content;
    // role="list" keeps list semantics in Safari, which drops them when list-style is none.
    /* eslint-disable lit-a11y/no-redundant-role -- that is why it is there */
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
            mode: this.mode,
            expanded: this.open.isOpen(block.id),
            strings,
            onToggle: () => this.onToggle(ambition, block.id),
          })}
        </li>`,
      )}
    </ul>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /** Opens or closes a card on a user action, and fires the event. */
  private onToggle(ambition: Ambition, id: string): void {
    const expanded = !this.open.isOpen(id);
    this.open.set(id, expanded);
    this.requestUpdate();
    this.emit('peolc-building-block-toggle', { id, ambition: ambition.number, expanded });
  }
}
