/**
 * Defines `<peolc-provider>`.
 * @module
 */
import { defineElement } from './define.js';
import { PeolcProvider } from './elements/provider/peolc-provider.js';

export { PeolcProvider };
export type { ProviderStatus, ContentLoadDetail, ContentErrorDetail } from './elements/provider/peolc-provider.js';

defineElement('peolc-provider', PeolcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-provider': PeolcProvider;
  }
  interface HTMLElementEventMap {
    'peolc-content-load': CustomEvent<import('./elements/provider/peolc-provider.js').ContentLoadDetail>;
    'peolc-content-error': CustomEvent<import('./elements/provider/peolc-provider.js').ContentErrorDetail>;
  }
}
