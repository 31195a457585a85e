/**
 * Stories only: lists the content an element receives, to show the provider
 * at work. Not part of the library.
 */
import { css, html, LitElement } from 'lit';
import { ContentController } from '../src/context/content-context.js';
import { formatCitation } from '../src/content/citation.js';

export class DemoEditionOutline extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; }
    h3 { margin: 1em 0 0.25em; font-size: 1.1em; }
    details { margin: 0.25em 0; }
    summary { cursor: pointer; }
    summary:focus-visible { outline: 3px solid #ffeb3b; box-shadow: 0 0 0 5px #212b32; }
    blockquote { margin: 0.5em 0; padding-left: 1em; border-left: 4px solid currentColor; }
    .cite { font-size: 0.9em; }
  `;

  private readonly content = new ContentController(this);

  protected override render() {
    const { edition } = this.content;
    return html`
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
customElements.define('demo-edition-outline', DemoEditionOutline);
