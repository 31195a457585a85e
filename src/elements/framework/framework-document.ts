import { html, nothing, type TemplateResult } from 'lit';
// <peolc-term>'s type, for the template checker: the element itself is loaded (by peolc-framework.ts) only with `link-terms`.
import type { PeolcTerm } from '../glossary/peolc-term.js';
import type { FrameworkUiStrings } from '../../context/framework-ui-strings.js';
import { formatUiString, type ElementUiStrings } from '../../context/ui-strings.js';

/** The explorer's strings: every element's, and its own. */
export type ExplorerStrings = ElementUiStrings & FrameworkUiStrings;
import type { TextRange } from '../../model/framework-search.js';
import type { Block, Passage, Section } from '../../model/framework-sections.js';
import type { HeadingLevel } from '../../model/lookup.js';
import type { TermLink } from '../../model/term-links.js';
import { renderDisclosure } from '../shared/disclosure.js';
import { renderingFallback } from '../shared/fallback-mode.js';

/** The class of the document's root, which its stylesheet (framework.styles.ts) is scoped to. */
export const documentClass = 'peolc-framework-document';

/** What the document needs besides its sections. */
export interface DocumentOptions {
  /** The level of the top sections' headings. */
  level: HeadingLevel;
  strings: ExplorerStrings;
  /** Whether a building block's full text is open. */
  isOpen: (anchor: string) => boolean;
  /** The reader opened or closed a building block (or the browser's find opened it). */
  onToggle: (anchor: string, open: boolean) => void;
  /** The reader asked for a link to a section. */
  onCopyLink: (section: Section) => void;
  /** The section whose link was last copied, and whether the browser copied it (else the link to copy by hand). */
  copied?: { anchor: string; ok: true } | { anchor: string; ok: false; url: string };
  /** Back to contents was followed. */
  onBackToContents: (event: Event) => void;
  /** Where to link glossary terms, by passage key (`link-terms`); undefined when off. */
  termLinks?: ReadonlyMap<string, readonly TermLink[]>;
  /** The passage a search result went to, and what to mark in it. */
  highlight?: { key: string; ranges: readonly TextRange[] };
}

const levelBelow = (level: HeadingLevel, by = 1) => Math.min(level + by, 6) as HeadingLevel;

type Heading = (content: unknown, anchor: string) => TemplateResult;

// One template per level, from a fixed list, as heading.ts has (no partner
// text ever becomes markup). A section's heading is its anchor: it has the
// section's id, takes focus when a link goes there (`tabindex="-1"`), and is
// marked `data-anchor`, so a no-JS fallback keeps its id.
const anchorHeadings: Record<HeadingLevel, Heading> = {
  2: (content, anchor) => html`<h2 class="heading" id=${anchor} tabindex="-1" data-anchor>${content}</h2>`,
  3: (content, anchor) => html`<h3 class="heading" id=${anchor} tabindex="-1" data-anchor>${content}</h3>`,
  4: (content, anchor) => html`<h4 class="heading" id=${anchor} tabindex="-1" data-anchor>${content}</h4>`,
  5: (content, anchor) => html`<h5 class="heading" id=${anchor} tabindex="-1" data-anchor>${content}</h5>`,
  6: (content, anchor) => html`<h6 class="heading" id=${anchor} tabindex="-1" data-anchor>${content}</h6>`,
};
const subheadings: Record<HeadingLevel, (content: unknown) => TemplateResult> = {
  2: (content) => html`<h2 class="heading">${content}</h2>`,
  3: (content) => html`<h3 class="heading">${content}</h3>`,
  4: (content) => html`<h4 class="heading">${content}</h4>`,
  5: (content) => html`<h5 class="heading">${content}</h5>`,
  6: (content) => html`<h6 class="heading">${content}</h6>`,
};

/**
 * The whole document, rendered into the element's light DOM (see
 * peolc-framework.ts for why): every section with its anchor on its heading
 * (`tabindex="-1"`, so following a link can move focus to it).
 */
export function renderFrameworkDocument(sections: readonly Section[], options: DocumentOptions): TemplateResult {
  return html`<div class=${documentClass}>${sections.map((section) => renderSection(section, options.level, options, true))}</div>`;
}

function renderSection(section: Section, level: HeadingLevel, options: DocumentOptions, top: boolean): TemplateResult {
  const { strings } = options;
  // An ambition's building blocks come under its "Building blocks" subheading, a level further down.
  const childLevel = levelBelow(level, section.kind === 'ambition' ? 2 : 1);
  const title = section.title.text;
  const more = section.more;
  // What a sighted reader sees after Copy link (the polite status tells everyone): "Link copied" on the button, or the link itself.
  const copied = options.copied?.anchor === section.anchor ? options.copied : undefined;
  // Only the top sections are named regions: one for each building block, foundation and term would bury the page's landmarks.
  return html`<section class="section" data-kind=${section.kind} aria-labelledby=${top ? section.anchor : nothing}>
    <div class="section-head">
      ${section.eyebrow ? html`<p class="eyebrow">${section.eyebrow}</p>` : nothing}
      ${anchorHeadings[level](renderText(section.title, options), section.anchor)}
      <button class="copy-link" type="button" data-print-hide ?inert=${renderingFallback()} @click=${() => options.onCopyLink(section)}
        ><span aria-hidden="true">${copied?.ok ? strings.frameworkLinkCopiedShort : strings.frameworkCopyLink}</span
        ><span class="visually-hidden">${formatUiString(strings.frameworkCopyLinkTo, { title })}</span></button
      >
      ${copied && !copied.ok ? html`<p class="copy-failed" data-print-hide>${formatUiString(strings.frameworkLinkNotCopied, { url: copied.url })}</p>` : nothing}
    </div>
    ${renderBlocks(section.blocks, levelBelow(level), options)}
    ${
      more
        ? renderDisclosure({
            id: `${section.anchor}-text`,
            expanded: options.isOpen(section.anchor),
            title,
            labels: { closed: strings.readMore, open: strings.readLess },
            onToggle: () => options.onToggle(section.anchor, !options.isOpen(section.anchor)),
            onFound: () => options.onToggle(section.anchor, true),
            body: renderBlocks(more, levelBelow(level), options),
          })
        : nothing
    }
    ${section.children.map((child) => renderSection(child, childLevel, options, false))}
    ${
      top
        ? html`<p class="back" data-print-hide><a href="#contents" @click=${options.onBackToContents}>${strings.frameworkBackToContents}</a></p>`
        : nothing
    }
  </section>`;
}

function renderBlocks(blocks: readonly Block[], subLevel: HeadingLevel, options: DocumentOptions): TemplateResult[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        // (Two templates rather than a directive on each of a thousand paragraphs.)
        return block.role
          ? html`<p class=${block.role}>${renderText(block.passage, options)}</p>`
          : html`<p>${renderText(block.passage, options)}</p>`;
      case 'list':
        return html`<ul>${block.items.map((item) => html`<li>${renderText(item, options)}</li>`)}</ul>`;
      case 'quote':
        return html`<figure class="quote">
          <blockquote><p>${renderText(block.passage, options)}</p></blockquote>
          ${block.source ? html`<figcaption>${renderText(block.source, options)}</figcaption>` : nothing}
        </figure>`;
      case 'subheading':
        return subheadings[subLevel](renderText(block.passage, options));
      case 'signatories':
        return html`<ul class="signatories">
          ${block.people.map(
            (person) =>
              html`<li><span class="signatory-name">${renderText(person.name, options)}</span> <span class="signatory-role">${renderText(person.role, options)}</span></li>`,
          )}
        </ul>`;
    }
  });
}

/**
 * A passage's text, exactly as the edition has it: its glossary terms (with
 * `link-terms`) wrapped in `<peolc-term>`, the words a search result went to
 * in `<mark>`, and nothing else added or changed.
 */
function renderText(passage: Passage, options: DocumentOptions): unknown {
  const terms = options.termLinks?.get(passage.key) ?? [];
  const marks = options.highlight?.key === passage.key ? options.highlight.ranges : [];
  if (terms.length === 0 && marks.length === 0) return passage.text;
  // Cut at every edge of a term or a mark, so each piece is inside or outside each one.
  const edges = [...new Set([0, passage.text.length, ...terms.flatMap((link) => link.range), ...marks.flat()])].sort((a, b) => a - b);
  const out: unknown[] = [];
  let termPieces: unknown[] = [];
  let openTerm: TermLink | undefined;
  for (let index = 0; index < edges.length - 1; index++) {
    const from = edges[index]!;
    const to = edges[index + 1]!;
    if (to <= from) continue;
    const text = passage.text.slice(from, to);
    const marked = marks.some(([start, end]) => from >= start && to <= end);
    const piece = marked ? html`<mark>${text}</mark>` : text;
    const term = terms.find((link) => from >= link.range[0] && to <= link.range[1]);
    if (term !== openTerm && openTerm) {
      out.push(html`<peolc-term term=${openTerm.term}>${termPieces}</peolc-term>`);
      termPieces = [];
    }
    openTerm = term;
    if (term) termPieces.push(piece);
    else out.push(piece);
  }
  if (openTerm) out.push(html`<peolc-term term=${openTerm.term}>${termPieces}</peolc-term>`);
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'peolc-term': PeolcTerm;
  }
}
