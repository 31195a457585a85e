// Issue 12, points 3–6: what a screen-reader, keyboard or speech user meets
// beyond what axe checks. Names are read from Chromium's accessibility tree
// (Firefox over WebDriver BiDi cannot read its tree), so those checks run in
// Chromium; everything else runs in both browsers.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PeolcAmbitionWheel } from '../../src/ambition-wheel.js';
import type { PeolcFoundationGrid } from '../../src/foundation-grid.js';
import type { PeolcBuildingBlocks } from '../../src/building-blocks.js';
import type { PeolcGlossary } from '../../src/glossary.js';
import { expectAxeClean } from '../helpers/axe.js';
import { accessibleNode, isChromium } from '../helpers/browser.js';

const shadow = (element: Element) => element.shadowRoot!;
const radios = (wheel: Element) => [...shadow(wheel).querySelectorAll<HTMLElement>('[role="radio"]')];
const links = (wheel: Element) => [...shadow(wheel).querySelectorAll<HTMLAnchorElement>('a[part~="segment-label"]')];
const status = (wheel: Element) => shadow(wheel).querySelector<HTMLElement>('[role="status"]');

async function wheelIn(width: number, attributes = ''): Promise<PeolcAmbitionWheel> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<button>before</button><peolc-ambition-wheel ${attributes}></peolc-ambition-wheel><button>after</button>`;
  const wheel = box.querySelector('peolc-ambition-wheel')!;
  await wheel.updateComplete;
  return wheel;
}

/** Tabs from the "before" button until focus leaves the wheel; returns the numbers of the wheel's stops. */
async function tabStops(wheel: PeolcAmbitionWheel): Promise<string[]> {
  (wheel.previousElementSibling as HTMLElement).focus();
  const stops: string[] = [];
  for (let step = 0; step < 10; step += 1) {
    await sendKeys({ press: 'Tab' });
    const active = shadow(wheel).activeElement as HTMLElement | null;
    if (!active) break;
    stops.push(active.dataset.number ?? '?');
  }
  return stops;
}

describe('accessibility beyond axe (issue 12)', () => {
  describe('3. selection is announced', () => {
    it('says in a polite status which ambition was chosen and where its detail is, after a pointer click', async () => {
      const wheel = await wheelIn(800, 'panel');
      const region = status(wheel);
      expect(region, 'a status region inside the wheel').to.not.equal(null);
      expect(region!.textContent!.trim()).to.equal('');
      radios(wheel)[2]!.click();
      await waitUntil(() => region!.textContent!.trim() !== '', 'the choice is announced', { timeout: 3000 });
      expect(region!.textContent!.trim()).to.equal('Ambition 3 selected: Maximising comfort and wellbeing. Its details follow the wheel.');
    });

    it('announces once the arrow presses pause, not on every press', async () => {
      const wheel = await wheelIn(800);
      radios(wheel)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      // Faster than speech can follow: nothing yet.
      expect(status(wheel)?.textContent?.trim() ?? '').to.equal('');
      await waitUntil(() => status(wheel)!.textContent!.trim() !== '', 'announced after the pause', { timeout: 3000 });
      expect(status(wheel)!.textContent!.trim()).to.equal('Ambition 4 selected: Care is coordinated.');
    });

    it('never announces a change made by code', async () => {
      const wheel = await wheelIn(800);
      wheel.selected = 5;
      await wheel.updateComplete;
      await aTimeout(900);
      expect(status(wheel)?.textContent?.trim() ?? '').to.equal('');
    });

    it('gives the radio group a keyboard hint assistive technology reads', async () => {
      const wheel = await wheelIn(800);
      const group = shadow(wheel).querySelector('[role="radiogroup"]')!;
      const hintId = group.getAttribute('aria-describedby');
      expect(hintId, 'aria-describedby on the radio group').to.be.a('string');
      expect(shadow(wheel).getElementById(hintId!)?.textContent?.trim()).to.equal('Use the arrow keys to choose an ambition.');
    });
  });

  describe('4. Enter selects', () => {
    it('selects the focused ambition with Enter, as Space does', async () => {
      const wheel = await wheelIn(800);
      const selections: number[] = [];
      wheel.addEventListener('peolc-ambition-select', (event) => selections.push(event.detail.number));
      radios(wheel)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await wheel.updateComplete;
      expect(wheel.selected).to.equal(1);
      expect(selections).to.deep.equal([1]);
    });
  });

  describe('5. link mode', () => {
    it('makes every link its own tab stop, as in any list of links', async () => {
      const wheel = await wheelIn(800, 'href-template="#ambition-{number}"');
      expect(links(wheel)).to.have.length(6);
      expect(await tabStops(wheel)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(document.activeElement?.textContent).to.equal('after');
    });

    it('keeps one tab stop in radio mode', async () => {
      const wheel = await wheelIn(800);
      expect(await tabStops(wheel)).to.deep.equal(['1']);
    });
  });

  describe('6. names', () => {
    it('names each ambition with its visible number first (label in name)', async function () {
      if (!isChromium) this.skip();
      const wheel = await wheelIn(800);
      expect(await accessibleNode(radios(wheel)[0]!)).to.deep.equal({ role: 'radio', name: '01 Each person is seen as an individual' });
      const linkWheel = await wheelIn(800, 'href-template="#ambition-{number}"');
      expect((await accessibleNode(links(linkWheel)[5]!)).name).to.equal('06 Each community is prepared to help');
    });

    it('puts no space before a colon in the grid’s and the cards’ names', async function () {
      if (!isChromium) this.skip();
      const grid = await fixture<PeolcFoundationGrid>(html`<peolc-foundation-grid></peolc-foundation-grid>`);
      const button = shadow(grid).querySelector('[part~="toggle"]')!;
      expect((await accessibleNode(button)).name).to.equal('Show details: Personalised care planning');
      const heading = shadow(grid).querySelector('[part~="tile-heading"]')!;
      expect((await accessibleNode(heading)).name).to.equal('Foundation 1: Personalised care planning');
      const cards = await fixture<PeolcBuildingBlocks>(html`<peolc-building-blocks ambition="1"></peolc-building-blocks>`);
      const more = shadow(cards).querySelector('[part~="toggle"]')!;
      expect((await accessibleNode(more)).name).to.equal('Read more: Honest conversations');
    });

    it('does not hide the foundation numbers in the wheel’s band', async () => {
      const wheel = await wheelIn(800, 'show-foundations');
      const items = [...shadow(wheel).querySelectorAll('[part~="foundation"]')];
      expect(items.some((item) => item.querySelector('[aria-hidden="true"]'))).to.equal(false);
      // A list item takes no name from its content; what a screen reader reads is its text.
      expect(items[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 Personalised care planning');
    });

    it('keeps landmark names unique when a wheel panel and <peolc-ambition> show the same ambition', async () => {
      const box = await fixture<HTMLElement>(html`<main>
        <peolc-ambition-wheel id="names-wheel" panel selected="2"></peolc-ambition-wheel>
        <peolc-ambition for="names-wheel"></peolc-ambition>
      </main>`);
      await Promise.all([...box.children].map((child) => (child as PeolcAmbitionWheel).updateComplete));
      await expectAxeClean(box);
    });

    it('exposes the glossary list’s label in Chromium as in Firefox', async function () {
      if (!isChromium) this.skip();
      const glossary = await fixture<PeolcGlossary>(html`<peolc-glossary label="Glossary"></peolc-glossary>`);
      const list = shadow(glossary).querySelector('[part~="list"]')!;
      // The label is on the list itself or on a group that wraps it.
      const named = list.closest('[aria-label]') ?? list;
      expect((await accessibleNode(named)).name).to.equal('Glossary');
    });
  });
});
