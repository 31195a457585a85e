import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import '../../src/ambition-wheel.js';
import '../../src/ambition.js';
import '../../src/provider.js';
import type { PeolcAmbitionWheel } from '../../src/ambition-wheel.js';
import type { PeolcAmbition } from '../../src/ambition.js';
import type { PeolcProvider } from '../../src/provider.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { emulateMediaFeatures, isChromium, spokenText } from '../helpers/browser.js';

/** A wheel in a container of the given width, as a partner page would place it. */
async function wheelIn(width: number, attributes = ''): Promise<PeolcAmbitionWheel> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<peolc-ambition-wheel ${attributes}></peolc-ambition-wheel><button>after</button>`;
  const wheel = box.querySelector('peolc-ambition-wheel')!;
  await wheel.updateComplete;
  return wheel;
}

const shadow = (wheel: Element) => wheel.shadowRoot!;
const options = (wheel: Element) => [...shadow(wheel).querySelectorAll<HTMLElement>('[part~="segment-label"]')];
const segments = (wheel: Element) => [...shadow(wheel).querySelectorAll<SVGPathElement>('[part~="segment"]')];
const checked = (wheel: Element) =>
  options(wheel)
    .filter((option) => option.getAttribute('aria-checked') === 'true')
    .map((option) => option.dataset.number);
const focusedOption = (wheel: Element) => shadow(wheel).activeElement as HTMLElement | null;

/** Records peolc-ambition-select events. */
function recordSelections(wheel: Element): number[] {
  const numbers: number[] = [];
  wheel.addEventListener('peolc-ambition-select', (event) => numbers.push((event as CustomEvent<{ number: number }>).detail.number));
  return numbers;
}

/** Angles (degrees clockwise from the top) where a segment path starts and ends on its outer arc. */
function outerArcAngles(path: SVGPathElement): number[] {
  const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
  // d = M x0 y0 A r r 0 large 1 x1 y1 L …
  const [x0, y0, , , , , , x1, y1] = numbers;
  const angle = (x: number, y: number) => ((Math.atan2(y, x) * 180) / Math.PI + 90 + 360) % 360;
  return [angle(x0!, y0!), angle(x1!, y1!)];
}

afterEach(async () => {
  await resetMouse();
  // Media emulation is a Chrome DevTools Protocol feature; Firefox over WebDriver BiDi has none.
  if (isChromium) await emulateMediaFeatures({});
});

describe('<peolc-ambition-wheel>', () => {
  describe('what it shows', () => {
    it('draws six segments of equal angle, clockwise from the top in reading order', async () => {
      const wheel = await wheelIn(800);
      const paths = segments(wheel);
      expect(paths).to.have.length(6);
      const angles = paths.map(outerArcAngles);
      angles.forEach(([start, end], index) => {
        expect(start).to.be.closeTo(index * 60, 0.01);
        expect((end! - start! + 360) % 360).to.be.closeTo(60, 0.01);
      });
      expect(paths.map((path) => path.dataset.number)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    });

    it('labels every segment with its number and the framework’s title', async () => {
      const wheel = await wheelIn(800);
      expect(options(wheel).map((option) => option.querySelector('.option-title')!.textContent)).to.deep.equal(
        edition.ambitions.map((ambition) => ambition.title),
      );
      expect(options(wheel).map((option) => option.querySelector('.option-number')!.textContent)).to.deep.equal(['01', '02', '03', '04', '05', '06']);
    });

    it('shows the vision in the centre, and the selected ambition’s number and title when one is selected', async () => {
      const wheel = await wheelIn(800);
      const centre = () => shadow(wheel).querySelector('[part~="centre"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(centre()).to.equal(edition.vision);
      wheel.selected = '3';
      await wheel.updateComplete;
      expect(centre()).to.equal('03 Maximising comfort and wellbeing');
    });

    it('exposes a named radio group whose radios say their number, title, position and state', async () => {
      const wheel = await wheelIn(800, 'selected="2"');
      const group = shadow(wheel).querySelector('[role="radiogroup"]')!;
      expect(group.getAttribute('aria-label')).to.equal('Six ambitions for palliative and end of life care');
      const radios = options(wheel);
      expect(radios.map((radio) => radio.getAttribute('role'))).to.deep.equal(Array(6).fill('radio'));
      // The visible text is the name (label in name): number, then title.
      expect(spokenText(radios[2]!)).to.equal('03 Maximising comfort and wellbeing');
      expect(radios[2]!.querySelector('.option-number')!.hasAttribute('aria-hidden')).to.equal(false);
      expect(radios.map((radio) => `${radio.getAttribute('aria-posinset')} of ${radio.getAttribute('aria-setsize')}`)).to.deep.equal([
        '1 of 6',
        '2 of 6',
        '3 of 6',
        '4 of 6',
        '5 of 6',
        '6 of 6',
      ]);
      expect(radios.map((radio) => radio.getAttribute('aria-checked'))).to.deep.equal(['false', 'true', 'false', 'false', 'false', 'false']);
    });

    it('takes its accessible name from label', async () => {
      const wheel = await wheelIn(800, 'label="Our six ambitions"');
      expect(shadow(wheel).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Our six ambitions');
    });

    it('adds the eight foundations, by their diagram labels, with show-foundations', async () => {
      const wheel = await wheelIn(800, 'show-foundations');
      const band = shadow(wheel).querySelector('[part~="foundations"]')!;
      expect(band.getAttribute('aria-label')).to.equal('Eight foundations that underpin the ambitions');
      expect([...band.querySelectorAll('li')].map(spokenText)).to.deep.equal(
        edition.foundations.map((foundation) => `${foundation.number} ${foundation.label}`),
      );
    });

    it('renders the content of the nearest provider', async () => {
      const local = structuredClone(edition);
      local.id = 'local';
      local.ambitions[0]!.title = 'Everyone is seen as a person';
      const provider = await fixture<PeolcProvider>(html`<peolc-provider><peolc-ambition-wheel></peolc-ambition-wheel></peolc-provider>`);
      provider.edition = local;
      const wheel = provider.querySelector('peolc-ambition-wheel')!;
      await provider.updateComplete;
      await provider.loaded; // the edition property is checked by the validator, which loads with it
      await wheel.updateComplete;
      expect(options(wheel)[0]!.textContent).to.contain('Everyone is seen as a person');
    });
  });

  describe('keyboard (radio group pattern)', () => {
    it('is one tab stop: Tab enters at the first ambition without selecting, Tab again leaves', async () => {
      const wheel = await wheelIn(800);
      const selections = recordSelections(wheel);
      wheel.parentElement!.insertAdjacentHTML('afterbegin', '<button id="before">before</button>');
      wheel.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedOption(wheel)?.dataset.number).to.equal('1');
      expect(checked(wheel)).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('after');
      expect(selections).to.deep.equal([]);
    });

    it('enters at the selected ambition', async () => {
      const wheel = await wheelIn(800, 'selected="4"');
      wheel.parentElement!.insertAdjacentHTML('afterbegin', '<button id="before">before</button>');
      wheel.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedOption(wheel)?.dataset.number).to.equal('4');
    });

    it('Space selects the focused ambition; arrows move in reading order, wrapping, and select as they go', async () => {
      const wheel = await wheelIn(800);
      const selections = recordSelections(wheel);
      options(wheel)[0]!.focus();
      await sendKeys({ type: ' ' });
      expect(checked(wheel)).to.deep.equal(['1']);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedOption(wheel)?.dataset.number).to.equal('3');
      expect(checked(wheel)).to.deep.equal(['3']);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedOption(wheel)?.dataset.number).to.equal('6');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedOption(wheel)?.dataset.number).to.equal('1');
      expect(selections).to.deep.equal([1, 2, 3, 2, 1, 6, 1]);
      // A user's choice is stored as the ambition's number, and reflected.
      expect(wheel.selected).to.equal(1);
      expect(wheel.getAttribute('selected')).to.equal('1');
    });

    it('Home and End go to the first and last ambition', async () => {
      const wheel = await wheelIn(800, 'selected="3"');
      options(wheel)[2]!.focus();
      await sendKeys({ press: 'End' });
      expect(checked(wheel)).to.deep.equal(['6']);
      await sendKeys({ press: 'Home' });
      expect(checked(wheel)).to.deep.equal(['1']);
      expect(focusedOption(wheel)?.dataset.number).to.equal('1');
    });

    it('shows focus on the label and rings the focused segment', async () => {
      const wheel = await wheelIn(800);
      wheel.parentElement!.insertAdjacentHTML('afterbegin', '<button id="before">before</button>');
      wheel.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await wheel.updateComplete;
      const option = focusedOption(wheel)!;
      expect(getComputedStyle(option).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(option).outlineWidth)).to.be.at.least(2);
      expect(shadow(wheel).querySelectorAll('.ring.focus')).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      await wheel.updateComplete;
      expect(shadow(wheel).querySelectorAll('.ring.focus')).to.have.length(0);
    });
  });

  describe('pointer', () => {
    it('a click on a segment selects it, fires one event with its number, id and title, and focuses it', async () => {
      const wheel = await wheelIn(800);
      const path = segments(wheel)[4]!;
      const box = path.getBoundingClientRect();
      const selected = oneEvent(wheel, 'peolc-ambition-select');
      // Near the outer edge of segment 5 (lower left), away from its label.
      await sendMouse({ type: 'click', position: [Math.round(box.left + 12), Math.round(box.top + box.height / 2)] });
      const event = await selected;
      expect(event.detail).to.deep.equal({ number: 5, id: 'all-staff-are-prepared-to-care', title: 'All staff are prepared to care' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(checked(wheel)).to.deep.equal(['5']);
      expect(focusedOption(wheel)?.dataset.number).to.equal('5');
    });

    it('a click on a label selects it', async () => {
      const wheel = await wheelIn(800);
      const box = options(wheel)[1]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      expect(checked(wheel)).to.deep.equal(['2']);
    });

    it('hovering a segment draws a highlight ring', async () => {
      const wheel = await wheelIn(800);
      const box = options(wheel)[0]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await wheel.updateComplete;
      expect(shadow(wheel).querySelectorAll('.ring.hover')).to.have.length(1);
    });
  });

  describe('selected', () => {
    it('a cancelled peolc-ambition-select keeps the selection as it was, by pointer and by keyboard', async () => {
      const wheel = await wheelIn(800, 'selected="2"');
      const selections = recordSelections(wheel);
      wheel.addEventListener('peolc-ambition-select', (event) => event.preventDefault());
      const box = options(wheel)[4]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await wheel.updateComplete;
      expect(checked(wheel)).to.deep.equal(['2']);
      options(wheel)[1]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await wheel.updateComplete;
      expect(selections).to.deep.equal([5, 3]);
      expect(checked(wheel)).to.deep.equal(['2']);
      expect(wheel.selectedAmbition?.number).to.equal(2);
      expect(wheel.getAttribute('selected')).to.equal('2');
    });

    it('accepts a number or an id, and fires no event when set by code', async () => {
      const wheel = await wheelIn(800);
      const selections = recordSelections(wheel);
      wheel.selected = 'care-is-coordinated';
      await wheel.updateComplete;
      expect(checked(wheel)).to.deep.equal(['4']);
      expect(wheel.selectedAmbition?.number).to.equal(4);
      wheel.setAttribute('selected', '6');
      await wheel.updateComplete;
      expect(checked(wheel)).to.deep.equal(['6']);
      wheel.removeAttribute('selected');
      await wheel.updateComplete;
      expect(checked(wheel)).to.deep.equal([]);
      await aTimeout(0);
      expect(selections).to.deep.equal([]);
    });

    for (const invalid of ['0', '7', 'ambition-one', '<img src=x onerror=alert(1)>']) {
      it(`selects nothing for selected="${invalid}" and warns once, never throwing`, async () => {
        let wheel!: PeolcAmbitionWheel;
        const { warnings } = await captureConsole(async () => {
          wheel = await wheelIn(800, `selected='${invalid}'`);
          wheel.requestUpdate();
          await wheel.updateComplete;
        });
        expect(checked(wheel)).to.deep.equal([]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('is not an ambition number (1–6) or id');
        expect(shadow(wheel).querySelector('img')).to.equal(null);
        expect(options(wheel)).to.have.length(6);
      });
    }
  });

  describe('href-template', () => {
    it('makes the segments real links, in a labelled list, each its own tab stop', async () => {
      const wheel = await wheelIn(800, 'href-template="#ambition-{number}/{id}"');
      const links = options(wheel) as HTMLAnchorElement[];
      expect(links.map((link) => link.localName)).to.deep.equal(Array(6).fill('a'));
      expect(links[2]!.getAttribute('href')).to.equal('#ambition-3/maximising-comfort-and-wellbeing');
      expect(shadow(wheel).querySelector('ul')!.getAttribute('aria-label')).to.equal('Six ambitions for palliative and end of life care');
      expect(links.map((link) => link.tabIndex)).to.deep.equal([0, 0, 0, 0, 0, 0]);
    });

    it('arrow keys move between links without selecting; Enter follows the link and fires the event', async () => {
      const wheel = await wheelIn(800, 'href-template="#ambition-{number}"');
      const selections = recordSelections(wheel);
      options(wheel)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedOption(wheel)?.dataset.number).to.equal('2');
      expect(selections).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      expect(location.hash).to.equal('#ambition-2');
      expect(selections).to.deep.equal([2]);
      expect(options(wheel)[1]!.getAttribute('aria-current')).to.equal('true');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('a cancelled event keeps the page where it is and the selection as it was, for single-page apps', async () => {
      const wheel = await wheelIn(800, 'href-template="#go-{number}" selected="2"');
      wheel.addEventListener('peolc-ambition-select', (event) => event.preventDefault());
      options(wheel)[3]!.click();
      await wheel.updateComplete;
      expect(location.hash).to.equal('');
      expect(wheel.selectedAmbition?.number).to.equal(2);
      expect(options(wheel)[1]!.getAttribute('aria-current')).to.equal('true');
    });

    it('refuses a script URL: the segments stay radios and one warning is logged', async () => {
      let wheel!: PeolcAmbitionWheel;
      const { warnings } = await captureConsole(async () => {
        wheel = await wheelIn(800, 'href-template="javascript:alert(1)"');
      });
      expect(options(wheel).map((option) => option.getAttribute('role'))).to.deep.equal(Array(6).fill('radio'));
      expect(shadow(wheel).querySelector('a')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('is not a web address');
    });
  });

  describe('sizes', () => {
    it('in a wide container, every title sits inside its own segment: none overflows the ring or another', async () => {
      for (const width of [544, 600, 640, 800, 1000, 1200]) {
        const wheel = await wheelIn(width);
        const svgBox = shadow(wheel).querySelector('svg')!.getBoundingClientRect();
        const scale = svgBox.width / 208;
        const centre = { x: svgBox.left + svgBox.width / 2, y: svgBox.top + svgBox.height / 2 };
        const vision = shadow(wheel).querySelector('[part~="centre"] .vision')!.getBoundingClientRect();
        for (const [x, y] of [
          [vision.left, vision.top],
          [vision.right, vision.top],
          [vision.left, vision.bottom],
          [vision.right, vision.bottom],
        ]) {
          expect(Math.hypot(x! - centre.x, y! - centre.y) / scale, `vision at width ${width}`).to.be.below(52);
        }
        const boxes = options(wheel).map((option) => option.querySelector('.option-title')!.getBoundingClientRect());
        for (const [index, box] of boxes.entries()) {
          expect(getComputedStyle(options(wheel)[index]!).position, `width ${width}`).to.equal('absolute');
          for (const [x, y] of [
            [box.left, box.top],
            [box.right, box.top],
            [box.left, box.bottom],
            [box.right, box.bottom],
          ]) {
            const radius = Math.hypot(x! - centre.x, y! - centre.y) / scale;
            expect(radius, `title ${index + 1} at width ${width}`).to.be.within(52, 98);
          }
          for (const other of boxes.slice(index + 1)) {
            const overlap = box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
            expect(overlap, `titles overlap at width ${width}`).to.equal(false);
          }
          expect(parseFloat(getComputedStyle(options(wheel)[index]!).fontSize)).to.be.at.least(14);
        }
        wheel.parentElement!.remove();
      }
    });

    it('below 34em the titles move to a list beneath a numbered wheel, at full size', async () => {
      for (const width of [240, 320, 540]) {
        const wheel = await wheelIn(width, 'selected="4"');
        const svgBox = shadow(wheel).querySelector('svg')!.getBoundingClientRect();
        const centre = shadow(wheel).querySelector('[part~="centre"]')!.getBoundingClientRect();
        expect(centre.top).to.be.at.least(svgBox.top);
        expect(centre.bottom).to.be.at.most(svgBox.bottom);
        for (const option of options(wheel)) {
          expect(getComputedStyle(option).position).to.equal('static');
          expect(option.getBoundingClientRect().top).to.be.at.least(svgBox.bottom - 1);
          expect(option.getBoundingClientRect().right).to.be.at.most(wheel.getBoundingClientRect().right + 0.5);
          expect(parseFloat(getComputedStyle(option).fontSize)).to.be.at.least(16);
        }
        const numbers = [...shadow(wheel).querySelectorAll('.segment-number')];
        expect(numbers.filter((number) => getComputedStyle(number).display === 'none')).to.have.length(0);
        expect(wheel.scrollWidth).to.be.at.most(width);
        wheel.parentElement!.remove();
      }
    });
  });

  describe('panel', () => {
    it('asks the reader to choose before anything is selected', async () => {
      const wheel = await wheelIn(800, 'panel');
      expect(shadow(wheel).querySelector('[part~="panel"]')!.textContent!.trim()).to.equal('Choose an ambition on the wheel to read more about it.');
    });

    it('shows the number, title as an h2 and the statement of the selected ambition', async () => {
      const wheel = await wheelIn(800, 'panel selected="5"');
      const panel = shadow(wheel).querySelector('[part~="panel"]')!;
      expect(panel.querySelector('[part~="panel-number"]')!.textContent).to.equal('Ambition 5');
      expect(panel.querySelector('h2')!.textContent).to.equal('All staff are prepared to care');
      expect(panel.querySelector('[part~="panel-statement"]')!.textContent).to.equal(edition.ambitions[4]!.statement);
      expect(panel.querySelectorAll('li')).to.have.length(0);
    });

    it('adds the points and building-block titles with parts, at the heading level asked for', async () => {
      const wheel = await wheelIn(800, 'panel parts="what-we-know building-blocks" selected="1" heading-level="4"');
      const panel = shadow(wheel).querySelector('[part~="panel"]')!;
      expect(panel.querySelector('h4')!.textContent).to.equal('Each person is seen as an individual');
      expect([...panel.querySelectorAll('h5')].map((h) => h.textContent)).to.deep.equal(['What we already know', 'Building blocks']);
      const lists = panel.querySelectorAll('ul');
      expect([...lists[0]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(edition.ambitions[0]!.whatWeKnow);
      expect([...lists[1]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(
        edition.ambitions[0]!.buildingBlocks.map((block) => block.title),
      );
    });

    it('uses level 2 and warns once for a heading level outside 2–6', async () => {
      let wheel!: PeolcAmbitionWheel;
      const { warnings } = await captureConsole(async () => {
        wheel = await wheelIn(800, 'panel selected="1" heading-level="9"');
      });
      expect(shadow(wheel).querySelector('[part~="panel"] h2')).to.not.equal(null);
      expect(warnings).to.deep.equal([
        '<peolc-ambition-wheel>: heading-level was set to "9", which is not a heading level from 2 to 6, so level 2 is used.',
      ]);
    });
  });

  describe('accessibility', () => {
    it('passes axe (WCAG 2.2 AA) with nothing selected, each ambition selected, foundations and the panel', async () => {
      const wheel = await wheelIn(800, 'show-foundations panel parts="what-we-know building-blocks"');
      await expectAxeClean(wheel);
      for (const number of ['1', '2', '3', '4', '5', '6']) {
        wheel.selected = number;
        await wheel.updateComplete;
        await expectAxeClean(wheel);
      }
    });

    it('passes axe in the compact layout and as links', async () => {
      await expectAxeClean(await wheelIn(320, 'selected="2" show-foundations panel'));
      await expectAxeClean(await wheelIn(800, 'href-template="#a{number}" selected="3"'));
    });

    it('marks the selected segment by more than colour: a thicker outline and an offset', async () => {
      const wheel = await wheelIn(800, 'selected="2"');
      const [first, second] = segments(wheel);
      expect(parseFloat(getComputedStyle(second!).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(first!).strokeWidth));
      expect(second!.parentElement!.getAttribute('transform')).to.not.equal('translate(0 0)');
      expect(getComputedStyle(options(wheel)[1]!.querySelector('.option-title')!).textDecorationLine).to.equal('underline');
    });

    it('keeps the selection visible in forced colours', async function () {
      if (!isChromium) this.skip(); // forced-colours emulation is Chromium's
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const wheel = await wheelIn(800, 'selected="2"');
      const [first, second, third] = segments(wheel);
      // Unselected segments all take the system background; the selected one the highlight.
      expect(getComputedStyle(first!).fill).to.equal(getComputedStyle(third!).fill);
      expect(getComputedStyle(first!).fill).to.not.equal(getComputedStyle(second!).fill);
      expect(parseFloat(getComputedStyle(second!).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(first!).strokeWidth));
    });

    it('has no transitions when reduced motion is preferred', async function () {
      if (!isChromium) this.skip(); // media emulation is Chromium's
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const wheel = await wheelIn(800);
      expect(getComputedStyle(segments(wheel)[0]!).transitionDuration).to.equal('0s');
    });
  });
});

describe('<peolc-ambition>', () => {
  it('shows one ambition, with optional parts', async () => {
    const element = await fixture<PeolcAmbition>(html`<peolc-ambition ambition="3" parts="building-blocks" heading-level="3"></peolc-ambition>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal('Maximising comfort and wellbeing');
    expect(root.querySelectorAll('li')).to.have.length(6);
    await expectAxeClean(element);
  });

  it('follows a wheel named by for, including programmatic changes', async () => {
    const box = await fixture(html`<div>
      <peolc-ambition-wheel id="w"></peolc-ambition-wheel>
      <peolc-ambition for="w"></peolc-ambition>
    </div>`);
    const wheel = box.querySelector('peolc-ambition-wheel')!;
    const detail = box.querySelector('peolc-ambition')!;
    await detail.updateComplete;
    expect(detail.shadowRoot!.textContent).to.contain('Choose an ambition');
    options(wheel)[5]!.click();
    await aTimeout(0);
    await detail.updateComplete;
    expect(detail.shadowRoot!.querySelector('h2')!.textContent).to.equal('Each community is prepared to help');
    wheel.selected = '1';
    await wheel.updateComplete;
    await aTimeout(0);
    await detail.updateComplete;
    expect(detail.shadowRoot!.querySelector('h2')!.textContent).to.equal('Each person is seen as an individual');
  });
});
