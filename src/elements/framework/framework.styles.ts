import { css, unsafeCSS, type CSSResult } from 'lit';
import { documentClass } from './framework-document.js';

// The document's class as CSS (the css tag takes only CSS values).
const scope = unsafeCSS(documentClass);

// Words a search marks, in the results and in the document: a colour and an underline, not colour alone.
const markedWords = css`
  color: var(--peolc-framework-mark-text-color, #212b32);
  background: var(--peolc-framework-mark-color, #ffeb3b);
  text-decoration: underline;
  text-decoration-thickness: 0.125em;
`;

/**
 * `<peolc-framework>`'s shadow-root styles: the layout (contents beside or
 * above the document), the tools, the results and the contents list. The
 * document itself is in the light DOM, styled by `documentStyles` below.
 */
export const frameworkStyles = css`
  :host {
    container-type: inline-size;
    --_accent: var(--peolc-framework-accent-color, var(--peolc-accent-color, #005eb8));
    --_rule: var(--peolc-framework-border-color, var(--peolc-divider-color, #d8dde0));
    --_control-border: var(--peolc-framework-control-border-color, var(--peolc-border-color, #4c6272));
    --_control-background: var(--peolc-framework-search-background-color, var(--peolc-surface-color, #ffffff));
    --_top: var(--peolc-framework-sticky-top, 0px);
    line-height: 1.5;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'tools' 'status' 'results' 'contents' 'document';
    column-gap: 2em;
  }
  .tools {
    grid-area: tools;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1.5em;
    padding-block-end: 1em;
    border-block-end: 0.0625em solid var(--_rule);
  }
  .search {
    display: grid;
    gap: 0.25em;
    flex: 1 1 20em;
    max-width: 36em;
  }
  .search-label {
    font-weight: 700;
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
  }
  /* (Every selector names the explorer's own controls: without script, the document is inside the same fallback.) */
  .tools input,
  .tools button,
  .more-results,
  .contents-toggle {
    min-height: 2.75em;
    margin: 0;
    font: inherit;
    color: inherit;
    background: var(--_control-background);
    border: 0.125em solid var(--_control-border);
    border-radius: 0;
  }
  .tools input {
    width: 100%;
    padding: 0.375em 0.5em;
  }
  .tools button,
  .more-results {
    padding: 0.375em 0.875em;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* The count's line is kept, so the page does not move when it is said. */
  .status {
    grid-area: status;
    min-height: 1.5em;
    margin: 0.75em 0 0;
    font-weight: 700;
  }
  .results {
    grid-area: results;
    margin-block: 0.5em 1.5em;
    padding: 0.5em 0.625em;
    border: 0.125em solid var(--_control-border);
  }
  .results[hidden] {
    display: none;
  }
  .results .heading {
    margin: 0.25em 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .result-group .heading {
    margin: 1em 0 0.25em;
    font-size: 1em;
  }
  .result-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    display: block;
    padding: 0.375em 0.25em;
    color: inherit;
    text-decoration: none;
    border-inline-start: 0.1875em solid var(--_rule);
    padding-inline-start: 0.375em;
    overflow-wrap: break-word;
  }
  .result:hover {
    text-decoration: underline;
  }
  .result.more {
    color: var(--_accent);
    text-decoration: underline;
  }
  .empty {
    margin: 0.5em 0;
  }
  .more-results {
    margin-block-start: 1em;
  }
  .results mark {
    ${markedWords}
  }

  .contents {
    grid-area: contents;
    margin-block: 1em;
  }
  .contents .heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  /* The Contents button, and the title that stands in its place without script: the same box. */
  .contents-toggle,
  .contents-title {
    display: block;
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 0.125em solid transparent;
    text-align: start;
    font-weight: 700;
  }
  .contents-toggle {
    border-color: var(--_control-border);
  }
  .contents-toggle::before {
    content: '';
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.625em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .contents-toggle[aria-expanded='true']::before {
    transform: translateY(0.1em) rotate(225deg);
  }
  .contents-title:not(.no-toggle) {
    display: none;
  }
  .contents-list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .contents-list[hidden] {
    display: none;
  }
  /* Narrow containers list the top sections only; wide ones their building blocks and foundations too. */
  .contents-list ol {
    display: none;
    margin: 0 0 0.25em;
    padding-inline-start: 1em;
    list-style: none;
    font-size: 0.9375em;
  }
  .contents-link {
    display: block;
    padding: 0.25em 0.5em;
    color: var(--_accent);
    border-inline-start: 0.25em solid transparent;
    overflow-wrap: break-word;
  }
  /* The section being read: a rule beside it and no underline, not colour alone (and not bold, which would re-wrap the list as the reader scrolls). */
  .contents-link[aria-current] {
    color: inherit;
    text-decoration: none;
    border-inline-start-color: currentColor;
  }
  .document {
    grid-area: document;
    min-width: 0;
  }

  @container (min-width: 60em) {
    .layout {
      grid-template-columns: var(--peolc-framework-contents-width, 17em) minmax(0, 1fr);
      grid-template-areas: 'tools tools' 'status status' 'results results' 'contents document';
    }
    .contents {
      position: sticky;
      top: var(--_top);
      align-self: start;
      max-height: calc(100vh - var(--_top));
      overflow-y: auto;
      margin-block-start: 1.5em;
    }
    .contents-toggle {
      display: none;
    }
    .contents-title,
    .contents-title:not(.no-toggle) {
      display: block;
      min-height: 0;
      padding: 0;
      border: 0;
    }
    .contents-list[hidden],
    .contents-list ol {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .contents-link[aria-current] {
      border-inline-start-color: Highlight;
    }
    .results mark {
      color: MarkText;
      background: Mark;
    }
  }

  @media print {
    .layout {
      display: block;
    }
    .contents {
      position: static;
      max-height: none;
      overflow: visible;
      break-after: page;
    }
    .contents-title:not(.no-toggle) {
      display: block;
    }
    .contents-list[hidden],
    .contents-list ol {
      display: block !important;
    }
    .contents-link {
      color: inherit;
      text-decoration: none;
    }
  }
`;

/**
 * The document's styles. It is the element's light DOM, so these are page
 * styles, every selector inside `.peolc-framework-document` (which only the
 * element writes) and added to the element's root (the page, or the shadow
 * root it is in) once. The no-JS fallback uses them as they are.
 */
export const documentStyles: CSSResult = css`
  /* (--_accent, --_rule, --_control-border and --_focus* are set on the host, by frameworkStyles and sharedStyles, and the document, its child, inherits them.) */
  .${scope} {
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  .${scope} * {
    box-sizing: border-box;
  }
  .${scope} .section {
    margin-block: 2em 0;
  }
  .${scope} > .section {
    padding-block-start: 1.5em;
    border-block-start: 0.125em solid var(--_rule);
  }
  .${scope} .section .section {
    margin-block-start: 1.5em;
  }
  .${scope} .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
  }
  .${scope} .section-head .heading {
    flex: 1 1 16em;
  }
  .${scope} .eyebrow {
    flex: 1 0 100%;
    margin: 0;
    font-weight: 700;
    color: var(--_accent);
  }
  .${scope} .heading {
    margin: 0 0 0.5em;
    line-height: 1.3;
    scroll-margin-block-start: calc(var(--peolc-framework-sticky-top, 0px) + 1em);
  }
  .${scope} h2.heading {
    font-size: 1.625em;
  }
  .${scope} h3.heading {
    font-size: 1.3125em;
  }
  .${scope} h4.heading,
  .${scope} h5.heading,
  .${scope} h6.heading {
    font-size: 1.125em;
  }
  .${scope} p,
  .${scope} ul {
    margin: 0 0 1em;
  }
  .${scope} ul {
    padding-inline-start: 1.5em;
  }
  .${scope} .statement {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    font-size: 1.125em;
    font-weight: 700;
  }
  .${scope} .summary {
    font-weight: 700;
  }
  .${scope} .quote {
    margin: 0 0 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_rule);
  }
  .${scope} blockquote {
    margin: 0;
    font-style: italic;
  }
  .${scope} figcaption {
    font-size: 0.875em;
  }
  .${scope} .signatories {
    padding: 0;
    list-style: none;
  }
  .${scope} .signatory-name {
    display: block;
    font-weight: 700;
  }
  .${scope} .copy-link,
  .${scope} .toggle {
    min-height: 2.75em;
    margin: 0 0 0.5em;
    padding: 0.25em 0.75em;
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: transparent;
    border: 0.125em solid var(--_control-border);
    border-radius: 0;
    cursor: pointer;
  }
  /* A block, whether a button or (without script) a summary, so its margin meets the text's the same way. */
  .${scope} .toggle {
    display: block;
    width: fit-content;
    max-width: 100%;
    margin-block-end: 0;
    font-size: 1em;
    color: var(--_accent);
  }
  .${scope} .copy-failed {
    flex: 1 0 100%;
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border: 0.125em solid var(--_control-border);
    user-select: all;
    overflow-wrap: anywhere;
  }
  .${scope} .body {
    margin-block: 0.5em 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_rule);
  }
  .${scope} .body[hidden]:not([hidden='until-found']) {
    display: none;
  }
  /* Closed but findable, it keeps a box (of no height): no margin, padding or rule either. */
  .${scope} .body[hidden='until-found'] {
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* The light DOM's copy of sharedStyles' rule (a fragment shared by both cost the wheel's page 29 B). */
  .${scope} .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .${scope} a {
    color: var(--_accent);
  }
  .${scope} .back {
    margin-block: 1.5em 0;
    font-size: 0.875em;
  }
  .${scope} mark {
    ${markedWords}
  }
  .${scope} :focus {
    outline: none;
  }
  .${scope} :focus-visible,
  .${scope} .heading:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_focus-edge);
  }
  @media (forced-colors: active) {
    .${scope} :focus-visible,
    .${scope} .heading:focus {
      outline-color: Highlight;
    }
    .${scope} mark {
      color: MarkText;
      background: Mark;
    }
  }
  @media print {
    .${scope} [data-print-hide],
    .${scope} button {
      display: none !important;
    }
    .${scope} .body[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .${scope} > .section[data-kind='ambition'] {
      break-before: page;
    }
    .${scope} .heading {
      break-after: avoid;
    }
    .${scope} a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds the document's styles to the root the element is in (the page, or a shadow root), once per root. */
export function adoptDocumentStyles(element: Element): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot) || adopted.has(root)) return;
  const sheet = documentStyles.styleSheet;
  if (!sheet) return;
  adopted.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
