/**
 * Defines `<peolc-ambition-wheel>`. `<peolc-ambition>`, which can follow a
 * wheel, is in `ambition.js`: it always shows the full text, which a page with
 * only a wheel does not download.
 * @module
 */
import { defineElement } from './internal/define.js';
import { PeolcAmbitionWheel, type AmbitionSelectDetail } from './elements/ambition-wheel/peolc-ambition-wheel.js';

export { PeolcAmbitionWheel };
export type { AmbitionSelectDetail };

defineElement('peolc-ambition-wheel', PeolcAmbitionWheel);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-ambition-wheel': PeolcAmbitionWheel;
  }
}
