import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import '../../src/foundation-grid.js';
import '../../src/provider.js';
import type { FoundationToggleDetail, PeolcFoundationGrid } from '../../src/foundation-grid.js';
import type { PeolcProvider } from '../../src/provider.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { emulateMediaFeatures, isChromium, spokenText } from '../helpers/browser.js';

/** A grid in a container of the given width (and font size), as a partner page would place it, with a button either side. */
async function gridIn(width: number, attributes = '', fontSize = 16): Promise<PeolcFoundationGrid> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: ${fontSize}px"></div>`);
  box.innerHTML = `<button id="before">before</button><peolc-foundation-grid ${attributes}></peolc-foundation-grid><button id="after">after</button>`;
  const grid = box.querySelector('peolc-foundation-grid')!;
  await grid.updateComplete;
  return grid;
}

const shadow = (grid: Element) => grid.shadowRoot!;
const tiles = (grid: Element) => [...shadow(grid).querySelectorAll<HTMLLIElement>('[part~="tile"]')];
const numbers = (grid: Element) => tiles(grid).map((tile) => Number(tile.dataset.number));
const toggles = (grid: Element) => [...shadow(grid).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')];
const bodies = (grid: Element) => [...shadow(grid).querySelectorAll<HTMLElement>('[part~="body"]')];
const expandedStates = (grid: Element) => toggles(grid).map((button) => button.getAttribute('aria-expanded'));
const hiddenStates = (grid: Element) => bodies(grid).map((body) => body.hidden);
const focused = (grid: Element) => shadow(grid).activeElement as HTMLElement | null;
/** Distinct left edges of the tiles: the number of columns in use. */
const columnCount = (grid: Element) => new Set(tiles(grid).map((tile) => Math.round(tile.getBoundingClientRect().left))).size;

/** Records peolc-foundation-toggle events. */
function recordToggles(grid: HTMLElement): CustomEvent<FoundationToggleDetail>[] {
  const events: CustomEvent<FoundationToggleDetail>[] = [];
  grid.addEventListener('peolc-foundation-toggle', (event) => events.push(event));
  return events;
}

async function clickOn(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

afterEach(async () => {
  await resetMouse();
  // Media emulation is a Chrome DevTools Protocol feature; Firefox over WebDriver BiDi has none.
  if (isChromium) {
    await emulateMediaFeatures({});
    await emulateMedia({ media: 'screen' });
  }
});

describe('<peolc-foundation-grid>', () => {
  describe('what it shows', () => {
    it('shows the edition’s introduction, then a labelled list of the eight foundations with their numbers, titles and full text', async () => {
      const grid = await gridIn(1200);
      const root = shadow(grid);
      const intro = root.querySelector('[part~="intro"]')!;
      expect(intro.localName).to.equal('p');
      expect(intro.textContent).to.equal(edition.foundationsIntro);
      const list = root.querySelector('[part~="grid"]')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-label')).to.equal('The eight foundations');
      expect(intro.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(tiles(grid).map((tile) => tile.localName)).to.deep.equal(Array(8).fill('li'));
      expect(tiles(grid).every((tile) => tile.parentElement === list)).to.equal(true);
      expect(numbers(grid)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(tiles(grid).map((tile) => tile.querySelector('.tile-title')!.textContent)).to.deep.equal(
        edition.foundations.map((foundation) => foundation.title),
      );
      expect(bodies(grid).map((body) => [...body.querySelectorAll('p')].map((p) => p.textContent))).to.deep.equal(
        edition.foundations.map((foundation) => foundation.body),
      );
    });

    it('titles each tile with a real h2 that says its number and title', async () => {
      const grid = await gridIn(1200);
      const headings = tiles(grid).map((tile) => tile.querySelector('[part~="tile-heading"]')!);
      expect(headings.map((h) => h.localName)).to.deep.equal(Array(8).fill('h2'));
      expect(spokenText(headings[3]!)).to.equal('Foundation 4: Involving, supporting and caring for those important to the dying person');
      expect(headings.map((h) => h.querySelector('.tile-number')!.textContent)).to.deep.equal(
        edition.foundations.map((foundation) => `Foundation ${foundation.number}`),
      );
    });

    it('uses the heading level asked for', async () => {
      const grid = await gridIn(1200, 'heading-level="4"');
      expect(shadow(grid).querySelectorAll('h4')).to.have.length(8);
      expect(shadow(grid).querySelectorAll('h2')).to.have.length(0);
    });

    it('uses level 2 and warns once for a heading level outside 2–6', async () => {
      let grid!: PeolcFoundationGrid;
      const { warnings } = await captureConsole(async () => {
        grid = await gridIn(1200, 'heading-level="9"');
        grid.requestUpdate();
        await grid.updateComplete;
      });
      expect(shadow(grid).querySelectorAll('h2')).to.have.length(8);
      expect(warnings).to.deep.equal([
        '<peolc-foundation-grid>: heading-level was set to "9", which is not a heading level from 2 to 6, so level 2 is used.',
      ]);
    });

    it('hides the introduction with hide-intro', async () => {
      const grid = await gridIn(1200, 'hide-intro');
      expect(shadow(grid).querySelector('[part~="intro"]')).to.equal(null);
      expect(shadow(grid).textContent).to.not.contain(edition.foundationsIntro!);
      grid.hideIntro = false;
      await grid.updateComplete;
      expect(shadow(grid).querySelector('[part~="intro"]')!.textContent).to.equal(edition.foundationsIntro);
    });

    it('starts with every full text closed, behind buttons named with the foundation’s title', async () => {
      const grid = await gridIn(1200);
      expect(expandedStates(grid)).to.deep.equal(Array(8).fill('false'));
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(true));
      const buttons = toggles(grid);
      expect(buttons.map((button) => button.localName)).to.deep.equal(Array(8).fill('button'));
      expect(buttons.map((button) => button.type)).to.deep.equal(Array(8).fill('button'));
      expect(spokenText(buttons[1]!)).to.equal('Show details: Shared records');
      // The visible label comes first in the name (WCAG 2.5.3 Label in Name).
      expect(buttons[1]!.querySelector('.toggle-label')!.textContent).to.equal('Show details');
      buttons.forEach((button, index) => {
        const body = bodies(grid)[index]!;
        expect(button.getAttribute('aria-controls')).to.equal(body.id);
        expect(shadow(grid).getElementById(body.id)).to.equal(body);
        expect(body.hasAttribute('data-print-expand')).to.equal(true);
      });
      expect(new Set(bodies(grid).map((body) => body.id)).size).to.equal(8);
      for (const body of bodies(grid)) expect(body.getBoundingClientRect().height).to.equal(0);
    });

    it('uses no style attributes, so it renders under a strict Content Security Policy', async () => {
      const grid = await gridIn(1200, 'expanded highlight="2" columns="3"');
      expect(shadow(grid).querySelectorAll('[style]')).to.have.length(0);
    });

    it('renders the content and interface strings of the nearest provider', async () => {
      const local = structuredClone(edition);
      local.id = 'local';
      local.foundations[1]!.title = 'Records we share';
      local.foundations[1]!.body = ['First local paragraph.', 'Second local paragraph.'];
      local.foundationsIntro = 'Our eight local foundations.';
      const provider = await fixture<PeolcProvider>(
        html`<peolc-provider strings='{"showDetails": "Read the full text", "foundationLabel": "Sylfaen {number}"}'
          ><peolc-foundation-grid></peolc-foundation-grid
        ></peolc-provider>`,
      );
      provider.edition = local;
      const grid = provider.querySelector('peolc-foundation-grid')!;
      await provider.updateComplete;
      await provider.loaded; // the edition property is checked by the validator, which loads with it
      await grid.updateComplete;
      expect(tiles(grid)[1]!.querySelector('.tile-title')!.textContent).to.equal('Records we share');
      expect([...bodies(grid)[1]!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'First local paragraph.',
        'Second local paragraph.',
      ]);
      expect(shadow(grid).querySelector('[part~="intro"]')!.textContent).to.equal('Our eight local foundations.');
      expect(spokenText(toggles(grid)[1]!)).to.equal('Read the full text: Records we share');
      expect(tiles(grid)[1]!.querySelector('.tile-number')!.textContent).to.equal('Sylfaen 2');
    });

    it('leaves the introduction out when the edition has none', async () => {
      const local = structuredClone(edition);
      delete local.foundationsIntro;
      const provider = await fixture<PeolcProvider>(html`<peolc-provider><peolc-foundation-grid></peolc-foundation-grid></peolc-provider>`);
      provider.edition = local;
      const grid = provider.querySelector('peolc-foundation-grid')!;
      await provider.updateComplete;
      await provider.loaded; // the edition property is checked by the validator, which loads with it
      await grid.updateComplete;
      expect(shadow(grid).querySelector('[part~="intro"]')).to.equal(null);
      expect(shadow(grid).querySelector('p:not([part~="body"] p)')).to.equal(null);
    });
  });

  describe('disclosure by keyboard', () => {
    it('Tab reaches each button in turn; Enter opens and closes the full text', async () => {
      const grid = await gridIn(1200);
      const events = recordToggles(grid);
      grid.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(grid)).to.equal(toggles(grid)[0]);
      await sendKeys({ press: 'Tab' });
      expect(focused(grid)).to.equal(toggles(grid)[1]);
      await sendKeys({ press: 'Enter' });
      await grid.updateComplete;
      expect(expandedStates(grid)).to.deep.equal(['false', 'true', 'false', 'false', 'false', 'false', 'false', 'false']);
      expect(hiddenStates(grid)).to.deep.equal([true, false, true, true, true, true, true, true]);
      expect(bodies(grid)[1]!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(spokenText(toggles(grid)[1]!)).to.equal('Hide details: Shared records');
      expect(focused(grid)).to.equal(toggles(grid)[1]);
      await sendKeys({ press: 'Enter' });
      await grid.updateComplete;
      expect(expandedStates(grid)[1]).to.equal('false');
      expect(hiddenStates(grid)[1]).to.equal(true);
      expect(events.map((event) => event.detail)).to.deep.equal([
        { id: 'shared-records', number: 2, expanded: true },
        { id: 'shared-records', number: 2, expanded: false },
      ]);
    });

    it('Space opens and closes the full text too', async () => {
      const grid = await gridIn(1200);
      grid.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(focused(grid)).to.equal(toggles(grid)[2]);
      await sendKeys({ type: ' ' });
      await grid.updateComplete;
      expect(expandedStates(grid)[2]).to.equal('true');
      expect(hiddenStates(grid)[2]).to.equal(false);
      await sendKeys({ type: ' ' });
      await grid.updateComplete;
      expect(expandedStates(grid)[2]).to.equal('false');
      expect(hiddenStates(grid)[2]).to.equal(true);
    });

    it('has one tab stop per foundation and nothing else: Tab from the last button leaves the grid', async () => {
      const grid = await gridIn(1200, 'expanded');
      toggles(grid)[7]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('shows a visible focus indicator on the button', async () => {
      const grid = await gridIn(1200);
      grid.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(focused(grid)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('peolc-foundation-toggle', () => {
    it('fires on a click, bubbling and composed, with the foundation’s id, number and new state', async () => {
      const grid = await gridIn(1200);
      const toggled = oneEvent(document, 'peolc-foundation-toggle');
      await clickOn(toggles(grid)[5]!);
      const event = await toggled;
      expect(event.detail).to.deep.equal({ id: '24-7-access', number: 6, expanded: true });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(grid);
      expect(hiddenStates(grid)[5]).to.equal(false);
    });

    it('never fires when the state is changed by code', async () => {
      const grid = await gridIn(1200);
      const events = recordToggles(grid);
      grid.expanded = true;
      await grid.updateComplete;
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(false));
      grid.removeAttribute('expanded');
      await grid.updateComplete;
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(true));
      grid.setAttribute('expanded', '');
      await grid.updateComplete;
      expect(grid.toggle(3, false)).to.equal(false);
      expect(grid.toggle('leadership')).to.equal(false);
      await grid.updateComplete;
      expect(hiddenStates(grid)).to.deep.equal([false, false, true, false, false, false, false, true]);
      await aTimeout(0);
      expect(events).to.have.length(0);
    });
  });

  describe('expanded', () => {
    it('opens every full text, and closing it closes them all', async () => {
      const grid = await gridIn(1200, 'expanded');
      expect(expandedStates(grid)).to.deep.equal(Array(8).fill('true'));
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(false));
      expect(toggles(grid).map((button) => button.querySelector('.toggle-label')!.textContent)).to.deep.equal(Array(8).fill('Hide details'));
      grid.expanded = false;
      await grid.updateComplete;
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(true));
    });

    it('follows the reader: it turns off when they close one, on when they open the last, and setting it again resets every tile', async () => {
      const grid = await gridIn(1200, 'expanded');
      await clickOn(toggles(grid)[0]!);
      await grid.updateComplete;
      expect(grid.expanded).to.equal(false);
      expect(grid.hasAttribute('expanded')).to.equal(false);
      expect(grid.openFoundations).to.have.length(7);
      await clickOn(toggles(grid)[0]!);
      await grid.updateComplete;
      expect(grid.expanded).to.equal(true);
      expect(grid.hasAttribute('expanded')).to.equal(true);
      // Setting false closes every tile, even though some were opened by the reader.
      await clickOn(toggles(grid)[4]!);
      await grid.updateComplete;
      grid.expanded = false;
      await grid.updateComplete;
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(true));
      expect(grid.openFoundations).to.deep.equal([]);
    });
  });

  describe('foundations', () => {
    it('shows only the foundations listed, by number or id, in the framework’s order', async () => {
      const grid = await gridIn(1200, 'foundations="6, 1 evidence-and-information,1"');
      expect(numbers(grid)).to.deep.equal([1, 3, 6]);
      expect(grid.shownFoundations.map((foundation) => foundation.id)).to.deep.equal([
        'personalised-care-planning',
        'evidence-and-information',
        '24-7-access',
      ]);
      grid.foundations = '8';
      await grid.updateComplete;
      expect(numbers(grid)).to.deep.equal([8]);
    });

    it('leaves out unknown entries with one warning', async () => {
      let grid!: PeolcFoundationGrid;
      const { warnings } = await captureConsole(async () => {
        grid = await gridIn(1200, 'foundations="2,9,leadership,<b>x</b>"');
        grid.requestUpdate();
        await grid.updateComplete;
      });
      expect(numbers(grid)).to.deep.equal([2, 8]);
      expect(warnings).to.deep.equal([
        '<peolc-foundation-grid>: foundations="2 9 leadership <b>x</b>" has unknown entries (9, <b>x</b>), which are left out.',
      ]);
      expect(shadow(grid).querySelector('b')).to.equal(null);
    });

    it('shows all eight, with one warning, when none is known', async () => {
      let grid!: PeolcFoundationGrid;
      const { warnings } = await captureConsole(async () => {
        grid = await gridIn(1200, 'foundations="0 nine"');
        grid.requestUpdate();
        await grid.updateComplete;
      });
      expect(numbers(grid)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('names no foundation');
    });

    it('shows all eight without a warning when empty', async () => {
      let grid!: PeolcFoundationGrid;
      const { warnings } = await captureConsole(async () => {
        grid = await gridIn(1200, 'foundations=""');
      });
      expect(numbers(grid)).to.have.length(8);
      expect(warnings).to.deep.equal([]);
    });

    it('expanded covers only the foundations shown', async () => {
      const grid = await gridIn(1200, 'foundations="2 4"');
      grid.toggle(2, true);
      grid.toggle(4, true);
      await grid.updateComplete;
      expect(grid.expanded).to.equal(true);
      expect(grid.hasAttribute('expanded')).to.equal(true);
    });
  });

  describe('highlight', () => {
    it('marks one tile by number or id: aria-current, a visible marker and a thicker border', async () => {
      const grid = await gridIn(1200, 'highlight="3"');
      const current = tiles(grid).filter((tile) => tile.getAttribute('aria-current') === 'true');
      expect(current.map((tile) => tile.dataset.number)).to.deep.equal(['3']);
      const markers = [...shadow(grid).querySelectorAll('[part~="marker"]')];
      expect(markers).to.have.length(1);
      expect(tiles(grid)[2]!.contains(markers[0]!)).to.equal(true);
      expect(markers[0]!.textContent).to.equal('Highlighted');
      expect(markers[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
      const width = (tile: Element) => parseFloat(getComputedStyle(tile).borderLeftWidth);
      expect(width(tiles(grid)[2]!)).to.be.at.least(width(tiles(grid)[1]!) * 3);
      expect(grid.highlightedFoundation?.id).to.equal('evidence-and-information');
      grid.highlight = 'co-design';
      await grid.updateComplete;
      expect(
        tiles(grid)
          .filter((tile) => tile.hasAttribute('aria-current'))
          .map((tile) => tile.dataset.number),
      ).to.deep.equal(['7']);
    });

    for (const invalid of ['9', 'nothing', '<img src=x onerror=alert(1)>']) {
      it(`highlights nothing for highlight="${invalid}" and warns once`, async () => {
        let grid!: PeolcFoundationGrid;
        const { warnings } = await captureConsole(async () => {
          grid = await gridIn(1200, `highlight='${invalid}'`);
          grid.requestUpdate();
          await grid.updateComplete;
        });
        expect(tiles(grid).filter((tile) => tile.hasAttribute('aria-current'))).to.have.length(0);
        expect(shadow(grid).querySelector('[part~="marker"]')).to.equal(null);
        expect(shadow(grid).querySelector('img')).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('is not a foundation number (1–8) or id');
      });
    }

    it('highlights nothing, with one warning, when the foundation is filtered out', async () => {
      let grid!: PeolcFoundationGrid;
      const { warnings } = await captureConsole(async () => {
        grid = await gridIn(1200, 'foundations="1 2" highlight="5"');
      });
      expect(tiles(grid).filter((tile) => tile.hasAttribute('aria-current'))).to.have.length(0);
      expect(warnings).to.deep.equal(['<peolc-foundation-grid>: highlight="5" is not among the foundations shown, so nothing is highlighted.']);
    });
  });

  describe('columns and reflow', () => {
    it('follows its container: one column at 320px, four at 1200px, and three at 800px', async () => {
      expect(columnCount(await gridIn(320))).to.equal(1);
      expect(columnCount(await gridIn(500))).to.equal(2);
      expect(columnCount(await gridIn(800))).to.equal(3);
      expect(columnCount(await gridIn(1200))).to.equal(4);
    });

    it('measures its container in em, not pixels: at 200% text, 1200px shows two columns', async () => {
      expect(columnCount(await gridIn(1200, '', 32))).to.equal(2);
    });

    it('fixes the columns with columns="1"–"4"', async () => {
      expect(columnCount(await gridIn(1200, 'columns="1"'))).to.equal(1);
      expect(columnCount(await gridIn(1200, 'columns="2"'))).to.equal(2);
      expect(columnCount(await gridIn(1200, 'columns="3"'))).to.equal(3);
      expect(columnCount(await gridIn(800, 'columns="4"'))).to.equal(4);
      const grid = await gridIn(1200, 'columns="2"');
      grid.columns = null;
      await grid.updateComplete;
      expect(columnCount(grid)).to.equal(4);
    });

    it('still reflows with fixed columns: columns="4" in 320px is one column', async () => {
      expect(columnCount(await gridIn(320, 'columns="4"'))).to.equal(1);
    });

    for (const invalid of ['0', '5', 'two']) {
      it(`follows the width for columns="${invalid}" and warns once`, async () => {
        let grid!: PeolcFoundationGrid;
        const { warnings } = await captureConsole(async () => {
          grid = await gridIn(1200, `columns="${invalid}"`);
          grid.requestUpdate();
          await grid.updateComplete;
        });
        expect(columnCount(grid)).to.equal(4);
        expect(warnings).to.deep.equal([
          `<peolc-foundation-grid>: columns was set to "${invalid}", which is not a whole number from 1 to 4, so the columns follow the width.`,
        ]);
      });
    }

    for (const [width, fontSize] of [
      [320, 16],
      [320, 32],
    ] as const) {
      it(`nothing overflows sideways at ${width}px with ${fontSize}px text, all open and highlighted`, async () => {
        const grid = await gridIn(width, 'expanded highlight="4"', fontSize);
        expect(grid.scrollWidth).to.be.at.most(width);
        const right = grid.getBoundingClientRect().right;
        for (const element of shadow(grid).querySelectorAll('li, h2, p, button')) {
          expect(element.getBoundingClientRect().right, element.textContent ?? '').to.be.at.most(right + 0.5);
        }
        for (const tile of tiles(grid)) expect(tile.scrollWidth).to.be.at.most(tile.clientWidth);
      });
    }

    it('inherits the page’s font and sizes in em', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif; font-size: 20px; width: 1200px"></div>`);
      box.innerHTML = '<peolc-foundation-grid></peolc-foundation-grid>';
      const grid = box.querySelector('peolc-foundation-grid')!;
      await grid.updateComplete;
      expect(getComputedStyle(toggles(grid)[0]!).fontFamily).to.equal(getComputedStyle(box).fontFamily);
      expect(getComputedStyle(shadow(grid).querySelector('[part~="intro"]')!).fontSize).to.equal('20px');
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) closed, open, filtered and highlighted', async () => {
      const grid = await gridIn(1200);
      await expectAxeClean(grid);
      grid.expanded = true;
      await grid.updateComplete;
      await expectAxeClean(grid);
      grid.foundations = '2 5 7';
      grid.highlight = '5';
      grid.headingLevel = 3;
      await grid.updateComplete;
      await expectAxeClean(grid);
      grid.expanded = false;
      await grid.updateComplete;
      await expectAxeClean(grid);
    });

    it('passes axe in a 320px container with one tile open', async () => {
      const grid = await gridIn(320, 'highlight="1"');
      grid.toggle(1, true);
      await grid.updateComplete;
      await expectAxeClean(grid);
    });

    it('keeps the tile borders and the highlight visible in forced colours', async function () {
      if (!isChromium) this.skip(); // forced-colours emulation is Chromium's
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const grid = await gridIn(1200, 'highlight="2"');
      const [first, second, third] = tiles(grid).map((tile) => getComputedStyle(tile));
      for (const style of [first!, second!, third!]) {
        expect(style.borderLeftStyle).to.equal('solid');
        expect(parseFloat(style.borderLeftWidth)).to.be.at.least(1);
      }
      expect(first!.borderLeftColor).to.equal(third!.borderLeftColor);
      expect(second!.borderLeftColor).to.not.equal(first!.borderLeftColor);
      expect(parseFloat(second!.borderLeftWidth)).to.be.greaterThan(parseFloat(first!.borderLeftWidth));
      const button = getComputedStyle(toggles(grid)[0]!);
      expect(button.borderLeftStyle).to.equal('solid');
    });

    it('has no transitions when reduced motion is preferred', async function () {
      if (!isChromium) this.skip(); // media emulation is Chromium's
      const before = await gridIn(1200);
      expect(getComputedStyle(toggles(before)[0]!, '::before').transitionDuration).to.not.equal('0s');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const grid = await gridIn(1200);
      for (const element of [toggles(grid)[0]!, tiles(grid)[0]!, bodies(grid)[0]!]) {
        expect(getComputedStyle(element).transitionDuration).to.equal('0s');
        expect(getComputedStyle(element, '::before').transitionDuration).to.equal('0s');
      }
    });

    it('prints every full text in one column, without the buttons', async function () {
      if (!isChromium) this.skip(); // print emulation needs the DevTools protocol; Firefox over WebDriver BiDi has none
      const grid = await gridIn(1200, 'highlight="2"');
      await grid.updateComplete;
      expect(bodies(grid).map((body) => getComputedStyle(body).display)).to.deep.equal(Array(8).fill('none'));
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(hiddenStates(grid)).to.deep.equal(Array(8).fill(true));
      expect(bodies(grid).map((body) => getComputedStyle(body).display)).to.deep.equal(Array(8).fill('block'));
      expect(bodies(grid).every((body) => body.getBoundingClientRect().height > 0)).to.equal(true);
      expect(toggles(grid).map((button) => getComputedStyle(button).display)).to.deep.equal(Array(8).fill('none'));
      expect(columnCount(grid)).to.equal(1);
      // Backgrounds do not print, so the marker must not be white text on its background colour.
      const marker = shadow(grid).querySelector('[part~="marker"]')!;
      expect(marker.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(marker).color).to.equal(getComputedStyle(tiles(grid)[1]!).color);
    });
  });
});
