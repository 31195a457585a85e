import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ambitions2015to2020Complete } from '../../content/ambitions-2015-2020/complete.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import type { Edition } from '../../content/types.js';
import { frameworkUiStrings } from '../../context/framework-ui-strings.js';
import { withOwnStrings } from '../../context/own-strings.js';
import { formatUiString } from '../../context/ui-strings.js';
import {
  buildSearchIndex,
  countPassages,
  searchFramework,
  snippet,
  type PassageMatch,
  type SearchIndex,
  type SectionResult,
  type TextRange,
} from '../../model/framework-search.js';
import { allSections, frameworkSectionNames, frameworkSections, type FrameworkSectionName, type Section } from '../../model/framework-sections.js';
import { findByNumberOrId, type HeadingLevel } from '../../model/lookup.js';
import { listEntries } from '../../model/coerce.js';
import { OpenState } from '../../model/open-state.js';
import { findTermLinks, type TermLink } from '../../model/term-links.js';
import { Announcer } from '../shared/announcer.js';
import type { FrameworkSearchDetail } from '../shared/events.js';
import { renderingFallback } from '../shared/fallback-mode.js';
import { heading } from '../shared/heading.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { sharedStyles } from '../shared/styles.js';
import { fallbackRootClass } from '../../fallback/markup.js';
import { renderFrameworkDocument, type ExplorerStrings } from './framework-document.js';
import { adoptDocumentStyles, documentStyles, frameworkStyles } from './framework.styles.js';

export type { FrameworkSearchDetail, FrameworkSectionName };

/** The URL parameter that carries a search, so it can be shared: `?peolc-search=hospice`. */
export const searchParameter = 'peolc-search';
/** How many passages each section shows in the results before "N more in this section". */
const passagesPerResult = 3;
/**
 * How many sections' results are shown at first, and added by "Show results in
 * N more sections": a word in nearly every section ("care") would otherwise
 * render hundreds of results on every keystroke.
 */
const resultGroupStep = 12;

/** Everything computed from the edition and the choice of sections, once per change (the index and term links when first needed). */
interface Document {
  sections: Section[];
  readonly index: SearchIndex;
  readonly termLinks: Map<string, TermLink[]>;
  /** Every anchor in the document, to its section. */
  byAnchor: Map<string, Section>;
  /** The anchors of sections with text behind "Read more" (building blocks). */
  collapsible: string[];
}

/**
 * The whole framework on one page, to read, search, link into and print:
 * its title, publisher and date, the opening sections (Foreword, Introduction, Executive Summary …), the
 * vision, every ambition with its "What we already know" and all its
 * building blocks, the foundations, the glossary, the Partnership's members
 * and how to cite it, in the framework's order and its own words.
 *
 * **Why the text is in the light DOM.** Browsers do not go to `#fragment`
 * ids inside a shadow root, and find-in-page and text-fragment links
 * (`#:~:text=`) are unreliable there. So the document is rendered as the
 * element's own children (`<div slot="document">`), styled by a stylesheet
 * the element adds to the page (scoped to `peolc-framework`), and the
 * links, find and text fragments work as on any page. Only the controls
 * (contents, search, buttons) are in the shadow root.
 *
 * **Links** (stable across editions, so partners' links survive a new one):
 * `#ambition-3`, `#building-block-<id>`, `#foundation-<id>`, `#term-<id>`,
 * an opening section's id (`#foreword`, `#executive-summary`), and
 * `#title`, `#vision`, `#foundations`, `#glossary`, `#partnership`, `#citation`.
 * Opening the page at one, or following one, scrolls to that section (not
 * smoothly when the reader prefers reduced motion), opens it if it is a
 * closed building block, and moves focus to its heading; links inside the
 * element are ordinary links, so Back and Forward work. Each section has a
 * "Copy link" button. Ids are the page's own: put one explorer on a page.
 *
 * **Search** as you type, over every word (ignoring case and accents, and
 * curly quotes and dashes): results are grouped by section, each with its
 * matching passages and the words marked, and counted politely once typing
 * pauses ("7 results in 4 sections"). Down arrow from the box goes to the
 * results, the arrow keys (and Home, End) move through them, Enter goes to
 * the passage and marks the words there, Escape clears. The search is kept
 * in the address (`?peolc-search=…`), so it can be shared.
 *
 * **Print**: "Print the framework" (or the browser's own print) prints the
 * contents and every section, every building block open, without controls,
 * each ambition on a new page, links' addresses shown.
 *
 * The contents list sits beside the text in a container 60em wide or more
 * (sticky, marking the section being read) and above it, behind a
 * "Contents" button, in narrower ones.
 *
 * @tagname peolc-framework
 * @summary The whole framework: readable, searchable, linkable and printable.
 * @slot document - The element renders the document here itself; put nothing in it.
 * @fires {CustomEvent<FrameworkSearchDetail>} peolc-framework-search - The reader changed the search (never when `query` is set by code). Detail: `{ query, results, sections }`.
 * @csspart tools - The bar with the search and the buttons.
 * @csspart search - The search box.
 * @csspart button - Each of Expand all, Collapse all and Print the framework.
 * @csspart status - The number of results (a polite live region).
 * @csspart results - The search results.
 * @csspart result - Each result (a link to its passage).
 * @csspart contents - The contents list (a `<nav>`).
 * @csspart contents-link - Each link in it; the section being read has `aria-current="location"`.
 * @cssprop --peolc-framework-accent-color - Links, the current contents entry and the rules beside headings. Keep 4.5:1 with the background. Default #005eb8.
 * @cssprop --peolc-framework-border-color - Borders and dividers. Default #d8dde0.
 * @cssprop --peolc-framework-mark-color - Background of marked search words. Default #ffeb3b.
 * @cssprop --peolc-framework-sticky-top - Space kept above the sticky contents and above a section a link goes to, e.g. a sticky header's height. Default 0 (and 1em above sections).
 * @cssprop --peolc-framework-contents-width - Width of the contents column in wide containers. Default 17em.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 */
export class PeolcFramework extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020Complete;

  /** The styles of the document in the light DOM, for the page (and the no-JS fallback's stylesheet). */
  static readonly documentStyles = documentStyles;

  static override styles = [sharedStyles, frameworkStyles];

  static override properties: PropertyDeclarations = {
    sections: properties.list(`some of ${frameworkSectionNames.join(', ')}`, { otherwise: 'every section is shown' }),
    ambition: properties.numberOrId('an ambition number (1–6) or id', { otherwise: 'the whole framework is shown' }),
    foundation: properties.numberOrId('a foundation number (1–8) or id', { otherwise: 'the whole framework is shown' }),
    headingLevel: properties.headingLevel(),
    linkTerms: properties.flag({ attribute: 'link-terms' }),
    query: properties.text('', { otherwise: 'the search is empty' }),
    expanded: properties.flag({ reflect: true }),
  };

  /**
   * Which parts to show, in the framework's order whatever order they are
   * given in: any of `title`, `opening`, `vision`, `ambitions`, `foundations`,
   * `glossary`, `partnership`, `citation`, as an array or separated by spaces
   * or commas. Empty: all of them.
   */
  sections: readonly string[] | string | null = [];

  /** Show only this ambition (number 1–6 or id), with its building blocks. */
  ambition: string | number | null = null;

  /** Show only this foundation (number 1–8 or id). */
  foundation: string | number | null = null;

  /** Heading level (2–6) of the top sections' headings, so the document fits the page's outline. Default 2. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  /**
   * Turns the first mention of each glossary term in each section into a
   * `<peolc-term>` that opens its definition in place, without changing a
   * character of the text. Off by default.
   */
  linkTerms = false;

  /** The search text. Setting it (attribute or property) fills the search box and searches, without an event. */
  query: string | null = '';

  /**
   * Opens every building block's full text; false closes them. Reflected,
   * and kept in step with the reader: true exactly when every one is open.
   */
  get expanded(): boolean {
    return this.open.expanded;
  }
  set expanded(value: boolean) {
    this.open.setAll(value);
    this.requestUpdate();
  }

  private readonly open = new OpenState();
  private readonly announcer = new Announcer(this);
  /** What the copy-link status says (at once: the reader just asked). */
  private copyStatus = '';
  /** The last copy, for the document to show. */
  private copied?: { anchor: string; ok: true } | { anchor: string; ok: false; url: string };
  private copiedTimer?: ReturnType<typeof setTimeout>;
  /** The passage a search result went to and the words to mark in it, in the document it was found in. */
  private highlight?: { doc: Document; key: string; ranges: readonly TextRange[] };
  // Open at first, as long guidance pages have it; narrow containers list only the top sections.
  private contentsOpen = true;
  private shownGroups = resultGroupStep;
  private current?: string;
  /** The section goTo() last went to, marked current until its heading leaves the screen. */
  private wentTo?: string;
  private documentCache?: { key: string; edition: Edition; strings: ExplorerStrings; value: Document };
  private documentRoot?: HTMLElement;
  private observer?: IntersectionObserver;
  private visible = new Set<string>();
  /** The building blocks open before printing, to open again after. */
  private openBeforePrint?: string[];

  /** The interface strings: a provider's, which has every one, or the built-in ones with the explorer's own. */
  private get strings(): ExplorerStrings {
    return withOwnStrings(this.content.strings, frameworkUiStrings);
  }

  /** The edition shown: a provider's, or the built-in one with its opening sections. */
  protected override get fullEdition(): Edition {
    const edition = this.content.edition;
    // The other elements' built-in edition is the same one without the opening sections.
    return !edition || edition === ambitions2015to2020 ? ambitions2015to2020Complete : edition;
  }

  /** The document as the properties choose it. */
  private get document(): Document {
    const edition = this.fullEdition;
    const strings = this.strings;
    const parts = this.chosenParts();
    const ambition = this.ambition === null ? undefined : findByNumberOrId(edition.ambitions, this.ambition)?.number;
    const foundation = this.foundation === null ? undefined : findByNumberOrId(edition.foundations, this.foundation)?.id;
    const key = [[...parts].join(), ambition, foundation].join('|');
    const cache = this.documentCache;
    if (cache && cache.key === key && cache.edition === edition && cache.strings === strings) return cache.value;
    const sections = frameworkSections(edition, strings, { parts, ambition, foundation });
    const every = allSections(sections);
    let index: SearchIndex | undefined;
    let termLinks: Map<string, TermLink[]> | undefined;
    const value: Document = {
      sections,
      get index() {
        return (index ??= buildSearchIndex(sections));
      },
      get termLinks() {
        return (termLinks ??= findTermLinks(sections, edition.glossary));
      },
      byAnchor: new Map(every.map((section) => [section.anchor, section])),
      collapsible: every.filter((section) => section.more).map((section) => section.anchor),
    };
    this.documentCache = { key, edition, strings, value };
    return value;
  }

  private chosenParts(): Set<FrameworkSectionName> {
    const words = listEntries(this.sections);
    const known = words.filter((word): word is FrameworkSectionName => (frameworkSectionNames as readonly string[]).includes(word));
    return new Set(known.length ? known : frameworkSectionNames);
  }

  /** The search text (never null). */
  private get searchText(): string {
    return this.query ?? '';
  }

  /** The results of the current search, in document order: each section with its matching passages. */
  get results(): readonly SectionResult[] {
    const doc = this.document;
    const query = this.searchText;
    if (this.resultsCache?.doc !== doc || this.resultsCache.query !== query)
      this.resultsCache = { doc, query, results: searchFramework(doc.index, query) };
    return this.resultsCache.results;
  }
  private resultsCache?: { doc: Document; query: string; results: readonly SectionResult[] };

  /** Opens every building block's full text. */
  expandAll(): void {
    this.expanded = true;
  }

  /** Closes every building block's full text. */
  collapseAll(): void {
    this.expanded = false;
  }

  /** Opens the browser's print dialog for the whole framework (every section open, no controls). */
  print(): void {
    window.print();
  }

  /**
   * Goes to a section by its anchor (`ambition-3`, `building-block-<id>` …):
   * scrolls to it, opens it if it is a closed building block, and moves focus
   * to its heading. Returns false when the document has no such section.
   * The address is not changed. The scroll is smooth unless the reader
   * prefers reduced motion or `options.instant` is set.
   */
  async goTo(anchor: string, options: { instant?: boolean } = {}): Promise<boolean> {
    const section = this.document.byAnchor.get(anchor);
    if (!section) return false;
    if (section.more && !this.open.isOpen(anchor)) {
      this.open.set(anchor, true);
      this.requestUpdate();
    }
    await this.updateComplete;
    const target = this.documentRoot?.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
    if (!target) return false;
    target.scrollIntoView({ block: 'start', behavior: options.instant || prefersReducedMotion() ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    this.wentTo = anchor;
    if (this.current !== anchor) {
      this.current = anchor;
      this.requestUpdate();
    }
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    if (this.searchText === '') {
      const shared = new URL(location.href).searchParams.get(searchParameter);
      if (shared) this.query = shared;
    }
    window.addEventListener('hashchange', this.onAddressChange);
    window.addEventListener('popstate', this.onAddressChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    void this.updateComplete.then(() => this.followHash(false));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onAddressChange);
    window.removeEventListener('popstate', this.onAddressChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.copiedTimer);
    clearTimeout(this.addressTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const edition = this.fullEdition;
    if (changed.has('ambition') && this.ambition !== null && !findByNumberOrId(edition.ambitions, this.ambition)) {
      this.warn(`ambition="${this.ambition}" is not an ambition number (1–6) or id, so the whole framework is shown.`);
    }
    if (changed.has('foundation') && this.foundation !== null && !findByNumberOrId(edition.foundations, this.foundation)) {
      this.warn(`foundation="${this.foundation}" is not a foundation number (1–8) or id, so the whole framework is shown.`);
    }
    if (changed.has('sections')) {
      const unknown = listEntries(this.sections).filter((word) => !(frameworkSectionNames as readonly string[]).includes(word));
      if (unknown.length) {
        this.warn(
          `sections names ${unknown.map((word) => `"${word}"`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not one of ${frameworkSectionNames.join(', ')}, so ${unknown.length === 1 ? 'it is' : 'they are'} left out.`,
        );
      }
    }
    if (this.linkTerms && !renderingFallback() && !customElements.get('peolc-term')) {
      // <peolc-term> comes with the glossary's entry point, loaded only when terms are linked.
      void import('../../glossary.js');
    }
    if (changed.has('query')) this.shownGroups = resultGroupStep;
    if (!this.hasUpdated) this.announcer.text = this.countText();
    const old = this.open.follow(this.document.collapsible);
    if (old !== undefined) this.requestUpdate('expanded', old);
  }

  protected override firstUpdated(): void {
    // Fold the text for searching while the page is idle (and search once, so the code is compiled),
    // so the reader's first keystroke only compares strings.
    const warm = () => void searchFramework(this.document.index, 'the');
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 200);
  }

  protected override updated(): void {
    const count = this.countText();
    if (count === this.announcer.text) this.announcer.cancel();
    else this.announcer.say(count);
    this.renderDocument();
  }

  /**
   * Renders the document into the light DOM (see the class's description),
   * in a container the element owns: only when something it shows changed,
   * so a keystroke in the search re-renders the results, not the framework.
   */
  private renderDocument(): void {
    const inputs = [
      this.document,
      this.strings,
      this.highlight,
      this.linkTerms,
      this.level,
      this.copied,
      this.document.collapsible.map((anchor) => (this.open.isOpen(anchor) ? '1' : '0')).join(''),
    ];
    const attached = this.documentRoot?.parentNode === this;
    if (attached && this.renderedWith?.every((input, index) => input === inputs[index])) return;
    this.renderedWith = inputs;
    if (!attached) {
      // A no-JS fallback inside has the same ids: it goes, so links and getElementById find the live document.
      for (const fallback of this.querySelectorAll(`:scope > .${fallbackRootClass}`)) fallback.remove();
      this.documentRoot = this.ownerDocument.createElement('div');
      this.documentRoot.slot = 'document';
      this.appendChild(this.documentRoot);
    }
    render(this.documentTemplate(), this.documentRoot!, { host: this });
    this.observeSections();
  }
  private renderedWith?: unknown[];

  private documentTemplate(): TemplateResult {
    const doc = this.document;
    // (A mark from a document since replaced, by a new edition or other sections, is not shown.)
    const marked = this.highlight?.doc === doc ? this.highlight : undefined;
    return renderFrameworkDocument(doc.sections, {
      level: this.level,
      strings: this.strings,
      isOpen: (anchor) => this.open.isOpen(anchor),
      onToggle: this.onToggle,
      onCopyLink: this.onCopyLink,
      onBackToContents: this.onBackToContents,
      copied: this.copied,
      termLinks: this.linkTerms ? doc.termLinks : undefined,
      highlight: marked,
    });
  }

  private get level(): HeadingLevel {
    return Number(this.headingLevel) as HeadingLevel;
  }

  private countText(): string {
    const strings = this.strings;
    if (this.searchText.trim() === '') return '';
    const results = this.results;
    if (results.length === 0) return formatUiString(strings.frameworkNoResults, { query: this.searchText.trim() });
    const passages = countPassages(results);
    return formatUiString(strings.frameworkResultCount, {
      results: passages === 1 ? strings.frameworkResultOne : formatUiString(strings.frameworkResultMany, { count: passages }),
      sections: results.length === 1 ? strings.frameworkSectionOne : formatUiString(strings.frameworkSectionMany, { count: results.length }),
    });
  }

  protected override render() {
    const strings = this.strings;
    const doc = this.document;
    const fallback = renderingFallback();
    const level = this.level;
    return html`
      <div class="layout">
        <div class="tools" part="tools" data-print-hide ?inert=${fallback}>
          <div class="search" role="search" aria-label=${strings.frameworkSearchLabel}>
            <label class="search-label" for="search">${strings.frameworkSearchLabel}</label>
            <p class="hint" id="search-hint">${strings.frameworkSearchHint}</p>
            <input
              id="search"
              part="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="search-hint"
              aria-controls="results"
              .value=${this.searchText}
              @input=${this.onInput}
              @keydown=${this.onSearchKeydown}
              @focus=${this.onSearchFocus}
            />
          </div>
          <div class="actions">
            ${
              doc.collapsible.length
                ? html`<button type="button" part="button" @click=${this.expandAll}>${strings.frameworkExpandAll}</button>
                    <button type="button" part="button" @click=${this.collapseAll}>${strings.frameworkCollapseAll}</button>`
                : nothing
            }
            <button type="button" part="button" @click=${this.print}>${strings.frameworkPrint}</button>
          </div>
        </div>
        <p class="status" part="status" role="status" data-print-hide ?inert=${fallback}>${fallback ? '' : this.announcer.text}</p>
        <p class="visually-hidden" role="status" data-print-hide>${this.copyStatus}</p>
        ${this.renderResults(level, strings)}
        ${this.renderContents(doc, level, strings, fallback)}
        <div class="document">${fallback ? this.documentTemplate() : html`<slot name="document"></slot>`}</div>
      </div>
    `;
  }

  private renderResults(level: HeadingLevel, strings: ExplorerStrings) {
    const query = this.searchText.trim();
    if (query === '' || renderingFallback()) return html`<div id="results" class="results" part="results" hidden></div>`;
    const results = this.results;
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    return html`<div id="results" class="results" part="results" data-print-hide @keydown=${this.onResultsKeydown}>
      ${heading(level, strings.frameworkResultsHeading)}
      ${
        results.length === 0
          ? html`<p class="empty">${formatUiString(strings.frameworkNoResults, { query })}</p>`
          : results.slice(0, this.shownGroups).map((result) => {
              const { section } = result;
              const shown = result.matches.slice(0, passagesPerResult);
              const rest = result.matches.length - shown.length;
              return html`<div class="result-group" data-kind=${section.kind}>
                ${heading(sub, formatUiString(strings.frameworkResultSection, { kind: kindLabel(section, strings), title: section.title.text }))}
                <ul class="result-list">
                  ${shown.map(
                    (match) => html`<li>
                      <a class="result" part="result" href=${`#${section.anchor}`} @click=${(event: Event) => this.onResult(event, section, match)}
                        >${snippet(match.passage.text, match.ranges).map((piece) => (piece.marked ? html`<mark>${piece.text}</mark>` : piece.text))}</a
                      >
                    </li>`,
                  )}
                  ${
                    rest > 0
                      ? html`<li>
                          <a class="result more" part="result" href=${`#${section.anchor}`} @click=${(event: Event) => this.onResult(event, section, result.matches[passagesPerResult]!)}
                            >${formatUiString(strings.frameworkMoreInSection, { count: rest })}</a
                          >
                        </li>`
                      : nothing
                  }
                </ul>
              </div>`;
            })
      }
      ${
        results.length > this.shownGroups
          ? html`<button class="more-results" type="button" part="button" @click=${this.onMoreResults}>
              ${
                results.length - this.shownGroups === 1
                  ? strings.frameworkMoreResultsOne
                  : formatUiString(strings.frameworkMoreResults, { count: results.length - this.shownGroups })
              }
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Shows the next sections' results, and moves focus to the first of them. */
  private onMoreResults = (): void => {
    const first = this.shownGroups;
    this.shownGroups += resultGroupStep;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelectorAll<HTMLElement>('.result-group')[first]?.querySelector<HTMLElement>('a.result')?.focus();
    });
  };

  private renderContents(doc: Document, level: HeadingLevel, strings: ExplorerStrings, fallback: boolean) {
    const link = (section: Section, nested: boolean): TemplateResult => html`<li>
      <a
        class="contents-link"
        part="contents-link"
        href=${`#${section.anchor}`}
        aria-current=${ifDefined(this.current === section.anchor ? 'location' : undefined)}
        >${section.eyebrow && !nested ? `${section.eyebrow}: ` : ''}${section.title.text}</a
      >
      ${
        // Ambitions list their building blocks, and the foundations theirs; the glossary's terms are not listed.
        !nested && section.children.length && section.kind !== 'glossary'
          ? html`<ol>${section.children.map((child) => link(child, true))}</ol>`
          : nothing
      }
    </li>`;
    const open = this.contentsOpen;
    return html`<nav class="contents" part="contents" id="contents" data-anchor aria-label=${strings.frameworkContents}>
      ${heading(
        level,
        // Without script there is no button: the title stands in its place, in a box of the same size.
        fallback
          ? html`<span class="contents-title no-toggle">${strings.frameworkContents}</span>`
          : html`<button class="contents-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="contents-list" @click=${this.onContentsToggle}
                >${strings.frameworkContents}</button
              ><span class="contents-title">${strings.frameworkContents}</span>`,
      )}
      <ol id="contents-list" class="contents-list" ?hidden=${!open}>
        ${doc.sections.map((section) => link(section, false))}
      </ol>
    </nav>`;
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.highlight = undefined;
    const results = this.results;
    this.emit('peolc-framework-search', {
      query: this.searchText,
      results: countPassages(results),
      sections: results.length,
    });
    this.keepSearchInAddress();
  };

  private addressTimer?: ReturnType<typeof setTimeout>;
  /** Puts the search in the address once typing pauses (browsers limit how often a page may change it). */
  private keepSearchInAddress(): void {
    clearTimeout(this.addressTimer);
    this.addressTimer = setTimeout(() => {
      const url = new URL(location.href);
      const query = this.searchText.trim();
      if (query) url.searchParams.set(searchParameter, query);
      else url.searchParams.delete(searchParameter);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }, 500);
  }

  private resultLinks(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('a.result')];
  }

  /** Folds the text for searching now, if the page has not been idle yet. */
  private onSearchFocus = (): void => {
    void this.document.index;
  };

  private onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') {
      const first = this.resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && this.searchText !== '') {
      event.preventDefault();
      this.clearSearch();
    }
  };

  private onResultsKeydown = (event: KeyboardEvent): void => {
    const links = this.resultLinks();
    const index = links.indexOf(this.renderRoot.querySelector<HTMLAnchorElement>('a.result:focus') as HTMLAnchorElement);
    if (index === -1) return;
    const to = (next: number) => {
      event.preventDefault();
      links[next]?.focus();
    };
    if (event.key === 'ArrowDown') to(Math.min(index + 1, links.length - 1));
    else if (event.key === 'ArrowUp') {
      if (index === 0) {
        event.preventDefault();
        this.searchInput()?.focus();
      } else to(index - 1);
    } else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(links.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      this.clearSearch();
    }
  };

  private searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  private clearSearch(): void {
    this.query = '';
    this.highlight = undefined;
    this.emit('peolc-framework-search', { query: '', results: 0, sections: 0 });
    this.keepSearchInAddress();
    this.searchInput()?.focus();
  }

  /** A result was followed: mark its words in the passage, and go there (a new history entry, so Back returns). */
  private onResult(event: Event, section: Section, match: PassageMatch): void {
    event.preventDefault();
    this.highlight = { doc: this.document, key: match.passage.key, ranges: match.ranges };
    if (location.hash !== `#${section.anchor}`) history.pushState(history.state, '', `#${section.anchor}`);
    this.requestUpdate();
    void this.goTo(section.anchor).then(() => {
      const mark = this.documentRoot?.querySelector('mark');
      mark?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    });
  }

  private onToggle = (anchor: string, open: boolean): void => {
    this.open.set(anchor, open);
    this.requestUpdate();
  };

  private onCopyLink = (section: Section): void => {
    const url = new URL(location.href);
    url.hash = section.anchor;
    const strings = this.strings;
    const say = (text: string) => {
      // Cleared first, so copying the same link twice is said twice.
      this.copyStatus = '';
      this.requestUpdate();
      void this.updateComplete.then(() => {
        this.copyStatus = text;
        this.requestUpdate();
      });
    };
    const failed = () => {
      this.copied = { anchor: section.anchor, ok: false, url: url.href };
      say(formatUiString(strings.frameworkLinkNotCopied, { url: url.href }));
    };
    const copying = navigator.clipboard?.writeText(url.href);
    if (!copying) return failed();
    copying.then(() => {
      this.copied = { anchor: section.anchor, ok: true };
      say(formatUiString(strings.frameworkLinkCopied, { title: section.title.text }));
      // The button says "Link copied" for a few seconds, then "Copy link" again.
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => {
        if (this.copied?.ok) this.copied = undefined;
        this.requestUpdate();
      }, 4000);
    }, failed);
  };

  private onBackToContents = (event: Event): void => {
    event.preventDefault();
    this.contentsOpen = true;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const nav = this.renderRoot.querySelector<HTMLElement>('nav');
      const link =
        this.renderRoot.querySelector<HTMLElement>('.contents-link[aria-current]') ?? this.renderRoot.querySelector<HTMLElement>('.contents-link');
      nav?.scrollIntoView({ block: 'start' });
      link?.focus({ preventScroll: true });
    });
  };

  private onContentsToggle = (): void => {
    this.contentsOpen = !this.contentsOpen;
    this.requestUpdate();
  };

  private onAddressChange = (): void => {
    void this.followHash(true);
  };

  /** Goes to the section the address's `#fragment` names, if this document has it. */
  private async followHash(fromNavigation: boolean): Promise<void> {
    if (!this.isConnected || location.hash.length < 2) return;
    let anchor: string;
    try {
      anchor = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!this.document.byAnchor.has(anchor)) return;
    // Opening the page at a link jumps there; following one inside the page may glide.
    await this.goTo(anchor, { instant: !fromNavigation });
  }

  /** Marks, in the contents, the section whose heading is nearest the top of the viewport. */
  private observeSections(): void {
    if (typeof IntersectionObserver === 'undefined' || !this.documentRoot) return;
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) this.visible.add(entry.target.id);
          else this.visible.delete(entry.target.id);
        }
        // A section a link went to stays marked while its heading is on screen: the last ones cannot reach the top half.
        const went = this.wentTo && this.documentRoot?.querySelector(`[id="${CSS.escape(this.wentTo)}"]`)?.getBoundingClientRect();
        if (went && went.bottom > 0 && went.top < innerHeight) return;
        this.wentTo = undefined;
        const first = allSections(this.document.sections).find((section) => this.visible.has(section.anchor));
        if (first && first.anchor !== this.current) {
          this.current = first.anchor;
          this.requestUpdate();
        }
      },
      { rootMargin: '0px 0px -50% 0px' },
    );
    this.visible.clear();
    for (const target of this.documentRoot.querySelectorAll('[data-anchor]')) this.observer.observe(target);
  }

  private onBeforePrint = (): void => {
    this.openBeforePrint ??= this.document.collapsible.filter((anchor) => this.open.isOpen(anchor));
    this.open.setAll(true);
    this.requestUpdate();
    // Render now: the browser lays the page out for printing as soon as this returns.
    this.renderDocument();
  };

  private onAfterPrint = (): void => {
    if (this.openBeforePrint === undefined) return;
    // Each block as the reader left it, not all as the last `expanded` said.
    this.open.setAll(false);
    for (const anchor of this.openBeforePrint) this.open.set(anchor, true);
    this.openBeforePrint = undefined;
    this.requestUpdate();
  };
}

const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function kindLabel(section: Section, strings: ExplorerStrings): string {
  switch (section.kind) {
    case 'ambition':
      return section.eyebrow ?? strings.frameworkKindSection;
    case 'building-block':
      return strings.frameworkKindBuildingBlock;
    case 'foundation':
      return strings.frameworkKindFoundation;
    case 'term':
      return strings.frameworkKindTerm;
    default:
      return strings.frameworkKindSection;
  }
}
