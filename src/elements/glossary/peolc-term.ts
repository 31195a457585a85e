import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { GlossaryEntry } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { formatUiString } from '../../context/ui-strings.js';
import type { TermToggleDetail } from '../shared/events.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { sharedStyles } from '../shared/styles.js';
import { findEntry, originNote } from './glossary-entries.js';
import { termStyles } from './glossary.styles.js';
import { placePopover } from './placement.js';

export type { TermToggleDetail };

// The Popover API puts the definition in the top layer, above everything and
// unclipped by the page's containers. Where it is missing, the panel is
// shown and hidden with `hidden` and sits on top with a z-index instead.
const popoverSupported = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * A term in running text whose definition the reader can open in place:
 * `<peolc-term term="palliative-care">palliative care</peolc-term>`. The
 * page's own words stay in the text flow, and are readable before the element
 * loads and in print.
 *
 * The words become a button (dotted underline, `aria-haspopup="dialog"`,
 * `aria-expanded`, `aria-controls`). Activating it (click, tap, Enter or
 * Space) opens a non-modal dialog next to the term with the term, its
 * definition, where the definition comes from and a Close button. Escape,
 * the Close button or the term again close it and return focus to the term;
 * a click or tap outside, or moving focus out of it, closes it too. Opened from the keyboard (or by
 * a screen reader), focus moves into the dialog; opened by pointer it stays
 * on the term. One definition is open at a time: opening another is a click
 * outside this one, or moves focus out of it.
 *
 * **Placement**: below the term, or above it when there is not room below,
 * never over the term, and inside the viewport horizontally. Its width is
 * `--peolc-term-popover-width` (24em), or the viewport's width less 12px
 * each side when that is narrower. When there is not room for all of it
 * above or below, it takes the larger side and scrolls, with its Close
 * button kept in sight at its foot; when even the larger side is less than
 * half the viewport (a term mid-screen on a phone, or large text), opening
 * it first scrolls the page to bring the term towards the nearer edge, so
 * the definition gets the room beyond it. The position is computed in
 * script and set through the CSS object model (no `style` attributes, so it
 * works under a strict Content Security Policy), and follows the term on
 * scroll and resize.
 *
 * **Keyboard**: the panel is a tab stop of its own (term, panel, Close, then
 * on out of it, which closes it), so the arrow keys, Page Down and Space
 * scroll a long definition; Escape closes it from anywhere inside.
 *
 * From code, `open` (reflected), `show()`, `hide()` and `toggle()` open and
 * close it without moving focus and without an event (opening may scroll
 * the page to make room, as above).
 *
 * An unknown `term` logs one warning and leaves the words as plain text.
 *
 * @tagname peolc-term
 * @attr {string} term - The id of the glossary entry, e.g. `palliative-care`.
 * @summary A term in running text that opens its glossary definition in place.
 * @slot - The page's own words for the term, e.g. "palliative care".
 * @fires {CustomEvent<TermToggleDetail>} peolc-term-toggle - The reader opened or closed the definition (never from code, nor when it closes because the element is removed or its term changes). Detail: `{ id, open }`.
 * @csspart trigger - The button around the page's words.
 * @csspart popover - The definition panel (a non-modal dialog).
 * @csspart popover-term - The term at the top of the panel.
 * @csspart definition - The definition's paragraphs.
 * @csspart note - Where the definition comes from: quoted from the framework, or written for this site.
 * @csspart close - The Close button.
 * @cssprop --peolc-term-underline-color - Colour of the dotted underline. Default the text colour.
 * @cssprop --peolc-term-popover-width - Width of the panel where the viewport allows. Default 24em.
 * @cssprop --peolc-term-popover-color - Text colour of the panel. Default `--peolc-text-color` (#212b32).
 * @cssprop --peolc-term-popover-background-color - Background of the panel. Default white.
 * @cssprop --peolc-term-popover-border-color - Border of the panel. Default the text colour.
 * @cssprop --peolc-term-popover-radius - Corner radius of the panel. Default 0.25em.
 * @cssprop --peolc-term-popover-shadow - Shadow of the panel. Default a soft grey shadow.
 * @cssprop --peolc-term-close-color - Text and border of the Close button. Default the panel's text colour.
 * @cssprop --peolc-term-close-background-color - Background of the Close button. Default transparent.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcTerm extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, termStyles];

  static override properties: PropertyDeclarations = {
    term: properties.text(null, { otherwise: 'the words are shown without a definition' }),
    open: properties.flag({ reflect: true }),
  };

  /** The glossary entry's id, e.g. `palliative-care`. */
  term: string | null = null;

  /** Whether the definition is open. Reflected; setting it opens or closes the definition without moving focus or firing an event. */
  open = false;

  /** Focus moves into the panel when it was opened without a pointer. */
  private focusOnOpen = false;
  private frame = 0;

  /** The glossary entry `term` names, if there is one. */
  get entry(): GlossaryEntry | undefined {
    return findEntry(this.fullEdition, this.term);
  }

  /** Opens the definition (no event, focus stays where it is). */
  show(): void {
    this.toggle(true);
  }

  /** Closes the definition (no event; focus inside the panel goes back to the term). */
  hide(): void {
    this.toggle(false);
  }

  /** Opens or closes the definition, or flips it when `open` is left out. Returns whether it is now open. */
  toggle(open?: boolean): boolean {
    if (open ?? !this.open) this.openPanel(false, false);
    else this.closePanel({ user: false, returnFocus: this.matches(':focus-within') });
    return this.open;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.open) this.closePanel({ user: false, returnFocus: false });
    this.stopListening();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another term: the open definition is no longer the one asked for.
    if (changed.has('term') && this.hasUpdated && this.open && !changed.has('open')) this.closePanel({ user: false, returnFocus: false });
    const entry = this.entry;
    if (!entry) {
      if ((changed.has('term') || !this.hasUpdated) && !(this.term === null && this.wasRefused('term'))) {
        this.warn(
          this.term?.trim()
            ? `term="${this.term}" is not a glossary entry id, so the words are shown without a definition.`
            : 'has no term attribute, so the words are shown without a definition.',
        );
      }
      // Nothing to open without an entry.
      this.open = false;
    }
  }

  protected override render() {
    const entry = this.entry;
    if (!entry) return html`<slot></slot>`;
    const { strings } = this.content;
    const label = formatUiString(strings.definitionOf, { term: entry.term });
    return html`<button
        class="trigger"
        part="trigger"
        type="button"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popover"
        @click=${this.onTriggerClick}
        @keydown=${this.onKeyDown}
        @focusout=${this.onFocusOut}
      ><slot></slot></button
      ><div
        id="popover"
        class="popover"
        part="popover"
        role="dialog"
        aria-label=${label}
        aria-describedby="definition"
        tabindex="0"
        .popover=${popoverSupported ? 'manual' : null}
        ?hidden=${!popoverSupported && !this.open}
        @keydown=${this.onKeyDown}
        @focusout=${this.onFocusOut}
      >
        <p class="popover-term" part="popover-term">${entry.term}</p>
        <div id="definition" part="definition">
          ${entry.definition.map((paragraph) => html`<p>${paragraph}</p>`)}
        </div>
        <p class="note" part="note" data-origin=${entry.origin}>${originNote(entry, strings)}</p>
        <div class="actions"><button class="close" part="close" type="button" @click=${this.onCloseClick}>${strings.close}</button></div>
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const panel = this.panel;
    if (this.open && panel) {
      this.startListening();
      if (popoverSupported && !panel.matches(':popover-open')) panel.showPopover();
      this.place(true);
      if (this.focusOnOpen) panel.focus({ preventScroll: true });
      this.focusOnOpen = false;
    } else {
      this.stopListening();
      if (panel && popoverSupported && panel.matches(':popover-open')) panel.hidePopover();
      if (panel) delete panel.dataset.placement;
    }
  }

  private get panel(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.popover');
  }

  private get trigger(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.trigger');
  }

  private onTriggerClick = (event: MouseEvent): void => {
    if (this.open) {
      this.closePanel({ user: true, returnFocus: true });
    } else {
      // A click from Enter or Space, or from a screen reader, has no pointer position: detail is 0.
      this.openPanel(event.detail === 0, true);
    }
  };

  private onCloseClick = (): void => {
    this.closePanel({ user: true, returnFocus: true });
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.closePanel({ user: true, returnFocus: true });
  };

  /** Focus leaving the term and its panel (Tab past the Close button, Shift+Tab before the term) closes the panel. */
  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.renderRoot.contains(next) && next !== this) this.closePanel({ user: true, returnFocus: false });
  };

  /** Escape anywhere on the page while open, e.g. after opening by pointer in a browser that does not focus buttons on click. */
  private onDocumentKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    const active = document.activeElement;
    this.closePanel({ user: true, returnFocus: !active || active === document.body || active === this });
  };

  /** A click or tap outside the term and its panel closes the panel, leaving focus where the reader put it. */
  private onDocumentClick = (event: Event): void => {
    if (!this.open || event.composedPath().includes(this)) return;
    this.closePanel({ user: true, returnFocus: false });
  };

  private onViewportChange = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.open) this.place();
    });
  };

  private openPanel(focusPanel: boolean, user: boolean): void {
    if (!this.entry || this.open) return;
    this.focusOnOpen = focusPanel;
    this.open = true;
    if (user) this.emitToggle(true);
  }

  private closePanel({ user, returnFocus }: { user: boolean; returnFocus: boolean }): void {
    if (!this.open) return;
    this.open = false;
    this.stopListening();
    // Focus goes back to the term before the panel hides, so it never falls to the page's body.
    if (returnFocus) this.trigger?.focus();
    // Hide at once, not at the next render.
    const panel = this.panel;
    if (panel && popoverSupported && panel.matches(':popover-open')) panel.hidePopover();
    if (panel && !popoverSupported) panel.hidden = true;
    if (user) this.emitToggle(false);
  }

  private startListening(): void {
    document.addEventListener('click', this.onDocumentClick, true);
    document.addEventListener('keydown', this.onDocumentKeyDown);
    window.addEventListener('resize', this.onViewportChange);
    document.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
  }

  private stopListening(): void {
    document.removeEventListener('click', this.onDocumentClick, true);
    document.removeEventListener('keydown', this.onDocumentKeyDown);
    window.removeEventListener('resize', this.onViewportChange);
    document.removeEventListener('scroll', this.onViewportChange, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Puts the panel next to the term, through the CSS object model; on opening, it may scroll the page to make room. */
  private place(reveal?: boolean): void {
    const panel = this.panel;
    const trigger = this.trigger;
    if (panel && trigger) placePopover(panel, trigger, reveal);
  }

  private emitToggle(open: boolean): void {
    const entry = this.entry;
    if (entry) this.emit('peolc-term-toggle', { id: entry.id, open });
  }
}
