import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import '../../src/self-assessment.js';
import type { Assessment, AssessmentChangeDetail, PeolcSelfAssessment } from '../../src/self-assessment.js';
import { checkAssessment, createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const firstAmbition = edition.ambitions[0]!;
const firstBlock = firstAmbition.buildingBlocks[0]!;
const firstKey = `building-block:${firstBlock.id}`;

let keyNumber = 0;
/** A storage key of its own for each test, so tests never see each other's assessments. */
const freshKey = () => `test-${Date.now().toString(36)}-${keyNumber++}`;
const storedUnder = (key: string) =>
  Object.keys(localStorage)
    .filter((name) => name.startsWith(`peolc-assessment:${key}:`))
    .map((name) => JSON.parse(localStorage.getItem(name)!) as Assessment);

async function assessmentElement(attributes = '', key = freshKey()): Promise<PeolcSelfAssessment> {
  const box = await fixture<HTMLDivElement>(html`<div style="max-width: 60em"></div>`);
  box.innerHTML = `<peolc-self-assessment storage-key="${key}" ${attributes}></peolc-self-assessment>`;
  const element = box.querySelector('peolc-self-assessment')!;
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => root(element).querySelector<T>(selector);
const button = (element: Element, name: string) =>
  [...root(element).querySelectorAll('button')].find((candidate) => normalise(candidate.textContent) === name || candidate.dataset.action === name);

async function click(element: PeolcSelfAssessment, target: HTMLElement | null | undefined): Promise<void> {
  if (!target) throw new Error('nothing to click');
  target.click();
  await element.updateComplete;
}

async function start(element: PeolcSelfAssessment): Promise<void> {
  await click(element, button(element, 'new'));
}

async function goToSection(element: PeolcSelfAssessment, id: string): Promise<void> {
  await click(element, $(element, `.sections button[data-section="${id}"]`));
}

/** Types into a field as a reader does: focus, then real key presses. */
async function typeInto(element: PeolcSelfAssessment, selector: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(element, selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

describe('<peolc-self-assessment>: a first visit', () => {
  it('says what it is and where answers are kept, and offers to start or import', async () => {
    const element = await assessmentElement();
    expect(normalise($(element, 'h2')!.textContent)).to.equal('Self-assessment');
    expect(normalise($(element, '.intro')!.textContent)).to.include('nothing is sent anywhere');
    expect(normalise(button(element, 'new')!.textContent)).to.equal('Start a new self-assessment');
    expect(normalise(button(element, 'import')!.textContent)).to.equal('Import from a file');
    expect(element.value).to.equal(null);
    await expectAxeClean(element);
  });
});

describe('<peolc-self-assessment>: recording and keeping', () => {
  it('starts an assessment at its title, and saves each key press at once', async () => {
    const key = freshKey();
    const element = await assessmentElement('', key);
    const changes: AssessmentChangeDetail[] = [];
    element.addEventListener('peolc-assessment-change', (event) => changes.push(event.detail));
    await start(element);
    expect(root(element).activeElement?.id).to.equal('about-title');
    await typeInto(element, '#about-title', 'Ambitions 2026');
    expect(storedUnder(key).map((assessment) => assessment.title)).to.deep.equal(['Ambitions 2026']);
    expect(changes[0]!.change).to.equal('create');
    expect(changes.at(-1)).to.include({ change: 'about', saved: true });
    expect(changes.at(-1)!.assessment.title).to.equal('Ambitions 2026');
    expect(normalise($(element, '[part="status"]')!.textContent)).to.include('All changes are saved in this browser.');
    await expectAxeClean(element);
  });

  it('rates with the keyboard, shows progress, and finds everything again after a reload', async () => {
    const key = freshKey();
    const element = await assessmentElement('', key);
    await start(element);
    await goToSection(element, 'ambition-1');
    const group = $(element, `[data-item="${firstKey}"] fieldset.rating`)!;
    expect(normalise(group.querySelector('legend')!.textContent)).to.equal(`Rating for ${firstBlock.title}`);
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => normalise(root(element).querySelector(`label[for="${radio.id}"]`)!.textContent))).to.deep.equal([
      ...presetScales.default.levels.map((level) => level.label),
      'Not applicable',
    ]);
    radios[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(storedUnder(key)[0]!.entries[firstKey]!.rating).to.equal(presetScales.default.levels[1]!.id);
    const progress = normalise($(element, '.sections button[data-section="ambition-1"] .progress')!.textContent);
    expect(progress).to.equal(`1 of ${firstAmbition.buildingBlocks.length} rated`);
    await typeInto(element, `#building-block-${firstBlock.id}-evidence`, 'Audit 2026: https://example.org/audit.');
    await expectAxeClean(element);

    element.remove();
    const again = await assessmentElement('', key);
    await goToSection(again, 'ambition-1');
    const checked = $<HTMLInputElement>(again, `[data-item="${firstKey}"] input[type="radio"]:checked`)!;
    expect(checked.value).to.equal(presetScales.default.levels[1]!.id);
    expect($<HTMLTextAreaElement>(again, `#building-block-${firstBlock.id}-evidence`)!.value).to.equal('Audit 2026: https://example.org/audit.');
    const link = $<HTMLAnchorElement>(again, '[part="evidence-links"] a')!;
    expect(link.href).to.equal('https://example.org/audit');
  });
});

describe('<peolc-self-assessment>: value', () => {
  it('shows an assessment assigned to it, without an event, and refuses one with problems with one warning', async () => {
    const element = await assessmentElement();
    const events: Event[] = [];
    element.addEventListener('peolc-assessment-change', (event) => events.push(event));
    const assessment = createAssessment({ editionId: edition.id, scale: presetScales.rag, title: 'From the host' });
    assessment.entries[firstKey] = { ...emptyEntry(), rating: 'amber' };
    element.value = assessment;
    await element.updateComplete;
    expect(element.value!.title).to.equal('From the host');
    expect(checkAssessment(element.value).valid).to.equal(true);
    expect(events).to.have.length(0);
    const logged = await captureConsole(async () => {
      element.value = { ...assessment, schemaVersion: 'one' };
      element.value = { ...assessment, schemaVersion: 'one' };
      await element.updateComplete;
    });
    expect(logged.warnings).to.have.length(1);
    expect(logged.warnings[0]).to.include('<peolc-self-assessment>').and.include('value');
    expect(element.value!.title).to.equal('From the host');
  });
});

void waitUntil;
