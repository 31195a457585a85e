// Issue 12, point 1: WCAG 1.4.12 text spacing and 1.4.4 200 % text.
//
// Under the 1.4.12 spacing (applied inside every shadow root, after the
// elements have rendered, as a reader's bookmarklet does) and at twice the
// text size, no text may be cut off or leave its shape, lie on other text,
// or break inside a word; nothing may scroll sideways at 320 px. The wheel
// may fall back to its compact form to keep that promise.
//
// Each line of text is measured as the browser lays it out
// (Range.getClientRects); the wheel's titles are tested point by point
// against their own segment (SVGGeometryElement.isPointInFill), and the
// centre's text against the hub circle.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { innerRadius, viewBoxHalf } from '../../src/model/wheel-geometry.js';
import { ambitions2015to2020 } from '../../src/content/index.js';
import { createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { expectAxeClean } from '../helpers/axe.js';
import {
  applyTextSpacing,
  brokenWords,
  clippedText,
  frames,
  layoutProblems,
  lineRects,
  overlappingGroups,
  removeTextSpacing,
  textNodes,
  textRects,
} from './text-layout.js';

interface Setting {
  name: string;
  spacing: boolean;
  fontSize: number;
}

const spacing: Setting = { name: 'text spacing', spacing: true, fontSize: 16 };
const doubleText: Setting = { name: '200 % text', spacing: false, fontSize: 32 };
const both: Setting = { name: 'text spacing at 200 % text', spacing: true, fontSize: 32 };
/** The widths and settings the larger elements are measured at: a phone with each setting, then wider with both. */
const narrowToWide: [number, Setting][] = [
  [320, spacing],
  [320, doubleText],
  [600, both],
  [1248, both],
];

afterEach(() => removeTextSpacing());

/** Elements in a box `width` px wide whose text is `fontSize` px, then the setting's spacing, applied after they render. */
async function render<T extends LitElement = LitElement>(
  width: number,
  markup: string,
  setting: Setting,
): Promise<{ box: HTMLElement; elements: T[] }> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: ${setting.fontSize}px"></div>`);
  box.innerHTML = markup;
  const elements = [...box.querySelectorAll<T>('*')].filter((element) => element.localName.startsWith('peolc-'));
  await Promise.all(elements.map((element) => element.updateComplete));
  if (setting.spacing) applyTextSpacing();
  await frames();
  await Promise.all(elements.map((element) => element.updateComplete));
  await frames();
  return { box, elements };
}

// ---------------------------------------------------------------------------
// The wheel

/** A point in the page, in a shape's own user units. */
function toUser(shape: SVGGraphicsElement, x: number, y: number): DOMPoint {
  return new DOMPoint(x, y).matrixTransform(shape.getScreenCTM()!.inverse());
}

/** Points around a rectangle grown by `margin` px: its corners and four more along each edge. */
function perimeter(rect: DOMRect, margin: number): [number, number][] {
  const points: [number, number][] = [];
  const [left, right, top, bottom] = [rect.left - margin, rect.right + margin, rect.top - margin, rect.bottom + margin];
  for (let step = 0; step <= 5; step += 1) {
    const x = left + ((right - left) * step) / 5;
    const y = top + ((bottom - top) * step) / 5;
    points.push([x, top], [x, bottom], [left, y], [right, y]);
  }
  return points;
}

/**
 * Everything wrong with the wheel's text as laid out now, in words: a title
 * whose lines leave its segment (by a margin of `margin` drawing units,
 * so they stay clear of the band inside the selected segment's outline),
 * centre text outside the hub, text on text, words broken, text cut off.
 */
function wheelProblems(wheel: Element, margin = 2): string[] {
  const root = wheel.shadowRoot!;
  const problems: string[] = [];
  const svg = root.querySelector('svg')!;
  const scale = svg.getBoundingClientRect().width / (2 * viewBoxHalf);
  const options = [...root.querySelectorAll<HTMLElement>('[part~="segment-label"]')];
  const segments = [...root.querySelectorAll<SVGPathElement>('[part~="segment"]')];
  const wide = getComputedStyle(options[0]!).position === 'absolute';
  const groups: [string, DOMRect[]][] = options.map((option, index) => [`title ${index + 1}`, textRects(option)]);

  if (wide) {
    for (const [index, [name, rects]] of groups.entries()) {
      const segment = segments[index]!;
      const points = rects.flatMap((rect) => perimeter(rect, margin * scale));
      const outside = points.filter(([x, y]) => !segment.isPointInFill(toUser(segment, x, y))).length;
      if (outside) problems.push(`${name}: ${outside} of ${points.length} points of its lines outside its segment`);
    }
  }
  // The centre: the vision or the selected ambition, inside the hub.
  const centre = root.querySelector<HTMLElement>('[part~="centre"]')!;
  const centreRects = textRects(centre);
  const corners = centreRects.flatMap((rect): [number, number][] => [
    [rect.left, rect.top],
    [rect.right, rect.top],
    [rect.left, rect.bottom],
    [rect.right, rect.bottom],
  ]);
  const hubRadius = innerRadius - 1;
  const outOfHub = corners.filter(([x, y]) => {
    const point = toUser(svg, x, y);
    return Math.hypot(point.x, point.y) > hubRadius;
  }).length;
  if (outOfHub) problems.push(`centre: ${outOfHub} of ${corners.length} corners of its lines outside the hub`);
  groups.push(['centre', centreRects]);
  const below = root.querySelector('.vision-below');
  if (below) groups.push(['vision below', textRects(below)]);
  problems.push(...overlappingGroups(groups));
  const broken = brokenWords(root);
  if (broken.length) problems.push(`words broken across lines: ${broken.join(', ')}`);
  problems.push(...clippedText(wheel));
  return problems;
}

/** What the wheel shows: "wide" (titles on the segments) or "compact" (numbers, titles listed). */
const layoutOf = (wheel: Element) =>
  getComputedStyle(wheel.shadowRoot!.querySelector('[part~="segment-label"]')!).position === 'absolute' ? 'wide' : 'compact';

/** Where the vision is: in the hub, below the wheel, or nowhere (an ambition is selected). */
function visionPlace(wheel: Element): string {
  const root = wheel.shadowRoot!;
  const inHub = root.querySelector('.centre .vision');
  const below = root.querySelector('.vision-below');
  if (inHub && getComputedStyle(inHub).display !== 'none') return 'hub';
  if (below && getComputedStyle(below).display !== 'none') return 'below';
  return 'none';
}

const layouts = new Map<string, Set<string>>();
after(() => {
  // Which layout each setting led to, for the record.
  const lines = [...layouts].map(([key, seen]) => `  ${key}: ${[...seen].join(', ')}`);
  if (lines.length) console.log(`wheel layouts (${navigator.userAgent.includes('Chrome') ? 'Chromium' : 'Firefox'}):\n${lines.join('\n')}`);
});

describe('text spacing and 200 % text (WCAG 1.4.12, 1.4.4)', () => {
  describe('<peolc-ambition-wheel>', () => {
    // 568 px is the wheel of a 600 px window, 1248 px that of a 1280 px window (16 px margins).
    const widths = [544, 568, 640, 800, 1248];
    const states = [
      '',
      'selected="1"',
      'selected="3"',
      'selected="6"',
      'href-template="#a{number}" selected="2"',
      'show-foundations panel selected="5"',
    ];

    for (const setting of [spacing, doubleText, both]) {
      for (const width of widths) {
        it(`${setting.name}, ${width} px: no title leaves its segment, nothing overlaps, no word breaks, nothing is cut off`, async () => {
          const found: string[] = [];
          for (const state of states) {
            const { box, elements } = await render(width, `<peolc-ambition-wheel ${state}></peolc-ambition-wheel>`, setting);
            const wheel = elements[0]!;
            found.push(...wheelProblems(wheel).map((problem) => `[${state || 'nothing selected'}; ${layoutOf(wheel)}] ${problem}`));
            const key = `${setting.name}, ${width} px, ${state || 'nothing selected'}`;
            layouts.set(key, (layouts.get(key) ?? new Set()).add(`${layoutOf(wheel)} (vision ${visionPlace(wheel)})`));
            box.remove();
            removeTextSpacing();
          }
          expect(found).to.deep.equal([]);
        });
      }
    }

    it('without text spacing, keeps the titles on the segments from 34em, as before, whichever is selected', async () => {
      for (const width of [544, 568, 640, 1248]) {
        const { box, elements } = await render(width, '<peolc-ambition-wheel></peolc-ambition-wheel>', {
          name: 'plain',
          spacing: false,
          fontSize: 16,
        });
        const wheel = elements[0] as LitElement & { selected: number | null };
        expect(layoutOf(wheel), `${width} px`).to.equal('wide');
        expect(visionPlace(wheel), `${width} px`).to.equal('hub');
        expect(wheelProblems(wheel), `${width} px`).to.deep.equal([]);
        // Choosing an ambition never changes the layout: the selected title moves out with its segment.
        for (const number of [1, 2, 3, 4, 5, 6]) {
          wheel.selected = number;
          await wheel.updateComplete;
          expect(layoutOf(wheel), `${width} px, ambition ${number} selected`).to.equal('wide');
          expect(wheelProblems(wheel), `${width} px, ambition ${number} selected`).to.deep.equal([]);
        }
        box.remove();
      }
    });

    it('follows spacing applied and taken away after it rendered, and a change of width', async () => {
      const { box, elements } = await render(640, '<peolc-ambition-wheel></peolc-ambition-wheel>', { name: 'plain', spacing: false, fontSize: 16 });
      const wheel = elements[0]!;
      expect(layoutOf(wheel)).to.equal('wide');
      applyTextSpacing();
      await frames();
      expect(wheelProblems(wheel)).to.deep.equal([]);
      removeTextSpacing();
      await frames();
      expect(layoutOf(wheel)).to.equal('wide');
      expect(wheelProblems(wheel)).to.deep.equal([]);
      applyTextSpacing();
      box.style.width = '1000px';
      await frames();
      expect(wheelProblems(wheel)).to.deep.equal([]);
      box.style.width = '568px';
      await frames();
      expect(wheelProblems(wheel)).to.deep.equal([]);
    });

    it('stays free of axe violations in whatever layout the spacing leads to', async () => {
      for (const width of [568, 1248]) {
        const { box, elements } = await render(width, '<peolc-ambition-wheel show-foundations panel selected="3"></peolc-ambition-wheel>', spacing);
        await expectAxeClean(elements[0]!);
        box.remove();
      }
    });
  });

  describe('the other elements', () => {
    const markup = `
      <peolc-foundation-grid highlight="2" heading-level="3"></peolc-foundation-grid>
      <peolc-building-blocks ambition="3" heading-level="3"></peolc-building-blocks>
      <peolc-glossary terms="palliative-care,end-of-life,advance-care-planning,integrated-personalised-commissioning,leadership-alliance-for-the-care-of-dying-people"></peolc-glossary>
      <p>Ask about <peolc-term term="advance-care-planning">advance care planning</peolc-term> early.</p>
      <peolc-ambition ambition="3" parts="what-we-know building-blocks" heading-level="3"></peolc-ambition>`;

    /** Opens every disclosure and the term's popover, so all their text is laid out. */
    async function openEverything(elements: LitElement[]): Promise<void> {
      for (const element of elements) {
        if ('expanded' in element) (element as LitElement & { expanded: boolean }).expanded = true;
        if (element.localName === 'peolc-term') (element as LitElement & { show(): void }).show();
      }
      await Promise.all(elements.map((element) => element.updateComplete));
      await frames();
    }

    function problems(elements: LitElement[]): string[] {
      const found: string[] = [];
      for (const element of elements) {
        const root = element.shadowRoot!;
        found.push(...clippedText(element).map((problem) => `<${element.localName}> ${problem}`));
        const broken = brokenWords(root);
        if (broken.length) found.push(`<${element.localName}> words broken across lines: ${broken.join(', ')}`);
        // Each text node's lines against every other's in the same element.
        const groups = textNodes(root).map((node, index): [string, DOMRect[]] => [
          `<${element.localName}> “${node.data.trim().slice(0, 24)}” (#${index})`,
          lineRects(node),
        ]);
        found.push(...overlappingGroups(groups));
      }
      return found;
    }

    const cases: [number, Setting][] = [
      [320, spacing],
      [320, { name: 'no spacing', spacing: false, fontSize: 16 }],
      [600, spacing],
      [640, doubleText],
      [1248, both],
    ];
    for (const [width, setting] of cases) {
      it(`${setting.name}, ${width} px: the grid, cards, glossary, term and ambition: nothing cut off, overlapping or broken inside a word`, async () => {
        const { elements } = await render(width, markup, setting);
        await openEverything(elements);
        expect(problems(elements)).to.deep.equal([]);
        for (const element of elements) {
          if (element.localName !== 'peolc-term') expect(element.scrollWidth, `<${element.localName}> scrolls sideways`).to.be.at.most(width);
        }
      });
    }
  });
  describe('the self-assessment', () => {
    // Every kind of field, an action and the report's tables: an assessment is shown, then each part measured.
    const markup = '<peolc-self-assessment storage="none" heading-level="3"></peolc-self-assessment>';
    const cases = narrowToWide;
    for (const [width, setting] of cases) {
      it(`${setting.name}, ${width} px: about, an ambition and the board report: nothing cut off, overlapping or broken inside a word, no sideways scroll`, async () => {
        const { elements } = await render(width, markup, setting);
        const element = elements[0]! as LitElement & { value: unknown };
        const assessment = createAssessment({ editionId: ambitions2015to2020.id, scale: presetScales.maturity, title: 'Spacing' });
        const key = `building-block:${ambitions2015to2020.ambitions[0]!.buildingBlocks[0]!.id}`;
        assessment.entries[key] = {
          ...emptyEntry(),
          rating: '2',
          evidence: 'See https://example.org/end-of-life-care/audit-2026 for the audit.',
          actions: [{ id: 'a-1', what: 'Train the team', lead: 'Lead nurse', due: '2027-03-31', status: 'in-progress' }],
          priority: 'high',
        };
        element.value = assessment;
        await element.updateComplete;
        const found: string[] = [];
        for (const part of ['about', 'ambition-1', 'report']) {
          element.shadowRoot!.querySelector<HTMLButtonElement>(`.sections button[data-section="${part}"]`)!.click();
          await element.updateComplete;
          await frames();
          for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
          // The report's tables may scroll sideways in their own box (WCAG 1.4.10 excepts data tables).
          found.push(...layoutProblems(element, { name: part, scrollsWithin: '.table-box' }));
          expect(element.scrollWidth, `${part} scrolls sideways`).to.be.at.most(width);
        }
        expect(found).to.deep.equal([]);
        await expectAxeClean(element);
      });
    }
  });
  describe('the progress wheel', () => {
    // The words, the key, the foundations' tiles and the table, with every level present.
    const markup = '<peolc-progress-wheel show-foundations heading-level="3"></peolc-progress-wheel>';
    const cases = narrowToWide;
    for (const [width, setting] of cases) {
      it(`${setting.name}, ${width} px: words, key and table: nothing cut off, overlapping or broken inside a word, no sideways scroll`, async () => {
        const { elements } = await render(width, markup, setting);
        const element = elements[0]! as LitElement & { value: unknown };
        const assessment = createAssessment({
          editionId: ambitions2015to2020.id,
          scale: presetScales.maturity,
          include: 'foundations',
          title: 'Spacing',
        });
        const levels = presetScales.maturity.levels.map((level) => level.id);
        ambitions2015to2020.ambitions.forEach((ambition) =>
          ambition.buildingBlocks.forEach((block, index) => {
            assessment.entries[`building-block:${block.id}`] = { ...emptyEntry(), rating: levels[index % levels.length]! };
          }),
        );
        assessment.entries[`foundation:${ambitions2015to2020.foundations[0]!.id}`] = { ...emptyEntry(), rating: '3' };
        element.value = assessment;
        await element.updateComplete;
        await frames();
        expect(layoutProblems(element, { scrollsWithin: '.table-box' })).to.deep.equal([]);
        expect(element.scrollWidth, 'scrolls sideways').to.be.at.most(width);
        await expectAxeClean(element);
      });
    }
  });
  describe('the explorer', () => {
    // Its controls are in the shadow root, its text in the light DOM (peolc-framework.ts says why): both are measured.
    const markup = '<peolc-framework ambition="3" expanded heading-level="3" query="symptoms"></peolc-framework>';
    const cases = narrowToWide;
    for (const [width, setting] of cases) {
      it(`${setting.name}, ${width} px: contents, search results and document: nothing cut off, overlapping or broken inside a word, no sideways scroll`, async () => {
        const { elements } = await render(width, markup, setting);
        const explorer = elements[0]!;
        const documentPart = explorer.querySelector<HTMLElement>(':scope > [slot="document"]')!;
        expect([...layoutProblems(explorer, { name: 'controls' }), ...layoutProblems(documentPart, { name: 'document' })]).to.deep.equal([]);
        expect(explorer.scrollWidth, 'scrolls sideways').to.be.at.most(width);
        await expectAxeClean(explorer);
      });
    }
  });
});
