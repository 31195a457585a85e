import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import type { Ambition, BuildingBlock } from '../../src/content/types.js';
import '../../src/building-blocks.js';
import '../../src/provider.js';
import type { BuildingBlockToggleDetail, PeolcBuildingBlock, PeolcBuildingBlocks } from '../../src/building-blocks.js';
import type { PeolcProvider } from '../../src/provider.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { emulateMediaFeatures, isChromium, spokenText } from '../helpers/browser.js';

type Element_ = PeolcBuildingBlocks | PeolcBuildingBlock;

/**
 * An element in a container of the given width, between two buttons, as a
 * partner page would place it. `markup` is the element's own HTML.
 */
async function placed<T extends Element_>(markup: string, width = 800, fontSize = 16): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: ${fontSize}px"></div>`);
  box.innerHTML = `<button id="before">before</button>${markup}<button id="after">after</button>`;
  const element = box.querySelector<T>('peolc-building-blocks, peolc-building-block')!;
  await element.updateComplete;
  return element;
}
const blocks = (attributes = '', width = 800, fontSize = 16) =>
  placed<PeolcBuildingBlocks>(`<peolc-building-blocks ${attributes}></peolc-building-blocks>`, width, fontSize);
const block = (attributes = '') => placed<PeolcBuildingBlock>(`<peolc-building-block ${attributes}></peolc-building-block>`);

const shadow = (element: Element) => element.shadowRoot!;
const all = <E extends Element = HTMLElement>(element: Element, selector: string) => [...shadow(element).querySelectorAll<E>(selector)];
const cards = (element: Element) => all(element, '[part~="card"]');
const buttons = (element: Element) => all<HTMLButtonElement>(element, '[part~="toggle"]');
const bodies = (element: Element) => all(element, '[part~="body"]');
const focused = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const text = (node: Element) => node.textContent ?? '';

/** What one card shows: its title heading's tag and text, summary, and paragraphs of full text. */
function cardContent(card: Element) {
  const headingElement = card.querySelector('[part~="card-heading"]')!;
  return {
    tag: headingElement.localName,
    title: text(headingElement),
    summary: text(card.querySelector('[part~="summary"]')!),
    body: [...card.querySelectorAll('[part~="body"] > p')].map(text),
  };
}

/** What a card must show for a building block of the edition. */
function expected(block: BuildingBlock, tag: string) {
  return { tag, title: block.title, summary: `At a glance: ${block.summary}`, body: block.body };
}

/** Records peolc-building-block-toggle events reaching the document: they must bubble out of the shadow root. */
function recordToggles(): { details: BuildingBlockToggleDetail[]; events: CustomEvent[]; stop: () => void } {
  const details: BuildingBlockToggleDetail[] = [];
  const events: CustomEvent[] = [];
  const listener = (event: Event) => {
    events.push(event as CustomEvent);
    details.push((event as CustomEvent<BuildingBlockToggleDetail>).detail);
  };
  document.addEventListener('peolc-building-block-toggle', listener);
  return { details, events, stop: () => document.removeEventListener('peolc-building-block-toggle', listener) };
}

/** Focuses the button placed before the element, then presses Tab. */
async function tabIntoElement(element: Element): Promise<void> {
  element.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
}

/** Whether an element takes up space on the page. */
const displayed = (element: Element) => getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;

/** Horizontal positions of the cards' columns. */
const columns = (element: Element) => new Set(cards(element).map((card) => Math.round(card.getBoundingClientRect().left))).size;

afterEach(async () => {
  if (isChromium) {
    await emulateMedia({ media: 'screen' });
    await emulateMediaFeatures({});
  }
});

describe('<peolc-building-blocks>', () => {
  describe('what it shows', () => {
    for (const ambition of edition.ambitions) {
      it(`shows ambition ${ambition.number}’s ${ambition.buildingBlocks.length} building blocks word for word, titles as h2`, async () => {
        const element = await blocks(`ambition="${ambition.number}"`);
        expect(cards(element).map(cardContent)).to.deep.equal(ambition.buildingBlocks.map((b) => expected(b, 'h2')));
        const lists = all(element, '[part~="list"]');
        expect(lists).to.have.length(1);
        expect(lists[0]!.localName).to.equal('ul');
        expect(lists[0]!.getAttribute('aria-label')).to.equal('Building blocks');
        expect(cards(element).map((card) => card.parentElement!.localName)).to.deep.equal(ambition.buildingBlocks.map(() => 'li'));
        expect(all(element, '[part~="group-heading"]')).to.have.length(0);
      });
    }

    it('without ambition, shows all six ambitions: 34 cards in 6 groups, each under its ambition’s heading', async () => {
      const element = await blocks();
      const groups = all(element, '[part~="group"]');
      expect(groups).to.have.length(6);
      expect(cards(element)).to.have.length(34);
      groups.forEach((group, index) => {
        const ambition = edition.ambitions[index]!;
        const groupHeading = group.querySelector('[part~="group-heading"]')!;
        expect(groupHeading.localName).to.equal('h2');
        expect(text(groupHeading)).to.equal(`Ambition ${ambition.number}: ${ambition.title}`);
        const list = group.querySelector('[part~="list"]')!;
        expect(list.getAttribute('aria-labelledby')).to.equal(groupHeading.id);
        expect([...list.querySelectorAll('[part~="card"]')].map(cardContent)).to.deep.equal(ambition.buildingBlocks.map((b) => expected(b, 'h3')));
      });
      expect(groups.map((group) => group.querySelectorAll('[part~="card"]').length)).to.deep.equal([7, 6, 6, 5, 6, 4]);
    });

    it('accepts the ambition by number or by id', async () => {
      const byId = await blocks('ambition="care-is-coordinated"');
      expect(cards(byId).map((card) => cardContent(card).title)).to.deep.equal(edition.ambitions[3]!.buildingBlocks.map((b) => b.title));
      const byPaddedNumber = await blocks('ambition=" 04 "');
      expect(cards(byPaddedNumber).map((card) => cardContent(card).title)).to.deep.equal(edition.ambitions[3]!.buildingBlocks.map((b) => b.title));
    });

    it('re-renders when ambition changes, by property or attribute, and shows all six when it is removed', async () => {
      const element = await blocks('ambition="1"');
      const titles = () => cards(element).map((card) => cardContent(card).title);
      const titlesOf = (ambition: Ambition) => ambition.buildingBlocks.map((b) => b.title);
      element.ambition = '5';
      await element.updateComplete;
      expect(titles()).to.deep.equal(titlesOf(edition.ambitions[4]!));
      element.setAttribute('ambition', 'each-community-is-prepared-to-help');
      await element.updateComplete;
      expect(titles()).to.deep.equal(titlesOf(edition.ambitions[5]!));
      element.removeAttribute('ambition');
      await element.updateComplete;
      expect(cards(element)).to.have.length(34);
      element.ambition = 2;
      await element.updateComplete;
      expect(titles()).to.deep.equal(titlesOf(edition.ambitions[1]!));
    });

    it('shows the full title, not the shorter at-a-glance title', async () => {
      const element = await blocks('ambition="3"');
      const skilled = edition.ambitions[2]!.buildingBlocks[1]!;
      expect(skilled.glanceTitle).to.equal('Skilled assessment & symptom management');
      expect(cardContent(cards(element)[1]!).title).to.equal('Skilled assessment and symptom management');
    });

    for (const invalid of ['0', '7', 'ambition-one', '<img src=x onerror=alert(1)>']) {
      it(`shows every ambition's cards for ambition="${invalid}" and warns once, never throwing`, async () => {
        let element!: PeolcBuildingBlocks;
        const { warnings, errors } = await captureConsole(async () => {
          element = await blocks(`ambition='${invalid}'`);
          element.mode = 'full';
          await element.updateComplete;
          element.requestUpdate();
          await element.updateComplete;
        });
        // The default, never a blank widget: all six ambitions, and no markup from the value.
        expect(cards(element)).to.have.length(34);
        expect(all(element, 'img')).to.have.length(0);
        expect(errors).to.deep.equal([]);
        expect(warnings).to.deep.equal([
          `<peolc-building-blocks>: ambition="${invalid}" is not an ambition number (1–6) or id, so every ambition's building blocks are shown.`,
        ]);
      });
    }

    it('uses summary mode and warns once for an unknown mode', async () => {
      let element!: PeolcBuildingBlocks;
      const { warnings } = await captureConsole(async () => {
        element = await blocks('ambition="2" mode="expanded"');
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(buttons(element)).to.have.length(6);
      expect(bodies(element).map((body) => body.hidden)).to.deep.equal(Array(6).fill(true));
      expect(warnings).to.deep.equal(['<peolc-building-blocks>: mode was set to "expanded", which is not "summary" or "full", so summary is used.']);
    });

    it('puts the card titles at heading-level with one ambition', async () => {
      const element = await blocks('ambition="6" heading-level="4"');
      expect(cards(element).map((card) => cardContent(card).tag)).to.deep.equal(Array(4).fill('h4'));
      element.headingLevel = 6;
      await element.updateComplete;
      expect(cards(element).map((card) => cardContent(card).tag)).to.deep.equal(Array(4).fill('h6'));
    });

    it('with all six, puts the group headings at heading-level and the card titles one below, never below h6', async () => {
      const element = await blocks('heading-level="4"');
      expect(new Set(all(element, '[part~="group-heading"]').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
      expect(new Set(cards(element).map((card) => cardContent(card).tag))).to.deep.equal(new Set(['h5']));
      element.headingLevel = '6';
      await element.updateComplete;
      expect(new Set(all(element, '[part~="group-heading"]').map((h) => h.localName))).to.deep.equal(new Set(['h6']));
      expect(new Set(cards(element).map((card) => cardContent(card).tag))).to.deep.equal(new Set(['h6']));
    });

    it('uses level 2 and warns once for a heading level outside 2–6', async () => {
      let element!: PeolcBuildingBlocks;
      const { warnings } = await captureConsole(async () => {
        element = await blocks('heading-level="1"');
      });
      expect(all(element, '[part~="group-heading"]')[0]!.localName).to.equal('h2');
      expect(cardContent(cards(element)[0]!).tag).to.equal('h3');
      expect(warnings).to.deep.equal([
        '<peolc-building-blocks>: heading-level was set to "1", which is not a heading level from 2 to 6, so level 2 is used.',
      ]);
    });

    it('renders the content and interface strings of the nearest provider', async () => {
      const local = structuredClone(edition);
      local.id = 'local';
      const first = local.ambitions[0]!.buildingBlocks[0]!;
      first.title = 'Talking honestly';
      first.summary = 'Everyone can talk about dying.';
      first.body = ['We offer time to talk.', 'We listen.'];
      const provider = await fixture<PeolcProvider>(html`<peolc-provider
        .strings=${{ readMore: 'Read the full text', buildingBlockSummaryLabel: 'In short' }}
        ><peolc-building-blocks ambition="1"></peolc-building-blocks><peolc-building-block block="honest-conversations"></peolc-building-block
      ></peolc-provider>`);
      provider.edition = local;
      await provider.updateComplete;
      await provider.loaded; // the edition property is checked by the validator, which loads with it
      for (const element of [provider.querySelector('peolc-building-blocks')!, provider.querySelector('peolc-building-block')!]) {
        await element.updateComplete;
        expect(cardContent(cards(element)[0]!)).to.deep.equal({
          tag: 'h2',
          title: 'Talking honestly',
          summary: 'In short: Everyone can talk about dying.',
          body: ['We offer time to talk.', 'We listen.'],
        });
        expect(spokenText(buttons(element)[0]!)).to.equal('Read the full text: Talking honestly');
      }
    });

    it('uses no style attributes, so it renders under a strict Content Security Policy', async () => {
      const element = await blocks('', 800);
      buttons(element).forEach((button) => button.click());
      await element.updateComplete;
      expect(all(element, '[style]')).to.have.length(0);
      const single = await block('ambition="1" block="clear-expectations" mode="full"');
      expect(all(single, '[style]')).to.have.length(0);
    });
  });

  describe('"Read more" disclosure', () => {
    it('each card starts closed, with a button named after its card that controls the hidden full text', async () => {
      const element = await blocks('ambition="1"');
      const ambition = edition.ambitions[0]!;
      const toggles = buttons(element);
      expect(toggles).to.have.length(7);
      toggles.forEach((button, index) => {
        const body = shadow(element).getElementById(button.getAttribute('aria-controls')!)!;
        expect(button.localName).to.equal('button');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(body.getAttribute('part')).to.equal('body');
        expect(body.closest('[part~="card"]')).to.equal(cards(element)[index]);
        expect(body.hidden).to.equal(true);
        expect(displayed(body)).to.equal(false);
        expect(body.hasAttribute('data-print-expand')).to.equal(true);
        // Visible "Read more", and the card's title for screen readers (WCAG 2.5.3: the visible words come first).
        expect(spokenText(button)).to.equal(`Read more: ${ambition.buildingBlocks[index]!.title}`);
        expect(button.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Read more');
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
      });
      // Ids are unique within the element.
      const ids = bodies(element).map((body) => body.id);
      expect(new Set(ids).size).to.equal(7);
    });

    it('Tab reaches each button in turn; Enter opens and Space closes, firing one event each with the right detail', async () => {
      const element = await blocks('ambition="1"');
      const record = recordToggles();
      try {
        await tabIntoElement(element);
        expect(focused(element)).to.equal(buttons(element)[0]);
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        const [first, second] = buttons(element);
        const [firstBody, secondBody] = bodies(element);
        expect(first!.getAttribute('aria-expanded')).to.equal('true');
        expect(firstBody!.hidden).to.equal(false);
        expect(displayed(firstBody!)).to.equal(true);
        expect(spokenText(first!)).to.equal('Show less: Honest conversations');
        expect(secondBody!.hidden).to.equal(true);
        // The opened text holds no focusable content, so Tab goes straight on to the next card's button.
        await sendKeys({ press: 'Tab' });
        expect(focused(element)).to.equal(second);
        await sendKeys({ press: ' ' });
        await element.updateComplete;
        expect(second!.getAttribute('aria-expanded')).to.equal('true');
        expect(secondBody!.hidden).to.equal(false);
        await sendKeys({ press: ' ' });
        await element.updateComplete;
        expect(second!.getAttribute('aria-expanded')).to.equal('false');
        expect(secondBody!.hidden).to.equal(true);
        expect(displayed(secondBody!)).to.equal(false);
        expect(focused(element)).to.equal(second);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(focused(element)).to.equal(first);
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expect(first!.getAttribute('aria-expanded')).to.equal('false');
        expect(firstBody!.hidden).to.equal(true);
        expect(record.details).to.deep.equal([
          { ambition: 1, id: 'honest-conversations', expanded: true },
          { ambition: 1, id: 'systems-for-person-centred-care', expanded: true },
          { ambition: 1, id: 'systems-for-person-centred-care', expanded: false },
          { ambition: 1, id: 'honest-conversations', expanded: false },
        ]);
        expect(record.events.every((event) => event.bubbles && event.composed)).to.equal(true);
      } finally {
        record.stop();
      }
    });

    it('gives each card in the all-six view its own ambition number in the event', async () => {
      const element = await blocks();
      const record = recordToggles();
      try {
        const target = cards(element).findIndex((card) => cardContent(card).title === 'Using new technology');
        expect(target).to.be.greaterThan(-1);
        buttons(element)[target]!.focus();
        await sendKeys({ press: 'Enter' });
        expect(record.details).to.deep.equal([{ ambition: 5, id: 'using-new-technology', expanded: true }]);
      } finally {
        record.stop();
      }
    });

    it('fires no event when changed by code, and keeps opened cards open across mode changes', async () => {
      const element = await blocks('ambition="1"');
      buttons(element)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const record = recordToggles();
      try {
        element.mode = 'full';
        await element.updateComplete;
        expect(buttons(element)).to.have.length(0);
        element.mode = 'summary';
        await element.updateComplete;
        expect(buttons(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
          'true',
          'false',
          'false',
          'false',
          'false',
          'false',
          'false',
        ]);
        element.headingLevel = 3;
        element.ambition = '2';
        await element.updateComplete;
        element.removeAttribute('ambition');
        await element.updateComplete;
        await aTimeout(0);
        expect(record.details).to.deep.equal([]);
      } finally {
        record.stop();
      }
    });
  });

  describe('mode="full"', () => {
    it('shows every card’s full text open, without buttons', async () => {
      const element = await blocks('ambition="2" mode="full"');
      expect(buttons(element)).to.have.length(0);
      expect(bodies(element).map((body) => body.hidden)).to.deep.equal(Array(6).fill(false));
      expect(bodies(element).every(displayed)).to.equal(true);
      expect(cards(element).map(cardContent)).to.deep.equal(edition.ambitions[1]!.buildingBlocks.map((b) => expected(b, 'h2')));
      expect(all(element, '[aria-controls], [aria-expanded]')).to.have.length(0);
    });

    it('shows all six ambitions open', async () => {
      const element = await blocks('mode="full"');
      expect(buttons(element)).to.have.length(0);
      expect(bodies(element)).to.have.length(34);
      expect(bodies(element).every(displayed)).to.equal(true);
    });
  });

  describe('layout', () => {
    it('reflows into one column at 320px with no horizontal scrolling, closed and open', async () => {
      for (const mode of ['summary', 'full']) {
        const element = await blocks(`mode="${mode}"`, 320);
        const box = element.parentElement!.getBoundingClientRect();
        expect(columns(element)).to.equal(1);
        expect(element.scrollWidth, mode).to.be.at.most(320);
        for (const node of all(element, '[part~="card"], [part~="card"] *')) {
          expect(node.getBoundingClientRect().right, `${mode}: ${node.localName}.${node.className}`).to.be.at.most(box.right + 0.5);
        }
        element.parentElement!.remove();
      }
    });

    it('has no horizontal scrolling with text at 200% (32px) in 320px, even the longest words', async () => {
      const element = await blocks('mode="full"', 320, 32);
      const box = element.parentElement!.getBoundingClientRect();
      expect(element.scrollWidth).to.be.at.most(320);
      for (const node of all(element, '[part~="group-heading"], [part~="card"] *')) {
        expect(node.getBoundingClientRect().right, `${node.localName}: ${text(node).slice(0, 40)}`).to.be.at.most(box.right + 0.5);
      }
      expect(parseFloat(getComputedStyle(cardsHeading(element)).fontSize)).to.equal(40);
    });

    it('grows to two columns from 40em and three from 60em of container width, in em so larger text keeps fewer', async () => {
      expect(columns(await blocks('ambition="1"', 600))).to.equal(1);
      expect(columns(await blocks('ambition="1"', 800))).to.equal(2);
      expect(columns(await blocks('ambition="1"', 1200))).to.equal(3);
      expect(columns(await blocks('ambition="1"', 1200, 32))).to.equal(1);
    });

    it('inherits the page’s font', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif; font-size: 20px"></div>`);
      box.innerHTML = '<peolc-building-blocks ambition="1"></peolc-building-blocks>';
      const element = box.querySelector('peolc-building-blocks')!;
      await element.updateComplete;
      for (const node of [cardsHeading(element), buttons(element)[0]!, all(element, '[part~="summary"]')[0]!]) {
        expect(getComputedStyle(node).fontFamily).to.equal(getComputedStyle(box).fontFamily);
      }
      expect(parseFloat(getComputedStyle(all(element, '[part~="summary"]')[0]!).fontSize)).to.equal(20);
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) closed, opened and in full mode', async () => {
      const element = await blocks('ambition="3"');
      await expectAxeClean(element);
      buttons(element).forEach((button) => button.click());
      await element.updateComplete;
      expect(bodies(element).every((body) => !body.hidden)).to.equal(true);
      await expectAxeClean(element);
      element.mode = 'full';
      await element.updateComplete;
      await expectAxeClean(element);
    });

    it('passes axe with all six ambitions, closed and in full mode, wide and narrow', async () => {
      await expectAxeClean(await blocks('heading-level="3"', 1200));
      await expectAxeClean(await blocks('mode="full"', 320));
    });

    it('shows a clear focus indicator on the button', async () => {
      const element = await blocks('ambition="1"');
      await tabIntoElement(element);
      const button = focused(element)!;
      expect(button).to.equal(buttons(element)[0]);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.boxShadow).to.not.equal('none');
    });

    it('shows the open or closed state by the triangle’s shape and the words, not by colour alone', async () => {
      const element = await blocks('ambition="1"');
      const button = buttons(element)[0]!;
      const closed = getComputedStyle(button, '::before');
      const closedShape = { clip: closed.clipPath, top: closed.borderTopWidth, left: closed.borderLeftWidth };
      const closedColour = getComputedStyle(button).color;
      button.click();
      await element.updateComplete;
      const open = getComputedStyle(button, '::before');
      expect({ clip: open.clipPath, top: open.borderTopWidth, left: open.borderLeftWidth }).to.not.deep.equal(closedShape);
      expect(getComputedStyle(button).color).to.equal(closedColour);
      expect(text(button)).to.match(/^Show less/);
    });

    it('keeps the card borders and the triangle in forced colours', async function () {
      if (!isChromium) this.skip(); // forced-colours emulation is Chromium's
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await blocks('ambition="1"');
      const card = cards(element)[0]!;
      const style = getComputedStyle(card);
      // CanvasText: the same system colour as the card's text.
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`)).to.equal('solid');
        expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`))).to.be.greaterThan(0);
        expect(style.getPropertyValue(`border-${side.toLowerCase()}-color`)).to.equal(style.color);
      }
      const marker = getComputedStyle(buttons(element)[0]!, '::before');
      expect(marker.borderLeftColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(marker.borderLeftWidth)).to.be.greaterThan(0);
    });

    it('has no transitions or animations when reduced motion is preferred', async function () {
      if (!isChromium) this.skip(); // media emulation is Chromium's
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const element = await blocks('ambition="1"');
      buttons(element)[0]!.click();
      await element.updateComplete;
      for (const node of all(element, '*')) {
        for (const pseudo of [null, '::before']) {
          const style = getComputedStyle(node, pseudo);
          expect(
            style.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
            node.localName,
          ).to.equal(true);
          expect(style.animationName, node.localName).to.equal('none');
        }
      }
    });

    it('prints every card’s full text and no buttons', async function () {
      if (!isChromium) this.skip(); // print emulation is Chromium's here
      const element = await blocks('ambition="4"');
      buttons(element)[1]!.click();
      await element.updateComplete;
      expect(bodies(element).filter(displayed)).to.have.length(1);
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(bodies(element).map(displayed)).to.deep.equal(Array(5).fill(true));
      expect(buttons(element).map((button) => getComputedStyle(button).display)).to.deep.equal(Array(5).fill('none'));
      expect(bodies(element).map((body) => body.hidden)).to.deep.equal([true, false, true, true, true]);
      const single = await block('block="honest-conversations"');
      expect(displayed(bodies(single)[0]!)).to.equal(true);
      expect(getComputedStyle(buttons(single)[0]!).display).to.equal('none');
    });
  });
});

/** The first card heading of an element. */
function cardsHeading(element: Element): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="card-heading"]')!;
}

describe('<peolc-building-block>', () => {
  it('shows one building block as a card, word for word, with its title at heading-level', async () => {
    const element = await block('ambition="1" block="honest-conversations"');
    expect(cards(element).map(cardContent)).to.deep.equal([expected(edition.ambitions[0]!.buildingBlocks[0]!, 'h2')]);
    element.headingLevel = 5;
    await element.updateComplete;
    expect(cardContent(cards(element)[0]!).tag).to.equal('h5');
    expect(buttons(element)).to.have.length(1);
    expect(bodies(element)[0]!.hidden).to.equal(true);
  });

  it('renders the same card as <peolc-building-blocks>, from the one template', async () => {
    const single = await block('ambition="3" block="skilled-assessment-and-symptom-management"');
    const list = await blocks('ambition="3"');
    const structure = (card: Element) =>
      [card, ...card.querySelectorAll('*')].map(
        (node) => `${node.localName}[${node.getAttribute('part') ?? ''}]${node.children.length ? '' : text(node)}`,
      );
    expect(structure(cards(single)[0]!)).to.deep.equal(structure(cards(list)[1]!));
  });

  it('finds the block by id alone, and by ambition id', async () => {
    const byId = await block('block="using-new-technology"');
    expect(cardContent(cards(byId)[0]!).title).to.equal('Using new technology');
    const byAmbitionId = await block('ambition="all-staff-are-prepared-to-care" block="using-new-technology"');
    expect(cardContent(cards(byAmbitionId)[0]!).title).to.equal('Using new technology');
  });

  it('discloses by real key presses and fires the event on user action only', async () => {
    const element = await block('ambition="3" block="addressing-all-forms-of-distress"');
    const record = recordToggles();
    try {
      await tabIntoElement(element);
      const button = buttons(element)[0]!;
      expect(focused(element)).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(bodies(element)[0]!.hidden).to.equal(false);
      expect(displayed(bodies(element)[0]!)).to.equal(true);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(bodies(element)[0]!.hidden).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      element.mode = 'full';
      element.headingLevel = 3;
      await element.updateComplete;
      expect(record.details).to.deep.equal([
        { ambition: 3, id: 'addressing-all-forms-of-distress', expanded: true },
        { ambition: 3, id: 'addressing-all-forms-of-distress', expanded: false },
      ]);
      expect(record.events.every((event) => event.bubbles && event.composed)).to.equal(true);
    } finally {
      record.stop();
    }
  });

  it('re-renders, closed, when block changes', async () => {
    const element = await block('block="honest-conversations"');
    buttons(element)[0]!.click();
    await element.updateComplete;
    expect(bodies(element)[0]!.hidden).to.equal(false);
    element.block = 'clear-expectations';
    await element.updateComplete;
    expect(cardContent(cards(element)[0]!).title).to.equal('Clear expectations');
    expect(bodies(element)[0]!.hidden).to.equal(true);
    expect(buttons(element)[0]!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the full text open, without a button, in mode="full"', async () => {
    const element = await block('ambition="6" block="practical-support" mode="full"');
    const target = edition.ambitions[5]!.buildingBlocks.find((b) => b.id === 'practical-support');
    expect(target).to.not.equal(undefined);
    expect(cards(element).map(cardContent)).to.deep.equal([expected(target!, 'h2')]);
    expect(buttons(element)).to.have.length(0);
    expect(displayed(bodies(element)[0]!)).to.equal(true);
  });

  // An ambition that does not match is ignored (block ids are unique), so the card still shows.
  const mismatched: [string, string][] = [
    ['ambition="9" block="honest-conversations"', 'ambition="9" is not an ambition number (1–6) or id, so it is ignored.'],
    ['ambition="2" block="honest-conversations"', 'block="honest-conversations" is a building block of ambition 1, not 2; it is shown all the same.'],
  ];
  for (const [attributes, message] of mismatched) {
    it(`shows the card and warns once for ${attributes}`, async () => {
      let element!: PeolcBuildingBlock;
      const { warnings, errors } = await captureConsole(async () => {
        element = await block(attributes);
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(shadow(element).querySelector('[part="card-heading"]')?.textContent?.trim()).to.equal('Honest conversations');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([`<peolc-building-block>: ${message}`]);
    });
  }

  const invalid: [string, string][] = [
    ['ambition="1" block="no-such-block"', 'block="no-such-block" is not a building block id, so nothing is shown.'],
    ['block="<b>x</b>"', 'block="<b>x</b>" is not a building block id, so nothing is shown.'],
    ['ambition="1"', 'no block id is given, so nothing is shown.'],
  ];
  for (const [attributes, message] of invalid) {
    it(`shows nothing and warns once for ${attributes}`, async () => {
      let element!: PeolcBuildingBlock;
      const { warnings, errors } = await captureConsole(async () => {
        element = await block(attributes);
        element.mode = 'full';
        await element.updateComplete;
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(shadow(element).children).to.have.length(0);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([`<peolc-building-block>: ${message}`]);
    });
  }

  it('uses summary mode and warns once for an unknown mode', async () => {
    let element!: PeolcBuildingBlock;
    const { warnings } = await captureConsole(async () => {
      element = await block('block="honest-conversations" mode="open"');
    });
    expect(buttons(element)).to.have.length(1);
    expect(warnings).to.deep.equal(['<peolc-building-block>: mode was set to "open", which is not "summary" or "full", so summary is used.']);
  });

  it('passes axe (WCAG 2.2 AA) closed, opened and in full mode', async () => {
    const element = await block('ambition="2" block="population-based-needs-assessment-and-commissioning"');
    await expectAxeClean(element);
    buttons(element)[0]!.click();
    await element.updateComplete;
    await expectAxeClean(element);
    element.mode = 'full';
    await element.updateComplete;
    await expectAxeClean(element);
  });
});
