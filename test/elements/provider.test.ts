import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ambitions2015to2020 } from '../../src/content/index.js';
import type { Edition } from '../../src/content/types.js';
import '../../src/provider.js';
import { PeolcProvider } from '../../src/provider.js';
import { captureConsole } from '../helpers/console.js';
import { shown } from '../helpers/content-consumer.js';

const builtIn = { edition: 'ambitions-2015-2020', title: 'Each person is seen as an individual', readMore: 'Read more' };

/** A local adaptation: the built-in edition with a different id and first title. */
function localEdition(): Edition {
  const edition = structuredClone(ambitions2015to2020);
  edition.id = 'local-ambitions';
  edition.ambitions[0]!.title = 'Everyone is seen as a person';
  return edition;
}

/** A URL the browser really fetches, serving `body` as JSON. */
function jsonUrl(body: string): string {
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

async function providerWith(src: string, extra = ''): Promise<PeolcProvider> {
  const provider = document.createElement('peolc-provider');
  if (extra) provider.setAttribute('timeout', extra);
  provider.innerHTML = '<test-content-consumer></test-content-consumer>';
  provider.setAttribute('src', src);
  return provider;
}

describe('<peolc-provider>', () => {
  it('without a provider, elements use the built-in edition', async () => {
    const consumer = await fixture(html`<test-content-consumer></test-content-consumer>`);
    expect(shown(consumer)).to.deep.equal(builtIn);
  });

  it('without src, provides the built-in edition to descendants, however deep, even in shadow roots', async () => {
    const provider = await fixture<PeolcProvider>(html`<peolc-provider><div><test-content-consumer></test-content-consumer></div></peolc-provider>`);
    expect(provider.status).to.equal('built-in');
    expect(provider.getAttribute('status')).to.equal('built-in');
    expect(shown(provider.querySelector('test-content-consumer')!)).to.deep.equal(builtIn);

    const host = document.createElement('div');
    provider.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<test-content-consumer></test-content-consumer>';
    const inner = shadow.querySelector('test-content-consumer')!;
    await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown(inner)).to.deep.equal(builtIn);
  });

  it('loads a valid edition from src, fires peolc-content-load, and descendants render it', async () => {
    const url = jsonUrl(JSON.stringify(localEdition()));
    const provider = await providerWith(url);
    const loaded = oneEvent(provider, 'peolc-content-load');
    document.body.append(provider);
    const event = await loaded;
    expect(event.detail.url).to.equal(url);
    expect(event.detail.edition.id).to.equal('local-ambitions');
    expect(provider.status).to.equal('loaded');
    const consumer = provider.querySelector('test-content-consumer')!;
    await waitUntil(() => shown(consumer).edition === 'local-ambitions');
    expect(shown(consumer)).to.deep.equal({ edition: 'local-ambitions', title: 'Everyone is seen as a person', readMore: 'Read more' });
    provider.remove();
  });

  const failures: [string, () => string, string, string?][] = [
    ['a 404', () => '/test-api/status/404', 'the server answered 404'],
    ['a server error', () => '/test-api/status/500', 'the server answered 500'],
    ['a network error', () => 'http://127.0.0.1:9/edition.json', 'the request failed'],
    ['a timeout', () => '/test-api/slow/3000', 'no answer within 300 ms', '300'],
    ['invalid JSON', () => jsonUrl('{"schemaVersion": 1,'), '(edition): is not valid JSON'],
    ['an invalid shape', () => jsonUrl(JSON.stringify({ ...localEdition(), vision: '<b>Hi</b>', ambitions: [] })), 'vision: contains markup'],
  ];

  for (const [name, src, problem, timeout] of failures) {
    it(`on ${name}, keeps the built-in edition, fires peolc-content-error and logs one clear error`, async () => {
      const url = src();
      const provider = await providerWith(url, timeout);
      let event!: CustomEvent<{ url: string; problems: { path: string; message: string }[] }>;
      const { errors } = await captureConsole(async () => {
        const failed = oneEvent(provider, 'peolc-content-error');
        document.body.append(provider);
        event = await failed;
      });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.url).to.equal(url);
      expect(event.detail.problems.length).to.be.greaterThan(0);
      expect(provider.status).to.equal('error');
      expect(provider.problems).to.deep.equal(event.detail.problems);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(`<peolc-provider>: could not use the edition at src="${url}"`);
      expect(errors[0]).to.contain(problem);
      const consumer = provider.querySelector('test-content-consumer')!;
      await (consumer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shown(consumer)).to.deep.equal(builtIn);
      provider.remove();
    });
  }

  it('names every problem of an invalid edition in the event, and the first three in the log', async () => {
    const broken = { ...localEdition(), vision: '', id: 'Not A Slug', schemaVersion: 3, glossary: 'none' };
    const url = jsonUrl(JSON.stringify(broken));
    const provider = await providerWith(url);
    let problems: { path: string }[] = [];
    const { errors } = await captureConsole(async () => {
      const failed = oneEvent(provider, 'peolc-content-error');
      document.body.append(provider);
      problems = (await failed).detail.problems;
    });
    expect(problems.map((p) => p.path)).to.deep.equal(['schemaVersion', 'id', 'vision', 'glossary']);
    expect(errors[0]).to.contain('schemaVersion: expected 1, found 3; id: expected a lower-case slug');
    expect(errors[0]).to.contain('(and 1 more)');
    provider.remove();
  });

  it('uses only the newest src when src changes while loading', async () => {
    const provider = await providerWith('/test-api/slow/1500');
    document.body.append(provider);
    await provider.updateComplete;
    expect(provider.status).to.equal('loading');
    const loaded = oneEvent(provider, 'peolc-content-load');
    provider.src = jsonUrl(JSON.stringify(localEdition()));
    await loaded;
    await aTimeout(1700);
    expect(provider.status).to.equal('loaded');
    expect(shown(provider.querySelector('test-content-consumer')!).edition).to.equal('local-ambitions');
    provider.remove();
  });

  it('goes back to the built-in edition when src is removed', async () => {
    const provider = await providerWith(jsonUrl(JSON.stringify(localEdition())));
    const loaded = oneEvent(provider, 'peolc-content-load');
    document.body.append(provider);
    await loaded;
    provider.removeAttribute('src');
    await provider.updateComplete;
    const consumer = provider.querySelector('test-content-consumer')!;
    await waitUntil(() => shown(consumer).edition === 'ambitions-2015-2020');
    expect(provider.status).to.equal('built-in');
    provider.remove();
  });

  it('accepts an edition object through the edition property, and refuses an invalid one', async () => {
    const provider = await fixture<PeolcProvider>(html`<peolc-provider><test-content-consumer></test-content-consumer></peolc-provider>`);
    const consumer = provider.querySelector('test-content-consumer')!;
    provider.edition = localEdition();
    await waitUntil(() => shown(consumer).edition === 'local-ambitions');
    expect(provider.status).to.equal('loaded');

    const { errors } = await captureConsole(async () => {
      const failed = oneEvent(provider, 'peolc-content-error');
      provider.edition = { nonsense: true };
      const event = await failed;
      expect(event.detail.url).to.equal('');
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('could not use the edition property');
    await waitUntil(() => shown(consumer).edition === 'ambitions-2015-2020');
  });

  it('overrides interface strings from the strings attribute (JSON) and property', async () => {
    const provider = await fixture<PeolcProvider>(
      html`<peolc-provider strings='{"readMore": "Read the full text"}'><test-content-consumer></test-content-consumer></peolc-provider>`,
    );
    const consumer = provider.querySelector('test-content-consumer')!;
    await waitUntil(() => shown(consumer).readMore === 'Read the full text');
    provider.strings = { readMore: 'Darllen mwy' };
    await waitUntil(() => shown(consumer).readMore === 'Darllen mwy');
  });

  it('warns once and keeps the defaults for unknown strings or strings that are not JSON', async () => {
    const { warnings } = await captureConsole(async () => {
      const provider = await fixture<PeolcProvider>(
        html`<peolc-provider strings='{"readMoar": "x", "readMore": ""}'><test-content-consumer></test-content-consumer></peolc-provider>`,
      );
      expect(shown(provider.querySelector('test-content-consumer')!).readMore).to.equal('Read more');
      provider.setAttribute('strings', '{not json');
      await provider.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('ignored unknown or empty interface strings: readMoar, readMore');
    expect(warnings[1]).to.contain('strings was set to "{not json", which is not an object of interface strings (or its JSON)');
  });

  it('a nested provider overrides the outer one for its own descendants', async () => {
    const outer = await fixture<PeolcProvider>(html`
      <peolc-provider strings='{"readMore": "Outer"}'>
        <test-content-consumer id="a"></test-content-consumer>
        <peolc-provider strings='{"readMore": "Inner"}'><test-content-consumer id="b"></test-content-consumer></peolc-provider>
      </peolc-provider>
    `);
    await waitUntil(() => shown(outer.querySelector('#b')!).readMore === 'Inner');
    expect(shown(outer.querySelector('#a')!).readMore).to.equal('Outer');
  });

  it('a consumer moved out of a provider goes back to the built-in content', async () => {
    const provider = await fixture<PeolcProvider>(
      html`<peolc-provider strings='{"readMore": "Provided"}'><test-content-consumer></test-content-consumer></peolc-provider>`,
    );
    const consumer = provider.querySelector('test-content-consumer')!;
    await waitUntil(() => shown(consumer).readMore === 'Provided');
    provider.after(consumer);
    await waitUntil(() => shown(consumer).readMore === 'Read more');
    consumer.remove();
  });

  it('reaches elements that were on the page before it was defined', async () => {
    // A page whose provider script runs after its element scripts.
    const root = await fixture(
      html`<late-provider strings='{"readMore": "Provided late"}'><div><test-content-consumer></test-content-consumer></div></late-provider>`,
    );
    const consumer = root.querySelector('test-content-consumer')!;
    expect(shown(consumer).readMore).to.equal('Read more');
    customElements.define('late-provider', class extends PeolcProvider {});
    await waitUntil(() => shown(consumer).readMore === 'Provided late', 'the consumer did not switch to the late provider');
    root.remove();
  });

  it('hands elements to a provider added between them and an outer one', async () => {
    const outer = await fixture<PeolcProvider>(
      html`<peolc-provider strings='{"readMore": "Outer"}'><section><test-content-consumer></test-content-consumer></section></peolc-provider>`,
    );
    const consumer = outer.querySelector('test-content-consumer')!;
    await waitUntil(() => shown(consumer).readMore === 'Outer');
    const inner = document.createElement('peolc-provider');
    inner.setAttribute('strings', '{"readMore": "Inner"}');
    const section = outer.querySelector('section')!;
    section.replaceWith(inner);
    inner.append(section);
    await waitUntil(() => shown(consumer).readMore === 'Inner', 'the consumer stayed with the outer provider');
    // The outer provider no longer updates it.
    outer.setAttribute('strings', '{"readMore": "Outer again"}');
    await aTimeout(50);
    expect(shown(consumer).readMore).to.equal('Inner');
  });
});
