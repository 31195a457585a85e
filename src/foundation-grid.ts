/**
 * Defines `<peolc-foundation-grid>`.
 * @module
 */
import { defineElement } from './internal/define.js';
import { PeolcFoundationGrid, type FoundationToggleDetail } from './elements/foundation-grid/peolc-foundation-grid.js';

export { PeolcFoundationGrid };
export type { FoundationToggleDetail };

defineElement('peolc-foundation-grid', PeolcFoundationGrid);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-foundation-grid': PeolcFoundationGrid;
  }
}
