/**
 * Defines `<peolc-provider>`.
 * @module
 */
import { defineElement } from './internal/define.js';
import { PeolcProvider } from './elements/provider/peolc-provider.js';

export { PeolcProvider };
export type { ProviderStatus, ContentLoadDetail, ContentErrorDetail } from './elements/provider/peolc-provider.js';

defineElement('peolc-provider', PeolcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-provider': PeolcProvider;
  }
}
