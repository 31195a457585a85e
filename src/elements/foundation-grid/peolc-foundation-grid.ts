import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Foundation } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { formatUiString, type ElementUiStrings } from '../../context/ui-strings.js';
import { OpenState } from '../../model/open-state.js';
import type { FoundationToggleDetail } from '../shared/events.js';
import { renderDisclosure } from '../shared/disclosure.js';
import { heading } from '../shared/heading.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import type { HeadingLevel } from '../../model/lookup.js';
import { sharedStyles } from '../shared/styles.js';
import { findFoundation, parseFoundationList } from '../../model/find-foundations.js';
import { gridStyles } from './foundation-grid.styles.js';

export type { FoundationToggleDetail };

/**
 * The eight foundations that underpin the ambitions, as a grid of tiles:
 * each with its number, its title as a heading, and a disclosure button that
 * shows the full text. The grid has one column in a narrow container and up
 * to four in a wide one (by the element's own width, in em: 2 columns from
 * 24em, 3 from 40em, 4 from 56em), or the number `columns` asks for.
 *
 * Keyboard: the disclosure buttons are ordinary buttons, one tab stop each;
 * Enter and Space open and close them. Printed, every foundation's full text
 * is shown and the buttons are left out.
 *
 * @tagname peolc-foundation-grid
 * @summary The eight foundations as a responsive grid of tiles that open to their full text.
 * @fires {CustomEvent<FoundationToggleDetail>} peolc-foundation-toggle - The user opened or closed a foundation's full text (never on a programmatic change). Detail: `{ id, number, expanded }`.
 * @csspart intro - The introduction paragraph.
 * @csspart grid - The list of tiles.
 * @csspart tile - Each foundation's tile (a list item); the highlighted one has `aria-current="true"`.
 * @csspart tile-heading - Each tile's heading: the "Foundation N" line and the title.
 * @csspart marker - The "Highlighted" marker on the highlighted tile.
 * @csspart toggle - Each tile's disclosure button.
 * @csspart body - Each foundation's full text.
 * @cssprop --peolc-foundation-background-color - Tile background. Default white.
 * @cssprop --peolc-foundation-border-color - Tile border. Default #4c6272 (at least 3:1 on white).
 * @cssprop --peolc-foundation-accent-color - The tiles' top edge, the highlighted tile's border and the marker's background. Default #005eb8.
 * @cssprop --peolc-foundation-on-accent-color - The marker's text. Keep 4.5:1 with the accent. Default white.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcFoundationGrid extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, gridStyles];

  static override properties: PropertyDeclarations = {
    expanded: properties.flag({ reflect: true }),
    foundations: properties.list('a list of foundation numbers (1–8) or ids', { otherwise: 'all are shown' }),
    highlight: properties.numberOrId('a foundation number (1–8) or id', { otherwise: 'nothing is highlighted' }),
    columns: properties.integer(1, 4, null, { otherwise: 'the columns follow the width' }),
    headingLevel: properties.headingLevel(),
    hideIntro: properties.flag({ reflect: true, attribute: 'hide-intro' }),
  };

  /**
   * Opens every foundation's full text; false closes them all. Reflected,
   * and kept in step with the reader: it is true exactly when every tile
   * shown is open.
   */
  get expanded(): boolean {
    return this.open.expanded;
  }
  set expanded(value: boolean) {
    // Set by the page: every tile follows, whatever the reader had opened.
    this.open.setAll(value);
    // Render even when the value is unchanged: the tiles the reader changed follow it.
    this.requestUpdate();
  }

  /**
   * Which foundations to show, by number (1–8) or id: an array, or a string
   * separated by commas or spaces, e.g. `"1,3,6"`. They appear in the
   * framework's order. Unknown entries are ignored with one warning; if none
   * is known, all are shown.
   */
  foundations: readonly (string | number)[] | string | number | null = [];

  /** One foundation to mark, by number (1–8) or id: a thicker border, a "Highlighted" marker and `aria-current="true"`. */
  highlight: string | number | null = null;

  /**
   * Fixes the number of columns (1–4). Each tile still gets at least 11em, so
   * a narrow container shows fewer. Unset or invalid: automatic.
   */
  columns: 1 | 2 | 3 | 4 | `${1 | 2 | 3 | 4}` | null = null;

  /** Heading level (2–6) of the tiles' titles, so they fit the page's outline. Default 2. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  /** Hides the introduction line above the grid. */
  hideIntro = false;

  private readonly open = new OpenState();

  /** The foundations shown, in the framework's order. */
  get shownFoundations(): Foundation[] {
    const { foundations } = parseFoundationList(this.fullEdition, this.foundations as string[]);
    return foundations.length ? foundations : this.fullEdition.foundations;
  }

  /** The highlighted foundation, when `highlight` names one that is shown. */
  get highlightedFoundation(): Foundation | undefined {
    const foundation = findFoundation(this.fullEdition, this.highlight);
    return foundation && this.shownFoundations.includes(foundation) ? foundation : undefined;
  }

  /** Ids of the shown foundations whose full text is open. */
  get openFoundations(): string[] {
    return this.shownFoundations.filter((foundation) => this.open.isOpen(foundation.id)).map((foundation) => foundation.id);
  }

  /**
   * Opens or closes one foundation's full text (by number or id), or flips it
   * when `open` is left out. Fires no event. Returns whether it is now open,
   * or undefined when no such foundation exists.
   */
  toggle(foundation: string | number, open?: boolean): boolean | undefined {
    const found = findFoundation(this.fullEdition, foundation);
    if (!found) return undefined;
    const next = open ?? !this.open.isOpen(found.id);
    this.open.set(found.id, next);
    this.requestUpdate();
    return next;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const edition = this.fullEdition;
    const listed = this.foundations as string[];
    if (changed.has('foundations') && listed.length) {
      const { foundations, unknown } = parseFoundationList(edition, listed);
      if (!foundations.length) {
        this.warn(`foundations="${listed.join(' ')}" names no foundation (use numbers 1–${edition.foundations.length} or ids), so all are shown.`);
      } else if (unknown.length) {
        this.warn(`foundations="${listed.join(' ')}" has unknown entries (${unknown.join(', ')}), which are left out.`);
      }
    }
    if ((changed.has('highlight') || changed.has('foundations')) && this.highlight !== null) {
      const foundation = findFoundation(edition, this.highlight);
      if (!foundation) {
        this.warn(`highlight="${this.highlight}" is not a foundation number (1–${edition.foundations.length}) or id, so nothing is highlighted.`);
      } else if (!this.shownFoundations.includes(foundation)) {
        this.warn(`highlight="${this.highlight}" is not among the foundations shown, so nothing is highlighted.`);
      }
    }

    // Keep `expanded` (and its attribute) true exactly when every tile shown is open.
    const old = this.open.follow(this.shownFoundations.map((foundation) => foundation.id));
    if (old !== undefined) this.requestUpdate('expanded', old);
  }

  protected override render() {
    const edition = this.fullEdition;
    const { strings } = this.content;
    const level = Number(this.headingLevel) as HeadingLevel;
    const highlighted = this.highlightedFoundation;
    const columns = this.columns;
    const intro = this.hideIntro ? undefined : edition.foundationsIntro;
    return html`<div class="container">
      ${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing}
      <ul class="grid ${columns ? `cols-${columns}` : 'auto'}" part="grid" aria-label=${strings.foundationsListLabel}>
        ${this.shownFoundations.map((foundation) => this.renderTile(foundation, level, foundation === highlighted, strings))}
      </ul>
    </div>`;
  }

  private renderTile(foundation: Foundation, level: HeadingLevel, highlighted: boolean, strings: ElementUiStrings) {
    const open = this.open.isOpen(foundation.id);
    const label = formatUiString(strings.foundationLabel, { number: foundation.number });
    const highlightedText = strings.foundationHighlighted;
    return html`<li
      class="tile"
      part="tile"
      data-number=${foundation.number}
      data-id=${foundation.id}
      aria-current=${ifDefined(highlighted ? 'true' : undefined)}
    >
      ${heading(
        level,
        // Assistive technology reads the hidden line, "Foundation 1: Personalised care planning": a
        // hidden ": " between the visible parts would come out as " : ", since they are blocks.
        html`<span class="visually-hidden">${label}: ${foundation.title}</span
          ><span aria-hidden="true"><span class="tile-number">${label}</span><span class="tile-title">${foundation.title}</span></span>`,
        { id: `title-${foundation.number}`, part: 'tile-heading' },
      )}
      ${highlighted ? html`<p class="marker" part="marker">${highlightedText}</p>` : nothing}
      ${renderDisclosure({
        id: `body-${foundation.number}`,
        expanded: open,
        title: foundation.title,
        labels: { closed: strings.showDetails, open: strings.hideDetails },
        onToggle: () => this.onToggle(foundation),
        body: foundation.body.map((paragraph) => html`<p>${paragraph}</p>`),
      })}
    </li>`;
  }

  /** A user toggled a tile: change it and fire the event. */
  private onToggle(foundation: Foundation): void {
    const expanded = !this.open.isOpen(foundation.id);
    this.open.set(foundation.id, expanded);
    this.requestUpdate();
    this.emit('peolc-foundation-toggle', { id: foundation.id, number: foundation.number, expanded });
  }
}
