/**
 * A small element that shows what content it receives, the way every
 * peolc element gets it: through PeolcElement's content controller.
 */
import { html } from 'lit';
import { ambitions2015to2020 } from '../../src/content/ambitions-2015-2020/index.js';
import { PeolcElement } from '../../src/elements/shared/peolc-element.js';

export class TestContentConsumer extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  protected override render() {
    const edition = this.fullEdition;
    const { strings } = this.content;
    return html`<p class="edition">${edition.id}</p>
      <h2>${edition.ambitions[0]?.title}</h2>
      <button>${strings.readMore}</button>`;
  }
}
if (!customElements.get('test-content-consumer')) customElements.define('test-content-consumer', TestContentConsumer);

/** What a consumer shows: edition id, first ambition's title, the "Read more" label. */
export function shown(consumer: Element): { edition: string; title: string; readMore: string } {
  const root = consumer.shadowRoot!;
  return {
    edition: root.querySelector('.edition')!.textContent!,
    title: root.querySelector('h2')!.textContent!,
    readMore: root.querySelector('button')!.textContent!,
  };
}
