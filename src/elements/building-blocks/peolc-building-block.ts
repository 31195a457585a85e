import { nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Edition } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import type { BuildingBlockToggleDetail } from '../shared/events.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import type { HeadingLevel } from '../../model/lookup.js';
import { sharedStyles } from '../shared/styles.js';
import { cardStyles } from './building-blocks.styles.js';
import { renderBuildingBlockCard } from './card.js';
import { buildingBlockModes, findBuildingBlock, type BuildingBlockMode } from '../../model/building-block-lookup.js';

export type { BuildingBlockToggleDetail };

/**
 * One building block as a card on its own, exactly as in
 * `<peolc-building-blocks>`: the title as a heading at `heading-level`, the
 * at-a-glance summary and a "Read more" button (or, with `mode="full"`, the
 * full text open). `block` names the building block by id; `ambition` (number
 * or id) is optional, and when given the block must belong to it. Anything
 * that does not match shows nothing and logs one warning.
 *
 * @tagname peolc-building-block
 * @summary One building block as an accessible card.
 * @fires {CustomEvent<BuildingBlockToggleDetail>} peolc-building-block-toggle - The user opened or closed the full text (never on a programmatic change). Detail: `{ id, ambition, expanded }`.
 * @csspart card - The card.
 * @csspart card-heading - The title heading.
 * @csspart summary - The at-a-glance summary.
 * @csspart toggle - The "Read more" button (summary mode only).
 * @csspart body - The full text.
 * @cssprop --peolc-card-background-color - Card background. Default white.
 * @cssprop --peolc-card-border-color - Card border and the rule beside the opened text. Default #d8dde0.
 * @cssprop --peolc-card-accent-color - The card's top edge and the "Read more" button's text. Keep 4.5:1 with the card background. Default #005eb8.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcBuildingBlock extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, cardStyles];

  static override properties: PropertyDeclarations = {
    ambition: properties.numberOrId('an ambition number (1–6) or id', { otherwise: 'it is ignored' }),
    block: properties.text(null, { otherwise: 'nothing is shown' }),
    mode: properties.oneOf(buildingBlockModes, 'summary', { otherwise: 'summary is used' }),
    headingLevel: properties.headingLevel(),
    expanded: properties.flag({ reflect: true }),
  };

  /** The ambition the block belongs to: number (1–6) or id. Optional: block ids are unique in an edition. */
  ambition: string | number | null = null;

  /** The building block's id, e.g. `honest-conversations`. */
  block: string | null = null;

  /** `summary` (default): the summary with a "Read more" button; `full`: the full text open, no button. */
  mode: BuildingBlockMode = 'summary';

  /** Heading level (2–6) of the card's title. Default 2. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  /** Whether the full text is open in `summary` mode (in `full` mode it always is). Reflected; another `block` starts closed. */
  expanded = false;

  private checkedEdition?: Edition;

  /** Opens or closes the full text, or flips it when `open` is left out. Fires no event. Returns whether it is now open. */
  toggle(open?: boolean): boolean {
    this.expanded = open ?? !this.expanded;
    return this.expanded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const edition = this.fullEdition;
    if (changed.has('ambition') || changed.has('block') || edition !== this.checkedEdition) {
      this.checkedEdition = edition;
      const { problem } = findBuildingBlock(edition, this.ambition, this.block);
      if (problem && !(this.block === null && this.wasRefused('block'))) this.warn(problem);
    }
    // Another block starts closed.
    if (changed.has('block') && changed.get('block') !== undefined && !changed.has('expanded')) this.expanded = false;
  }

  protected override render() {
    const found = findBuildingBlock(this.fullEdition, this.ambition, this.block);
    if (!('block' in found)) return nothing;
    const { ambition, block } = found;
    return renderBuildingBlockCard(block, {
      level: Number(this.headingLevel) as HeadingLevel,
      mode: this.mode,
      expanded: this.expanded,
      strings: this.content.strings,
      onToggle: () => {
        this.expanded = !this.expanded;
        this.emit('peolc-building-block-toggle', { id: block.id, ambition: ambition.number, expanded: this.expanded });
      },
    });
  }
}
