import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/index.js';
import {
  colourTokenNames,
  darkColours,
  findToken,
  hostThemeCss,
  themeFileCss,
  themeFileNames,
  themeNames,
  themes,
  themeTokenNames,
  tokenFallback,
  tokens,
  withDarkColours,
  type ThemeName,
  type TokenInfo,
  type ThemeValues,
} from '../src/themes/index.js';
import { ambitions2015to2020 } from '../src/content/index.js';
import { createAssessment, emptyEntry } from '../src/model/assessment/assessment.js';
import { presetScales } from '../src/model/assessment/scales.js';
import { peolcTags } from '../src/registry.js';
import { elementThemeRules, providerThemeRules } from '../src/themes/host-rules.js';
import { version } from '../src/internal/version.generated.js';
import { expectAxeClean } from './helpers/axe.js';
import { emulateMediaFeatures, isChromium } from './helpers/browser.js';

// ---------------------------------------------------------------------------
// Colours, measured by the browser

/** Any CSS colour as the browser computes it: `rgb(r, g, b)` (or `rgba(…)`). */
function computedColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

function channels(value: string): [number, number, number] {
  const numbers = computedColour(value)
    .match(/[\d.]+/g)!
    .map(Number);
  return [numbers[0]!, numbers[1]!, numbers[2]!];
}

/** WCAG 2.2 relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** `color-mix(in srgb, top amount%, bottom)` with opaque colours, as `rgb()`. */
function mix(top: string, amount: number, bottom: string): string {
  const [t, b] = [channels(top), channels(bottom)];
  const mixed = t.map((channel, index) => channel * amount + b[index]! * (1 - amount));
  return `rgb(${mixed.map((channel) => channel.toFixed(2)).join(', ')})`;
}

// ---------------------------------------------------------------------------
// The pairs each theme must keep at WCAG 2.2 AA

interface Pair {
  what: string;
  ratio: number;
  needs: 4.5 | 3;
}

const ambitionNumbers = [1, 2, 3, 4, 5, 6] as const;
const ambitionColour = (values: ThemeValues, n: (typeof ambitionNumbers)[number]) => values[`--peolc-ambition-${n}-color`];

function contrastPairs(values: ThemeValues): Pair[] {
  const text = values['--peolc-text-color'];
  const background = values['--peolc-background-color'];
  const surface = values['--peolc-surface-color'];
  const accent = values['--peolc-accent-color'];
  const onAccent = values['--peolc-on-accent-color'];
  const border = values['--peolc-border-color'];
  const onSegment = values['--peolc-on-segment-color'];
  const focus = values['--peolc-focus-color'];
  const focusEdge = values['--peolc-focus-edge-color'];
  const pair = (what: string, a: string, b: string, needs: 4.5 | 3): Pair => ({ what, ratio: contrast(a, b), needs });
  const pairs: Pair[] = [
    // Text: 4.5:1.
    pair('text on the background', text, background, 4.5),
    pair('text on the surface (tiles, cards, search box, popover)', text, surface, 4.5),
    pair('text on the selected title’s tint in the wheel’s list', text, mix(text, 0.08, background), 4.5),
    pair('text on a tile button’s hover tint', text, mix(text, 0.1, surface), 4.5),
    pair('accent text (“Read more”) on the surface', accent, surface, 4.5),
    pair('marker text on the accent', onAccent, accent, 4.5),
    ...ambitionNumbers.map((n) => pair(`segment text on ambition ${n}`, onSegment, ambitionColour(values, n), 4.5)),
    // Non-text: 3:1.
    ...ambitionNumbers.map((n) => pair(`ambition ${n} segment against the background`, ambitionColour(values, n), background, 3)),
    pair('selected segment’s edge (the text colour) against the background', text, background, 3),
    pair('tile border against the surface', border, surface, 3),
    pair('tile border against the background', border, background, 3),
    pair('accent edge against the surface', accent, surface, 3),
    pair('highlighted tile’s accent border against the background', accent, background, 3),
    pair('focus band against its edge', focus, focusEdge, 3),
  ];
  // The focus indicator is two bands: whatever it sits on, one of them must stand out.
  const backdrops: [string, string][] = [
    ['the background', background],
    ['the surface', surface],
    ['the accent', accent],
    ...ambitionNumbers.map((n): [string, string] => [`ambition ${n}`, ambitionColour(values, n)]),
  ];
  for (const [name, colour] of backdrops) {
    pairs.push({ what: `focus indicator on ${name}`, ratio: Math.max(contrast(focus, colour), contrast(focusEdge, colour)), needs: 3 });
  }
  return pairs;
}

/** The colours every palette is checked in: each theme, and the dark scheme over each theme. */
const palettes: [string, ThemeValues][] = [
  ...themeNames.map((name): [string, ThemeValues] => [name, themes[name].values]),
  ...themeNames.map((name): [string, ThemeValues] => [`${name} + color-scheme dark`, withDarkColours(themes[name])]),
];

// ---------------------------------------------------------------------------
// Rendering

/** A length token in px, for an element whose font size em refers to. */
function px(value: string, element: Element): number {
  if (value.endsWith('em')) return parseFloat(value) * parseFloat(getComputedStyle(element).fontSize);
  return parseFloat(value);
}

/** A border width as browsers compute it: from 1px up, whole device pixels. */
function borderPx(value: string, element: Element): number {
  const width = px(value, element);
  return width < 1 ? width : Math.floor(width * devicePixelRatio) / devicePixelRatio;
}

const root = (element: Element) => element.shadowRoot!;
const part = <T extends Element = HTMLElement>(element: Element, name: string) => root(element).querySelector<T>(`[part~="${name}"]`)!;
const parts = <T extends Element = HTMLElement>(element: Element, name: string) => [...root(element).querySelectorAll<T>(`[part~="${name}"]`)];

interface Page {
  box: HTMLElement;
  wheel: HTMLElement;
  grid: HTMLElement;
  cards: HTMLElement;
  glossary: HTMLElement;
  term: HTMLElement;
  framework: HTMLElement;
  assessment: HTMLElement;
  progress: HTMLElement;
}

/**
 * The elements a partner page would show, each with `attributes`, inside
 * `<peolc-provider providerAttributes>` when that is given.
 */
async function renderPage(attributes = '', providerAttributes?: string): Promise<Page> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 960px; font-size: 16px"></div>`);
  const elements = `
    <button id="before">before</button>
    <peolc-ambition-wheel ${attributes} selected="2" panel parts="what-we-know building-blocks" show-foundations heading-level="3"></peolc-ambition-wheel>
    <peolc-foundation-grid ${attributes} highlight="2" heading-level="3"></peolc-foundation-grid>
    <peolc-building-blocks ${attributes} ambition="3" heading-level="3"></peolc-building-blocks>
    <peolc-glossary ${attributes} terms="palliative-care,end-of-life,advance-care-planning"></peolc-glossary>
    <p>Ask about <peolc-term ${attributes} term="palliative-care">palliative care</peolc-term> early.</p>
    <peolc-framework ${attributes} ambition="3" query="symptom" heading-level="3"></peolc-framework>
    <peolc-self-assessment ${attributes} storage="none" heading-level="3"></peolc-self-assessment>
    <peolc-progress-wheel ${attributes} heading-level="3"></peolc-progress-wheel>`;
  box.innerHTML = providerAttributes === undefined ? elements : `<peolc-provider ${providerAttributes}>${elements}</peolc-provider>`;
  const get = (tag: string) => box.querySelector<LitElement>(tag)!;
  const page = {
    box,
    wheel: get('peolc-ambition-wheel'),
    grid: get('peolc-foundation-grid'),
    cards: get('peolc-building-blocks'),
    glossary: get('peolc-glossary'),
    term: get('peolc-term'),
    framework: get('peolc-framework'),
    assessment: get('peolc-self-assessment'),
    progress: get('peolc-progress-wheel'),
  };
  (page.progress as unknown as { value: unknown }).value = progressAssessment();
  await Promise.all(
    [page.wheel, page.grid, page.cards, page.glossary, page.term, page.framework, page.assessment, page.progress].map(
      (element) => (element as LitElement).updateComplete,
    ),
  );
  return page;
}

/** Asserts that an element shows `values` wherever the elements read them. */
function expectWheel(wheel: Element, values: ThemeValues, painted = true): void {
  const style = getComputedStyle(wheel);
  expect(style.color, 'wheel text').to.equal(computedColour(values['--peolc-text-color']));
  if (painted) expect(style.backgroundColor, 'wheel background').to.equal(computedColour(values['--peolc-background-color']));
  const segments = parts<SVGPathElement>(wheel, 'segment');
  segments.forEach((segment, index) => {
    const n = ambitionNumbers[index]!;
    expect(getComputedStyle(segment).fill, `segment ${n} fill`).to.equal(computedColour(ambitionColour(values, n)));
  });
  const [first, second] = segments.map((segment) => getComputedStyle(segment));
  expect(first!.stroke, 'gap colour').to.equal(computedColour(values['--peolc-background-color']));
  expect(parseFloat(first!.strokeWidth), 'gap width').to.be.closeTo(parseFloat(values['--peolc-segment-gap-width']), 0.01);
  expect(second!.stroke, 'selected edge').to.equal(computedColour(values['--peolc-text-color']));
  expect(parseFloat(second!.strokeWidth), 'selected edge width').to.be.closeTo(parseFloat(values['--peolc-selected-edge-width']), 0.01);
  expect(getComputedStyle(root(wheel).querySelector('.hub')!).fill, 'hub').to.equal(computedColour(values['--peolc-background-color']));
  const option = parts(wheel, 'segment-label')[0]!;
  expect(getComputedStyle(option).color, 'title on segment').to.equal(computedColour(values['--peolc-on-segment-color']));
  const foundation = part(wheel, 'foundation');
  expect(parseFloat(getComputedStyle(foundation).borderLeftWidth), 'foundation box border').to.be.closeTo(
    borderPx(values['--peolc-border-width'], foundation),
    0.01,
  );
}

function expectGrid(grid: Element, values: ThemeValues): void {
  const tile = parts(grid, 'tile')[0]!;
  const style = getComputedStyle(tile);
  expect(style.backgroundColor, 'tile background').to.equal(computedColour(values['--peolc-surface-color']));
  expect(style.borderLeftColor, 'tile border').to.equal(computedColour(values['--peolc-border-color']));
  expect(style.borderTopColor, 'tile accent edge').to.equal(computedColour(values['--peolc-accent-color']));
  expect(parseFloat(style.borderLeftWidth), 'tile border width').to.be.closeTo(borderPx(values['--peolc-border-width'], tile), 0.01);
  expect(parseFloat(style.borderTopLeftRadius), 'tile radius').to.be.closeTo(px(values['--peolc-radius'], tile), 0.1);
  const marker = getComputedStyle(part(grid, 'marker'));
  expect(marker.backgroundColor, 'marker').to.equal(computedColour(values['--peolc-accent-color']));
  expect(marker.color, 'marker text').to.equal(computedColour(values['--peolc-on-accent-color']));
  expect(getComputedStyle(grid).color, 'grid text').to.equal(computedColour(values['--peolc-text-color']));
}

function expectCards(cards: Element, values: ThemeValues): void {
  const card = getComputedStyle(part(cards, 'card'));
  expect(card.backgroundColor, 'card background').to.equal(computedColour(values['--peolc-surface-color']));
  expect(card.borderTopColor, 'card accent edge').to.equal(computedColour(values['--peolc-accent-color']));
  expect(card.borderLeftColor, 'card border').to.equal(computedColour(values['--peolc-divider-color']));
  expect(getComputedStyle(part(cards, 'toggle')).color, '“Read more”').to.equal(computedColour(values['--peolc-accent-color']));
}

function expectGlossary(glossary: Element, term: Element, values: ThemeValues): void {
  expect(getComputedStyle(part(glossary, 'search')).backgroundColor, 'search box').to.equal(computedColour(values['--peolc-surface-color']));
  expect(getComputedStyle(glossary).color, 'glossary text').to.equal(computedColour(values['--peolc-text-color']));
  const popover = part(term, 'popover');
  const style = getComputedStyle(popover);
  expect(style.backgroundColor, 'popover').to.equal(computedColour(values['--peolc-surface-color']));
  expect(style.color, 'popover text').to.equal(computedColour(values['--peolc-text-color']));
  expect(parseFloat(style.borderTopLeftRadius), 'popover radius').to.be.closeTo(px(values['--peolc-radius'], popover), 0.1);
  expect(getComputedStyle(term).color, 'term text').to.equal(computedColour(values['--peolc-text-color']));
}

/** The explorer: its controls in the shadow root and its document in the light DOM follow the same values. */
function expectFramework(framework: Element, values: ThemeValues): void {
  expect(getComputedStyle(framework).color, 'explorer text').to.equal(computedColour(values['--peolc-text-color']));
  const search = getComputedStyle(part(framework, 'search'));
  expect(search.backgroundColor, 'explorer search box').to.equal(computedColour(values['--peolc-surface-color']));
  expect(search.borderLeftColor, 'explorer search border').to.equal(computedColour(values['--peolc-border-color']));
  expect(getComputedStyle(part(framework, 'contents-link')).color, 'contents link').to.equal(computedColour(values['--peolc-accent-color']));
  expect(getComputedStyle(part(framework, 'results')).borderLeftColor, 'results border').to.equal(computedColour(values['--peolc-border-color']));
  const document = framework.querySelector(':scope > [slot="document"]')!;
  expect(getComputedStyle(document.querySelector('.eyebrow')!).color, 'ambition number').to.equal(computedColour(values['--peolc-accent-color']));
  expect(getComputedStyle(document.querySelector('.toggle')!).color, '“Read more”').to.equal(computedColour(values['--peolc-accent-color']));
  expect(getComputedStyle(document.querySelector('.section')!).borderTopColor, 'section rule').to.equal(
    computedColour(values['--peolc-divider-color']),
  );
}

/** The self-assessment's buttons: the main one on the accent, the others on the surface with the border colour. */
function expectSelfAssessment(assessment: Element, values: ThemeValues): void {
  expect(getComputedStyle(assessment).color, 'self-assessment text').to.equal(computedColour(values['--peolc-text-color']));
  const start = getComputedStyle(root(assessment).querySelector('[data-action="new"]')!);
  expect(start.backgroundColor, '“Start” button').to.equal(computedColour(values['--peolc-accent-color']));
  expect(start.color, '“Start” button text').to.equal(computedColour(values['--peolc-on-accent-color']));
  const other = getComputedStyle(root(assessment).querySelector('[data-action="import"]')!);
  expect(other.backgroundColor, '“Import” button').to.equal(computedColour(values['--peolc-surface-color']));
  expect(other.borderLeftColor, '“Import” button border').to.equal(computedColour(values['--peolc-border-color']));
}

/** An assessment with a level of every kind in ambition 1, for the progress wheel's patterns. */
function progressAssessment() {
  const assessment = createAssessment({ editionId: ambitions2015to2020.id, scale: presetScales.rag, title: 'Themes' });
  const [red, amber, green] = ambitions2015to2020.ambitions[0]!.buildingBlocks;
  assessment.entries[`building-block:${red!.id}`] = { ...emptyEntry(), rating: 'red' };
  assessment.entries[`building-block:${amber!.id}`] = { ...emptyEntry(), rating: 'amber' };
  assessment.entries[`building-block:${green!.id}`] = { ...emptyEntry(), rating: 'green' };
  return assessment;
}

/** The progress wheel's patterns: ink in the text colour, paper in the surface colour. */
function expectProgress(progress: Element, values: ThemeValues): void {
  expect(getComputedStyle(root(progress).querySelector('pattern[data-pattern="solid"] rect')!).fill, 'progress ink').to.equal(
    computedColour(values['--peolc-text-color']),
  );
  expect(getComputedStyle(root(progress).querySelector('.segment-base')!).fill, 'progress paper').to.equal(
    computedColour(values['--peolc-surface-color']),
  );
}

/** Every element of the page; `painted` false where no theme sets the background. */
function expectPage(page: Page, values: ThemeValues, painted = true): void {
  expectWheel(page.wheel, values, painted);
  expectGrid(page.grid, values);
  expectCards(page.cards, values);
  expectGlossary(page.glossary, page.term, values);
  expectFramework(page.framework, values);
  expectSelfAssessment(page.assessment, values);
  expectProgress(page.progress, values);
}

/** Focuses the grid's first button from the keyboard and checks the focus indicator's colours and width. */
async function expectFocusIndicator(page: Page, values: ThemeValues): Promise<void> {
  page.box.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' }); // into the wheel (one tab stop)
  await sendKeys({ press: 'Tab' }); // the grid's first button
  const button = root(page.grid).activeElement as HTMLElement;
  expect(button?.getAttribute('part')).to.equal('toggle');
  const style = getComputedStyle(button);
  const width = px(values['--peolc-focus-width'], button);
  expect(style.outlineColor, 'focus band').to.equal(computedColour(values['--peolc-focus-color']));
  expect(parseFloat(style.outlineWidth), 'focus width').to.be.closeTo(width, 0.1);
  expect(style.boxShadow, 'focus edge').to.contain(computedColour(values['--peolc-focus-edge-color']));
  expect(style.boxShadow, 'focus edge width').to.contain(`${2 * width}px`);
}

const defaultValues = themes.default.values;
const darkValues = withDarkColours(themes.default);

afterEach(async () => {
  if (isChromium) {
    await emulateMediaFeatures({});
    await emulateMedia({ media: 'screen' });
  }
});

// ---------------------------------------------------------------------------

describe('themes', () => {
  describe('the token table', () => {
    /** Every `var(--peolc-…, fallback)` in the registered elements' styles. */
    function reads(): { tag: string; name: string; fallback: string }[] {
      const found: { tag: string; name: string; fallback: string }[] = [];
      for (const tag of peolcTags) {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        const text = element.elementStyles
          .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
          .join('\n');
        for (const match of text.matchAll(/var\(\s*(--peolc-[a-z0-9-]+)\s*/g)) {
          let index = match.index + match[0].length;
          let fallback = '';
          if (text[index] === ',') {
            let depth = 0;
            for (index += 1; index < text.length; index += 1) {
              const char = text[index];
              if (char === '(') depth += 1;
              if (char === ')') {
                if (depth === 0) break;
                depth -= 1;
              }
              fallback += char;
            }
          }
          found.push({ tag, name: match[1]!, fallback: fallback.replace(/\s+/g, ' ').trim() });
        }
      }
      return found;
    }

    it('lists every custom property the elements read, with the default they fall back to', () => {
      const all = reads();
      expect(all.length).to.be.greaterThan(tokens.length);
      for (const { tag, name, fallback } of all) {
        const token = findToken(name);
        expect(token, `<${tag}> reads ${name}, which is not in src/themes/tokens.ts`).to.not.equal(undefined);
        expect([tokenFallback(token!), ...(token!.alsoReadWith ?? [])], `<${tag}> reads ${name} with the fallback "${fallback}"`).to.include(
          fallback,
        );
      }
      const read = new Set(all.map(({ name }) => name));
      expect(
        tokens.filter((token) => !read.has(token.name)).map((token) => token.name),
        'in the table but read by nothing',
      ).to.deep.equal([]);
    });

    it('has one entry per property, each with a description, and shared ones that exist', () => {
      const names = tokens.map((token) => token.name);
      expect(new Set(names).size).to.equal(names.length);
      for (const token of tokens as readonly TokenInfo[]) {
        expect(token.description.length, token.name).to.be.greaterThan(10);
        if (token.follows) expect(findToken(token.follows)?.group, `${token.name} follows ${token.follows}`).to.equal('shared');
        if (token.follows) expect(findToken(token.follows)?.default, `${token.name} has the default of what it follows`).to.equal(token.default);
      }
      for (const shared of [
        '--peolc-text-color',
        '--peolc-background-color',
        '--peolc-focus-color',
        '--peolc-focus-edge-color',
        '--peolc-radius',
        '--peolc-accent-color',
      ]) {
        expect(findToken(shared)?.group, shared).to.equal('shared');
      }
    });

    it('keeps sizes in em or px, never rem, in the elements and the themes', () => {
      for (const tag of peolcTags) {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        for (const style of element.elementStyles) {
          if ('cssText' in style) expect(style.cssText, tag).to.not.match(/\drem\b/);
        }
      }
      for (const token of tokens) expect(token.default).to.not.match(/rem\b/);
      for (const name of themeNames) expect(Object.values(themes[name].values).join(' ')).to.not.match(/rem\b/);
    });
  });

  describe('the themes', () => {
    it('each set every theme token, the dark scheme every colour token, all of them in the table', () => {
      for (const name of themeNames) {
        expect(Object.keys(themes[name].values).sort(), name).to.deep.equal([...themeTokenNames].sort());
      }
      expect(Object.keys(darkColours).sort()).to.deep.equal([...colourTokenNames].sort());
      for (const name of themeTokenNames) expect(findToken(name), name).to.not.equal(undefined);
      const colourThemeTokens = themeTokenNames.filter((name) => findToken(name)!.kind === 'colour');
      expect([...colourThemeTokens].sort()).to.deep.equal([...colourTokenNames].sort());
    });

    it('the default theme is the table’s defaults', () => {
      for (const name of themeTokenNames) expect(defaultValues[name], name).to.equal(findToken(name)!.default);
    });

    for (const [name, values] of palettes) {
      it(`${name}: text at least 4.5:1 and edges, borders and focus at least 3:1`, () => {
        const failures = contrastPairs(values)
          .filter((pair) => pair.ratio < pair.needs)
          .map((pair) => `${pair.what}: ${pair.ratio.toFixed(2)}:1, needs ${pair.needs}:1`);
        expect(failures).to.deep.equal([]);
      });
    }
  });

  describe('the theme attribute', () => {
    it('without a theme, the elements show the built-in defaults and paint no background', async () => {
      const page = await renderPage();
      expectWheel(page.wheel, defaultValues, false);
      expectGrid(page.grid, defaultValues);
      expectCards(page.cards, defaultValues);
      expectGlossary(page.glossary, page.term, defaultValues);
      for (const element of [page.wheel, page.grid, page.cards, page.glossary, page.term]) {
        expect(getComputedStyle(element).backgroundColor, element.localName).to.equal('rgba(0, 0, 0, 0)');
      }
      await expectFocusIndicator(page, defaultValues);
    });

    for (const name of themeNames) {
      it(`theme="${name}" on each element shows the theme’s values`, async () => {
        const page = await renderPage(`theme="${name}"`);
        expectPage(page, themes[name].values);
        await expectFocusIndicator(page, themes[name].values);
      });

      it(`<peolc-provider theme="${name}"> themes every element inside it`, async () => {
        const page = await renderPage('', `theme="${name}"`);
        expectPage(page, themes[name].values);
      });
    }

    it('an element’s own theme wins over its provider’s, and theme="default" undoes a provider’s theme', async () => {
      const page = await renderPage('', 'theme="nhs"');
      page.wheel.setAttribute('theme', 'high-contrast');
      page.grid.setAttribute('theme', 'default');
      expectWheel(page.wheel, themes['high-contrast'].values);
      expectGrid(page.grid, defaultValues);
      expectCards(page.cards, themes.nhs.values);
    });

    it('an unknown theme changes nothing', async () => {
      const page = await renderPage('theme="sparkly"');
      expectWheel(page.wheel, defaultValues, false);
      expectGrid(page.grid, defaultValues);
    });

    it('a partner’s own value for a per-element property still applies on top of a theme', async () => {
      const page = await renderPage('theme="nhs"');
      page.cards.style.setProperty('--peolc-card-accent-color', '#003087');
      page.grid.style.setProperty('--peolc-accent-color', '#330072');
      expectCards(page.cards, { ...themes.nhs.values, '--peolc-accent-color': '#003087' });
      expectGrid(page.grid, { ...themes.nhs.values, '--peolc-accent-color': '#330072' });
    });

    it('high contrast does not apply in print, where backgrounds are left out', async function () {
      if (!isChromium) this.skip();
      const page = await renderPage('theme="high-contrast"');
      expectWheel(page.wheel, themes['high-contrast'].values);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(page.wheel).color).to.equal(computedColour(defaultValues['--peolc-text-color']));
      expect(getComputedStyle(part(page.grid, 'tile')).borderTopColor).to.equal(computedColour(defaultValues['--peolc-accent-color']));
      expect(getComputedStyle(part(page.wheel, 'segment')).fill).to.equal(computedColour(defaultValues['--peolc-ambition-1-color']));
    });
  });

  describe('the color-scheme attribute', () => {
    it('color-scheme="dark" shows the dark colours, with the theme’s sizes', async () => {
      const page = await renderPage('color-scheme="dark"');
      expectPage(page, darkValues);
      await expectFocusIndicator(page, darkValues);
      expect(getComputedStyle(page.glossary).colorScheme).to.equal('dark');
      const neutralDark = await renderPage('theme="neutral" color-scheme="dark"');
      expectPage(neutralDark, withDarkColours(themes.neutral));
      expect(neutralDark.grid.shadowRoot!.querySelector<HTMLElement>('[part~="tile"]')!.style.borderRadius).to.equal('');
    });

    it('<peolc-provider color-scheme="dark"> darkens every element inside it; an element’s own theme wins', async () => {
      const page = await renderPage('', 'color-scheme="dark"');
      expectPage(page, darkValues);
      page.grid.setAttribute('theme', 'nhs');
      expectGrid(page.grid, themes.nhs.values);
    });

    it('high contrast keeps its own colours under color-scheme="dark"', async () => {
      const page = await renderPage('theme="high-contrast" color-scheme="dark"');
      expectPage(page, themes['high-contrast'].values);
    });

    it('color-scheme="light" changes nothing', async () => {
      const page = await renderPage('color-scheme="light"');
      expectWheel(page.wheel, defaultValues, false);
      expectGrid(page.grid, defaultValues);
    });

    it('color-scheme="auto" follows prefers-color-scheme, and only where it is set (Chromium)', async function () {
      if (!isChromium) this.skip();
      const page = await renderPage('color-scheme="auto"');
      await emulateMediaFeatures({ 'prefers-color-scheme': 'light' });
      expectPage(page, defaultValues, false);
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      expectPage(page, darkValues);
      // Without the attribute, a dark system setting changes nothing: dark is opt-in.
      const plain = await renderPage('theme="nhs"');
      expectPage(plain, themes.nhs.values);
      const provided = await renderPage('', 'theme="neutral" color-scheme="auto"');
      expectPage(provided, withDarkColours(themes.neutral));
    });
  });

  describe('accessibility of every theme (axe, WCAG 2.2 AA)', () => {
    const cases: [string, string][] = [
      ...themeNames.map((name): [string, string] => [name, `theme="${name}"`]),
      ['dark', 'color-scheme="dark"'],
      ['nhs + dark', 'theme="nhs" color-scheme="dark"'],
    ];
    for (const [label, attributes] of cases) {
      it(`${label}: the wheel with a selection and its panel, the foundation grid and the cards`, async () => {
        const page = await renderPage(attributes);
        const firstToggle = part<HTMLButtonElement>(page.grid, 'toggle');
        firstToggle.click();
        await (page.grid as LitElement).updateComplete;
        await expectAxeClean(page.wheel);
        await expectAxeClean(page.grid);
        await expectAxeClean(page.cards);
        await expectAxeClean(page.glossary);
      });
    }
  });

  describe('the attribute rules the elements carry', () => {
    it('are what hostThemeCss() computes from the themes (else run `npm run generate`)', () => {
      const bare = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
      expect(bare(elementThemeRules), 'src/themes/host-rules.generated.ts is up to date').to.equal(bare(hostThemeCss({ nativeScheme: true })));
      expect(bare(providerThemeRules), 'src/themes/host-rules.generated.ts is up to date').to.equal(bare(hostThemeCss({ nativeScheme: false })));
    });
  });

  describe('the stand-alone theme files', () => {
    /** What a file sets: a theme's values, or (dark, auto-dark) the dark colours. */
    const fileValues = (name: (typeof themeFileNames)[number]): Readonly<Record<string, string>> =>
      name === 'dark' || name === 'auto-dark' ? darkColours : themes[name as ThemeName].values;

    it('name every peolc tag and set every value of their theme', () => {
      for (const name of themeFileNames) {
        const text = themeFileCss(name, version);
        for (const tag of peolcTags) expect(text, `${name}.css names <${tag}>`).to.match(new RegExp(`(^|[\\s,])${tag}[\\s,{]`));
        for (const [property, value] of Object.entries(fileValues(name))) {
          expect(text, `${name}.css sets ${property}`).to.contain(`${property}: ${value};`);
        }
      }
    });

    /**
     * Links a theme file into the page and waits for it to load: the text
     * the build writes to dist/themes/<name>.css (scripts/build-themes.mjs;
     * test/built-files.test.ts checks the written files are exactly this).
     */
    async function linkTheme(name: (typeof themeFileNames)[number]): Promise<HTMLLinkElement> {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = URL.createObjectURL(new Blob([themeFileCss(name, version)], { type: 'text/css' }));
      const loaded = new Promise((resolve, reject) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', () => reject(new Error(`${name}.css did not load`)), { once: true });
      });
      document.head.append(link);
      await loaded;
      return link;
    }

    for (const name of themeNames) {
      it(`linking ${name}.css themes the elements as theme="${name}" does`, async () => {
        const link = await linkTheme(name);
        try {
          const page = await renderPage();
          expectPage(page, themes[name].values);
          await expectFocusIndicator(page, themes[name].values);
        } finally {
          link.remove();
        }
      });
    }

    it('dark.css after nhs.css gives the dark colours', async () => {
      const links = [await linkTheme('nhs'), await linkTheme('dark')];
      try {
        const page = await renderPage();
        expectPage(page, withDarkColours(themes.nhs));
        expect(getComputedStyle(page.wheel).colorScheme).to.equal('dark');
      } finally {
        links.forEach((link) => link.remove());
      }
    });

    it('auto-dark.css applies only when the system asks for dark (Chromium)', async function () {
      if (!isChromium) this.skip();
      const link = await linkTheme('auto-dark');
      try {
        const page = await renderPage();
        await emulateMediaFeatures({ 'prefers-color-scheme': 'light' });
        expectWheel(page.wheel, defaultValues, false);
        expectGrid(page.grid, defaultValues);
        await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
        expectPage(page, darkValues);
      } finally {
        link.remove();
      }
    });
  });
});
