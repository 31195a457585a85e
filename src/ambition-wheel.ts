/**
 * Defines `<peolc-ambition-wheel>` and `<peolc-ambition>`.
 * @module
 */
import { defineElement } from './define.js';
import { PeolcAmbitionWheel, type AmbitionSelectDetail } from './elements/ambition-wheel/peolc-ambition-wheel.js';
import { PeolcAmbition } from './elements/ambition-wheel/peolc-ambition.js';

export { PeolcAmbitionWheel, PeolcAmbition };
export type { AmbitionSelectDetail };

defineElement('peolc-ambition-wheel', PeolcAmbitionWheel);
defineElement('peolc-ambition', PeolcAmbition);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-ambition-wheel': PeolcAmbitionWheel;
    'peolc-ambition': PeolcAmbition;
  }
  interface HTMLElementEventMap {
    'peolc-ambition-select': CustomEvent<AmbitionSelectDetail>;
  }
}
