import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { renderingFallback } from '../shared/fallback-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GlossaryEntry } from '../../content/types.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { formatUiString } from '../../context/ui-strings.js';
import type { GlossarySearchDetail } from '../shared/events.js';
import { Announcer } from '../shared/announcer.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { sharedStyles } from '../shared/styles.js';
import { entryMatcher, originNote, parseIds, sortEntries, termAnchorId, termAnchorPrefix } from './glossary-entries.js';
import { glossaryStyles } from './glossary.styles.js';

export type { GlossarySearchDetail };

/**
 * The glossary: every term the framework uses, with its definition, in
 * alphabetical order (British English collation, ignoring case and accents).
 * Quoted definitions say where in the framework they come from; definitions
 * written for this library say so, in words under each one.
 *
 * **Search**: a labelled search box filters the list as the reader types,
 * matching terms, other ways of writing them (such as "CCG") and definition
 * text, ignoring case and accents. A polite status message gives the number
 * of terms shown once typing pauses, so screen readers are not flooded.
 *
 * **Deep links**: each term has the id `peolc-term-<entry id>`, e.g.
 * `peolc-term-palliative-care`. Ids inside a shadow root cannot be reached by
 * the browser's own `#fragment` handling, so the element does it: when it is
 * connected, and whenever the page's hash changes, a hash of the form
 * `#peolc-term-<id>` scrolls that entry into view and moves keyboard focus
 * to it (clearing a search that hides it). With several glossaries on a page,
 * each one holding the entry follows the link, and the last one keeps focus.
 *
 * **Print**: the search box, its hint and the count are not printed, and
 * the whole glossary is, whatever the search.
 *
 * @tagname peolc-glossary
 * @summary The framework's glossary, alphabetical and searchable, with deep links to each term.
 * @fires {CustomEvent<GlossarySearchDetail>} peolc-glossary-search - The reader changed the search text (never when `query` is set by code). Detail: `{ query, count }`.
 * @csspart search - The search box (an `<input type="search">`).
 * @csspart search-label - The search box's label.
 * @csspart hint - The hint under the label.
 * @csspart status - The number of terms shown (a polite live region).
 * @csspart list - The `<dl>` of entries.
 * @csspart entry - Each entry's wrapper (a `<div>` around its `<dt>` and `<dd>`).
 * @csspart term - Each term (`<dt>`).
 * @csspart definition - Each definition (`<dd>`).
 * @csspart note - The note under each definition: quoted from the framework, or written for this site.
 * @csspart empty - The message shown when nothing matches the search.
 * @cssprop --peolc-glossary-border-color - Borders of the search box and the empty message. Default the text colour.
 * @cssprop --peolc-glossary-divider-color - Line between entries. Default the text colour.
 * @cssprop --peolc-glossary-gap - Space between entries. Default 1.25em.
 * @cssprop --peolc-glossary-term-color - Colour of the terms. Default the text colour.
 * @cssprop --peolc-glossary-term-font-size - Size of the terms. Default 1.1875em.
 * @cssprop --peolc-glossary-note-color - Colour of the notes under definitions. Default the text colour.
 * @cssprop --peolc-glossary-search-background-color - Background of the search box. Default white.
 * @cssprop --peolc-glossary-search-max-width - Widest the search box grows. Default 30em.
 * @cssprop --peolc-glossary-scroll-margin - Space kept above a term a deep link scrolls to, e.g. the height of a sticky header. Default 1em.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcGlossary extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, glossaryStyles];

  static override properties: PropertyDeclarations = {
    terms: properties.list('a list of glossary entry ids', { otherwise: 'the whole glossary is shown' }),
    label: properties.text(),
    query: properties.text('', { otherwise: 'the search is empty' }),
  };

  /**
   * Limits the glossary to these entries: an array of ids, or ids separated by
   * commas or spaces, e.g. `end-of-life,palliative-care`. Unknown ids are
   * ignored with one warning.
   */
  terms: readonly string[] | string | null = [];

  /** Accessible name of the list of entries, e.g. "Glossary". */
  label: string | null = null;

  /** The search text. Setting it (attribute or property) fills the search box and filters, without an event. */
  query: string | null = '';

  /** The count as announced; it follows the list after a short pause. */
  private readonly announcer = new Announcer(this);

  /** The entries this glossary shows (all, or those `terms` names), alphabetical. */
  get entries(): GlossaryEntry[] {
    const all = this.fullEdition.glossary;
    const ids = parseIds(this.terms);
    if (ids.length === 0) return sortEntries(all);
    const chosen = all.filter((entry) => ids.includes(entry.id));
    return sortEntries(chosen.length ? chosen : all);
  }

  /** The search text (never null: coercion gives the default, ""). */
  private get searchText(): string {
    return this.query ?? '';
  }

  /** The entries that match the search. */
  get matchingEntries(): GlossaryEntry[] {
    return this.entries.filter(entryMatcher(this.searchText));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.updateComplete.then(() => this.followHash());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first count is there at once; a live region's first text is not announced.
    if (!this.hasUpdated) this.announcer.text = this.countText();
    if (changed.has('terms')) {
      const ids = parseIds(this.terms);
      const known = new Set(this.fullEdition.glossary.map((entry) => entry.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) {
        const all = unknown.length === ids.length;
        this.warn(
          `terms="${ids.join(' ')}" names no glossary entry ${unknown.map((id) => `"${id}"`).join(', ')}, so ${
            all ? 'the whole glossary is shown' : (unknown.length === 1 ? 'it is' : 'they are') + ' left out'
          }.`,
        );
      }
    }
  }

  protected override updated(): void {
    // The live region follows the list once typing pauses, so screen readers hear one count, not one per key.
    const count = this.countText();
    if (count === this.announcer.text) this.announcer.cancel();
    else this.announcer.say(count);
  }

  private countText(): string {
    const { strings } = this.content;
    const total = this.entries.length;
    const count = this.matchingEntries.length;
    return this.searchText.trim() === '' ? formatUiString(strings.glossaryAll, { total }) : formatUiString(strings.glossaryMatches, { count, total });
  }

  protected override render() {
    const { strings } = this.content;
    const entries = this.entries;
    const matches = new Set(this.matchingEntries);
    return html`
      <div class="search" data-print-hide ?inert=${renderingFallback()}>
        <label class="search-label" part="search-label" for="search">${strings.glossarySearchLabel}</label>
        <p class="hint" part="hint" id="hint">${strings.glossarySearchHint}</p>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="hint"
          aria-controls="list"
          .value=${this.searchText}
          @input=${this.onInput}
        />
      </div>
      <p class="status" part="status" role="status" data-print-hide ?inert=${renderingFallback()}>${renderingFallback() ? this.countText() : this.announcer.text}</p>
      ${
        matches.size === 0
          ? html`<p class="empty" part="empty" data-print-hide>${formatUiString(strings.glossaryNoMatches, { query: this.searchText.trim() })}</p>`
          : nothing
      }
      <!-- The name is on a group around the list: Chromium exposes no name on a <dl>. -->
      <div role=${ifDefined(this.label ? 'group' : undefined)} aria-label=${this.label || nothing}>
      <dl id="list" part="list" ?hidden=${matches.size === 0} data-print-expand>
        ${entries.map(
          (entry) => html`<div class="entry" part="entry" ?hidden=${!matches.has(entry)} data-print-expand data-entry=${entry.id}>
            <dt id=${termAnchorId(entry)} part="term" tabindex="-1">${entry.term}</dt>
            <dd part="definition">
              ${entry.definition.map((paragraph) => html`<p>${paragraph}</p>`)}
              <p class="note" part="note" data-origin=${entry.origin}>${originNote(entry, strings)}</p>
            </dd>
          </div>`,
        )}
      </dl>
      </div>
    `;
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.emit('peolc-glossary-search', { query: this.searchText, count: this.matchingEntries.length });
  };

  private onHashChange = (): void => {
    void this.followHash();
  };

  /** Scrolls to and focuses the entry a `#peolc-term-<id>` hash names, if this glossary has it. */
  private async followHash(): Promise<void> {
    if (!this.isConnected || !location.hash.startsWith(`#${termAnchorPrefix}`)) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1 + termAnchorPrefix.length));
    } catch {
      return;
    }
    const entry = this.entries.find((candidate) => candidate.id === id);
    if (!entry) return;
    if (!this.matchingEntries.includes(entry)) {
      this.query = '';
      await this.updateComplete;
    }
    const term = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(termAnchorId(entry))}`);
    if (!term) return;
    term.scrollIntoView({ block: 'start' });
    term.focus({ preventScroll: true });
  }
}
