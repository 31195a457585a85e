import { css, unsafeCSS } from 'lit';
import { elementThemeRules } from '../../themes/host-rules.js';

// The theme and color-scheme attribute rules, generated from src/themes/themes.ts.
const themeRules = unsafeCSS(elementThemeRules);

/**
 * Styles every peolc element shares: the host page's font, a visually
 * hidden utility, one focus indicator, print rules (disclosed content
 * prints expanded; controls do not print), and the `theme` and
 * `color-scheme` attributes. The host is painted with
 * `--peolc-background-color` only when that is set, so by default the page
 * shows through.
 */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: inherit;
    color: var(--peolc-text-color, #212b32);
    background-color: var(--peolc-background-color, transparent);
    --_focus: var(--peolc-focus-color, #ffeb3b);
    --_focus-edge: var(--peolc-focus-edge-color, #212b32);
    --_focus-width: var(--peolc-focus-width, 3px);
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
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_focus-edge);
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
  ${themeRules}
`;
