/**
 * The files `npm run build` writes, loaded from /dist/ as partners load them:
 * the content JSON and its schema, the stand-alone theme files, and the CDN
 * bundle. One of the `dist` group's files (web-test-runner.config.mjs): the
 * same things are tested on the sources in the `unit` group, and these only
 * check that the build wrote them, unchanged.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ambitions2015to2020Complete, editionJsonSchema, validateContent } from '../src/content/index.js';
import type { Edition } from '../src/content/types.js';
import { version } from '../src/internal/version.generated.js';
import '../src/provider.js';
import { themeFileCss, themeFileNames } from '../src/themes/index.js';

describe('dist/content/', () => {
  it('holds the edition, which validates and equals the built-in one with its opening sections, and its JSON Schema', async () => {
    const [schemaResponse, editionResponse] = await Promise.all([
      fetch('/dist/content/edition.schema.json'),
      fetch('/dist/content/ambitions-2015-2020.json'),
    ]);
    expect(await schemaResponse.json()).to.deep.equal(editionJsonSchema('edition.schema.json'));
    const built = (await editionResponse.json()) as Edition;
    const result = validateContent(built);
    expect(result.problems).to.deep.equal([]);
    const { $schema, ...rest } = built;
    expect($schema).to.equal('./edition.schema.json');
    expect(rest).to.deep.equal(ambitions2015to2020Complete);
  });

  it('is what <peolc-provider src> loads', async () => {
    const provider = document.createElement('peolc-provider');
    provider.setAttribute('src', '/dist/content/ambitions-2015-2020.json');
    const loaded = oneEvent(provider, 'peolc-content-load');
    document.body.append(provider);
    expect((await loaded).detail.edition.ambitions).to.have.length(6);
    expect(await provider.loaded).to.equal('loaded');
    provider.remove();
  });
});

describe('dist/themes/', () => {
  it('holds every theme file, exactly as the generator writes it', async () => {
    for (const name of themeFileNames) {
      const response = await fetch(`/dist/themes/${name}.css`);
      expect(response.ok, `${name}.css`).to.equal(true);
      expect(await response.text(), `${name}.css is up to date: run the build`).to.equal(themeFileCss(name, version));
    }
  });
});

describe('dist/cdn/peolc-elements.js', () => {
  it('defines every element by itself, in a fresh page', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<script type="module" src="/dist/cdn/peolc-elements.js"></script><peolc-ambition-wheel></peolc-ambition-wheel>';
    document.body.append(frame);
    const tags = ['peolc-provider', 'peolc-ambition-wheel', 'peolc-ambition'];
    await waitUntil(() => tags.every((tag) => frame.contentWindow?.customElements.get(tag)), 'CDN bundle did not define every tag', {
      timeout: 5000,
    });
    const wheel = frame.contentDocument!.querySelector('peolc-ambition-wheel')!;
    await waitUntil(() => wheel.shadowRoot?.textContent?.includes('Each person is seen as an individual'));
    frame.remove();
  });
});
