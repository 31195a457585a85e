import { expect, waitUntil } from '@open-wc/testing';
import { defineElement } from '../src/internal/define.js';
import { version } from '../src/internal/version.generated.js';
import '../src/index.js';
import { captureConsole } from './helpers/console.js';

describe('defineElement()', () => {
  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(pkg.version);
  });

  it('defines every element on import of the library', () => {
    expect(customElements.get('peolc-provider')).to.be.a('function');
  });

  it('is silent when the same version defines a tag again', async () => {
    const { warnings } = await captureConsole(() => {
      defineElement('peolc-provider', class extends HTMLElement {});
      defineElement('peolc-provider', customElements.get('peolc-provider')!);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('never throws and warns once, naming both versions, when another version got there first', async () => {
    const registry = new Map<string, CustomElementConstructor>();
    const fakeRegistry = {
      get: (tag: string) => registry.get(tag),
      define: (tag: string, element: CustomElementConstructor) => void registry.set(tag, element),
    };
    const older = class extends HTMLElement {};
    Object.defineProperty(older, Symbol.for('peolc-elements.version'), { value: '0.0.9' });
    registry.set('peolc-a', older);
    registry.set('peolc-b', older);
    const { warnings } = await captureConsole(() => {
      expect(() => defineElement('peolc-a', class extends HTMLElement {}, fakeRegistry)).not.to.throw();
      expect(() => defineElement('peolc-b', class extends HTMLElement {}, fakeRegistry)).not.to.throw();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('version 0.0.9 is already loaded');
    expect(warnings[0]).to.contain(`(version ${version})`);
    expect(registry.get('peolc-a')).to.equal(older);
  });

  it('the CDN bundle alone defines every element, in a fresh page', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<script type="module" src="/dist/cdn/peolc-elements.js"></script><peolc-ambition-wheel></peolc-ambition-wheel>';
    document.body.append(frame);
    const tags = ['peolc-provider', 'peolc-ambition-wheel', 'peolc-ambition'];
    await waitUntil(() => tags.every((tag) => frame.contentWindow?.customElements.get(tag)), 'CDN bundle did not define every tag', { timeout: 5000 });
    const wheel = frame.contentDocument!.querySelector('peolc-ambition-wheel')!;
    await waitUntil(() => wheel.shadowRoot?.textContent?.includes('Each person is seen as an individual'));
    frame.remove();
  });

  it('registers a new tag with its version', () => {
    const element = class extends HTMLElement {};
    defineElement('peolc-define-test', element);
    expect(customElements.get('peolc-define-test')).to.equal(element);
  });
});
