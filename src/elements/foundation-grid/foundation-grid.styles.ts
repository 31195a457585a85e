import { css } from 'lit';

/**
 * The foundation grid's own styles; the host, focus indicator, visually
 * hidden text and print rules (disclosed bodies print, buttons do not) come
 * from sharedStyles. Sizes are in em (only the tiles' hairline border is in
 * px), so the grid follows the page's font size and text zoom.
 */
export const gridStyles = css`
  :host {
    --_tile-background: var(--peolc-foundation-background-color, var(--peolc-surface-color, #ffffff));
    --_tile-border: var(--peolc-foundation-border-color, var(--peolc-border-color, #4c6272));
    --_accent: var(--peolc-foundation-accent-color, var(--peolc-accent-color, #005eb8));
    --_on-accent: var(--peolc-foundation-on-accent-color, var(--peolc-on-accent-color, #ffffff));
    --_radius: var(--peolc-radius, 0.25em);
  }

  /* The grid measures its own container, not the viewport. */
  .container {
    container-type: inline-size;
    container-name: peolc-foundations;
  }

  .intro {
    margin: 0 0 1em;
    max-width: 40em;
    line-height: 1.5;
  }

  /* One column by default; more as the container widens (below). */
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tile {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    min-width: 0;
    padding: 1em;
    background: var(--_tile-background);
    border: var(--peolc-border-width, 1px) solid var(--_tile-border);
    border-top: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  /* Shrink-wrapped, but never wider than the tile: a long word at a large text size wraps instead. */
  .tile > * {
    max-width: 100%;
  }

  .tile .heading {
    margin: 0;
    font-size: 1.1875em;
    line-height: 1.25;
    font-weight: 700;
  }
  .tile-number {
    display: block;
    margin-bottom: 0.25em;
    font-size: 0.8125em;
    font-weight: 400;
  }

  /* The highlighted tile: a thicker border on every side and a visible marker, not colour alone. */
  .tile[aria-current='true'] {
    border: 0.25em solid var(--_accent);
    border-top-width: 0.625em;
  }
  .marker {
    margin: 0;
    padding: 0.125em 0.5em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875em;
    font-weight: 700;
  }

  /* The disclosure button. Enter and Space work natively. */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.375em 0.75em;
    border: 0.125em solid currentColor;
    border-radius: var(--_radius);
    background: var(--_tile-background);
    color: inherit;
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, currentColor 10%, var(--_tile-background));
  }
  .toggle:hover .toggle-label {
    text-decoration: underline;
  }
  /* A chevron pointing down when closed and up when open: drawn with borders, so it follows the text colour. */
  .toggle::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-block: -0.25em 0;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  /* Open: a button's aria-expanded, or (the no-JS fallback) an open <details>. */
  :is(.toggle[aria-expanded='true'], [open] > .toggle)::before {
    margin-block: 0.25em 0;
    transform: rotate(-135deg);
  }

  /* The full text. Shown and hidden only by the hidden attribute, so it prints (sharedStyles). */
  .body {
    width: 100%;
  }
  .body p {
    margin: 0 0 0.75em;
  }
  .body p:last-child {
    margin-bottom: 0;
  }

  /* Automatic columns, by the container's width in em, so text zoom moves the breakpoints. */
  @container peolc-foundations (min-width: 24em) {
    .grid.auto {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container peolc-foundations (min-width: 40em) {
    .grid.auto {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container peolc-foundations (min-width: 56em) {
    .grid.auto {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  /* Fixed columns: that many wherever each tile gets at least 11em; in a
     narrower container as many as fit, so the page still reflows. */
  @container peolc-foundations (min-width: 23em) {
    .grid.cols-2,
    .grid.cols-3,
    .grid.cols-4 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container peolc-foundations (min-width: 35em) {
    .grid.cols-3,
    .grid.cols-4 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container peolc-foundations (min-width: 47em) {
    .grid.cols-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .toggle::before {
      transition: transform 150ms ease-out;
    }
  }

  /* Windows high contrast and other forced colours: borders in system colours, the highlighted tile in Highlight. */
  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .tile[aria-current='true'] {
      border-color: Highlight;
    }
    .marker {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }

  /* Print: every body is shown (sharedStyles) and reads best as one column of full text.
     Browsers leave backgrounds out of print, so the marker becomes outlined text. */
  @media print {
    .grid.grid {
      grid-template-columns: minmax(0, 1fr);
    }
    .tile {
      break-inside: avoid;
    }
    .marker {
      background: none;
      color: inherit;
      border-color: currentColor;
    }
  }
`;
