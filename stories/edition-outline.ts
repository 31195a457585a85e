/**
 * Stories only: lists the content an element receives, to show the provider
 * at work. Not part of the library.
 */
import { css, html, nothing } from 'lit';
import { ambitions2015to2020 } from '../src/content/ambitions-2015-2020/index.js';
import { formatCitation } from '../src/content/citation.js';
import { PeolcElement } from '../src/elements/shared/peolc-element.js';

export class DemoEditionOutline extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override properties = { providerStatus: { state: true } };

  static override styles = css`
    :host { display: block; font: inherit; }
    h3 { margin: 1em 0 0.25em; font-size: 1.1em; }
    details { margin: 0.25em 0; }
    summary { cursor: pointer; padding-block: 0.375em; }
    summary:focus-visible { outline: 3px solid #ffeb3b; box-shadow: 0 0 0 5px #212b32; }
    blockquote { margin: 0.5em 0; padding-left: 1em; border-left: 4px solid currentColor; }
    .cite { font-size: 0.9em; }
  `;

  /** The nearest provider's `status` attribute: built-in, loading, loaded or error. */
  private providerStatus: string | null = null;
  private observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    const provider = this.closest('peolc-provider');
    if (!provider) return;
    const read = () => (this.providerStatus = provider.getAttribute('status'));
    read();
    this.observer = new MutationObserver(read);
    this.observer.observe(provider, { attributes: true, attributeFilter: ['status'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override render() {
    const edition = this.fullEdition;
    return html`
      ${this.providerStatus ? html`<p>Provider status: <strong>${this.providerStatus}</strong></p>` : nothing}
      <p class="cite">${formatCitation(edition.metadata)}</p>
      <blockquote>${edition.vision}</blockquote>
      <h3>Ambitions</h3>
      ${edition.ambitions.map(
        (ambition) => html`<details>
          <summary>${ambition.number}. ${ambition.title} (${ambition.buildingBlocks.length} building blocks)</summary>
          <p><em>${ambition.statement}</em></p>
          <ul>${ambition.buildingBlocks.map((block) => html`<li><strong>${block.title}</strong>: ${block.summary}</li>`)}</ul>
        </details>`,
      )}
      <h3>Foundations</h3>
      <ol>${edition.foundations.map((foundation) => html`<li>${foundation.label}</li>`)}</ol>
      <h3>Glossary</h3>
      <p>${edition.glossary.length} terms, ${edition.glossary.filter((entry) => entry.origin === 'framework').length} quoted from the framework.</p>
    `;
  }
}
/**
 * Defines `<demo-edition-outline>`. A function to call, not a side effect of
 * importing: package.json's `sideEffects` does not list the stories, so the
 * bundler drops imports made only for their side effects.
 */
export function defineEditionOutline(): void {
  if (!customElements.get('demo-edition-outline')) customElements.define('demo-edition-outline', DemoEditionOutline);
}
