import { css } from 'lit';

/**
 * Styles every peolc element shares: the host page's font, a visually
 * hidden utility, one focus indicator, and print rules (disclosed content
 * prints expanded; controls do not print).
 */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: inherit;
    color: var(--peolc-text-color, #212b32);
    --_focus: var(--peolc-focus-color, #ffeb3b);
    --_focus-edge: var(--peolc-focus-edge-color, #212b32);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .visually-hidden {
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
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-edge);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    [data-print-expand][hidden] {
      display: block !important;
    }
    button,
    input,
    [data-print-hide] {
      display: none !important;
    }
  }
`;
