/**
 * The no-JS fallbacks and the pre-upgrade stylesheet.
 *
 * This page never loads the library, so every peolc tag in it stays
 * undefined. Pages that need the stylesheet, or that upgrade, are iframes
 * (`srcdoc`) linking `/dist/peolc-elements.css`; only the upgrade tests load
 * the library, into their own iframe, from `/dist/cdn/peolc-elements.js`.
 * The fallbacks are rendered in Node, as the build renders them, by the
 * `render-fallback` command (web-test-runner.config.mjs). Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { ambitions2015to2020 as edition } from '../src/content/index.js';
import type { Edition } from '../src/content/index.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { fallbackExamples, type FallbackExample } from '../src/fallback/examples.js';
import { escapeHtml } from '../src/fallback/markup.js';
import { fallbackTags, type FallbackAttributes, type FallbackOptions } from '../src/fallback/render.js';
import { peolcTags } from '../src/registry.js';
import { expectAxeClean } from './helpers/axe.js';
import { isChromium, spokenText } from './helpers/browser.js';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** Parses HTML into an inert fragment (a template's content): nothing runs, nothing upgrades. */
function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** Asks Node for a fallback (`renderFallback`) or, with `snippet`, the element with it inside (`fallbackSnippet`). */
async function rendered(tag: string, attributes: FallbackAttributes, options: FallbackOptions, snippet: boolean): Promise<string> {
  const result = (await executeServerCommand('render-fallback', { tag, attributes, options, snippet })) as { html?: string; error?: string };
  if (result.error !== undefined) throw new Error(result.error);
  return result.html!;
}
const fallbackHtml = (tag: string, attributes: FallbackAttributes = {}, from?: Edition, strings?: FallbackOptions['strings']) =>
  rendered(tag, attributes, { edition: from, strings }, false);
const fullSnippet = (tag: string, attributes: FallbackAttributes = {}, from?: Edition) => rendered(tag, attributes, { edition: from }, true);

/** Whether a promise rejects with an error whose message starts with `name`. */
async function rejects(promise: Promise<unknown>, name: string): Promise<boolean> {
  return promise.then(
    () => false,
    (error: Error) => error.message.startsWith(name),
  );
}

/** A fallback parsed, and its parts found by selector. */
async function fallback(tag: string, attributes: FallbackAttributes = {}, from?: Edition) {
  const fragment = parse(await fallbackHtml(tag, attributes, from));
  const all = (selector: string) => [...fragment.querySelectorAll<HTMLElement>(selector)];
  const one = (selector: string) => fragment.querySelector<HTMLElement>(selector);
  const texts = (selector: string) => all(selector).map((element) => normalise(element.textContent));
  return { fragment, all, one, texts };
}

/** Text as assistive technology reads it (see spokenText), leaving out elements with the `hidden` attribute as well. */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
  return spokenText(copy);
}

const paragraphTexts = (element: Element | null) => [...(element?.querySelectorAll(':scope > p') ?? [])].map((p) => normalise(p.textContent));

// ---------------------------------------------------------------- iframes

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

interface FramePage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/** The next `count` animation frames of a window. */
async function nextFrames(win: Window, count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/**
 * A page in an iframe, `width` px wide, that links the pre-upgrade stylesheet
 * (unless `css` is false) and loads no script. Its height follows its content.
 */
async function openPage(body: string, { width = 800, css = true, head = '' } = {}): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.title = 'Fallback test page';
  // No scroll bars: one coming or going would change the width under the elements' container queries
  // (and Firefox ESR 153 then kept some container query results from the old width).
  frame.setAttribute('scrolling', 'no');
  frame.style.cssText = `display: block; border: 0; width: ${width}px; height: 100px;`;
  frame.srcdoc = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>Fallback test page</title>
    ${css ? '<link rel="stylesheet" href="/dist/peolc-elements.css">' : ''}
    ${head}
  </head>
  <body>
    <main>
      ${body}
    </main>
  </body>
</html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // Tall enough to show the whole page, so every shift is inside its viewport.
  frame.style.height = `${Math.ceil(doc.documentElement.scrollHeight) + 16}px`;
  await nextFrames(win);
  return { frame, win, doc };
}

/** Context headings so a fallback's headings follow on from the page's h1. */
function headingsBefore(attributes: FallbackAttributes): string {
  const level = Number(attributes['heading-level'] ?? 2);
  let out = '';
  for (let n = 2; n < level; n++) out += `<h${n}>Section at level ${n}</h${n}>`;
  return out;
}

/** An example as a partner would place it: a term inside a sentence, anything else on its own. */
async function placed(example: Pick<FallbackExample, 'tag' | 'attributes'>): Promise<string> {
  const snippet = await fullSnippet(example.tag, example.attributes);
  return example.tag === 'peolc-term' ? `<p>Everyone approaching the end of life should be offered ${snippet} as early as they wish.</p>` : snippet;
}

// ---------------------------------------------------------------- the upgrade

interface UpgradeResult {
  /** Cumulative layout shift over the upgrade (Chromium only). */
  cls: number | undefined;
  /** What moved, where Chromium says. */
  sources: string[];
  heightBefore: number;
  heightAfter: number;
  /** How far the paragraph after the element moved down. */
  markerMoved: number;
  /** How far the element's first and last light-DOM text moved (a term's words stay in the light DOM). */
  wordsMoved: number;
  /** What `probe` read before and after. */
  probed: [unknown, unknown];
}

/** Where a node's text is drawn: its line boxes' edges. */
function textRects(node: Node | null): number[] {
  if (!node) return [];
  const range = node.ownerDocument!.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].flatMap((rect) => [rect.left, rect.top, rect.right, rect.bottom]);
}

/**
 * Loads a page with a snippet, records layout shifts, then loads the library
 * and waits for the element to upgrade and render.
 */
async function measureUpgrade(
  body: string,
  tag: string,
  { width = 800, head = '', css = true, probe = (() => undefined) as (host: Element) => unknown } = {},
): Promise<UpgradeResult> {
  const { win, doc } = await openPage(`${body}\n<p id="after">The page goes on after the element.</p>`, { width, head, css });
  const host = doc.querySelector(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  const marker = doc.getElementById('after')!;
  expect(host.matches(':defined'), 'undefined before the script').to.equal(false);

  const entries: (PerformanceEntry & { value?: number; hadRecentInput?: boolean; sources?: { node?: Node | null }[] })[] = [];
  const observable = Boolean(win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift'));
  const observer = observable ? new win.PerformanceObserver((list) => entries.push(...list.getEntries())) : undefined;
  observer?.observe({ type: 'layout-shift', buffered: true });

  const heightBefore = host.getBoundingClientRect().height;
  const markerBefore = marker.getBoundingClientRect().top;
  const words = tag === 'peolc-term' ? host.firstChild : null;
  const wordsBefore = textRects(words);
  const probedBefore = probe(host);
  const start = win.performance.now();
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/peolc-elements.js';
  doc.head.append(script);
  await win.customElements.whenDefined(tag);
  await host.updateComplete;
  await nextFrames(win, 3);
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (observer) {
    entries.push(...observer.takeRecords());
    observer.disconnect();
  }
  expect(host.matches(':defined'), 'defined after the script').to.equal(true);

  const shifts = entries.filter((entry) => entry.startTime >= start && !entry.hadRecentInput);
  return {
    cls: observable ? shifts.reduce((sum, entry) => sum + (entry.value ?? 0), 0) : undefined,
    sources: shifts.flatMap((entry) => (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?')),
    heightBefore,
    heightAfter: host.getBoundingClientRect().height,
    markerMoved: marker.getBoundingClientRect().top - markerBefore,
    wordsMoved: Math.max(0, ...textRects(words).map((value, index) => Math.abs(value - (wordsBefore[index] ?? Infinity)))),
    probed: [probedBefore, probe(host)],
  };
}

const round = (value: number | undefined) => (value === undefined ? 'n/a' : Number(value.toFixed(5)));

// ===================================================================================================

describe('await fallbackHtml() and await fullSnippet()', () => {
  describe('the API', () => {
    it('writes a fallback for every tag, and refuses any other tag', async () => {
      // Every tag in the registry, the provider (which only wraps) last.
      expect([...fallbackTags].sort()).to.deep.equal([...peolcTags].sort());
      expect(fallbackTags.at(-1)).to.equal('peolc-provider');
      for (const tag of fallbackTags) expect(await rejects(fallbackHtml(tag, {}), 'RangeError'), tag).to.equal(false);
      expect(await rejects(fallbackHtml('peolc-unknown', {}), 'RangeError')).to.equal(true);
      expect(await rejects(fallbackHtml('script', {}), 'RangeError')).to.equal(true);
      expect(await rejects(fullSnippet('div onclick="x"', {}), 'RangeError')).to.equal(true);
    });

    it('keeps the explorer’s linked terms as their words: the same text as without them, and no shadow root to hide them', async () => {
      const plain = parse(await fallbackHtml('peolc-framework', { ambition: '1' }));
      const linked = parse(await fallbackHtml('peolc-framework', { ambition: '1', 'link-terms': '' }));
      const terms = [...linked.querySelectorAll('peolc-term')];
      expect(terms.length).to.be.greaterThan(3);
      for (const term of terms) {
        expect(term.children.length, term.outerHTML).to.equal(0);
        expect(term.hasAttribute('defer-hydration'), term.outerHTML).to.equal(false);
      }
      const text = (fragment: DocumentFragment) => fragment.textContent!.replace(/\s+/g, ' ').trim();
      expect(text(linked)).to.equal(text(plain));
    });

    it('returns the same text every time, indented by two spaces a level, without trailing space', async () => {
      for (const example of fallbackExamples) {
        const first = await fullSnippet(example.tag, example.attributes);
        expect(await fullSnippet(example.tag, { ...example.attributes })).to.equal(first);
        for (const line of first.split('\n')) {
          expect(line, line).to.match(/^( {2})*\S/);
          expect(line, line).to.not.match(/\s$/);
        }
      }
    });

    it('wraps the fallback in the element, with the attributes in the order given, boolean ones bare', async () => {
      const snippet = await fullSnippet('peolc-foundation-grid', { expanded: '', 'heading-level': 3, highlight: '6', hidden: false });
      const lines = snippet.split('\n');
      expect(lines[0]).to.equal('<peolc-foundation-grid expanded heading-level="3" highlight="6">');
      expect(lines[1]).to.equal('  <div class="peolc-fallback">');
      expect(lines.at(-1)).to.equal('</peolc-foundation-grid>');
      expect(snippet).to.equal(
        `<peolc-foundation-grid expanded heading-level="3" highlight="6">\n${(
          await fallbackHtml('peolc-foundation-grid', { expanded: '', 'heading-level': '3', highlight: '6' })
        )
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n')}\n</peolc-foundation-grid>`,
      );
    });

    it('keeps a term on one line, as it sits in running text, and leaves an empty element empty', async () => {
      expect(await fullSnippet('peolc-term', { term: 'palliative-care' })).to.equal(
        '<peolc-term term="palliative-care">Palliative care</peolc-term>',
      );
      expect(await fullSnippet('peolc-provider', { src: '/local.json' })).to.equal('<peolc-provider src="/local.json"></peolc-provider>');
      expect(await fullSnippet('peolc-ambition', { ambition: '9' })).to.equal('<peolc-ambition ambition="9"></peolc-ambition>');
    });

    it('escapes attribute values and refuses attribute names that are not names', async () => {
      const snippet = await fullSnippet('peolc-ambition-wheel', { label: `"><script>alert('x')</script>` });
      const host = parse(snippet).firstElementChild!;
      expect(host.localName).to.equal('peolc-ambition-wheel');
      expect(host.getAttribute('label')).to.equal(`"><script>alert('x')</script>`);
      expect(parse(snippet).querySelector('script')).to.equal(null);
      expect(await rejects(fullSnippet('peolc-ambition-wheel', { 'on"click': 'x' }), 'RangeError')).to.equal(true);
      expect(await rejects(fullSnippet('peolc-ambition-wheel', { 'a b': 'x' }), 'RangeError')).to.equal(true);
    });

    it('reads attribute names in any case, as HTML does', async () => {
      expect(await fallbackHtml('peolc-foundation-grid', { EXPANDED: '', 'Heading-Level': '4' })).to.equal(
        await fallbackHtml('peolc-foundation-grid', { expanded: '', 'heading-level': '4' }),
      );
    });
  });

  describe('the same text as the edition', () => {
    it('<peolc-ambition-wheel>: a list of the six ambitions as "01 Each person is seen as an individual", named like the wheel, and the vision', async () => {
      const { all, one, texts } = await fallback('peolc-ambition-wheel');
      const list = one('ol')!;
      expect(list.getAttribute('aria-label')).to.equal('Six ambitions for palliative and end of life care');
      expect(all('ol > li').map((li) => normalise(li.textContent))).to.deep.equal(
        edition.ambitions.map((ambition) => `${twoDigits(ambition.number)} ${ambition.title}`),
      );
      expect(texts('.vision')).to.deep.equal([edition.vision]);
      expect(all('h1, h2, h3, h4, h5, h6, a, [aria-current], section')).to.have.length(0);
    });

    it('<peolc-ambition-wheel selected panel parts>: the selected ambition marked, and its number, title, statement and asked-for parts', async () => {
      const ambition = edition.ambitions[2]!;
      const { all, one, texts } = await fallback('peolc-ambition-wheel', {
        selected: 'maximising-comfort-and-wellbeing',
        panel: '',
        parts: 'what-we-know building-blocks',
        'heading-level': '3',
      });
      expect(all('ol > li').map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'true', null, null, null]);
      // Selected: the wheel shows the ambition, not the vision.
      expect(one('.vision')).to.equal(null);
      const panel = one('.panel')!;
      expect(normalise(panel.querySelector('.eyebrow')!.textContent)).to.equal('Ambition 3');
      expect([...panel.querySelectorAll('h3')].map((h) => normalise(h.textContent))).to.deep.equal([ambition.title]);
      expect(normalise(panel.querySelector('.statement')!.textContent)).to.equal(ambition.statement);
      expect(texts('.panel h4')).to.deep.equal(['What we already know', 'Building blocks']);
      const [points, blocks] = [...panel.querySelectorAll('ul')];
      expect([...points!.children].map((li) => normalise(li.textContent))).to.deep.equal(ambition.whatWeKnow);
      expect([...blocks!.children].map((li) => normalise(li.textContent))).to.deep.equal(ambition.buildingBlocks.map((block) => block.title));
    });

    it('<peolc-ambition-wheel panel> with nothing selected: no instruction to use the wheel, only its room, hidden', async () => {
      const { one } = await fallback('peolc-ambition-wheel', { panel: true });
      // Inert: it keeps its room, and the stylesheet hides it.
      expect(one('.panel')!.inert).to.equal(true);
      expect(one('.panel .heading')).to.equal(null);
    });

    it('<peolc-ambition-wheel>: no panel without panel, or with panel="false"; parts alone add nothing; show-foundations="false" is off', async () => {
      const bare = await fallbackHtml('peolc-ambition-wheel', { selected: '3' });
      for (const attributes of [
        { parts: 'what-we-know' },
        { panel: 'false', parts: 'what-we-know' },
        { panel: false },
        { 'show-foundations': 'FALSE' },
      ]) {
        expect(await fallbackHtml('peolc-ambition-wheel', { selected: '3', ...attributes }), JSON.stringify(attributes)).to.equal(bare);
      }
      expect((await fallback('peolc-ambition-wheel', { selected: '3', panel: 'true' })).one('.panel .heading')).to.not.equal(null);
      // Without parts, the panel has the number, title and statement only.
      expect((await fallback('peolc-ambition-wheel', { selected: '3', panel: '' })).all('.panel ul')).to.have.length(0);
    });

    it('<peolc-ambition-wheel show-foundations href-template>: links made from the template, and the foundations by their diagram labels', async () => {
      const { all, one } = await fallback('peolc-ambition-wheel', { 'href-template': '/ambitions/{id}?n={number}', 'show-foundations': '' });
      expect(all('ul.options > li > a').map((a) => a.getAttribute('href'))).to.deep.equal(
        edition.ambitions.map((ambition) => `/ambitions/${ambition.id}?n=${ambition.number}`),
      );
      const band = one('.foundations')!;
      expect(band.getAttribute('aria-label')).to.equal('Eight foundations that underpin the ambitions');
      expect([...band.children].map((li) => normalise(li.textContent))).to.deep.equal(
        edition.foundations.map((foundation) => `${foundation.number} ${foundation.label}`),
      );
    });

    it('<peolc-ambition-wheel> never makes script or data URLs into links', async () => {
      for (const template of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x']) {
        expect((await fallback('peolc-ambition-wheel', { 'href-template': template })).all('a'), template).to.have.length(0);
      }
    });

    it('<peolc-ambition>: one ambition in full; following a wheel, only the prompt’s room; unknown, nothing', async () => {
      const ambition = edition.ambitions[1]!;
      const { one, texts } = await fallback('peolc-ambition', { ambition: '2', parts: 'what-we-know' });
      expect(texts('h2')).to.deep.equal([ambition.title]);
      expect(texts('.statement')).to.deep.equal([ambition.statement]);
      expect(texts('h3')).to.deep.equal(['What we already know']);
      expect(texts('ul > li')).to.deep.equal(ambition.whatWeKnow);
      expect(one('section')).to.not.equal(null);
      expect((await fallback('peolc-ambition', { for: 'wheel' })).one('p')!.inert).to.equal(true);
      expect(await fallbackHtml('peolc-ambition', { ambition: '7' })).to.equal('');
    });

    it('<peolc-foundation-grid>: the introduction, then each foundation’s number and title as a heading, and its full text behind a native disclosure', async () => {
      const { all, one, texts } = await fallback('peolc-foundation-grid');
      expect(texts('.intro')).to.deep.equal([edition.foundationsIntro]);
      const list = one('ul.grid')!;
      expect(list.getAttribute('aria-label')).to.equal('The eight foundations');
      const tiles = [...list.children];
      expect(tiles.map((tile) => tile.localName)).to.deep.equal(Array(8).fill('li'));
      expect(tiles.map((tile) => spokenText(tile.querySelector('h2')!))).to.deep.equal(
        edition.foundations.map((foundation) => `Foundation ${foundation.number}: ${foundation.title}`),
      );
      expect(tiles.map((tile) => paragraphTexts(tile.querySelector('.body')))).to.deep.equal(
        edition.foundations.map((foundation) => foundation.body),
      );
      const details = all('details');
      expect(details.map((element) => element.hasAttribute('open'))).to.deep.equal(Array(8).fill(false));
      expect(details.map((element) => spoken(element.querySelector('summary')!))).to.deep.equal(
        edition.foundations.map((foundation) => `Show details: ${foundation.title}`),
      );
      // Without the stylesheet, the `hidden` attribute leaves the label for the state it starts in.
      expect(all('summary [hidden] .toggle-label').map((span) => span.textContent)).to.deep.equal(Array(8).fill('Hide details'));
      expect(one('[aria-current], .marker')).to.equal(null);
    });

    it('<peolc-foundation-grid expanded foundations highlight hide-intro heading-level>: as the element shows them', async () => {
      const { all, one } = await fallback('peolc-foundation-grid', {
        expanded: '',
        foundations: '1,3 shared-records 99',
        highlight: '3',
        'hide-intro': '',
        'heading-level': '4',
      });
      expect(one('.intro')).to.equal(null);
      expect(all('ul.grid > li').map((li) => li.dataset.number)).to.deep.equal(['1', '2', '3']);
      expect(all('h4')).to.have.length(3);
      expect(all('details').every((element) => element.hasAttribute('open'))).to.equal(true);
      expect(all('summary [hidden] .toggle-label').map((span) => span.textContent)).to.deep.equal(Array(3).fill('Show details'));
      expect(all('[aria-current="true"]').map((li) => li.dataset.number)).to.deep.equal(['3']);
      expect(normalise(one('[aria-current] .marker')!.textContent)).to.equal('Highlighted');
      // A highlight that is not shown marks nothing, as in the element.
      expect((await fallback('peolc-foundation-grid', { foundations: '1', highlight: '3' })).one('[aria-current]')).to.equal(null);
    });

    it('<peolc-building-blocks ambition>: each card’s title as a heading, its summary and its full text behind a disclosure', async () => {
      const ambition = edition.ambitions[2]!;
      const { all, one } = await fallback('peolc-building-blocks', { ambition: '3', 'heading-level': '3' });
      const list = one('ul.list')!;
      expect(list.getAttribute('aria-label')).to.equal('Building blocks');
      const cards = all('.card');
      expect(cards.map((card) => normalise(card.querySelector('h3')!.textContent))).to.deep.equal(
        ambition.buildingBlocks.map((block) => block.title),
      );
      expect(cards.map((card) => spokenText(card.querySelector('.summary')!))).to.deep.equal(
        ambition.buildingBlocks.map((block) => `At a glance: ${block.summary}`),
      );
      expect(cards.map((card) => paragraphTexts(card.querySelector('.body')))).to.deep.equal(ambition.buildingBlocks.map((block) => block.body));
      expect(cards.map((card) => spoken(card.querySelector('summary')!))).to.deep.equal(
        ambition.buildingBlocks.map((block) => `Read more: ${block.title}`),
      );
    });

    it('<peolc-building-blocks mode="full"> without an ambition: all six groups under their headings, cards a level below, text open', async () => {
      const { all } = await fallback('peolc-building-blocks', { mode: 'FULL' });
      const groups = all('.group');
      expect(groups.map((group) => normalise(group.querySelector('h2')!.textContent))).to.deep.equal(
        edition.ambitions.map((ambition) => `Ambition ${ambition.number}: ${ambition.title}`),
      );
      expect(groups.map((group) => [...group.querySelectorAll('h3')].map((h) => normalise(h.textContent)))).to.deep.equal(
        edition.ambitions.map((ambition) => ambition.buildingBlocks.map((block) => block.title)),
      );
      expect(all('details')).to.have.length(0);
      expect(all('.body').map((body) => paragraphTexts(body))).to.deep.equal(
        edition.ambitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => block.body)),
      );
      // An ambition it does not know: every group, as the element shows (and warns).
      expect(await fallbackHtml('peolc-building-blocks', { ambition: 'nonsense' })).to.equal(await fallbackHtml('peolc-building-blocks', {}));
    });

    it('<peolc-building-blocks expanded> and <peolc-building-block expanded>: every card’s disclosure open; expanded="false" closed', async () => {
      const cards = await fallback('peolc-building-blocks', { ambition: '3', expanded: '' });
      expect(cards.all('details')).to.have.length(edition.ambitions[2]!.buildingBlocks.length);
      expect(cards.all('details').every((details) => details.hasAttribute('open'))).to.equal(true);
      expect(cards.all('summary [hidden] .toggle-label').map((span) => span.textContent)).to.deep.equal(
        Array(edition.ambitions[2]!.buildingBlocks.length).fill('Read more'),
      );
      expect(
        (await fallback('peolc-building-block', { block: 'honest-conversations', expanded: true })).one('details')!.hasAttribute('open'),
      ).to.equal(true);
      expect(await fallbackHtml('peolc-building-blocks', { ambition: '3', expanded: 'false' })).to.equal(
        await fallbackHtml('peolc-building-blocks', { ambition: '3' }),
      );
      // mode="full" has no disclosure to open.
      expect((await fallback('peolc-building-block', { block: 'honest-conversations', mode: 'full', expanded: '' })).all('details')).to.have.length(
        0,
      );
    });

    it('<peolc-building-block>: one card, found with or without its ambition (ids are unique, so a wrong ambition is ignored)', async () => {
      const block = edition.ambitions[0]!.buildingBlocks.find((candidate) => candidate.id === 'honest-conversations')!;
      const { all, texts } = await fallback('peolc-building-block', { block: 'honest-conversations', 'heading-level': '5' });
      expect(texts('h5')).to.deep.equal([block.title]);
      expect(all('.body > p').map((p) => normalise(p.textContent))).to.deep.equal(block.body);
      expect(await fallbackHtml('peolc-building-block', { block: 'honest-conversations', ambition: '1' })).to.equal(
        await fallbackHtml('peolc-building-block', { block: 'honest-conversations' }),
      );
      expect(await fallbackHtml('peolc-building-block', { block: 'honest-conversations', ambition: '2' })).to.equal(
        await fallbackHtml('peolc-building-block', { block: 'honest-conversations' }),
      );
      expect(await fallbackHtml('peolc-building-block', {})).to.equal('');
    });

    it('<peolc-glossary>: a definition list in the element’s alphabetical order, each term with its anchor, definition and origin note', async () => {
      const { all, one } = await fallback('peolc-glossary');
      const list = one('dl')!;
      const entries = [...list.children];
      expect(entries.map((entry) => entry.localName)).to.deep.equal(Array(edition.glossary.length).fill('div'));
      const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
      const sorted = [...edition.glossary].sort((a, b) => collator.compare(a.term, b.term) || collator.compare(a.id, b.id));
      expect(entries.map((entry) => normalise(entry.querySelector('dt')!.textContent))).to.deep.equal(sorted.map((entry) => entry.term));
      expect(entries.map((entry) => entry.querySelector('dt')!.id)).to.deep.equal(sorted.map((entry) => `peolc-term-${entry.id}`));
      expect(entries.map((entry) => [...entry.querySelectorAll('dd > p:not(.note)')].map((p) => normalise(p.textContent)))).to.deep.equal(
        sorted.map((entry) => entry.definition),
      );
      expect(entries.map((entry) => normalise(entry.querySelector('.note')!.textContent))).to.deep.equal(
        sorted.map((entry) =>
          entry.origin === 'framework'
            ? `Quoted from the framework, ${entry.source}`
            : 'Plain-English definition written for this site, not quoted from the framework',
        ),
      );
      // The search box and count need script: their room is kept, hidden and never read.
      expect(one('.search')!.inert).to.equal(true);
      expect(one('.status')!.inert).to.equal(true);
      expect(all('input, button, label').every((element) => element.closest('[inert]'))).to.equal(true);
    });

    it('<peolc-glossary terms query label>: the chosen entries that match, and the element’s message when none does', async () => {
      const { texts, one } = await fallback('peolc-glossary', {
        terms: 'palliative-care end-of-life nonsense',
        query: 'months',
        label: 'Words we use',
      });
      // Every chosen entry is there; those the query does not match are hidden, as in the element.
      expect(texts('dt')).to.deep.equal(['End of life', 'Palliative care']);
      expect(texts('.entry:not([hidden]) dt')).to.deep.equal(['End of life']);
      expect(one('[role="group"]')!.getAttribute('aria-label')).to.equal('Words we use');
      expect(texts('.status')).to.deep.equal(['1 of 2 terms shown']);
      const none = await fallback('peolc-glossary', { query: 'zzz' });
      expect(none.one('dl')!.hidden).to.equal(true);
      expect(none.texts('.empty')).to.deep.equal(['No terms match “zzz”. Try a shorter word or check the spelling.']);
    });

    it('<peolc-term>: just the words of the entry; nothing for an unknown term; <peolc-provider>: nothing', async () => {
      expect(await fallbackHtml('peolc-term', { term: 'advance-care-planning' })).to.equal('advance care planning');
      expect(await fallbackHtml('peolc-term', { term: 'nonsense' })).to.equal('');
      expect(await fallbackHtml('peolc-provider', { src: 'x.json' })).to.equal('');
    });

    it('writes interface strings a provider would replace', async () => {
      const { texts } = await fallback('peolc-foundation-grid', {});
      expect(texts('.tile-number')[0]).to.equal('Foundation 1');
      const translated = parse(
        await fallbackHtml('peolc-foundation-grid', {}, edition, { foundationLabel: 'Sylfaen {number}', showDetails: 'Dangos manylion' }),
      );
      expect(normalise(translated.querySelector('.tile-number')!.textContent)).to.equal('Sylfaen 1');
      expect(normalise(translated.querySelector('.when-closed .toggle-label')!.textContent)).to.equal('Dangos manylion');
    });

    it('writes another edition’s text when given one', async () => {
      const local = structuredClone(edition);
      local.vision = 'Our local vision.';
      local.ambitions[0]!.title = 'Each person is seen as themselves';
      const { texts } = await fallback('peolc-ambition-wheel', {}, local);
      expect(texts('.vision')).to.deep.equal(['Our local vision.']);
      expect(texts('ol > li')[0]).to.equal('01 Each person is seen as themselves');
    });
  });

  describe('escaping', () => {
    /** An edition whose text tries to become markup everywhere the fallbacks write text or attributes. */
    function hostileEdition(): Edition {
      const hostile = structuredClone(edition);
      hostile.ambitions[0]!.title = `<script>window.pwned = 'title'</script> & "quoted" 'single'`;
      hostile.ambitions[0]!.statement = '<img src=x onerror="window.pwned = 1">';
      hostile.ambitions[0]!.id = `x"><script>window.pwned=2</script>`;
      hostile.ambitions[0]!.buildingBlocks[0]!.id = `b" onclick="window.pwned=3`;
      hostile.ambitions[0]!.buildingBlocks[0]!.body = ['</p></div><script>window.pwned = 4</script>'];
      hostile.vision = '<b>bold</b> &amp; <!-- comment -->';
      hostile.foundations[0]!.title = '<h1>Heading</h1>';
      hostile.foundations[0]!.label = '<em>label</em>';
      hostile.foundationsIntro = '<a href="javascript:alert(1)">link</a>';
      hostile.glossary[0]!.id = `g" autofocus onfocus="window.pwned=5`;
      hostile.glossary[0]!.term = '</dt><dt>Injected';
      hostile.glossary[0]!.definition = ['<style>*{display:none}</style>'];
      return hostile;
    }

    const attributesFor: Record<string, FallbackAttributes> = {
      'peolc-ambition-wheel': { selected: '1', panel: '', parts: 'what-we-know building-blocks', 'show-foundations': '', 'href-template': '/a/{id}' },
      'peolc-ambition': { ambition: '1', parts: 'what-we-know building-blocks' },
      'peolc-foundation-grid': { expanded: '' },
      'peolc-building-blocks': { ambition: '1' },
      'peolc-building-block': { block: `b" onclick="window.pwned=3` },
      'peolc-glossary': {},
      'peolc-term': { term: `g" autofocus onfocus="window.pwned=5` },
    };

    for (const [tag, attributes] of Object.entries(attributesFor)) {
      it(`${tag}: markup in the edition comes out as text, never as elements or attributes`, async () => {
        const hostile = hostileEdition();
        const html = await fallbackHtml(tag, attributes, hostile);
        expect(html).to.not.equal('');
        const fragment = parse(html);
        const strays = fragment.querySelectorAll(
          'script, img, b, em, h1, a[href^="javascript"], style, dt > dt, [onclick], [onerror], [onfocus], [autofocus]',
        );
        expect([...strays].map((element) => element.outerHTML)).to.deep.equal([]);
        const text = normalise(fragment.textContent);
        const expected: Record<string, string[]> = {
          'peolc-ambition-wheel': [
            hostile.ambitions[0]!.title,
            hostile.ambitions[0]!.statement,
            hostile.foundations[0]!.label,
            hostile.ambitions[0]!.buildingBlocks[0]!.title,
          ],
          'peolc-ambition': [hostile.ambitions[0]!.title, hostile.ambitions[0]!.statement],
          'peolc-foundation-grid': [hostile.foundations[0]!.title, hostile.foundationsIntro!],
          'peolc-building-blocks': [hostile.ambitions[0]!.buildingBlocks[0]!.body[0]!],
          'peolc-building-block': [hostile.ambitions[0]!.buildingBlocks[0]!.body[0]!],
          'peolc-glossary': [hostile.glossary[0]!.term, hostile.glossary[0]!.definition[0]!],
          'peolc-term': [hostile.glossary[0]!.term],
        };
        for (const string of expected[tag]!) expect(text).to.include(normalise(string));
        // Attribute values hold the ids exactly, as text.
        if (tag === 'peolc-ambition-wheel')
          expect(fragment.querySelector('a')!.getAttribute('href')).to.equal(`/a/${encodeURIComponent(hostile.ambitions[0]!.id)}`);
        if (tag === 'peolc-building-block')
          expect(fragment.querySelector('[data-block]')!.getAttribute('data-block')).to.equal(hostile.ambitions[0]!.buildingBlocks[0]!.id);
        if (tag === 'peolc-glossary')
          expect(fragment.querySelector(`[id="${CSS.escape(`peolc-term-${hostile.glossary[0]!.id}`)}"]`)).to.not.equal(null);
      });
    }

    it('stays text when written into a live page: nothing runs', async () => {
      const hostile = hostileEdition();
      const body = (await Promise.all(Object.entries(attributesFor).map(([tag, attributes]) => fullSnippet(tag, attributes, hostile)))).join('\n');
      const { win, doc } = await openPage(body);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((win as unknown as { pwned?: unknown }).pwned).to.equal(undefined);
      expect(doc.querySelectorAll('main script, main img, main style')).to.have.length(0);
    });

    it('escapes & < > " \' in text, and nothing else but a no-break space', () => {
      expect(escapeHtml(`<a href="x">Tom & Jerry's</a>\u00a0`)).to.equal('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;&nbsp;');
      expect(escapeHtml('Ambitions – “curly” ‘quotes’ 24/7')).to.equal('Ambitions – “curly” ‘quotes’ 24/7');
    });
  });
});

// ===================================================================================================

describe('dist/peolc-elements.css', () => {
  let fallbackCss = '';
  before(async () => {
    const response = await fetch('/dist/peolc-elements.css');
    expect(response.ok, 'dist/peolc-elements.css is built').to.equal(true);
    fallbackCss = await response.text();
  });

  it('uses no rem, as the elements use none: sizes follow the page’s font', async () => {
    expect(fallbackCss).to.not.match(/\drem\b/);
  });

  it("is the elements' own rules, rewritten for before they upgrade: no :host, no ::slotted, every rule scoped to an undefined tag", async () => {
    expect(fallbackCss).to.not.match(/:host|::slotted/);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(fallbackCss);
    const selectors = (rules: CSSRuleList): string[] =>
      [...rules].flatMap((rule) =>
        rule instanceof CSSStyleRule ? [rule.selectorText] : 'cssRules' in rule ? selectors((rule as CSSGroupingRule).cssRules) : [],
      );
    for (const selector of selectors(sheet.cssRules)) expect(selector, selector).to.include(':not(:defined)');
    // The foundation grid's chevron, as it is in the element's own styles.
    expect(
      selectors(sheet.cssRules).filter(
        (selector) => selector.startsWith('peolc-foundation-grid:not(:defined) > .peolc-fallback') && selector.includes('[open] > .toggle'),
      ),
    ).to.have.length(1);
    // A term's fallback is its words: only its host rules.
    expect(selectors(sheet.cssRules).filter((selector) => selector.includes('peolc-term:not(:defined) >'))).to.deep.equal([]);
  });

  it('is valid CSS throughout: every rule parses in this browser', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(fallbackCss);
    const count = (rules: CSSRuleList): number =>
      [...rules].reduce((sum, rule) => sum + (rule instanceof CSSStyleRule ? 1 : count((rule as CSSGroupingRule).cssRules)), 0);
    const written = (fallbackCss.replace(/\/\*[\s\S]*?\*\//g, '').match(/\{/g) ?? []).length;
    const blocks = (fallbackCss.replace(/\/\*[\s\S]*?\*\//g, '').match(/@(container|media)/g) ?? []).length;
    expect(count(sheet.cssRules), 'style rules parsed').to.equal(written - blocks);
  });

  describe('before the elements upgrade', () => {
    for (const example of fallbackExamples) {
      it(`${example.name}: takes room and shows its fallback`, async () => {
        const { doc } = await openPage(await placed(example), { width: 800 });
        const host = doc.querySelector(example.tag)!;
        expect(host.matches(':defined')).to.equal(false);
        const box = host.getBoundingClientRect();
        expect(box.height, 'height').to.be.greaterThan(0);
        expect(box.width, 'width').to.be.greaterThan(0);
        const style = getComputedStyle(host);
        expect(style.display).to.equal(example.tag === 'peolc-term' ? 'inline-block' : 'block');
        // Every piece of text the fallback shows is visible, except what waits behind a closed disclosure or keeps room.
        const texts = [...host.querySelectorAll<HTMLElement>('li:not(.option-item), a, p, h2, h3, h4, h5, h6, dt, dd, summary')].filter(
          (element) =>
            !element.closest('[inert]') &&
            !element.closest('details:not([open]) > :not(summary)') &&
            // The wheel's second copy of the vision, which its own styles show only in the compact layout.
            !element.matches('.vision-below') &&
            // The explorer's building blocks and foundations in its contents, which its own styles list only in wide containers.
            !element.closest('.contents-list ol'),
        );
        if (example.tag === 'peolc-term') texts.push(host as HTMLElement);
        expect(texts.length).to.be.greaterThan(0);
        for (const element of texts) {
          const visible = element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
          expect(visible, `${element.localName}.${element.className} is visible`).to.equal(true);
          expect(element.getBoundingClientRect().height, `${element.localName} has height`).to.be.greaterThan(0);
        }
        for (const reserve of host.querySelectorAll<HTMLElement>('[inert]')) {
          expect(getComputedStyle(reserve).visibility, 'reserve invisible').to.equal('hidden');
          expect(reserve.getBoundingClientRect().height, 'reserve keeps room').to.be.greaterThan(0);
        }
      });
    }

    it('keeps what needs script inert, and the other state’s label hidden, without the stylesheet too', async () => {
      const { doc } = await openPage(
        `${await fullSnippet('peolc-glossary', { terms: 'end-of-life' })}${await fullSnippet('peolc-foundation-grid', { foundations: '1' })}`,
        {
          css: false,
        },
      );
      // What needs script is inert: shown without the stylesheet, but never focused or read.
      expect(doc.querySelector<HTMLElement>('.search')!.inert).to.equal(true);
      expect([...doc.querySelectorAll('summary > span')].map((span) => getComputedStyle(span).display)).to.deep.equal(['inline', 'none']);
    });

    it('shows the other label when a disclosure is opened', async () => {
      const { doc, win } = await openPage(await fullSnippet('peolc-building-block', { block: 'honest-conversations' }));
      const details = doc.querySelector('details')!;
      const labels = () => [...details.querySelectorAll('summary > span')].map((span) => (span as HTMLElement).checkVisibility());
      expect(labels()).to.deep.equal([true, false]);
      details.open = true;
      await nextFrames(win, 1);
      expect(labels()).to.deep.equal([false, true]);
      expect(doc.querySelector<HTMLElement>('.body')!.checkVisibility()).to.equal(true);
    });

    it('reserves the wheel’s square when the element is empty or holds the partner’s own list, which stays readable', async () => {
      const own = `<ol>${edition.ambitions.map((ambition) => `<li>${ambition.title}</li>`).join('')}</ol>`;
      const { doc } = await openPage(
        `<peolc-ambition-wheel id="empty"></peolc-ambition-wheel><peolc-ambition-wheel id="own">${own}</peolc-ambition-wheel>`,
        {
          width: 900,
        },
      );
      const em = parseFloat(getComputedStyle(doc.body).fontSize);
      for (const id of ['empty', 'own']) {
        const host = doc.getElementById(id)!;
        expect(host.getBoundingClientRect().height, id).to.be.closeTo(40 * em, 1);
      }
      const items = [...doc.querySelectorAll<HTMLElement>('#own li')];
      expect(items).to.have.length(6);
      for (const item of items) {
        expect(item.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })).to.equal(true);
        expect(getComputedStyle(item).display).to.equal('list-item');
      }
    });

    it('lays a partner’s own list in the grid out as tiles, and keeps an empty grid and empty cards at about their height', async () => {
      const own = `<ul>${edition.foundations.map((foundation) => `<li>${foundation.title}</li>`).join('')}</ul>`;
      const { doc } = await openPage(
        `<peolc-foundation-grid id="own">${own}</peolc-foundation-grid><peolc-foundation-grid id="empty"></peolc-foundation-grid><peolc-building-blocks id="cards" ambition="3"></peolc-building-blocks><peolc-glossary id="glossary"></peolc-glossary>`,
        { width: 1000 },
      );
      const tiles = [...doc.querySelectorAll<HTMLElement>('#own li')];
      expect(new Set(tiles.map((tile) => Math.round(tile.getBoundingClientRect().left))).size, 'columns').to.equal(4);
      expect(tiles.every((tile) => tile.checkVisibility())).to.equal(true);
      for (const id of ['empty', 'cards', 'glossary']) expect(doc.getElementById(id)!.getBoundingClientRect().height, id).to.be.greaterThan(300);
    });

    it('lays a term out as one inline box, a provider not at all, and leaves hidden elements hidden', async () => {
      const { doc } = await openPage(
        `<p id="text">Before <peolc-term term="carer">a carer</peolc-term> after.</p><peolc-provider><p id="inside">Inside</p></peolc-provider><peolc-foundation-grid hidden>${await fallbackHtml('peolc-foundation-grid', {})}</peolc-foundation-grid>`,
      );
      expect(getComputedStyle(doc.querySelector('peolc-term')!).display).to.equal('inline-block');
      expect(getComputedStyle(doc.querySelector('peolc-provider')!).display).to.equal('contents');
      expect(doc.getElementById('inside')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(doc.querySelector('peolc-foundation-grid')!).display).to.equal('none');
    });

    for (const example of fallbackExamples) {
      it(`${example.name}: is axe clean, undefined, with the stylesheet`, async () => {
        const { win, doc } = await openPage(`<h1>Embedding test</h1>${headingsBefore(example.attributes)}${await placed(example)}`, {
          head: '<script src="/node_modules/axe-core/axe.min.js"></script>',
        });
        expect(doc.querySelector(example.tag)!.matches(':defined')).to.equal(false);
        // expectAxeClean runs `window.axe`; lend it the iframe's own copy, which checks the iframe's document.
        const own = (window as unknown as { axe: unknown }).axe;
        (window as unknown as { axe: unknown }).axe = (win as unknown as { axe: unknown }).axe;
        try {
          await expectAxeClean(doc.documentElement);
        } finally {
          (window as unknown as { axe: unknown }).axe = own;
        }
      });
    }
  });
});

// ===================================================================================================

describe('upgrading: no layout shift', () => {
  const widths = [320, 600, 1000];
  const measured: string[] = [];
  after(() => {
    // The measurements, for the report.
    console.log(`Layout shift on upgrade (${isChromium ? 'Chromium' : 'Firefox'}):\n${measured.join('\n')}`);
  });

  // An element that shows what the reader stored cannot keep its fallback's layout (examples.ts says why).
  for (const example of fallbackExamples.filter((candidate) => !candidate.changesOnUpgrade)) {
    for (const width of widths) {
      it(`${example.name} at ${width}px: the element keeps its height and nothing after it moves`, async () => {
        const result = await measureUpgrade(await placed(example), example.tag, { width });
        measured.push(
          `  ${example.name} @${width}px: CLS ${round(result.cls)}, height ${result.heightBefore.toFixed(2)} → ${result.heightAfter.toFixed(2)}, next paragraph moved ${result.markerMoved.toFixed(2)}px`,
        );
        if (example.tag === 'peolc-term') {
          // An inline host's box is its font's height, an inline block's its line's: compare where the words are drawn.
          expect(result.wordsMoved, 'the words moved').to.be.closeTo(0, 0.01);
        } else {
          expect(result.heightAfter, 'height after').to.be.closeTo(result.heightBefore, 0.01);
        }
        expect(result.markerMoved, 'next paragraph moved').to.be.closeTo(0, 0.01);
        if (isChromium) expect(result.cls, `layout shift (${result.sources.join(', ')})`).to.equal(0);
      });
    }
  }

  // A partner theme that styles p, li, lists and headings by element and class: the fallback must not inherit its spacing.
  const theme = `<style>
    body { font-family: Georgia, serif; line-height: 1.7; }
    .entry-content p { margin: 0 0 1.75em; line-height: 1.9; }
    .entry-content ol, .entry-content ul { margin: 0 0 1.5em 3em; padding: 0; }
    .entry-content li { margin-bottom: 0.5em; font-size: 1.05em; }
    .entry-content div { padding: 2px; }
    h2, h3, h4 { font-size: 2em; text-transform: uppercase; letter-spacing: 0.05em; margin: 1.5em 0 0.5em; }
    dt { font-size: 1.4em; } dd { margin-left: 2em; }
    details { border: 3px solid; } summary { padding: 1em; }
  </style>`;
  for (const name of ['peolc-ambition-wheel--panel', 'peolc-ambition', 'peolc-foundation-grid', 'peolc-building-blocks', 'peolc-glossary--terms']) {
    it(`${name} in a theme that styles paragraphs, lists and headings: still no shift`, async () => {
      const example = fallbackExamples.find((candidate) => candidate.name === name)!;
      const result = await measureUpgrade(`<div class="entry-content">${await placed(example)}</div>`, example.tag, { width: 800, head: theme });
      measured.push(
        `  ${name} @800px in a theme: CLS ${round(result.cls)}, height ${result.heightBefore.toFixed(2)} → ${result.heightAfter.toFixed(2)}`,
      );
      expect(result.heightAfter).to.be.closeTo(result.heightBefore, 0.01);
      expect(result.markerMoved).to.be.closeTo(0, 0.01);
      if (isChromium) expect(result.cls).to.equal(0);
    });
  }

  // Themes change sizes as well as colours (high contrast has thicker borders): the fallback follows them.
  const themed: [string, string, FallbackAttributes, string][] = [
    ['peolc-foundation-grid', 'theme attribute', { theme: 'high-contrast', highlight: '2' }, ''],
    ['peolc-ambition-wheel', 'theme attribute', { theme: 'high-contrast', 'show-foundations': '' }, ''],
    ['peolc-building-blocks', 'theme attribute', { theme: 'neutral', ambition: '4' }, ''],
    ['peolc-foundation-grid', 'dist/themes/high-contrast.css', {}, '<link rel="stylesheet" href="/dist/themes/high-contrast.css">'],
    [
      'peolc-glossary',
      'dist/themes/high-contrast.css',
      { terms: 'carer bereavement' },
      '<link rel="stylesheet" href="/dist/themes/high-contrast.css">',
    ],
  ];
  for (const [tag, how, attributes, head] of themed) {
    it(`${tag} ${JSON.stringify(attributes)} themed by ${how}: no shift`, async () => {
      const result = await measureUpgrade(await fullSnippet(tag, attributes), tag, { width: 800, head });
      measured.push(
        `  ${tag} ${JSON.stringify(attributes)} (${how}) @800px: CLS ${round(result.cls)}, height ${result.heightBefore.toFixed(2)} → ${result.heightAfter.toFixed(2)}`,
      );
      expect(result.heightAfter).to.be.closeTo(result.heightBefore, 0.01);
      expect(result.markerMoved).to.be.closeTo(0, 0.01);
      if (isChromium) expect(result.cls).to.equal(0);
    });
  }

  it('looks as the element will: the same colours, borders and type for a themed tile before and after', async () => {
    const parts = (host: Element) => {
      const root = host.shadowRoot ?? host;
      const pick = (selector: string, properties: string[]) => {
        const style = getComputedStyle(root.querySelector(selector)!);
        return properties.map((property) => style.getPropertyValue(property));
      };
      const tile = [
        'background-color',
        'border-top-color',
        'border-left-color',
        'border-left-width',
        'border-top-left-radius',
        'color',
        'font-size',
        'line-height',
      ];
      return {
        host: [getComputedStyle(host).backgroundColor, getComputedStyle(host).color],
        tile: pick(host.shadowRoot ? '[part~="tile"][aria-current]' : '.tile[aria-current]', tile),
        heading: pick(host.shadowRoot ? '[part~="tile-heading"]' : '.tile .heading', ['font-size', 'font-weight', 'line-height', 'color']),
        marker: pick(host.shadowRoot ? '[part~="marker"]' : '.marker', ['background-color', 'color', 'border-top-left-radius']),
        toggle: pick(host.shadowRoot ? '[part~="toggle"]' : '.toggle', [
          'background-color',
          'border-top-color',
          'border-top-width',
          'font-weight',
          'min-height',
        ]),
      };
    };
    const result = await measureUpgrade(await fullSnippet('peolc-foundation-grid', { theme: 'nhs', highlight: '3' }), 'peolc-foundation-grid', {
      probe: parts,
    });
    expect(result.probed[0]).to.deep.equal(result.probed[1]);
  });

  it('measures a shift when there is one: a fallback one line too tall moves the page', async () => {
    const snippet = (await fullSnippet('peolc-building-block', { block: 'honest-conversations' })).replace(
      '<div class="peolc-fallback">',
      '<div class="peolc-fallback">\n<p>One line more than the element shows.</p>',
    );
    const result = await measureUpgrade(snippet, 'peolc-building-block');
    measured.push(`  control (a fallback one line too tall): CLS ${round(result.cls)}, next paragraph moved ${result.markerMoved.toFixed(2)}px`);
    expect(result.markerMoved).to.be.lessThan(-10);
    if (isChromium) expect(result.cls).to.be.greaterThan(0);
  });

  it('a term where its words would break across two lines: kept whole before the upgrade, as the element keeps it', async () => {
    // Without the stylesheet the words wrap as any inline text: narrow the paragraph until they do.
    const words = await fullSnippet('peolc-term', { term: 'advance-care-planning' });
    const sentence = (width: number) =>
      `<p id="text" style="width: ${width}px; margin: 0">${'word '.repeat(12)}${words} and more words after it.</p>`;
    const { doc } = await openPage(sentence(480), { css: false });
    const term = doc.querySelector('peolc-term')!;
    const paragraph = doc.getElementById('text')!;
    let width = 480;
    while (term.getClientRects().length < 2 && width > 120) {
      width -= 2;
      paragraph.style.width = `${width}px`;
    }
    expect(term.getClientRects().length, 'the words wrap without the stylesheet').to.equal(2);
    const bare = await measureUpgrade(sentence(width), 'peolc-term', { css: false });
    const styled = await measureUpgrade(sentence(width), 'peolc-term');
    measured.push(
      `  peolc-term at the end of a line (${width}px paragraph): without the stylesheet CLS ${round(bare.cls)}, words moved ${bare.wordsMoved.toFixed(2)}px, next paragraph ${bare.markerMoved.toFixed(2)}px; with it CLS ${round(styled.cls)}, words ${styled.wordsMoved.toFixed(2)}px, next paragraph ${styled.markerMoved.toFixed(2)}px`,
    );
    expect(styled.markerMoved).to.be.closeTo(0, 0.01);
    expect(styled.wordsMoved, 'the words moved').to.be.closeTo(0, 0.01);
    expect(bare.wordsMoved, 'without the stylesheet the words move').to.be.greaterThan(1);
    if (isChromium) expect(styled.cls).to.equal(0);
  });
});
