/**
 * Defines `<peolc-glossary>` and `<peolc-term>`.
 * @module
 */
import { defineElement } from './internal/define.js';
import { PeolcGlossary, type GlossarySearchDetail } from './elements/glossary/peolc-glossary.js';
import { PeolcTerm, type TermToggleDetail } from './elements/glossary/peolc-term.js';

export { PeolcGlossary, PeolcTerm };
export type { GlossarySearchDetail, TermToggleDetail };

defineElement('peolc-glossary', PeolcGlossary);
defineElement('peolc-term', PeolcTerm);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-glossary': PeolcGlossary;
    'peolc-term': PeolcTerm;
  }
}
