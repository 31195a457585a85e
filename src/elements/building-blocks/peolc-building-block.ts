import { LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Edition } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { FullContentController } from '../../context/full-content.js';
import { checkHeadingLevel, toHeadingLevel, warnOnce } from '../shared/resolve.js';
import { sharedStyles } from '../shared/styles.js';
import { cardStyles } from './building-blocks.styles.js';
import { renderBuildingBlockCard, type BuildingBlockToggleDetail } from './card.js';
import { checkMode, findBuildingBlock, toMode } from './lookup.js';

let nextId = 0;

/**
 * One building block as a card on its own, exactly as in
 * `<peolc-building-blocks>`: the title as a heading at `heading-level`, the
 * at-a-glance summary and a "Read more" button (or, with `mode="full"`, the
 * full text open). `block` names the building block by id; `ambition` (number
 * or id) is optional, and when given the block must belong to it. Anything
 * that does not match shows nothing and logs one warning.
 *
 * @tagname peolc-building-block
 * @attr {string} theme - A ready theme for this element: `default`, `nhs`, `neutral` or `high-contrast` (on <peolc-provider>, for everything inside).
 * @attr {string} color-scheme - `light` (the default), `dark`, or `auto` to follow the reader's setting.
 * @summary One building block as an accessible card.
 * @fires peolc-building-block-toggle - The user opened or closed the full text (never on a programmatic change). Detail: `{ ambition, id, expanded }`.
 * @csspart card - The card.
 * @csspart card-heading - The title heading.
 * @csspart summary - The at-a-glance summary.
 * @csspart toggle - The "Read more" button (summary mode only).
 * @csspart body - The full text.
 * @cssprop --peolc-card-background - Card background. Default white.
 * @cssprop --peolc-card-border - Card border and the rule beside the opened text. Default #d8dde0.
 * @cssprop --peolc-card-accent - The card's top edge and the "Read more" button's text. Keep 4.5:1 with the card background. Default #005eb8.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcBuildingBlock extends LitElement {
  static override styles = [sharedStyles, cardStyles];

  static override properties: PropertyDeclarations = {
    ambition: {},
    block: {},
    mode: {},
    headingLevel: { attribute: 'heading-level' },
    expanded: { state: true },
  };

  /** The ambition the block belongs to: number (1–6) or id. Optional: block ids are unique in an edition. */
  ambition: string | number | null = null;

  /** The building block's id, e.g. `honest-conversations`. */
  block: string | null = null;

  /** `summary` (default): the summary with a "Read more" button; `full`: the full text open. */
  mode: string | null = 'summary';

  /** Heading level (2–6) of the card's title. Default 2. */
  headingLevel: string | number = 2;

  /** Whether the user has opened the full text. */
  private expanded = false;

  private readonly content = new FullContentController(this, ambitions2015to2020);
  private readonly idPrefix = `peolc-building-block-${++nextId}`;
  private checkedEdition?: Edition;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { edition } = this.content;
    if (changed.has('ambition') || changed.has('block') || edition !== this.checkedEdition) {
      this.checkedEdition = edition;
      const found = findBuildingBlock(edition, this.ambition, this.block);
      if ('problem' in found) warnOnce(this, found.problem);
    }
    // Another block starts closed.
    if (changed.has('block') && changed.get('block') !== undefined) this.expanded = false;
    if (changed.has('mode')) checkMode(this, this.mode);
    if (changed.has('headingLevel')) checkHeadingLevel(this, this.headingLevel);
  }

  protected override render() {
    const { edition, strings } = this.content;
    const found = findBuildingBlock(edition, this.ambition, this.block);
    if ('problem' in found) return nothing;
    const { ambition, block } = found;
    return renderBuildingBlockCard(block, {
      level: toHeadingLevel(this.headingLevel),
      mode: toMode(this.mode),
      expanded: this.expanded,
      strings,
      idPrefix: this.idPrefix,
      onToggle: () => {
        this.expanded = !this.expanded;
        this.dispatchEvent(
          new CustomEvent<BuildingBlockToggleDetail>('peolc-building-block-toggle', {
            bubbles: true,
            composed: true,
            detail: { ambition: ambition.number, id: block.id, expanded: this.expanded },
          }),
        );
      },
    });
  }
}
