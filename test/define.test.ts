import { expect } from '@open-wc/testing';
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

  it('registers a new tag with its version', () => {
    const element = class extends HTMLElement {};
    defineElement('peolc-define-test', element);
    expect(customElements.get('peolc-define-test')).to.equal(element);
  });
});
