import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import type { GlossaryEntry } from '../../src/content/index.js';
import '../../src/glossary.js';
import '../../src/provider.js';
import type { GlossarySearchDetail, PeolcGlossary, PeolcTerm, TermToggleDetail } from '../../src/glossary.js';
import type { PeolcProvider } from '../../src/provider.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { emulateMediaFeatures, isChromium } from '../helpers/browser.js';

const startViewport = { width: window.innerWidth, height: window.innerHeight };

const total = edition.glossary.length;
const libraryIds = edition.glossary.filter((entry) => entry.origin === 'library').map((entry) => entry.id);
const quotedIds = edition.glossary.filter((entry) => entry.origin === 'framework').map((entry) => entry.id);
const entryById = (id: string) => edition.glossary.find((entry) => entry.id === id)!;

/** The entries a plain, case-insensitive substring search over term, aliases and definition finds: the test's own oracle. */
const plainSearch = (needle: string) =>
  edition.glossary
    .filter((entry) => [entry.term, ...(entry.aliases ?? []), ...entry.definition].join(' ').toLowerCase().includes(needle.toLowerCase()))
    .map((entry) => entry.id)
    .sort();

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A node as a short string, e.g. \`button[part="trigger"]\`, or "nothing". Tests compare these, never
 * elements: a failed assertion on an element makes the runner serialise the whole DOM.
 */
const nodeName = (node: Element | null | undefined): string =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}` : 'nothing';

// ---------------------------------------------------------------- glossary helpers

async function glossary(attributes = ''): Promise<PeolcGlossary> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.innerHTML = `<peolc-glossary ${attributes}></peolc-glossary>`;
  const element = box.querySelector('peolc-glossary')!;
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const part = (element: Element, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const searchBox = (element: Element) => part(element, 'search') as HTMLInputElement;
const statusText = (element: Element) => normalise(part(element, 'status')!.textContent);
/** The entries a reader sees: rendered and not hidden. */
const shownEntries = (element: Element) =>
  [...root(element).querySelectorAll<HTMLElement>('[part~="entry"]')].filter((entry) => entry.checkVisibility());
const shownIds = (element: Element) => shownEntries(element).map((entry) => entry.querySelector('dt')!.id.replace('peolc-term-', ''));
const shownTerms = (element: Element) => shownEntries(element).map((entry) => entry.querySelector('dt')!.textContent);

/** Types into the search box as a reader would: focus by click, then real key presses. */
async function typeInSearch(element: PeolcGlossary, text: string): Promise<void> {
  const input = searchBox(element);
  input.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Waits for the status region to settle on a text (it is debounced). */
async function statusSettlesOn(element: PeolcGlossary, text: string): Promise<void> {
  await waitUntil(() => statusText(element) === text, `status never said "${text}" (it says "${statusText(element)}")`, { timeout: 3000 });
}

// ---------------------------------------------------------------- term helpers

/** A paragraph of running text with one term, as a partner page would write it. */
async function termIn(
  term: string,
  { before = 'Care that is ', after = ' helps people live well.', width = 600, words = 'palliative care' } = {},
): Promise<PeolcTerm> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.innerHTML = `<p class="para" style="width: ${width}px; max-width: 100%; margin: 0">${before}<peolc-term term="${term}">${words}</peolc-term>${after}</p><button id="elsewhere">Elsewhere</button>`;
  const element = box.querySelector('peolc-term')!;
  await element.updateComplete;
  return element;
}

const trigger = (element: Element) => root(element).querySelector<HTMLButtonElement>('[part~="trigger"]');
const popover = (element: Element) => root(element).querySelector<HTMLElement>('[part~="popover"]');
const isShown = (element: Element) => popover(element)?.checkVisibility() ?? false;
const centreOf = (box: DOMRect): [number, number] => [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];

async function clickOn(target: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centreOf(target.getBoundingClientRect()) });
}

/** Records peolc-term-toggle events on the document (they bubble and are composed), or on one element. */
function recordToggles(target: EventTarget = document): { events: TermToggleDetail[]; stop: () => void } {
  const events: TermToggleDetail[] = [];
  const listener = (event: Event) => events.push((event as CustomEvent<TermToggleDetail>).detail);
  target.addEventListener('peolc-term-toggle', listener);
  return { events, stop: () => target.removeEventListener('peolc-term-toggle', listener) };
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

afterEach(async () => {
  await resetMouse();
  await setViewport(startViewport);
  // Media emulation is a Chrome DevTools Protocol feature; Firefox over WebDriver BiDi has none.
  if (isChromium) {
    await emulateMedia({ media: 'screen' });
    await emulateMediaFeatures({});
  }
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  // Close any definition left open by a failed test.
  document.body.click();
});

describe('<peolc-glossary>', () => {
  describe('what it shows', () => {
    it('shows every entry of the edition, in British English alphabetical order ignoring case', async () => {
      const element = await glossary();
      const terms = shownTerms(element);
      expect(terms).to.have.length(total);
      expect([...terms].sort()).to.deep.equal(edition.glossary.map((entry) => entry.term).sort());
      for (let index = 1; index < terms.length; index++) {
        expect(
          terms[index - 1]!.localeCompare(terms[index]!, 'en-GB', { sensitivity: 'base', numeric: true }),
          `${terms[index - 1]} before ${terms[index]}`,
        ).to.be.below(0);
      }
      // Lower- and upper-case terms interleave: case does not split the list.
      expect(terms.slice(0, 6)).to.deep.equal(['24/7 access', 'advance care planning', 'BAME', 'bereavement', 'Better Care Fund', 'carer']);
    });

    it('renders each definition word for word, one paragraph per string, in a description list', async () => {
      const element = await glossary();
      const list = part(element, 'list')!;
      expect(list.localName).to.equal('dl');
      for (const entry of shownEntries(element)) {
        const id = entry.querySelector('dt')!.id.replace('peolc-term-', '');
        const source = entryById(id);
        expect(entry.querySelector('dt')!.textContent).to.equal(source.term);
        const dd = entry.querySelector('dd')!;
        expect([...dd.querySelectorAll('p:not(.note)')].map((p) => p.textContent)).to.deep.equal(source.definition);
      }
    });

    it('gives each term an anchor id peolc-term-<id>, unique in the glossary', async () => {
      const element = await glossary();
      const ids = [...root(element).querySelectorAll('dt')].map((dt) => dt.id);
      expect([...ids].sort()).to.deep.equal(edition.glossary.map((entry) => `peolc-term-${entry.id}`).sort());
      expect(new Set(ids).size).to.equal(total);
      expect(root(element).getElementById('peolc-term-palliative-care')!.textContent).to.equal('Palliative care');
    });

    it('marks exactly the definitions written for this library, in words, and says where quoted ones come from', async () => {
      const element = await glossary();
      const notes = new Map(
        shownEntries(element).map((entry) => [
          entry.querySelector('dt')!.id.replace('peolc-term-', ''),
          normalise(entry.querySelector('[part~="note"]')?.textContent),
        ]),
      );
      const written = [...notes].filter(([, note]) => note === 'Plain-English definition written for this site, not quoted from the framework');
      expect(written.map(([id]) => id).sort()).to.deep.equal([...libraryIds].sort());
      const quoted = [...notes].filter(([, note]) => note === 'Quoted from the framework, Appendix A');
      expect(quoted.map(([id]) => id).sort()).to.deep.equal([...quotedIds].sort());
      expect(written.length + quoted.length).to.equal(total);
    });

    it('names the list with label', async () => {
      const element = await glossary('label="Glossary of terms"');
      // On a group around the list, which Chromium names as Firefox does (a <dl> gets no name there).
      expect(part(element, 'list')!.parentElement!.getAttribute('aria-label')).to.equal('Glossary of terms');
      const unnamed = await glossary();
      expect(part(unnamed, 'list')!.hasAttribute('aria-label')).to.equal(false);
    });

    it('renders the content and strings of the nearest provider', async () => {
      const local = structuredClone(edition);
      local.id = 'local';
      local.glossary = [
        { id: 'hospice', term: 'Hospice', definition: ['A place, or a team, that cares for people who are dying.'], origin: 'library' },
        { id: 'cafe', term: 'Death café', definition: ['A relaxed meeting to talk about death.'], origin: 'framework' },
      ];
      const provider = await fixture<PeolcProvider>(
        html`<peolc-provider strings='{"glossarySearchLabel": "Find a word", "quotedFromFramework": "From our strategy, {source}"}'
          ><peolc-glossary></peolc-glossary
        ></peolc-provider>`,
      );
      provider.edition = local;
      const element = provider.querySelector('peolc-glossary')!;
      await provider.updateComplete;
      await provider.loaded; // the edition property is checked by the validator, which loads with it
      await element.updateComplete;
      expect(shownTerms(element)).to.deep.equal(['Death café', 'Hospice']);
      expect(normalise(part(element, 'search-label')!.textContent)).to.equal('Find a word');
      // A quoted entry without a source: the placeholder is dropped, not shown.
      expect(normalise(shownEntries(element)[0]!.querySelector('[part~="note"]')!.textContent)).to.equal('From our strategy');
      await statusSettlesOn(element, 'All 2 terms shown');
    });
  });

  describe('search', () => {
    it('has a real label and a hint, and says at first that every term is shown', async () => {
      const element = await glossary();
      const input = searchBox(element);
      expect(input.localName).to.equal('input');
      expect(input.type).to.equal('search');
      expect(input.labels?.[0]?.textContent).to.equal('Search the glossary');
      const hint = root(element).getElementById(input.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.equal('Matches terms and their definitions as you type.');
      const status = part(element, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(statusText(element)).to.equal(`All ${total} terms shown`);
    });

    it('filters by term as the reader types, and announces the count once typing pauses', async () => {
      const element = await glossary();
      await typeInSearch(element, 'mental capacity');
      expect(searchBox(element).value).to.equal('mental capacity');
      expect(shownIds(element)).to.deep.equal(['mental-capacity']);
      // Debounced: the live region has not changed at the last key press.
      expect(statusText(element)).to.equal(`All ${total} terms shown`);
      await statusSettlesOn(element, `1 of ${total} terms shown`);
    });

    it('filters by definition text and by other ways of writing a term, across case', async () => {
      const element = await glossary();
      await typeInSearch(element, 'office of the public guardian');
      expect(shownIds(element)).to.deep.equal(['lasting-power-of-attorney']);
      searchBox(element).select();
      await typeInSearch(element, 'CCG');
      expect(shownIds(element).sort()).to.deep.equal(plainSearch('ccg'));
      expect(shownIds(element)).to.include('clinical-commissioning-group');
      searchBox(element).select();
      await typeInSearch(element, 'hospice');
      expect(shownIds(element).sort()).to.deep.equal(plainSearch('hospice'));
      expect(shownIds(element).length).to.be.above(1);
      await statusSettlesOn(element, `${plainSearch('hospice').length} of ${total} terms shown`);
    });

    it('ignores accents and curly quotes in what is typed', async () => {
      const element = await glossary();
      await typeInSearch(element, 'PALLÏATIVE');
      expect(shownIds(element).sort()).to.deep.equal(plainSearch('palliative'));
      searchBox(element).select();
      await typeInSearch(element, 'one chance to get');
      expect(shownIds(element)).to.deep.equal(['leadership-alliance-for-the-care-of-dying-people']);
    });

    it('shows a message with the query when nothing matches, and all terms again when cleared', async () => {
      const element = await glossary();
      await typeInSearch(element, 'xylophone');
      expect(shownEntries(element)).to.have.length(0);
      expect(part(element, 'list')!.checkVisibility()).to.equal(false);
      expect(normalise(part(element, 'empty')!.textContent)).to.equal('No terms match “xylophone”. Try a shorter word or check the spelling.');
      await statusSettlesOn(element, `0 of ${total} terms shown`);
      searchBox(element).select();
      await sendKeys({ press: 'Backspace' });
      await element.updateComplete;
      expect(nodeName(part(element, 'empty'))).to.equal('nothing');
      expect(shownEntries(element)).to.have.length(total);
      await statusSettlesOn(element, `All ${total} terms shown`);
    });

    it('fires peolc-glossary-search on input with the query and count, and not when query is set by code', async () => {
      const element = await glossary();
      const events: GlossarySearchDetail[] = [];
      const flags: boolean[] = [];
      const listener = (event: Event) => {
        flags.push(event.bubbles && event.composed);
        events.push((event as CustomEvent<GlossarySearchDetail>).detail);
      };
      document.addEventListener('peolc-glossary-search', listener);
      element.query = 'carer';
      await element.updateComplete;
      expect(searchBox(element).value).to.equal('carer');
      expect(events).to.deep.equal([]);
      searchBox(element).select();
      await typeInSearch(element, 'NICE');
      expect(events.at(-1)).to.deep.equal({ query: 'NICE', count: plainSearch('nice').length });
      expect(events.map((event) => event.query)).to.deep.equal(['N', 'NI', 'NIC', 'NICE']);
      expect(flags).to.deep.equal([true, true, true, true]);
      document.removeEventListener('peolc-glossary-search', listener);
    });

    it('starts filtered with a query attribute', async () => {
      const element = await glossary('query="bereave"');
      expect(searchBox(element).value).to.equal('bereave');
      expect(shownIds(element).sort()).to.deep.equal(plainSearch('bereave'));
      expect(statusText(element)).to.equal(`${plainSearch('bereave').length} of ${total} terms shown`);
    });
  });

  describe('terms', () => {
    it('limits the glossary to the entries named, still alphabetical', async () => {
      const element = await glossary('terms="palliative-care, end-of-life carer"');
      expect(shownTerms(element)).to.deep.equal(['carer', 'End of life', 'Palliative care']);
      expect(statusText(element)).to.equal('All 3 terms shown');
      await typeInSearch(element, 'life');
      // "carer" does not mention life; the other two do.
      expect(shownTerms(element)).to.deep.equal(['End of life', 'Palliative care']);
      await statusSettlesOn(element, '2 of 3 terms shown');
    });

    it('ignores unknown ids with one warning', async () => {
      let element!: PeolcGlossary;
      const { warnings } = await captureConsole(async () => {
        element = await glossary('terms="palliative-care,pallative-care"');
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(shownIds(element)).to.deep.equal(['palliative-care']);
      expect(warnings).to.deep.equal([
        '<peolc-glossary>: terms="palliative-care pallative-care" names no glossary entry "pallative-care", so it is left out.',
      ]);
    });

    it('shows the whole glossary, with one warning, when no id is known', async () => {
      let element!: PeolcGlossary;
      const { warnings } = await captureConsole(async () => {
        element = await glossary('terms="nothing-here"');
      });
      expect(shownEntries(element)).to.have.length(total);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('so the whole glossary is shown');
    });
  });

  describe('deep links', () => {
    it('on connection, scrolls to and focuses the entry #peolc-term-<id> names', async () => {
      history.replaceState(null, '', '#peolc-term-mental-capacity');
      const box = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div></div>`);
      box.insertAdjacentHTML('beforeend', '<peolc-glossary></peolc-glossary>');
      const element = box.querySelector('peolc-glossary')!;
      await element.updateComplete;
      await waitUntil(() => root(element).activeElement?.id === 'peolc-term-mental-capacity', 'the entry was not focused');
      expect(nodeName(document.activeElement)).to.equal('peolc-glossary');
      const box2 = root(element).activeElement!.getBoundingClientRect();
      expect(box2.top).to.be.at.least(-1);
      expect(box2.bottom).to.be.at.most(window.innerHeight + 1);
    });

    it('follows hash changes, clearing a search that hides the entry', async () => {
      const element = await glossary('query="carer"');
      expect(shownIds(element)).to.not.include('nice');
      location.hash = '#peolc-term-nice';
      await waitUntil(() => root(element).activeElement?.id === 'peolc-term-nice', 'the entry was not focused');
      expect(searchBox(element).value).to.equal('');
      expect(shownIds(element)).to.include('nice');
      const focused = root(element).activeElement as HTMLElement;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      location.hash = '#somewhere-else';
      await aTimeout(50);
      expect(root(element).activeElement?.id).to.equal('peolc-term-nice');
    });

    it('ignores a hash for an entry outside its terms', async () => {
      const element = await glossary('terms="carer"');
      location.hash = '#peolc-term-nice';
      await aTimeout(100);
      expect(nodeName(root(element).activeElement)).to.equal('nothing');
    });
  });

  describe('layout and media', () => {
    it('reflows at 320px with 200% text: no horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const box = await fixture<HTMLDivElement>(html`<div style="font-size: 200%"></div>`);
      box.innerHTML = '<peolc-glossary></peolc-glossary>';
      const element = box.querySelector('peolc-glossary')!;
      await element.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const dt of root(element).querySelectorAll('dt')) expect(dt.getBoundingClientRect().right).to.be.at.most(320.5);
      expect(searchBox(element).getBoundingClientRect().right).to.be.at.most(320.5);
    });

    it('prints the whole glossary, without the search box, hint or count, whatever the search', async function () {
      if (!isChromium) this.skip(); // media emulation is Chromium's
      const element = await glossary('query="carer"');
      expect(shownEntries(element).length).to.be.below(total);
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(shownEntries(element)).to.have.length(total);
      expect(searchBox(element).checkVisibility()).to.equal(false);
      expect(part(element, 'hint')!.checkVisibility()).to.equal(false);
      expect(part(element, 'status')!.checkVisibility()).to.equal(false);
    });

    it('keeps the search box and dividers visible in forced colours', async function () {
      if (!isChromium) this.skip(); // forced-colours emulation is Chromium's
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await glossary();
      const input = getComputedStyle(searchBox(element));
      expect(input.borderTopStyle).to.equal('solid');
      expect(parseFloat(input.borderTopWidth)).to.be.at.least(1);
      expect(input.borderTopColor).to.equal(input.color);
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) unfiltered, filtered and empty', async () => {
      const element = await glossary('label="Glossary"');
      await expectAxeClean(element);
      await typeInSearch(element, 'care');
      await expectAxeClean(element);
      await typeInSearch(element, 'zzzz');
      expect(part(element, 'empty')).to.not.equal(null);
      await expectAxeClean(element);
    });
  });
});

describe('<peolc-term>', () => {
  describe('in the text', () => {
    it('keeps the page’s words in the text flow, on the line, as before it loaded', async () => {
      const element = await termIn('palliative-care');
      expect(getComputedStyle(element).display).to.equal('inline');
      expect(element.textContent).to.equal('palliative care');
      const paragraph = element.parentElement!;
      const plain = document.createElement('p');
      plain.setAttribute('style', paragraph.getAttribute('style')!);
      plain.textContent = paragraph.textContent;
      paragraph.after(plain);
      // The same height as the same words without the element: one line, nothing broken out.
      expect(Math.abs(paragraph.getBoundingClientRect().height - plain.getBoundingClientRect().height)).to.be.below(1);
      const range = document.createRange();
      range.selectNodeContents(paragraph.firstChild!);
      const before = range.getBoundingClientRect();
      const button = trigger(element)!.getBoundingClientRect();
      expect(button.left).to.be.closeTo(before.right, 6);
      expect(Math.abs(button.top - before.top)).to.be.below(6);
      plain.remove();
    });

    it('is a button named by the page’s words, collapsed, controlling a named dialog', async () => {
      const element = await termIn('palliative-care');
      const button = trigger(element)!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = root(element).getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel === popover(element), 'aria-controls names the popover').to.equal(true);
      expect(panel.getAttribute('role')).to.equal('dialog');
      expect(panel.getAttribute('aria-label')).to.equal('Definition of Palliative care');
      expect(
        button
          .querySelector('slot')!
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.equal('palliative care');
      expect(getComputedStyle(button).textDecorationStyle).to.equal('dotted');
      expect(getComputedStyle(button).textDecorationLine).to.contain('underline');
      expect(isShown(element)).to.equal(false);
    });

    it('warns once and shows the words as plain text for an unknown term', async () => {
      let element!: PeolcTerm;
      const { warnings } = await captureConsole(async () => {
        element = await termIn('paliative-care');
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(warnings).to.deep.equal([
        '<peolc-term>: term="paliative-care" is not a glossary entry id, so the words are shown without a definition.',
      ]);
      expect(nodeName(root(element).querySelector('button, [role="dialog"]'))).to.equal('nothing');
      expect(root(element).querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('palliative care');
      expect(getComputedStyle(element).display).to.equal('inline');
      expect(element.checkVisibility()).to.equal(true);
    });

    it('prints as the page’s words: no underline, no button, no definition', async function () {
      if (!isChromium) this.skip(); // media emulation is Chromium's
      const element = await termIn('palliative-care');
      await clickOn(trigger(element)!);
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      const button = trigger(element)!;
      expect(button.checkVisibility()).to.equal(true);
      expect(getComputedStyle(button).textDecorationLine).to.equal('none');
      expect(isShown(element)).to.equal(false);
    });
  });

  describe('opening and closing', () => {
    it('opens on click with the term, the definition word for word and where it comes from; focus stays on the term', async () => {
      const element = await termIn('palliative-care');
      const toggles = recordToggles();
      await clickOn(trigger(element)!);
      await element.updateComplete;
      toggles.stop();
      expect(trigger(element)!.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(element)).to.equal(true);
      const panel = popover(element)!;
      expect(panel.querySelector('[part~="popover-term"]')!.textContent).to.equal('Palliative care');
      expect([...panel.querySelectorAll('[part~="definition"] p')].map((p) => p.textContent)).to.deep.equal(entryById('palliative-care').definition);
      expect(panel.querySelector('[part~="note"]')!.textContent).to.equal('Quoted from the framework, Appendix A');
      expect(normalise(panel.querySelector('[part~="close"]')!.textContent)).to.equal('Close');
      expect(toggles.events).to.deep.equal([{ id: 'palliative-care', open: true }]);
      expect(nodeName(root(element).activeElement)).to.equal('button[part="trigger"]');
    });

    it('says so when a definition was written for this library', async () => {
      const element = await termIn('mental-capacity', { words: 'capacity' });
      await clickOn(trigger(element)!);
      expect(popover(element)!.querySelector('[part~="note"]')!.textContent).to.equal(
        'Plain-English definition written for this site, not quoted from the framework',
      );
      expect(popover(element)!.getAttribute('aria-label')).to.equal('Definition of mental capacity');
    });

    for (const [name, key] of [
      ['Enter', { press: 'Enter' }],
      ['Space', { type: ' ' }],
    ] as const) {
      it(`opens with ${name} and moves focus into the definition`, async () => {
        const element = await termIn('end-of-life', { words: 'end of life' });
        trigger(element)!.focus();
        await sendKeys(key);
        await element.updateComplete;
        expect(trigger(element)!.getAttribute('aria-expanded')).to.equal('true');
        expect(isShown(element)).to.equal(true);
        expect(nodeName(root(element).activeElement)).to.equal(nodeName(popover(element)));
        expect(nodeName(popover(element))).to.match(/^div#.+\[part="popover"\]$/);
      });
    }

    it('Escape closes it and returns focus to the term', async () => {
      const element = await termIn('palliative-care');
      trigger(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const toggles = recordToggles();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      toggles.stop();
      expect(isShown(element)).to.equal(false);
      expect(trigger(element)!.getAttribute('aria-expanded')).to.equal('false');
      expect(nodeName(root(element).activeElement)).to.equal('button[part="trigger"]');
      expect(nodeName(document.activeElement)).to.equal('peolc-term');
      expect(toggles.events).to.deep.equal([{ id: 'palliative-care', open: false }]);
    });

    it('the Close button closes it and returns focus to the term', async () => {
      const element = await termIn('palliative-care');
      trigger(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(nodeName(root(element).activeElement)).to.equal('button[part="close"]');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(isShown(element)).to.equal(false);
      expect(nodeName(root(element).activeElement)).to.equal('button[part="trigger"]');
    });

    it('a click outside closes it; a click on the term again closes it too', async () => {
      const element = await termIn('palliative-care');
      const toggles = recordToggles();
      await clickOn(trigger(element)!);
      await element.updateComplete;
      // A click inside the definition keeps it open.
      await clickOn(popover(element)!.querySelector('[part~="popover-term"]')!);
      expect(isShown(element)).to.equal(true);
      // On the paragraph's own text before the term, which takes no focus: the click itself closes it, not focus moving.
      const words = document.createRange();
      words.selectNodeContents(element.parentElement!.firstChild!);
      await sendMouse({ type: 'click', position: centreOf(words.getBoundingClientRect()) });
      await element.updateComplete;
      expect(isShown(element)).to.equal(false);
      expect(trigger(element)!.getAttribute('aria-expanded')).to.equal('false');
      await clickOn(trigger(element)!);
      await element.updateComplete;
      expect(isShown(element)).to.equal(true);
      await clickOn(trigger(element)!);
      await element.updateComplete;
      expect(isShown(element)).to.equal(false);
      toggles.stop();
      expect(toggles.events.map((event) => event.open)).to.deep.equal([true, false, true, false]);
    });

    it('closes when focus moves on past it', async () => {
      const element = await termIn('palliative-care');
      trigger(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' }); // Close
      await sendKeys({ press: 'Tab' }); // out, to the button after the paragraph
      await element.updateComplete;
      expect(document.activeElement!.id).to.equal('elsewhere');
      expect(isShown(element)).to.equal(false);
    });

    it('shows one definition at a time', async () => {
      const box = await fixture<HTMLDivElement>(html`<p>
        <peolc-term term="carer">carers</peolc-term> and <peolc-term term="bereavement">bereaved</peolc-term> people
      </p>`);
      const [first, second] = [...box.querySelectorAll('peolc-term')];
      await first!.updateComplete;
      await clickOn(trigger(first!)!);
      await clickOn(trigger(second!)!);
      await first!.updateComplete;
      await second!.updateComplete;
      expect(isShown(first!)).to.equal(false);
      expect(trigger(first!)!.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(second!)).to.equal(true);
    });

    it('fires no event when set up, given another term or removed, only on the reader’s actions', async () => {
      const toggles = recordToggles();
      const element = await termIn('palliative-care');
      const onElement = recordToggles(element);
      await clickOn(trigger(element)!);
      // Another term closes the open definition, without an event.
      element.term = 'carer';
      await element.updateComplete;
      expect(isShown(element)).to.equal(false);
      expect(trigger(element)!.getAttribute('aria-expanded')).to.equal('false');
      await clickOn(trigger(element)!);
      expect(popover(element)!.querySelector('[part~="popover-term"]')!.textContent).to.equal('carer');
      element.remove();
      await aTimeout(0);
      toggles.stop();
      onElement.stop();
      const opened = [
        { id: 'palliative-care', open: true },
        { id: 'carer', open: true },
      ];
      expect(toggles.events).to.deep.equal(opened);
      expect(onElement.events).to.deep.equal(opened);
      expect(element.open).to.equal(false);
    });

    it('renders the definition of the nearest provider', async () => {
      const local = structuredClone(edition);
      local.glossary = [
        { id: 'palliative-care', term: 'Palliative care', definition: ['Our local definition.'], origin: 'library' } as GlossaryEntry,
      ];
      const provider = await fixture<PeolcProvider>(
        html`<peolc-provider><p><peolc-term term="palliative-care">palliative care</peolc-term></p></peolc-provider>`,
      );
      provider.edition = local;
      const element = provider.querySelector('peolc-term')!;
      await provider.updateComplete;
      await provider.loaded; // the edition property is checked by the validator, which loads with it
      await element.updateComplete;
      await clickOn(trigger(element)!);
      expect(popover(element)!.querySelector('[part~="definition"]')!.textContent!.trim()).to.equal('Our local definition.');
    });
  });

  describe('placement', () => {
    it('in a wide viewport, sits below the term, aligned with it, 24em wide', async () => {
      await setViewport({ width: 1000, height: 700 });
      const element = await termIn('palliative-care');
      await clickOn(trigger(element)!);
      const term = trigger(element)!.getBoundingClientRect();
      const panel = popover(element)!.getBoundingClientRect();
      expect(panel.top).to.be.at.least(term.bottom);
      expect(panel.left).to.be.closeTo(term.left, 1);
      expect(panel.width).to.be.closeTo(24 * 16, 1);
    });

    it('at 320px, sits below the term, full width less margins, not over the term', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await termIn('palliative-care', { width: 320 });
      await clickOn(trigger(element)!);
      const term = trigger(element)!.getBoundingClientRect();
      const panel = popover(element)!.getBoundingClientRect();
      expect(overlaps(panel, term)).to.equal(false);
      expect(panel.top).to.be.at.least(term.bottom);
      expect(panel.left).to.be.closeTo(12, 1);
      expect(panel.right).to.be.closeTo(308, 1);
      expect(panel.bottom).to.be.at.most(640);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('at 320px, flips above a term near the bottom of the viewport', async () => {
      await setViewport({ width: 320, height: 640 });
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = '<div style="height: 560px"></div><p style="margin: 0">The <peolc-term term="carer">carer</peolc-term> is here.</p>';
      const element = box.querySelector('peolc-term')!;
      await element.updateComplete;
      trigger(element)!.scrollIntoView({ block: 'end' });
      await clickOn(trigger(element)!);
      const term = trigger(element)!.getBoundingClientRect();
      expect(term.bottom).to.be.above(500);
      const panel = popover(element)!.getBoundingClientRect();
      expect(overlaps(panel, term)).to.equal(false);
      // Right above it, whole: room enough, so nothing scrolls.
      expect(panel.bottom).to.be.closeTo(term.top - 8, 1);
      expect(popover(element)!.scrollHeight).to.be.at.most(popover(element)!.clientHeight);
      expect(panel.top).to.be.at.least(0);
      expect(panel.left).to.be.at.least(0);
      expect(panel.right).to.be.at.most(320);
    });

    it('stays inside the viewport for a term at the right edge, and never covers it when neither side has room (200% text)', async () => {
      await setViewport({ width: 320, height: 400 });
      const box = await fixture<HTMLDivElement>(html`<div style="font-size: 200%"></div>`);
      box.innerHTML =
        '<div style="height: 150px"></div><p style="margin: 0; text-align: right">Read about <peolc-term term="palliative-care">care</peolc-term></p>';
      const element = box.querySelector('peolc-term')!;
      await element.updateComplete;
      trigger(element)!.scrollIntoView({ block: 'center' });
      await clickOn(trigger(element)!);
      const term = trigger(element)!.getBoundingClientRect();
      const panel = popover(element)!.getBoundingClientRect();
      expect(term.right).to.be.above(250);
      expect(overlaps(panel, term)).to.equal(false);
      expect(panel.left).to.be.at.least(0);
      expect(panel.right).to.be.at.most(320);
      expect(panel.top).to.be.at.least(0);
      expect(panel.bottom).to.be.at.most(400);
      // The long WHO definition does not fit: the panel scrolls.
      expect(popover(element)!.scrollHeight).to.be.above(popover(element)!.clientHeight);
    });

    it('follows the term when the page scrolls', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = '<p>A <peolc-term term="nice">NICE</peolc-term> guideline.</p><div style="height: 3000px"></div>';
      const element = box.querySelector('peolc-term')!;
      await element.updateComplete;
      await clickOn(trigger(element)!);
      window.scrollBy(0, 40);
      await aTimeout(100);
      const term = trigger(element)!.getBoundingClientRect();
      const panel = popover(element)!.getBoundingClientRect();
      expect(panel.top).to.be.closeTo(term.bottom + 8, 1.5);
      window.scrollTo(0, 0);
    });

    it('keeps its border in forced colours and has no transitions when reduced motion is preferred', async function () {
      if (!isChromium) this.skip(); // media emulation is Chromium's
      await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      const element = await termIn('palliative-care');
      await clickOn(trigger(element)!);
      const style = getComputedStyle(popover(element)!);
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopColor).to.equal(style.color);
      expect(style.transitionDuration).to.equal('0s');
      expect(getComputedStyle(trigger(element)!).textDecorationLine).to.contain('underline');
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) closed and open', async () => {
      const element = await termIn('palliative-care');
      await expectAxeClean(element.parentElement!);
      await clickOn(trigger(element)!);
      expect(isShown(element)).to.equal(true);
      await expectAxeClean(element.parentElement!);
    });
  });
});
