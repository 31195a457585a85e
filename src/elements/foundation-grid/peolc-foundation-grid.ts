import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Foundation } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { FullContentController } from '../../context/full-content.js';
import { formatUiString, type UiStrings } from '../../context/ui-strings.js';
import { heading } from '../shared/heading.js';
import { checkHeadingLevel, toHeadingLevel, warnOnce, type HeadingLevel } from '../shared/resolve.js';
import { sharedStyles } from '../shared/styles.js';
import { findFoundation, parseFoundationList } from './find-foundations.js';
import { gridStyles } from './foundation-grid.styles.js';

/** Detail of `peolc-foundation-toggle`. */
export interface FoundationToggleDetail {
  /** The foundation's id, e.g. "shared-records". */
  id: string;
  /** The foundation's number, 1–8. */
  number: number;
  /** Whether its full text is now open. */
  expanded: boolean;
}

let nextGridId = 0;

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
 * @attr {string} theme - A ready theme for this element: `default`, `nhs`, `neutral` or `high-contrast` (on <peolc-provider>, for everything inside).
 * @attr {string} color-scheme - `light` (the default), `dark`, or `auto` to follow the reader's setting.
 * @summary The eight foundations as a responsive grid of tiles that open to their full text.
 * @fires peolc-foundation-toggle - The user opened or closed a foundation's full text (never on a programmatic change). Detail: `{ id, number, expanded }`.
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
export class PeolcFoundationGrid extends LitElement {
  static override styles = [sharedStyles, gridStyles];

  static override properties: PropertyDeclarations = {
    expanded: { type: Boolean, reflect: true },
    foundations: {},
    highlight: {},
    columns: {},
    headingLevel: { attribute: 'heading-level' },
    hideIntro: { type: Boolean, reflect: true, attribute: 'hide-intro' },
  };

  /**
   * Opens every foundation's full text; removing it closes them all. Reflected,
   * and kept in step with the reader: it is present exactly when every tile
   * shown is open.
   */
  get expanded(): boolean {
    return this.allExpanded;
  }
  set expanded(value: boolean) {
    this.allExpanded = Boolean(value);
    // Set by the page: every tile follows, whatever the reader had opened.
    this.openByDefault = this.allExpanded;
    this.openedByReader.clear();
    this.requestUpdate();
  }

  /**
   * Which foundations to show, by number (1–8) or id, separated by commas or
   * spaces, e.g. `"1,3,6"`. They appear in the framework's order. Unknown
   * entries are ignored with one warning; if none is known, all are shown.
   */
  foundations: string | null = null;

  /** One foundation to mark, by number (1–8) or id: a thicker border, a "Highlighted" marker and `aria-current="true"`. */
  highlight: string | null = null;

  /**
   * Fixes the number of columns (1–4). Each tile still gets at least 11em, so
   * a narrow container shows fewer. Unset or invalid: automatic.
   */
  columns: string | number | null = null;

  /** Heading level (2–6) of the tiles' titles, so they fit the page's outline. Default 2. */
  headingLevel: string | number = 2;

  /** Hides the introduction line above the grid. */
  hideIntro = false;

  private allExpanded = false;
  /** Open unless the reader (or `toggle()`) said otherwise: follows `expanded` as last set by the page. */
  private openByDefault = false;
  /** Tiles the reader (or `toggle()`) opened or closed since, by id. */
  private readonly openedByReader = new Map<string, boolean>();

  private readonly content = new FullContentController(this, ambitions2015to2020);
  private readonly idPrefix = `peolc-foundations-${++nextGridId}`;

  /** The foundations shown, in the framework's order. */
  get shownFoundations(): Foundation[] {
    const { foundations } = parseFoundationList(this.content.edition, this.foundations);
    return foundations.length ? foundations : this.content.edition.foundations;
  }

  /** The highlighted foundation, when `highlight` names one that is shown. */
  get highlightedFoundation(): Foundation | undefined {
    const foundation = findFoundation(this.content.edition, this.highlight);
    return foundation && this.shownFoundations.includes(foundation) ? foundation : undefined;
  }

  /** Ids of the shown foundations whose full text is open. */
  get openFoundations(): string[] {
    return this.shownFoundations.filter((foundation) => this.isOpen(foundation)).map((foundation) => foundation.id);
  }

  /**
   * Opens or closes one foundation's full text (by number or id), or flips it
   * when `open` is left out. Fires no event. Returns whether it is now open,
   * or undefined when no such foundation exists.
   */
  toggle(foundation: string | number, open?: boolean): boolean | undefined {
    const found = findFoundation(this.content.edition, foundation);
    if (!found) return undefined;
    const next = open ?? !this.isOpen(found);
    this.openedByReader.set(found.id, next);
    this.requestUpdate();
    return next;
  }

  private isOpen(foundation: Foundation): boolean {
    return this.openedByReader.get(foundation.id) ?? this.openByDefault;
  }

  private get columnCount(): number | undefined {
    const text = this.columns === null ? '' : String(this.columns).trim();
    return /^[1-4]$/.test(text) ? Number(text) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { edition } = this.content;
    if (changed.has('foundations') && this.foundations !== null && this.foundations.trim() !== '') {
      const { foundations, unknown } = parseFoundationList(edition, this.foundations);
      if (!foundations.length) {
        warnOnce(this, `foundations="${this.foundations}" names no foundation (use numbers 1–${edition.foundations.length} or ids), so all are shown.`);
      } else if (unknown.length) {
        warnOnce(this, `foundations="${this.foundations}" has unknown entries (${unknown.join(', ')}), which are left out.`);
      }
    }
    if ((changed.has('highlight') || changed.has('foundations')) && this.highlight !== null && this.highlight.trim() !== '') {
      const foundation = findFoundation(edition, this.highlight);
      if (!foundation) {
        warnOnce(this, `highlight="${this.highlight}" is not a foundation number (1–${edition.foundations.length}) or id, so nothing is highlighted.`);
      } else if (!this.shownFoundations.includes(foundation)) {
        warnOnce(this, `highlight="${this.highlight}" is not among the foundations shown, so nothing is highlighted.`);
      }
    }
    if (changed.has('columns') && this.columns !== null && String(this.columns).trim() !== '' && this.columnCount === undefined) {
      warnOnce(this, `columns="${String(this.columns)}" is not 1–4, so the columns follow the width.`);
    }
    if (changed.has('headingLevel')) checkHeadingLevel(this, this.headingLevel);

    // Keep `expanded` (and its attribute) true exactly when every tile shown is open.
    const allOpen = this.shownFoundations.every((foundation) => this.isOpen(foundation));
    if (allOpen !== this.allExpanded) {
      const old = this.allExpanded;
      this.allExpanded = allOpen;
      this.requestUpdate('expanded', old);
    }
  }

  protected override render() {
    const { edition, strings } = this.content;
    const level = toHeadingLevel(this.headingLevel);
    const highlighted = this.highlightedFoundation;
    const columns = this.columnCount;
    const intro = this.hideIntro ? undefined : edition.foundationsIntro;
    return html`<div class="container">
      ${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing}
      <ul class="grid ${columns ? `cols-${columns}` : 'auto'}" part="grid" aria-label=${strings.foundationsListLabel}>
        ${this.shownFoundations.map((foundation) => this.renderTile(foundation, level, foundation === highlighted, strings))}
      </ul>
    </div>`;
  }

  private renderTile(foundation: Foundation, level: HeadingLevel, highlighted: boolean, strings: UiStrings) {
    const open = this.isOpen(foundation);
    const bodyId = `${this.idPrefix}-body-${foundation.number}`;
    const highlightedText = strings.foundationHighlighted;
    return html`<li
      class="tile"
      part="tile"
      data-number=${foundation.number}
      data-id=${foundation.id}
      aria-current=${highlighted ? 'true' : nothing}
    >
      ${heading(
        level,
        html`<span class="tile-number">${formatUiString(strings.foundationLabel, { number: foundation.number })}</span
          ><span class="visually-hidden">: </span><span class="tile-title">${foundation.title}</span>`,
        { id: `${this.idPrefix}-title-${foundation.number}`, part: 'tile-heading' },
      )}
      ${highlighted ? html`<p class="marker" part="marker">${highlightedText}</p>` : nothing}
      <button
        class="toggle"
        part="toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId}
        @click=${() => this.onToggle(foundation)}
      >
        <span class="toggle-label">${open ? strings.hideDetails : strings.showDetails}</span
        ><span class="visually-hidden">: ${foundation.title}</span>
      </button>
      <div class="body" part="body" id=${bodyId} ?hidden=${!open} data-print-expand>
        ${foundation.body.map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
    </li>`;
  }

  /** A user toggled a tile: change it and fire the event. */
  private onToggle(foundation: Foundation): void {
    const expanded = !this.isOpen(foundation);
    this.openedByReader.set(foundation.id, expanded);
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<FoundationToggleDetail>('peolc-foundation-toggle', {
        bubbles: true,
        composed: true,
        detail: { id: foundation.id, number: foundation.number, expanded },
      }),
    );
  }
}
