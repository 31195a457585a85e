import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ambitions2015to2020, ambitions2015to2020Complete as edition, formatCitation } from '../../src/content/index.js';
import type { Edition } from '../../src/content/index.js';
import '../../src/framework.js';
import '../../src/provider.js';
import type { FrameworkSearchDetail, PeolcFramework } from '../../src/framework.js';
import type { PeolcProvider } from '../../src/provider.js';
import { foldWithOffsets } from '../../src/model/search-text.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { emulateMediaFeatures, isChromium } from '../helpers/browser.js';

const startViewport = { width: window.innerWidth, height: window.innerHeight };
const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function framework(attributes = ''): Promise<PeolcFramework> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.innerHTML = `<peolc-framework ${attributes}></peolc-framework>`;
  const element = box.querySelector('peolc-framework')!;
  await element.updateComplete;
  return element;
}

const shadow = (element: Element) => element.shadowRoot!;
const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const searchBox = (element: Element) => part(element, 'search') as HTMLInputElement;
/** The light-DOM document: where links, find and text fragments reach. */
const documentOf = (element: Element) => element.querySelector<HTMLElement>(':scope > [slot="document"]')!;
const statusText = (element: Element) => normalise(part(element, 'status')!.textContent);
const resultLinks = (element: Element) => [...shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="result"]')];
const activeInShadow = (element: Element) => shadow(element).activeElement;

/** Every text of an edition that the explorer must show, from the content itself. */
function everyText(source: Edition): string[] {
  const texts: string[] = [
    source.metadata.title,
    source.metadata.url,
    source.vision,
    formatCitation(source.metadata),
    source.partnership.name,
    ...source.partnership.members,
  ];
  if (source.foundationsIntro) texts.push(source.foundationsIntro);
  for (const opening of source.openingSections ?? []) {
    texts.push(opening.title, ...opening.body);
    if (opening.epigraph) texts.push(opening.epigraph.text, ...(opening.epigraph.source ? [opening.epigraph.source] : []));
    for (const subsection of opening.subsections ?? []) texts.push(subsection.title, ...subsection.body);
    for (const person of opening.signatories ?? []) texts.push(person.name, person.role);
  }
  for (const ambition of source.ambitions) {
    texts.push(ambition.title, ambition.statement, ...ambition.whatWeKnow);
    for (const block of ambition.buildingBlocks) texts.push(block.title, block.summary, ...block.body);
  }
  for (const foundation of source.foundations) texts.push(foundation.title, ...foundation.body);
  for (const entry of source.glossary) texts.push(entry.term, ...entry.definition);
  return texts;
}

/** The words of `query` a plain, case-insensitive oracle finds, passage by passage: every text above that holds every word. */
const plainMatches = (query: string) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return everyText(edition).filter((text) => words.every((word) => text.toLowerCase().includes(word)));
};

async function typeInSearch(element: PeolcFramework, text: string): Promise<void> {
  searchBox(element).focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

afterEach(async () => {
  await setViewport(startViewport);
  if (location.hash || location.search) history.replaceState(null, '', location.pathname);
});

describe('<peolc-framework>: content', () => {
  it('shows every text of the edition, in its light DOM, word for word', async () => {
    const element = await framework();
    const text = normalise(documentOf(element).textContent);
    const missing = everyText(edition).filter((piece) => !text.includes(normalise(piece)));
    expect(missing, 'texts missing from the document').to.deep.equal([]);
    // Nothing of the document is in the shadow root: find and text fragments reach it.
    expect(normalise(shadow(element).textContent)).not.to.include(normalise(edition.ambitions[0]!.buildingBlocks[0]!.body[0]));
  });

  it('puts the sections in the framework’s order: title, opening sections, vision, ambitions, foundations, glossary, partnership, citation', async () => {
    const element = await framework();
    const anchors = [...documentOf(element).querySelectorAll(':scope > div > .section > .section-head [data-anchor]')].map((heading) => heading.id);
    expect(anchors).to.deep.equal([
      'title',
      ...(edition.openingSections ?? []).map((section) => section.id),
      'vision',
      ...edition.ambitions.map((ambition) => `ambition-${ambition.number}`),
      'foundations',
      'glossary',
      'partnership',
      'citation',
    ]);
  });

  it('gives every ambition, building block, foundation and term its stable anchor, in the page', async () => {
    await framework();
    const expected = [
      ...edition.ambitions.map((ambition) => `ambition-${ambition.number}`),
      ...edition.ambitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => `building-block-${block.id}`)),
      ...edition.foundations.map((foundation) => `foundation-${foundation.id}`),
      ...edition.glossary.map((entry) => `term-${entry.id}`),
    ];
    const missing = expected.filter((id) => !document.getElementById(id));
    expect(missing).to.deep.equal([]);
  });

  it('keeps headings in order from heading-level, never skipping one', async () => {
    for (const level of [2, 4]) {
      const element = await framework(`heading-level="${level}"`);
      const levels = [...shadow(element).querySelectorAll('h1,h2,h3,h4,h5,h6'), ...documentOf(element).querySelectorAll('h1,h2,h3,h4,h5,h6')].map(
        (heading) => Number(heading.localName[1]),
      );
      const docLevels = [...documentOf(element).querySelectorAll('h1,h2,h3,h4,h5,h6')].map((heading) => Number(heading.localName[1]));
      expect(docLevels[0]).to.equal(level);
      expect(Math.min(...levels)).to.equal(level);
      docLevels.forEach((current, index) => {
        if (index > 0) expect(current - docLevels[index - 1]!, `heading ${index}`).to.be.at.most(1);
      });
    }
  });

  it('shows what sections chooses, in the framework’s order, and one ambition or foundation alone', async () => {
    let element = await framework('sections="glossary ambitions"');
    let tops = [...documentOf(element).querySelectorAll(':scope > div > .section')].map((section) => section.getAttribute('data-kind'));
    expect(tops).to.deep.equal([...edition.ambitions.map(() => 'ambition'), 'glossary']);

    element = await framework('ambition="3"');
    tops = [...documentOf(element).querySelectorAll(':scope > div > .section')].map((section) => section.getAttribute('data-kind'));
    expect(tops).to.deep.equal(['ambition']);
    expect(documentOf(element).querySelector('[data-anchor]')!.id).to.equal('ambition-3');

    element = await framework(`foundation="${edition.foundations[4]!.id}"`);
    expect(normalise(documentOf(element).querySelector('h2')!.textContent)).to.equal(edition.foundations[4]!.title);
  });

  it('warns once about a value it cannot use and shows the whole framework', async () => {
    let element!: PeolcFramework;
    const { warnings } = await captureConsole(async () => {
      element = await framework('ambition="9" sections="ambitions nonsense"');
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(warnings.filter((line) => line.includes('ambition="9"'))).to.have.length(1);
    expect(warnings.filter((line) => line.includes('"nonsense"'))).to.have.length(1);
    expect(documentOf(element).querySelectorAll(':scope > div > .section').length).to.equal(edition.ambitions.length);
  });

  it('takes what frameworks assign: numbers, arrays, null and undefined', async () => {
    const element = await framework();
    const { warnings, errors } = await captureConsole(async () => {
      element.ambition = 2;
      await element.updateComplete;
      expect(documentOf(element).querySelector('[data-anchor]')!.id).to.equal('ambition-2');
      element.ambition = null;
      element.sections = ['vision', 'citation'];
      await element.updateComplete;
      expect([...documentOf(element).querySelectorAll(':scope > div > .section')].map((section) => section.getAttribute('data-kind'))).to.deep.equal([
        'vision',
        'citation',
      ]);
      element.sections = undefined as unknown as null;
      element.headingLevel = 3;
      (element as unknown as { linkTerms: unknown }).linkTerms = 'false';
      await element.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(documentOf(element).querySelector('[data-anchor]')!.localName).to.equal('h3');
  });

  it('takes the place of a no-JS fallback inside it, so each anchor is in the page once', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML =
      '<peolc-framework ambition="3"><div class="peolc-fallback"><h2 id="ambition-3" data-anchor>Maximising comfort and wellbeing</h2></div></peolc-framework>';
    const element = box.querySelector('peolc-framework')!;
    await element.updateComplete;
    expect(document.querySelectorAll('[id="ambition-3"]')).to.have.length(1);
    expect(document.getElementById('ambition-3')!.closest('[slot="document"]')).not.to.equal(null);
  });

  it('shows a partner edition from a provider, without opening sections', async () => {
    const partner: Edition = structuredClone(ambitions2015to2020);
    partner.ambitions[0]!.title = 'A partner’s first ambition';
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement('peolc-provider') as PeolcProvider;
    provider.edition = partner;
    provider.innerHTML = '<peolc-framework></peolc-framework>';
    box.append(provider);
    const element = provider.querySelector('peolc-framework')!;
    await provider.updateComplete;
    await provider.loaded;
    await element.updateComplete;
    const text = normalise(documentOf(element).textContent);
    expect(text).to.include('A partner’s first ambition');
    expect(documentOf(element).querySelector('[data-kind="opening"]')).to.equal(null);
    expect(document.getElementById('vision')).not.to.equal(null);
  });
});

describe('<peolc-framework>: finding your way', () => {
  it('lists every section in a contents navigation, marking the one being read', async () => {
    const element = await framework();
    const nav = shadow(element).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Contents');
    const hrefs = [...nav.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    for (const ambition of edition.ambitions) {
      expect(hrefs).to.include(`#ambition-${ambition.number}`);
      for (const block of ambition.buildingBlocks) expect(hrefs).to.include(`#building-block-${block.id}`);
    }
    document.getElementById('ambition-4')!.scrollIntoView({ block: 'start' });
    await waitUntil(() => nav.querySelector('[aria-current="location"]'), 'a contents link is marked current');
    expect(nav.querySelector('[aria-current="location"]')!.getAttribute('href')).to.match(/^#(ambition-4|building-block-)/);
  });

  it('marks a section a link went to as the one being read, even the last, which cannot scroll to the top', async () => {
    await setViewport({ width: 1200, height: 800 });
    const element = await framework();
    const last = edition.ambitions[5]!.buildingBlocks.at(-1)!;
    expect(await element.goTo('citation', { instant: true })).to.equal(true);
    await aTimeout(100);
    expect(shadow(element).querySelector('[aria-current="location"]')!.getAttribute('href')).to.equal('#citation');
    expect(await element.goTo(`building-block-${last.id}`, { instant: true })).to.equal(true);
    await aTimeout(100);
    expect(shadow(element).querySelector('[aria-current="location"]')!.getAttribute('href')).to.equal(`#building-block-${last.id}`);
  });

  it('puts the contents beside the text when wide, and above it, top sections only, behind a Contents button when narrow', async () => {
    await setViewport({ width: 1200, height: 800 });
    let element = await framework();
    const list = () => shadow(element).querySelector<HTMLElement>('#contents-list')!;
    const nested = () => shadow(element).querySelector<HTMLElement>('#contents-list ol')!;
    const toggle = () => shadow(element).querySelector<HTMLButtonElement>('.contents-toggle')!;
    expect(list().checkVisibility()).to.equal(true);
    expect(nested().checkVisibility(), 'building blocks listed').to.equal(true);
    expect(toggle().checkVisibility()).to.equal(false);
    expect(getComputedStyle(shadow(element).querySelector('nav')!).position).to.equal('sticky');

    await setViewport({ width: 360, height: 700 });
    element = await framework();
    expect(list().checkVisibility(), 'open at first, as on long guidance pages').to.equal(true);
    expect(nested().checkVisibility(), 'building blocks not listed').to.equal(false);
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    toggle().focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(list().checkVisibility()).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(list().checkVisibility()).to.equal(true);
    await expectAxeClean(element);
  });

  it('opens at a deep link: scrolls to the section, opens a building block, focuses its heading', async () => {
    const block = edition.ambitions[2]!.buildingBlocks[1]!;
    history.replaceState(null, '', `#building-block-${block.id}`);
    const element = await framework();
    await waitUntil(() => document.activeElement?.id === `building-block-${block.id}`, 'the heading has focus');
    const body = documentOf(element).querySelector<HTMLElement>(`#building-block-${block.id}-text`)!;
    expect(body.hidden).to.equal(false);
    expect(body.checkVisibility()).to.equal(true);
    await waitUntil(() => {
      const top = document.activeElement!.getBoundingClientRect().top;
      return top > -1 && top < window.innerHeight / 2;
    }, 'the heading is scrolled to the top');
  });

  it('follows its own links with history: Back and Forward go between sections', async () => {
    const element = await framework();
    const link = shadow(element).querySelector<HTMLAnchorElement>('nav a[href="#ambition-5"]')!;
    link.click();
    await waitUntil(() => document.activeElement?.id === 'ambition-5', 'ambition 5 has focus');
    expect(location.hash).to.equal('#ambition-5');
    shadow(element).querySelector<HTMLAnchorElement>('nav a[href="#glossary"]')!.click();
    await waitUntil(() => document.activeElement?.id === 'glossary', 'the glossary has focus');
    history.back();
    await waitUntil(() => location.hash === '#ambition-5' && document.activeElement?.id === 'ambition-5', 'Back returns to ambition 5');
    history.forward();
    await waitUntil(() => location.hash === '#glossary' && document.activeElement?.id === 'glossary', 'Forward goes to the glossary again');
    void element;
  });

  it('copies a link to a section and says so politely', async () => {
    const element = await framework();
    const button = documentOf(element).querySelector<HTMLButtonElement>('#ambition-2 ~ .copy-link, [aria-labelledby="ambition-2"] .copy-link')!;
    expect(normalise(button.textContent)).to.include(`Copy link to ${edition.ambitions[1]!.title}`);
    button.click();
    const live = () => normalise(shadow(element).querySelector('.visually-hidden[role="status"]')!.textContent);
    await waitUntil(() => live() !== '', 'the status says what happened');
    // Headless browsers may refuse the clipboard: then it shows and says the link, to copy by hand.
    const title = edition.ambitions[1]!.title;
    if (live() === `Link to ${title} copied.`) {
      await waitUntil(() => normalise(button.textContent).startsWith('Link copied'), 'the button says so');
    } else {
      expect(live()).to.match(/#ambition-2$/);
      const shown = documentOf(element).querySelector<HTMLElement>('.copy-failed')!;
      expect(shown.checkVisibility()).to.equal(true);
      expect(normalise(shown.textContent)).to.equal(live());
    }
    await expectAxeClean(element);
  });

  it('expands and collapses every building block, and keeps expanded in step', async () => {
    const element = await framework();
    const bodies = () => [...documentOf(element).querySelectorAll<HTMLElement>('.body')];
    // Closed text is hidden until found (content-visibility), so its paragraphs are what a reader sees or not.
    const shown = (body: HTMLElement) => body.querySelector('p')!.checkVisibility();
    const total = edition.ambitions.reduce((sum, ambition) => sum + ambition.buildingBlocks.length, 0);
    expect(bodies()).to.have.length(total);
    expect(bodies().filter(shown)).to.have.length(0);
    const [expand, collapse] = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="button"]')];
    expect(normalise(expand!.textContent)).to.equal('Expand all');
    expand!.click();
    await element.updateComplete;
    expect(bodies().filter(shown)).to.have.length(total);
    expect(element.expanded).to.equal(true);
    expect(element.hasAttribute('expanded')).to.equal(true);
    documentOf(element).querySelector<HTMLButtonElement>('.toggle')!.click();
    await element.updateComplete;
    expect(element.expanded).to.equal(false);
    collapse!.click();
    await element.updateComplete;
    expect(bodies().filter(shown)).to.have.length(0);
  });

  it('lets the browser’s own find reach the text, in the light DOM', async () => {
    const element = await framework();
    const words = edition.ambitions[3]!.statement.split(' ').slice(0, 6).join(' ');
    getSelection()!.removeAllRanges();
    // window.find is the scriptable form of Ctrl+F in Chromium and Firefox.
    const found = (window as unknown as { find(text: string): boolean }).find(words);
    expect(found, words).to.equal(true);
    const at = getSelection()!.anchorNode!;
    expect(documentOf(element).contains(at), 'the match is in the document').to.equal(true);
    getSelection()!.removeAllRanges();
  });

  it('leaves closed text findable by the browser (hidden until found), and opens it when found', async () => {
    const element = await framework();
    const body = documentOf(element).querySelector<HTMLElement>('.body')!;
    expect(body.getAttribute('hidden')).to.equal('until-found');
    body.dispatchEvent(new Event('beforematch'));
    await element.updateComplete;
    expect(body.hasAttribute('hidden')).to.equal(false);
  });
});

describe('<peolc-framework>: search', () => {
  it('finds every passage holding every word, groups them by section, counts them politely', async () => {
    const element = await framework();
    const events: FrameworkSearchDetail[] = [];
    element.addEventListener('peolc-framework-search', (event) => events.push(event.detail));
    await typeInSearch(element, 'hospice');
    const expected = plainMatches('hospice');
    const detail = events[events.length - 1]!;
    expect(detail.query).to.equal('hospice');
    expect(detail.results).to.equal(expected.length);
    expect(detail.results).to.be.greaterThan(0);
    await waitUntil(() => statusText(element) !== '', 'the count is announced once typing pauses', { timeout: 3000 });
    expect(statusText(element)).to.equal(
      `${expected.length} ${expected.length === 1 ? 'result' : 'results'} in ${detail.sections} ${detail.sections === 1 ? 'section' : 'sections'}`,
    );
    const marks = [...part(element, 'results')!.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase());
    expect(marks.length).to.be.greaterThan(0);
    expect(new Set(marks)).to.deep.equal(new Set(['hospice']));
    await expectAxeClean(element);
  });

  it('folds every text of the edition as the one folding rule says, whichever way it is folded', () => {
    // The rule, written out plainly: the oracle for the fast whole-string path and the character-by-character one.
    const rule = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLocaleLowerCase('en-GB')
        .replace(/[‘’‚‛′`]/g, "'")
        .replace(/[“”„‟″]/g, '"')
        .replace(/[‐‑‒–—―−]/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
    const samples = [...everyText(edition), '  Café — “Ünïcode”\tand  ‘spaces’ ', 'İstanbul ﬁne'];
    for (const text of samples) {
      const { folded, starts } = foldWithOffsets(text);
      expect(folded, text).to.equal(rule(text));
      if (starts) expect(starts.length, text).to.equal(folded.length + 1);
    }
  });

  it('folds case, accents, curly quotes and dashes', async () => {
    const element = await framework();
    element.query = "DOESN'T";
    await element.updateComplete;
    const straight = element.results.length;
    expect(straight).to.be.greaterThan(0);
    element.query = 'doesn’t';
    await element.updateComplete;
    expect(element.results.length).to.equal(straight);
  });

  it('moves through results with the arrow keys, goes to a match with Enter and marks it there, clears with Escape', async () => {
    const element = await framework();
    await typeInSearch(element, 'bereavement');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeInShadow(element)).to.equal(resultLinks(element)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeInShadow(element)).to.equal(resultLinks(element)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    const target = resultLinks(element)[1]!.getAttribute('href')!.slice(1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement?.id === target, 'the section’s heading has focus');
    expect(location.hash).to.equal(`#${target}`);
    const mark = documentOf(element).querySelector('mark');
    expect(mark, 'the match is marked in the document').not.to.equal(null);
    expect(mark!.textContent!.toLowerCase()).to.equal('bereavement');
    expect(mark!.closest('.section')!.querySelector('[data-anchor]')!.id).to.equal(target);
    searchBox(element).focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(searchBox(element).value).to.equal('');
    expect(part(element, 'results')!.hidden).to.equal(true);
  });

  it('shows a dozen sections’ results at a time, and the rest on request, counting them all', async () => {
    const element = await framework();
    element.query = 'care';
    await element.updateComplete;
    const total = element.results.length;
    expect(total).to.be.greaterThan(24);
    const groups = () => shadow(element).querySelectorAll('.result-group').length;
    expect(groups()).to.equal(12);
    const more = () => shadow(element).querySelector<HTMLButtonElement>('.more-results');
    expect(normalise(more()!.textContent)).to.equal(`Show results in ${total - 12} more sections`);
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(groups()).to.equal(24);
    expect(activeInShadow(element)).to.equal(shadow(element).querySelectorAll('.result-group')[12]!.querySelector('a.result'));
    element.query = 'care home';
    await element.updateComplete;
    expect(groups()).to.equal(Math.min(12, element.results.length));
  });

  it('says so helpfully when nothing matches', async () => {
    const element = await framework();
    await typeInSearch(element, 'xylophone');
    expect(normalise(part(element, 'results')!.textContent)).to.include('Nothing in the framework matches “xylophone”');
    await waitUntil(() => statusText(element).startsWith('Nothing in the framework matches'), 'announced', { timeout: 3000 });
    await expectAxeClean(element);
  });

  it('reads a search from the address, and keeps the search in it', async () => {
    history.replaceState(null, '', '?peolc-search=carers');
    const element = await framework();
    expect(searchBox(element).value).to.equal('carers');
    expect(resultLinks(element).length).to.be.greaterThan(0);
    await typeInSearch(element, ' week');
    await waitUntil(() => new URL(location.href).searchParams.get('peolc-search') === 'carers week', 'the address follows', { timeout: 3000 });
  });
});

describe('<peolc-framework>: link-terms', () => {
  it('turns the first mention of a glossary term in a section into a <peolc-term>, not changing a character', async () => {
    const plain = normalise(documentOf(await framework()).textContent);
    const element = await framework('link-terms');
    await waitUntil(() => customElements.get('peolc-term'), '<peolc-term> is loaded');
    const terms = [...documentOf(element).querySelectorAll('peolc-term')];
    expect(terms.length).to.be.greaterThan(5);
    expect(normalise(documentOf(element).textContent)).to.equal(plain);
    const ids = new Set(edition.glossary.map((entry) => entry.id));
    for (const term of terms) expect(ids.has(term.getAttribute('term')!)).to.equal(true);
    // Once per section at most.
    for (const section of documentOf(element).querySelectorAll('.section')) {
      const own = [...section.querySelectorAll('peolc-term')]
        .filter((term) => term.closest('.section') === section)
        .map((term) => term.getAttribute('term'));
      expect(new Set(own).size).to.equal(own.length);
    }
    expect(documentOf(element).querySelector('[data-kind="glossary"] peolc-term')).to.equal(null);
  });
});

describe('<peolc-framework>: print', () => {
  it('prints from its Print the framework button', async () => {
    const element = await framework();
    const print = window.print;
    let printed = 0;
    window.print = () => void (printed += 1);
    try {
      const button = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="button"]')].find(
        (candidate) => normalise(candidate.textContent) === 'Print the framework',
      )!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(printed).to.equal(1);
    } finally {
      window.print = print;
    }
  });

  it('opens every building block for printing and puts each back as the reader left it', async () => {
    const element = await framework();
    const bodies = [...documentOf(element).querySelectorAll<HTMLElement>('.body')];
    // The reader opened the second block.
    documentOf(element).querySelectorAll<HTMLButtonElement>('.toggle')[1]!.click();
    await element.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(bodies.filter((body) => body.hasAttribute('hidden'))).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(bodies.map((body, index) => [index, body.hasAttribute('hidden')]).filter(([, hidden]) => !hidden)).to.deep.equal([[1, false]]);
  });

  it('prints the contents and every section without controls, each ambition on a new page', async function () {
    // Firefox over WebDriver BiDi cannot emulate print media.
    if (!isChromium) this.skip();
    const element = await framework();
    await emulateMedia({ media: 'print' });
    try {
      expect(part(element, 'tools')!.checkVisibility()).to.equal(false);
      expect(documentOf(element).querySelector<HTMLElement>('.copy-link')!.checkVisibility()).to.equal(false);
      expect(shadow(element).querySelector<HTMLElement>('#contents-list')!.checkVisibility()).to.equal(true);
      expect(documentOf(element).querySelector<HTMLElement>('.body p')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(documentOf(element).querySelector('[data-kind="ambition"]')!).breakBefore).to.equal('page');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<peolc-framework>: accessibility', () => {
  it('jumps rather than glides to a section when the reader prefers reduced motion', async function () {
    // Only Chromium can emulate the preference here.
    if (!isChromium) this.skip();
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
    try {
      const element = await framework();
      shadow(element).querySelector<HTMLAnchorElement>('nav a[href="#glossary"]')!.click();
      await waitUntil(() => document.activeElement?.id === 'glossary', 'the glossary has focus');
      // No waiting for a smooth scroll: it is there as focus arrives.
      const top = document.getElementById('glossary')!.getBoundingClientRect().top;
      expect(top).to.be.within(-1, 40);
    } finally {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'no-preference' });
    }
  });

  it('marks the section being read in forced colours by a rule, and stays axe clean', async function () {
    if (!isChromium) this.skip();
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    try {
      await setViewport({ width: 1200, height: 800 });
      const element = await framework();
      document.getElementById('ambition-2')!.scrollIntoView({ block: 'start' });
      const current = () => shadow(element).querySelector<HTMLElement>('[aria-current="location"]');
      await waitUntil(() => current(), 'a contents link is current');
      const style = getComputedStyle(current()!);
      expect(parseFloat(style.borderInlineStartWidth)).to.be.greaterThan(2);
      expect(style.borderInlineStartStyle).to.equal('solid');
      await expectAxeClean(element);
    } finally {
      await emulateMediaFeatures({ 'forced-colors': 'none' });
    }
  });

  it('is axe clean closed, expanded, with results and narrow', async () => {
    const element = await framework();
    await expectAxeClean(element);
    element.expanded = true;
    await element.updateComplete;
    await expectAxeClean(element);
    await setViewport({ width: 320, height: 640 });
    await aTimeout(50);
    await expectAxeClean(element);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
