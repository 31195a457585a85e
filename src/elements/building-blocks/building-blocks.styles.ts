import { css } from 'lit';

/**
 * The card, shared by `<peolc-building-blocks>` and `<peolc-building-block>`.
 * Modelled on the NHS.UK card and the GOV.UK details component: a bordered
 * box with an accent edge, a clear heading, and a link-like disclosure button
 * whose triangle points right when closed and down when open, so the state is
 * shown by shape and words, never by colour alone. Every size is in em, so
 * the card follows the page's font and text size; nothing animates.
 */
export const cardStyles = css`
  :host {
    --_card-background: var(--peolc-card-background-color, var(--peolc-surface-color, #ffffff));
    --_card-border: var(--peolc-card-border-color, var(--peolc-divider-color, #d8dde0));
    --_card-accent: var(--peolc-card-accent-color, var(--peolc-accent-color, #005eb8));
  }
  .card {
    background: var(--_card-background);
    border: 0.0625em solid var(--_card-border);
    border-top: 0.25em solid var(--_card-accent);
    padding: 1em 1em 0.75em;
    line-height: 1.5;
    /* A long word never pushes the card wider than a narrow screen. */
    overflow-wrap: break-word;
    min-width: 0;
  }
  .card > .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .summary {
    margin: 0 0 0.5em;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    /* At least 44px high with a 16px page font: an easy target. */
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0.25em 0.25em 0;
    border: 0;
    background: transparent;
    color: var(--_card-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .toggle:hover {
    text-decoration-thickness: 0.1875em;
  }
  /* A triangle drawn with borders and clipped (as GOV.UK does), so it stays visible in forced colours. */
  .toggle::before {
    content: '';
    flex: none;
    width: 0;
    height: 0;
    border-style: solid;
    border-color: currentColor;
    border-width: 0.4375em 0 0.4375em 0.75em;
    clip-path: polygon(0% 0%, 100% 50%, 0% 100%);
  }
  /* Open: a button's aria-expanded, or (the no-JS fallback) an open <details>. */
  :is(.toggle[aria-expanded='true'], [open] > .toggle)::before {
    border-width: 0.75em 0.4375em 0 0.4375em;
    clip-path: polygon(0% 0%, 100% 0%, 50% 100%);
  }
  .body {
    margin-top: 0.25em;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_card-border);
  }
  .body > p {
    margin: 0 0 0.75em;
  }
  @media (forced-colors: active) {
    .card,
    .body {
      border-color: CanvasText;
    }
    .toggle {
      color: LinkText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #000000;
    }
    .body {
      margin-top: 0;
      padding-inline-start: 0;
      border-inline-start: 0;
    }
  }
`;

/** The list of cards and the groups of `<peolc-building-blocks>`: a grid by container width, in em. */
export const listStyles = css`
  .container {
    container: peolc-building-blocks / inline-size;
    /* A long word never pushes a heading wider than a narrow screen. */
    overflow-wrap: break-word;
  }
  .group + .group {
    margin-top: 2em;
  }
  .group > .heading {
    margin: 0 0 0.75em;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    /* Each card is as tall as its own text: opening one never stretches its neighbours. */
    align-items: start;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
  }
  /* Two columns from 40em (640px with a 16px font), three from 60em: at 200% text the columns halve. */
  @container peolc-building-blocks (min-width: 40em) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 1.25em;
    }
    .card {
      padding: 1.25em 1.25em 1em;
    }
  }
  @container peolc-building-blocks (min-width: 60em) {
    .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @media print {
    .list {
      display: block;
    }
    .item + .item {
      margin-top: 1em;
    }
  }
`;
