import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import '../../src/provider.js';
import '../../src/progress.js';
import type { PeolcProgressWheel } from '../../src/progress.js';
import { createAssessment, emptyEntry, type Assessment } from '../../src/model/assessment/assessment.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { emulateMediaFeatures, isChromium } from '../helpers/browser.js';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const ambition3 = edition.ambitions[2]!;

/**
 * A known assessment on the default scale (Not started, Planning, Partly in
 * place, Established): ambition 3's blocks rated 3 Established, 2 Partly in
 * place, the rest not rated; ambition 1's first block not applicable; the
 * foundations rated when `foundations` is set.
 */
function knownAssessment(foundations = false): Assessment {
  const assessment = createAssessment({
    editionId: edition.id,
    scale: presetScales.default,
    include: foundations ? 'foundations' : 'building-blocks',
    title: 'East of England 2026',
    now: new Date('2026-11-30T10:00:00Z'),
  });
  assessment.organisation = 'East of England network';
  assessment.date = '2026-11-30';
  const rate = (id: string, rating: string, kind = 'building-block') => (assessment.entries[`${kind}:${id}`] = { ...emptyEntry(), rating });
  ambition3.buildingBlocks.forEach((block, index) => {
    if (index < 3) rate(block.id, 'established');
    else if (index < 5) rate(block.id, 'in-place');
  });
  rate(edition.ambitions[0]!.buildingBlocks[0]!.id, 'not-applicable');
  rate(edition.ambitions[1]!.buildingBlocks[0]!.id, 'not-started');
  rate(edition.ambitions[1]!.buildingBlocks[1]!.id, 'planning');
  if (foundations) {
    edition.foundations.forEach((foundation, index) => rate(foundation.id, index < 3 ? 'established' : index < 5 ? 'planning' : '', 'foundation'));
  }
  return assessment;
}

async function progressElement(attributes = '', value?: unknown): Promise<PeolcProgressWheel> {
  const box = await fixture<HTMLDivElement>(html`<div style="max-width: 60em"></div>`);
  box.innerHTML = `<peolc-progress-wheel ${attributes}></peolc-progress-wheel>`;
  const element = box.querySelector('peolc-progress-wheel')!;
  if (value !== undefined) element.value = value;
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => root(element).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...root(element).querySelectorAll<T>(selector)];
const jsonUrl = (value: unknown) =>
  URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));

describe('<peolc-progress-wheel>: one assessment on the wheel', () => {
  it('splits each segment into bands as deep as its counts, lowest level inside, with a pattern per level', async () => {
    const element = await progressElement('', knownAssessment());
    const segment = $(element, `.segment[data-ambition="3"]`)!;
    const bands = [...segment.querySelectorAll<SVGPathElement>('.band')];
    expect(bands.map((band) => band.dataset.level)).to.deep.equal(['in-place', 'established', 'not-rated']);
    const total = ambition3.buildingBlocks.length;
    const depth = (band: SVGPathElement) => Number(band.dataset.outer) - Number(band.dataset.inner);
    expect(Number(bands[0]!.dataset.inner)).to.equal(52);
    expect(Number(bands.at(-1)!.dataset.outer)).to.be.closeTo(98, 0.01);
    expect(depth(bands[0]!)).to.be.closeTo((46 * 2) / total, 0.01);
    expect(depth(bands[1]!)).to.be.closeTo((46 * 3) / total, 0.01);
    expect(depth(bands[2]!)).to.be.closeTo((46 * (total - 5)) / total, 0.01);
    expect(bands.map((band) => band.getAttribute('fill'))).to.deep.equal(['url(#progress-hatch)', 'url(#progress-solid)', 'none']);
    expect(bands[2]!.classList.contains('not-rated')).to.equal(true);
    expect(getComputedStyle(bands[2]!).strokeDasharray).to.not.equal('none');

    // Ambition 1: one block not applicable, left out of the bands; the rest not rated.
    const first = [...$(element, `.segment[data-ambition="1"]`)!.querySelectorAll<SVGPathElement>('.band')];
    expect(first.map((band) => [band.dataset.level, band.dataset.count])).to.deep.equal([
      ['not-rated', String(edition.ambitions[0]!.buildingBlocks.length - 1)],
    ]);
    // Every pattern a band uses is defined, and each level's differs.
    const levels = $$(element, '.legend-items li').map((item) => item.querySelector('rect')!.getAttribute('fill'));
    expect(new Set(levels).size).to.equal(levels.length);
    for (const fill of levels.filter((fill) => fill !== 'none')) expect($(element, fill!.slice(4, -1)), fill!).to.not.equal(null);
  });

  it('says each ambition’s counts in words, top level first, with the key and the same numbers in a table', async () => {
    const element = await progressElement('', knownAssessment());
    const total = ambition3.buildingBlocks.length;
    const lines = $$(element, '.lines li').map((line) => normalise(line.textContent));
    expect(lines).to.have.length(6);
    expect(lines[2]).to.equal(`Ambition 3: ${ambition3.title} — 3 of ${total} Established, 2 Partly in place, ${total - 5} not rated`);
    expect(lines[0]).to.equal(
      `Ambition 1: ${edition.ambitions[0]!.title} — none of ${edition.ambitions[0]!.buildingBlocks.length} rated yet, 1 not applicable`,
    );
    expect(lines[1]).to.include('1 of ');
    expect(lines[1]).to.include('Planning, 1 Not started');
    expect($$(element, '.legend-items li').map((item) => normalise(item.textContent))).to.deep.equal([
      'Established',
      'Partly in place',
      'Planning',
      'Not started',
      'Not rated',
    ]);
    const table = $(element, 'table')!;
    expect(normalise(table.querySelector('caption')!.textContent)).to.equal('Ratings by ambition, on the Where we are scale');
    expect([...table.querySelectorAll('thead th')].map((cell) => normalise(cell.textContent))).to.deep.equal([
      'Part of the framework',
      'Established',
      'Partly in place',
      'Planning',
      'Not started',
      'Not applicable',
      'Not rated',
      'Total',
    ]);
    const row = table.querySelector('tr[data-ambition="3"]')!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).to.deep.equal([
      '3',
      '2',
      '0',
      '0',
      '0',
      String(total - 5),
      String(total),
    ]);
    expect(table.querySelectorAll('tbody tr')).to.have.length(6);
    expect(normalise($(element, '.about')!.textContent)).to.equal('East of England 2026 — East of England network, 30 November 2026');
  });

  it('is an image with a name and a description that points to the table, and nothing in it can be focused', async () => {
    const element = await progressElement('label="Our progress in 2026"', knownAssessment());
    const picture = $(element, '[role="img"]')!;
    expect(picture.getAttribute('aria-label')).to.equal('Our progress in 2026');
    const description = root(element).getElementById(picture.getAttribute('aria-describedby')!)!;
    expect(normalise(description.textContent)).to.include('table');
    expect($$(element, '.wheel a, .wheel [tabindex]')).to.have.length(0);
    await expectAxeClean(element);
  });

  it('takes the assessment as JSON too, and at a heading level', async () => {
    const element = await progressElement('heading-level="4"', JSON.stringify(knownAssessment()));
    expect($(element, 'h4')).to.not.equal(null);
    expect($$(element, '.segment')).to.have.length(6);
  });

  it('shows the foundations as tiles when asked and rated, and stays axe clean', async () => {
    const element = await progressElement('show-foundations', knownAssessment(true));
    const tiles = $$(element, '.tile');
    expect(tiles.map((tile) => tile.dataset.level)).to.deep.equal([
      'established',
      'established',
      'established',
      'planning',
      'planning',
      'not-rated',
      'not-rated',
      'not-rated',
    ]);
    expect(normalise($(element, '.foundations-title')!.textContent)).to.equal('Foundations — 3 of 8 Established, 2 Planning, 3 not rated');
    expect($(element, 'tr[data-ambition="foundations"]')).to.not.equal(null);
    await expectAxeClean(element);
    // Without the flag, or when the assessment did not rate them, no tiles.
    element.showFoundations = false;
    await element.updateComplete;
    expect($$(element, '.tile')).to.have.length(0);
    const other = await progressElement('show-foundations', knownAssessment(false));
    expect($$(other, '.tile')).to.have.length(0);
  });

  it('without a value says no assessment is set', async () => {
    const element = await progressElement();
    expect(normalise($(element, '.message')!.textContent)).to.equal('No assessment is set, so there is no progress to show.');
    expect($(element, 'svg')).to.equal(null);
    await expectAxeClean(element);
  });

  it('a bad value warns once and says it cannot be shown', async () => {
    let element!: PeolcProgressWheel;
    const { warnings } = await captureConsole(async () => {
      element = await progressElement('', { title: 'not an assessment' });
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<peolc-progress-wheel>: value was set to something that is not an assessment/);
    expect(normalise($(element, '.message')!.textContent)).to.include('cannot be shown');
    expect(normalise(root(element).textContent)).to.not.equal('');
  });
});

describe('<peolc-progress-wheel>: src', () => {
  it('loads an assessment file', async () => {
    const element = await progressElement(`src="${jsonUrl(knownAssessment())}"`);
    expect($$(element, '.segment')).to.have.length(6);
    expect(normalise($(element, '.about')!.textContent)).to.include('East of England 2026');
  });

  it('a missing file or one that is not an assessment shows a message and warns once', async () => {
    for (const src of ['/test-api/status/404', jsonUrl('{"schemaVersion": 1}')]) {
      let element!: PeolcProgressWheel;
      const { warnings } = await captureConsole(async () => {
        element = await progressElement(`src="${src}"`);
      });
      expect(warnings, src).to.have.length(1);
      expect(warnings[0]).to.include(`src="${src}"`);
      expect(normalise($(element, '.message')!.textContent)).to.include('could not be loaded');
      expect($(element, '.message')!.dataset.message).to.equal('load-failed');
    }
  });
});

describe('<peolc-progress-wheel>: in every setting', () => {
  afterEach(async () => {
    if (isChromium) await emulateMediaFeatures({});
    await setViewport({ width: 800, height: 600 });
  });

  it('draws its patterns in system colours in forced colours (Chromium)', async function () {
    if (!isChromium) this.skip();
    const element = await progressElement('', knownAssessment());
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const { color: canvasText, backgroundColor: canvas } = getComputedStyle(probe);
    probe.remove();
    const ink = $(element, '#progress-solid rect')!;
    const paper = $(element, '#progress-hatch rect.paper')!;
    expect(getComputedStyle(ink).fill).to.equal(canvasText);
    expect(getComputedStyle(paper).fill).to.equal(canvas);
    expect(getComputedStyle($(element, '.band')!).stroke).to.equal(canvasText);
  });

  it('fits 320 px without sideways scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = '<peolc-progress-wheel show-foundations></peolc-progress-wheel>';
    const element = box.querySelector('peolc-progress-wheel')!;
    element.value = knownAssessment(true);
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    const wheel = $(element, '.wheel')!.getBoundingClientRect();
    expect(wheel.width).to.be.greaterThan(200);
  });

  it('shows a provider edition’s titles', async () => {
    const local = structuredClone(edition) as { -readonly [K in keyof typeof edition]: unknown } & { ambitions: { title: string }[] };
    (local as { id: string }).id = 'local-edition';
    local.ambitions[2]!.title = 'Comfort for everyone';
    const src = jsonUrl(local);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = `<peolc-provider src="${src}"><peolc-progress-wheel></peolc-progress-wheel></peolc-provider>`;
    const provider = box.querySelector('peolc-provider')! as HTMLElement & { loaded: Promise<string>; updateComplete: Promise<boolean> };
    await provider.updateComplete;
    expect(await provider.loaded).to.equal('loaded');
    const element = box.querySelector('peolc-progress-wheel')!;
    element.value = knownAssessment();
    await element.updateComplete;
    expect(normalise($$(element, '.lines li')[2]!.textContent)).to.match(/^Ambition 3: Comfort for everyone — 3 of/);
  });
});
