/**
 * Embedding on pages we don't control: the library loaded twice, in two
 * versions, from the CDN bundle and the npm build together, in iframes and
 * other shadow roots, and elements moved around the DOM; the single CDN file
 * uploaded alone, and the autoloader loading only the tags a page has.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { ambitions2015to2020, type PeolcAmbitionWheel } from '../src/index.js';
import { elementEntries, peolcTags, tagsOfEntry } from '../src/registry.js';
import { version } from '../src/internal/version.generated.js';

/** Every tag the library defines. */
const allTags: readonly string[] = peolcTags;

interface FramePage {
  window: Window & { peolcLogs: { level: string; text: string }[] };
  document: Document;
}

/** A classic script, first in a page's head, that records its console warnings and errors and its page errors in `window.peolcLogs`. */
const recorder = `<script>
  window.peolcLogs = [];
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => { window.peolcLogs.push({ level, text: args.map(String).join(' ') }); original(...args); };
  }
  window.addEventListener('error', (event) => window.peolcLogs.push({ level: 'pageerror', text: String(event.message) }));
</script>`;

/**
 * A fresh page in an iframe that records its console and page errors, then
 * loads the given module scripts in order, and waits until every tag is defined.
 */
async function pageWith(scripts: string[], body = '<peolc-ambition-wheel selected="2"></peolc-ambition-wheel>'): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>frame</title>${recorder}${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}</head><body>${body}</body></html>`;
  // The load event, not readyState: a new iframe's first document (about:blank) is already complete.
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FramePage['window'];
  await waitUntil(() => allTags.every((tag) => win.customElements.get(tag)), 'not every element was defined', { timeout: 5000 });
  return { window: win, document: frame.contentDocument! };
}

const bundle = '/dist/cdn/peolc-elements.js';

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('loading the library more than once', () => {
  it('two script tags for the CDN bundle: silent, and the wheel works', async () => {
    const page = await pageWith([bundle, `${bundle}?second-copy`]);
    const wheel = page.document.querySelector('peolc-ambition-wheel')!;
    await waitUntil(() => wheel.shadowRoot?.textContent?.includes('Each person gets fair access to care'));
    expect(page.window.peolcLogs).to.deep.equal([]);
  });

  it('the CDN bundle and the npm build together: silent', async () => {
    const page = await pageWith([bundle, '/dist/index.js']);
    // The test server gives the npm build Lit's development build, whose own notices
    // (dev mode; two copies of Lit, one in the CDN bundle) never reach partners' production builds.
    const fromLitDevMode = (text: string) => text.includes('lit.dev/msg/');
    expect(page.window.peolcLogs.filter((log) => !fromLitDevMode(log.text))).to.deep.equal([]);
  });

  it('two versions: never throws, one warning naming both versions', async () => {
    const source = await (await fetch(bundle)).text();
    expect(source).to.contain(`"${version}"`);
    const older = URL.createObjectURL(new Blob([source.replaceAll(`"${version}"`, '"0.0.9"')], { type: 'text/javascript' }));
    const page = await pageWith([older, bundle]);
    // The second copy runs after the first has defined every tag: wait for its warning, then for anything more.
    await waitUntil(() => page.window.peolcLogs.length > 0, 'no warning from the second version', { timeout: 5000 });
    await aTimeout(200);
    const problems = page.window.peolcLogs;
    expect(problems.filter((log) => log.level !== 'warn')).to.deep.equal([]);
    expect(problems).to.have.length(1);
    expect(problems[0]!.text).to.contain('version 0.0.9 is already loaded');
    expect(problems[0]!.text).to.contain(`(version ${version})`);
  });
});

describe('per-element CDN files', () => {
  it('the wheel file defines only the wheel, and loads the full text only when a panel needs it', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc =
      '<script type="module" src="/dist/cdn/elements/ambition-wheel.js"></script><peolc-ambition-wheel show-foundations></peolc-ambition-wheel>';
    document.body.append(frame);
    const win = () => frame.contentWindow!;
    const wheel = () => win().document.querySelector('peolc-ambition-wheel')!;
    await waitUntil(() => win().document.querySelector('peolc-ambition-wheel'), 'no wheel in the frame', { timeout: 5000 });
    await waitUntil(() => wheel().shadowRoot?.textContent?.includes('Leadership'), 'wheel did not render its outline', { timeout: 5000 });
    expect(allTags.filter((tag) => win().customElements.get(tag))).to.deep.equal(['peolc-ambition-wheel']);
    // The text of a building block, which is not in the outline.
    const fullTextLoaded = () =>
      win()
        .performance.getEntriesByType('resource')
        .some((entry) => /\/chunks\/text-[^/]*\.js$/.test(entry.name));
    expect(fullTextLoaded(), 'full text loaded with the wheel alone').to.equal(false);

    wheel().setAttribute('panel', '');
    wheel().setAttribute('parts', 'building-blocks');
    wheel().setAttribute('selected', '3');
    await waitUntil(
      () => wheel().shadowRoot?.textContent?.includes('Skilled assessment and symptom management'),
      'panel did not show the full text',
      {
        timeout: 5000,
      },
    );
    expect(fullTextLoaded(), 'full text chunk requested for the panel').to.equal(true);
    frame.remove();
  });

  it('each element group file defines its own tags', async () => {
    // The wheel's file is the test above.
    for (const file of elementEntries.filter((entry) => entry !== 'ambition-wheel')) {
      const tags = tagsOfEntry(file);
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script type="module" src="/dist/cdn/elements/${file}.js"></script>`;
      document.body.append(frame);
      await waitUntil(() => tags.every((tag) => frame.contentWindow?.customElements.get(tag)), `${file} did not define ${tags}`, { timeout: 5000 });
      expect(allTags.filter((tag) => frame.contentWindow!.customElements.get(tag))).to.deep.equal(tags);
      frame.remove();
    }
  });
});

describe('classes without registration', () => {
  it('peolc-elements/classes.js registers nothing, and its classes work under another name', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module">
      import { PeolcAmbitionWheel } from '/dist/classes.js';
      window.definedBefore = ${JSON.stringify(allTags)}.filter((tag) => customElements.get(tag));
      customElements.define('partner-wheel', class extends PeolcAmbitionWheel {});
      document.body.innerHTML = '<partner-wheel selected="4"></partner-wheel>';
    </script>`;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { definedBefore?: string[] }) | null;
    await waitUntil(
      () => win()?.document.querySelector('partner-wheel')?.shadowRoot?.textContent?.includes('Care is coordinated'),
      'partner-wheel did not render',
      {
        timeout: 5000,
      },
    );
    expect(win()!.definedBefore).to.deep.equal([]);
  });
});

describe('elements in the DOM as pages really use it', () => {
  it('works inside another component’s shadow root, with keyboard', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<peolc-ambition-wheel></peolc-ambition-wheel>';
    const wheel = root.querySelector('peolc-ambition-wheel')!;
    await wheel.updateComplete;
    const radios = wheel.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]');
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(wheel.selectedAmbition?.number).to.equal(2);
  });

  it('keeps working when moved, removed and re-added', async () => {
    const box = await fixture(html`<div><section id="a"></section><section id="b"></section></div>`);
    const wheel = document.createElement('peolc-ambition-wheel') as PeolcAmbitionWheel;
    box.querySelector('#a')!.append(wheel);
    await wheel.updateComplete;
    wheel.selected = '3';
    box.querySelector('#b')!.append(wheel);
    await wheel.updateComplete;
    expect(wheel.shadowRoot!.querySelector('[aria-checked="true"]')!.textContent).to.contain('Maximising comfort and wellbeing');
    wheel.remove();
    box.querySelector('#a')!.append(wheel);
    await wheel.updateComplete;
    const events: number[] = [];
    wheel.addEventListener('peolc-ambition-select', (event) => events.push(event.detail.number));
    wheel.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[4]!.click();
    expect(events).to.deep.equal([5]);
  });

  it('renders every element from the CDN bundle in an iframe', async () => {
    const page = await pageWith(
      [bundle],
      `<peolc-provider><peolc-ambition-wheel></peolc-ambition-wheel><peolc-foundation-grid></peolc-foundation-grid>
       <peolc-building-blocks ambition="1"></peolc-building-blocks><peolc-glossary></peolc-glossary>
       <p><peolc-term term="nice">NICE</peolc-term></p></peolc-provider>`,
    );
    for (const tag of ['peolc-ambition-wheel', 'peolc-foundation-grid', 'peolc-building-blocks', 'peolc-glossary', 'peolc-term']) {
      const element = page.document.querySelector(tag)!;
      await waitUntil(() => (element.shadowRoot?.textContent ?? '').trim().length > 0, `${tag} rendered nothing`);
    }
    expect(page.window.peolcLogs).to.deep.equal([]);
  });
});

// ------------------------------------------------------------ CDN files served as partners serve them
// Through test/helpers/cdn-folders.mjs, which serves each test a folder of its own and records every
// request made to it.

/** A folder name no other test (or browser) uses. */
const folderName = (kind: 'single' | 'cdn') => `${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
/** Every request made to the folder so far, as "path status", in order. */
const requestsTo = async (folder: string): Promise<string[]> => (await fetch(`/cdn-folder-log/${folder}`)).json();
/** Shadow DOM text, once there is some. */
const renders = (element: Element | null, what: string) =>
  waitUntil(() => (element?.shadowRoot?.textContent ?? '').trim().length > 0, `${what} rendered nothing`, { timeout: 5000 });

describe('dist/cdn/peolc-elements.js uploaded alone', () => {
  it('renders every element and a partner edition from <peolc-provider src>, requesting nothing but the page, the file and the edition', async () => {
    const folder = folderName('single');
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/cdn-folder/${folder}/index.html`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FramePage['window'];
    const doc = frame.contentDocument!;
    await waitUntil(() => allTags.every((tag) => win.customElements.get(tag)), 'not every element was defined', { timeout: 5000 });
    expect(
      allTags.filter((tag) => !doc.querySelector(tag)),
      'tags missing from test/fixtures/single-file.html',
    ).to.deep.equal([]);

    const provider = doc.querySelector('peolc-provider')!;
    await waitUntil(() => provider.status === 'loaded' || provider.status === 'error', `the provider is still ${provider.status}`, { timeout: 5000 });
    expect(provider.status, `the partner edition was refused: ${JSON.stringify(provider.problems)} ${JSON.stringify(win.peolcLogs)}`).to.equal(
      'loaded',
    );
    for (const tag of allTags.filter((name) => name !== 'peolc-provider')) await renders(doc.querySelector(tag), `<${tag}>`);
    const partnerTitle = `${ambitions2015to2020.ambitions[2]!.title} (Anytown Hospice edition)`;
    for (const tag of ['peolc-ambition-wheel', 'peolc-ambition']) {
      const element = doc.querySelector(tag)!;
      await waitUntil(() => element.shadowRoot!.textContent!.includes(partnerTitle), `<${tag}> does not show the partner edition's title`, {
        timeout: 5000,
      });
    }

    await aTimeout(300);
    expect(await requestsTo(folder)).to.deep.equal(['index.html 200', 'peolc-elements.js 200', 'edition.json 200']);
    const folderUrl = new URL(`/cdn-folder/${folder}/`, location.href).href;
    const elsewhere = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.startsWith(folderUrl));
    expect(elsewhere, 'requests outside the folder').to.deep.equal([]);
    expect(win.peolcLogs).to.deep.equal([]);
  });
});

describe('dist/cdn/autoload.js', () => {
  /** The per-element file of an entry and the chunks it imports statically, as paths in dist/cdn/. */
  async function filesOf(entry: string): Promise<string[]> {
    const files = new Set<string>();
    const visit = async (path: string): Promise<void> => {
      if (files.has(path)) return;
      files.add(path);
      const source = await (await fetch(`/dist/cdn/${path}`)).text();
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        await visit(new URL(specifier!, `http://x/${path}`).pathname.slice(1));
      }
    };
    await visit(`elements/${entry}.js`);
    return [...files];
  }
  const served = (paths: string[]) => paths.map((path) => `${path} 200`).sort();

  /** A page that loads the autoloader (once per script given) from a folder of its own. */
  async function autoloadPage(body: string, scripts = ['autoload.js']) {
    const folder = folderName('cdn');
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>autoload</title>${recorder}${scripts
      .map((src) => `<script type="module" src="/cdn-folder/${folder}/${src}"></script>`)
      .join('')}</head><body>${body}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FramePage['window'];
    return {
      win,
      doc: frame.contentDocument!,
      defined: () => allTags.filter((tag) => win.customElements.get(tag)),
      requests: async () => (await requestsTo(folder)).sort(),
    };
  }

  it('a page with only a wheel loads only the wheel’s files', async () => {
    const page = await autoloadPage('<main><peolc-ambition-wheel show-foundations></peolc-ambition-wheel></main>');
    const wheel = page.doc.querySelector('peolc-ambition-wheel');
    await waitUntil(() => wheel?.shadowRoot?.textContent?.includes('Leadership'), 'the wheel did not render', { timeout: 5000 });
    await aTimeout(300);
    expect(await page.requests()).to.deep.equal(served(['autoload.js', ...(await filesOf('ambition-wheel'))]));
    expect(page.defined()).to.deep.equal(['peolc-ambition-wheel']);
    expect(page.win.peolcLogs).to.deep.equal([]);
  });

  it('a <peolc-glossary> added later loads its file once and upgrades; tags of files already loaded load nothing more', async () => {
    const page = await autoloadPage('<peolc-ambition-wheel></peolc-ambition-wheel><div id="later"></div>');
    await renders(page.doc.querySelector('peolc-ambition-wheel'), 'the wheel');
    const glossary = page.doc.createElement('peolc-glossary');
    const section = page.doc.createElement('section');
    section.append(glossary);
    page.doc.querySelector('#later')!.append(section);
    await renders(glossary, 'the glossary added later');
    expect(glossary).to.be.instanceOf(page.win.customElements.get('peolc-glossary')!);
    // <peolc-term> comes with the glossary's file, and a second wheel with the first.
    page.doc
      .querySelector('#later')!
      .insertAdjacentHTML(
        'beforeend',
        '<p><peolc-term term="palliative-care">palliative care</peolc-term></p><peolc-ambition-wheel></peolc-ambition-wheel>',
      );
    await aTimeout(300);
    const expected = new Set(['autoload.js', ...(await filesOf('ambition-wheel')), ...(await filesOf('glossary'))]);
    expect(await page.requests()).to.deep.equal(served([...expected]));
    expect(page.defined()).to.deep.equal(['peolc-ambition-wheel', 'peolc-glossary', 'peolc-term']);
    expect(page.win.peolcLogs).to.deep.equal([]);
  });

  it('an unknown peolc-* tag warns once and loads nothing; other undefined tags are left alone', async () => {
    const page = await autoloadPage('<peolc-wheel></peolc-wheel><peolc-wheel></peolc-wheel><partner-widget></partner-widget>');
    await waitUntil(() => page.win.peolcLogs.length > 0, 'no warning for <peolc-wheel>', { timeout: 5000 });
    page.doc.body.insertAdjacentHTML('beforeend', '<div><peolc-wheel></peolc-wheel><peolc-ambitions></peolc-ambitions></div>');
    await aTimeout(300);
    expect(page.win.peolcLogs).to.deep.equal([
      { level: 'warn', text: 'peolc-elements autoload: <peolc-wheel> is not a peolc-elements tag, so nothing is loaded for it.' },
      { level: 'warn', text: 'peolc-elements autoload: <peolc-ambitions> is not a peolc-elements tag, so nothing is loaded for it.' },
    ]);
    expect(await page.requests()).to.deep.equal(['autoload.js 200']);
    expect(page.defined()).to.deep.equal([]);
  });

  it('loaded twice (two script tags, two module instances): harmless, each file once, silent', async () => {
    const page = await autoloadPage('<peolc-ambition-wheel></peolc-ambition-wheel><peolc-glossary></peolc-glossary>', [
      'autoload.js',
      'autoload.js?again',
    ]);
    await renders(page.doc.querySelector('peolc-ambition-wheel'), 'the wheel');
    await renders(page.doc.querySelector('peolc-glossary'), 'the glossary');
    await aTimeout(300);
    const expected = new Set(['autoload.js', 'autoload.js?again', ...(await filesOf('ambition-wheel')), ...(await filesOf('glossary'))]);
    expect(await page.requests()).to.deep.equal(served([...expected]));
    expect(page.defined()).to.deep.equal(['peolc-ambition-wheel', 'peolc-glossary', 'peolc-term']);
    expect(page.win.peolcLogs).to.deep.equal([]);
  });
});
