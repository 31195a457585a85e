/**
 * Defines `<peolc-ambition>`: one ambition in full, alone or following a
 * `<peolc-ambition-wheel>`.
 * @module
 */
import { defineElement } from './internal/define.js';
import { PeolcAmbition } from './elements/ambition-wheel/peolc-ambition.js';

export { PeolcAmbition };

defineElement('peolc-ambition', PeolcAmbition);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-ambition': PeolcAmbition;
  }
}
