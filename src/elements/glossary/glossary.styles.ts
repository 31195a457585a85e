import { css } from 'lit';

/** `<peolc-glossary>`'s own styles; the host, focus ring, visually-hidden and print rules come from sharedStyles. */
export const glossaryStyles = css`
  :host {
    --_border: var(--peolc-glossary-border-color, currentColor);
    --_gap: var(--peolc-glossary-gap, 1.25em);
  }

  .search {
    display: grid;
    gap: 0.25em;
    margin-block-end: 1em;
  }
  .search-label {
    font-weight: 700;
  }
  .hint {
    margin: 0;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    max-width: var(--peolc-glossary-search-max-width, 30em);
    min-height: 2.5em;
    margin: 0;
    padding: 0.375em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--peolc-glossary-search-background-color, var(--peolc-surface-color, #ffffff));
    border: 0.125em solid var(--_border);
    border-radius: 0;
  }
  .status {
    margin: 0 0 1em;
    font-weight: 700;
  }

  dl {
    margin: 0;
    padding: 0;
  }
  .entry {
    margin: 0 0 var(--_gap);
    padding-block-start: calc(var(--_gap) * 0.75);
    border-block-start: 0.0625em solid var(--peolc-glossary-divider-color, currentColor);
  }
  .entry[hidden] {
    display: none;
  }
  dt {
    margin: 0 0 0.25em;
    font-size: var(--peolc-glossary-term-font-size, 1.1875em);
    font-weight: 700;
    line-height: 1.3;
    color: var(--peolc-glossary-term-color, inherit);
    overflow-wrap: break-word;
    /* Room above a deep-linked term, e.g. for a page's sticky header. */
    scroll-margin-block-start: var(--peolc-glossary-scroll-margin, 1em);
  }
  /* Entries only take focus from a deep link: always show where it went. */
  dt:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_focus-edge);
  }
  dd {
    margin: 0;
    overflow-wrap: break-word;
  }
  dd p {
    margin: 0 0 0.75em;
  }
  dd .note {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid currentColor;
    font-size: 0.875em;
    font-style: italic;
    color: var(--peolc-glossary-note-color, inherit);
  }
  .empty {
    margin: 0;
    padding: 1em;
    border: 0.125em dashed var(--_border);
  }

  @media (forced-colors: active) {
    input,
    .empty {
      border-color: CanvasText;
    }
    .entry,
    dd .note {
      border-color: CanvasText;
    }
  }
`;

/** `<peolc-term>`'s own styles. */
export const termStyles = css`
  /* Inline, in the page's text flow (sharedStyles makes hosts blocks). */
  :host {
    display: inline;
  }
  :host([hidden]) {
    display: none;
  }

  .trigger {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-align: inherit;
    text-transform: inherit;
    white-space: normal;
    cursor: pointer;
    /* Marked by a dotted underline, not by colour alone. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 0.1em;
    text-decoration-color: var(--peolc-term-underline-color, currentColor);
    text-underline-offset: 0.2em;
    /* Room for the focus ring when opening scrolls the term to the viewport's edge. */
    scroll-margin: 8px;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    text-decoration-style: solid;
  }

  .popover {
    /* In the top layer when the Popover API is there; fixed and on top otherwise. */
    position: fixed;
    z-index: 2147483647;
    inset: auto;
    top: 0;
    left: 0;
    box-sizing: border-box;
    width: var(--peolc-term-popover-width, 24em);
    max-width: var(--peolc-term-popover-width, 24em);
    margin: 0;
    /* Not wider sides with larger text: on a phone the width goes to the words. */
    padding: 0.75em min(1em, 16px) 0;
    overflow: auto;
    overscroll-behavior: contain;
    /* Page Down keeps clear of the Close bar (Firefox does this by itself). */
    scroll-padding-bottom: 4em;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
    color: var(--peolc-term-popover-color, var(--peolc-text-color, #212b32));
    background: var(--peolc-term-popover-background-color, var(--peolc-surface-color, #ffffff));
    border: 0.125em solid var(--peolc-term-popover-border-color, var(--peolc-text-color, #212b32));
    border-radius: var(--peolc-term-popover-radius, var(--peolc-radius, 0.25em));
    box-shadow: var(--peolc-term-popover-shadow, 0 0.25em 0.75em rgb(0 0 0 / 0.25));
  }
  .popover[hidden] {
    display: none;
  }
  .popover-term {
    margin: 0 0 0.5em;
    font-weight: 700;
    font-size: 1.125em;
    overflow-wrap: break-word;
  }
  .popover p {
    margin-block: 0 0.75em;
    overflow-wrap: break-word;
  }
  .popover .note {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid currentColor;
    font-size: 0.875em;
    font-style: italic;
  }
  /* Close stays in sight at the foot of the panel while a long definition scrolls under it. */
  .actions {
    position: sticky;
    bottom: 0;
    padding: 0.25em 0 1em;
    background: inherit;
    border-top: 0.0625em solid;
  }
  .close {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 700;
    color: var(--peolc-term-close-color, inherit);
    background: var(--peolc-term-close-background-color, transparent);
    border: 0.125em solid currentColor;
    border-radius: var(--peolc-radius, 0.25em);
    cursor: pointer;
  }
  .close:hover {
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .trigger {
      color: CanvasText;
      text-decoration-color: CanvasText;
    }
    .popover {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .close {
      border-color: ButtonText;
    }
  }

  /* In print, the term is the page's own words again: no button, no popover. */
  @media print {
    button.trigger {
      display: inline !important;
      text-decoration: none;
    }
    .popover {
      display: none !important;
    }
  }
`;
