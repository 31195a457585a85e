import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import '../../src/provider.js';
import '../../src/self-assessment.js';
import type { Assessment, AssessmentChangeDetail, PeolcSelfAssessment } from '../../src/self-assessment.js';
import { checkAssessment, createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { $, assessmentElement, click, freshKey, normalise, root, typeInto } from '../helpers/self-assessment.js';
import { accessibleNode, emulateMediaFeatures, isChromium } from '../helpers/browser.js';

const firstAmbition = edition.ambitions[0]!;
const firstBlock = firstAmbition.buildingBlocks[0]!;
const firstKey = `building-block:${firstBlock.id}`;

const storedUnder = (key: string) =>
  Object.keys(localStorage)
    .filter((name) => name.startsWith(`peolc-assessment:${key}:`))
    .map((name) => JSON.parse(localStorage.getItem(name)!) as Assessment);

const button = (element: Element, name: string) =>
  [...root(element).querySelectorAll('button')].find((candidate) => normalise(candidate.textContent) === name || candidate.dataset.action === name);

async function start(element: PeolcSelfAssessment): Promise<void> {
  await click(element, button(element, 'new'));
}

async function goToSection(element: PeolcSelfAssessment, id: string): Promise<void> {
  await click(element, $(element, `.sections button[data-section="${id}"]`));
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
    const progress = normalise($(element, '.sections button[data-section="ambition-1"] .rated-count')!.textContent);
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

/** An assessment shown from the start: assigned as `value`, as a host page would. */
async function withAssessment(assessment: Assessment, attributes = 'storage="none"'): Promise<PeolcSelfAssessment> {
  const element = await assessmentElement(attributes);
  element.value = assessment;
  await element.updateComplete;
  return element;
}

/** A part-filled assessment: two ratings, evidence, actions (one overdue), a priority and notes. */
function partFilled(): Assessment {
  const assessment = createAssessment({ editionId: edition.id, scale: presetScales.default, title: 'East of England 2026' });
  assessment.organisation = 'East of England network';
  assessment.date = '2026-11-30';
  const second = `building-block:${firstAmbition.buildingBlocks[1]!.id}`;
  assessment.entries[firstKey] = {
    ...emptyEntry(),
    rating: 'planning',
    evidence: 'Audit: https://example.org/audit',
    actions: [
      { id: 'a-1', what: 'Train ward staff', lead: 'Ward lead', due: '2020-01-31', status: 'in-progress' },
      { id: 'a-2', what: 'Repeat the audit', lead: 'Quality team', due: '2099-06-30', status: 'not-started' },
    ],
    priority: 'high',
    notes: 'Discussed at the October board.',
  };
  assessment.entries[second] = { ...emptyEntry(), rating: 'not-applicable' };
  return assessment;
}

describe('<peolc-self-assessment>: several assessments on one device', () => {
  it('makes a new one, duplicates (ratings kept, dates cleared), chooses, and deletes only when asked, with a way back', async () => {
    const key = freshKey();
    const element = await assessmentElement('', key);
    await start(element);
    await typeInto(element, '#about-title', 'Year one');
    $<HTMLInputElement>(element, '#about-date')!.value = '2026-03-01';
    $<HTMLInputElement>(element, '#about-date')!.dispatchEvent(new Event('input'));
    await goToSection(element, 'ambition-1');
    await click(element, $(element, `[data-item="${firstKey}"] input[type="radio"]`));

    await click(element, button(element, 'duplicate'));
    expect(element.value!.title).to.equal('Year one (copy)');
    expect(element.value!.date).to.equal('');
    expect(element.value!.entries[firstKey]!.rating).to.equal(presetScales.default.levels[0]!.id);
    expect(storedUnder(key)).to.have.length(2);
    const chooser = $<HTMLSelectElement>(element, '#choose')!;
    expect([...chooser.options].map((option) => option.text)).to.deep.equal(['Year one', 'Year one (copy)']);

    chooser.value = storedUnder(key).find((assessment) => assessment.title === 'Year one')!.id;
    chooser.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.value!.title).to.equal('Year one');

    await click(element, button(element, 'delete'));
    const question = $(element, '#delete-question')!;
    expect(root(element).activeElement).to.equal(question);
    expect(normalise(question.textContent)).to.include('Delete “Year one” from this device?');
    await expectAxeClean(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect($(element, '#delete-question')).to.equal(null);
    expect(root(element).activeElement).to.equal(button(element, 'delete'));
    expect(storedUnder(key)).to.have.length(2);

    await click(element, button(element, 'delete'));
    await click(element, button(element, 'confirm-delete'));
    expect(storedUnder(key).map((assessment) => assessment.title)).to.deep.equal(['Year one (copy)']);
    expect(normalise($(element, '[data-message="undo"]')!.textContent)).to.include('“Year one” was deleted.');
    expect(root(element).activeElement?.id).to.equal('undo');
    await click(element, $(element, '#undo'));
    expect(
      storedUnder(key)
        .map((assessment) => assessment.title)
        .sort(),
    ).to.deep.equal(['Year one', 'Year one (copy)']);
    expect(element.value!.title).to.equal('Year one');
  });
});

describe('<peolc-self-assessment>: an item’s actions, evidence and errors', () => {
  it('adds an action with focus in its first field, and removes one with a way back', async () => {
    const element = await withAssessment(partFilled());
    await goToSection(element, 'ambition-1');
    await click(element, $(element, `[data-add-action="${firstKey}"]`));
    const what = root(element).activeElement as HTMLTextAreaElement;
    expect(what.localName).to.equal('textarea');
    expect(normalise(root(element).querySelector(`label[for="${what.id}"]`)!.textContent)).to.equal('What will be done');
    await sendKeys({ type: 'Start a carers’ group' });
    await element.updateComplete;
    expect(element.value!.entries[firstKey]!.actions.map((action) => action.what)).to.deep.equal([
      'Train ward staff',
      'Repeat the audit',
      'Start a carers’ group',
    ]);
    const remove = [...root(element).querySelectorAll<HTMLButtonElement>(`[data-item="${firstKey}"] .action button`)][0]!;
    expect(normalise(remove.textContent)).to.equal(`Remove action 1 for ${firstBlock.title}`);
    await click(element, remove);
    expect(element.value!.entries[firstKey]!.actions).to.have.length(2);
    expect(root(element).activeElement?.id).to.equal('undo');
    await click(element, $(element, '#undo'));
    expect(element.value!.entries[firstKey]!.actions[0]!.what).to.equal('Train ward staff');
  });

  it('links only http and https addresses in evidence, and shows typed markup as text', async () => {
    const assessment = partFilled();
    assessment.entries[firstKey]!.evidence = '<b>bold</b> javascript:alert(1) see (https://example.org/a_(b)) and http://example.org/x.';
    const element = await withAssessment(assessment);
    await goToSection(element, 'ambition-1');
    const links = [...root(element).querySelectorAll<HTMLAnchorElement>(`[data-item="${firstKey}"] [part="evidence-links"] a`)];
    expect(links.map((link) => link.href)).to.deep.equal(['https://example.org/a_(b)', 'http://example.org/x']);
    expect(links.every((link) => link.target === '_blank' && link.rel === 'noopener noreferrer')).to.equal(true);
    expect(root(element).querySelector(`[data-item="${firstKey}"] b`)).to.equal(null);
  });

  it('ties errors to their fields: an action without what is to be done, a review before the assessment', async () => {
    const assessment = partFilled();
    assessment.nextReview = '2026-01-01';
    assessment.entries[firstKey]!.actions[0]!.what = '';
    const element = await withAssessment(assessment);
    const review = $<HTMLInputElement>(element, '#about-nextReview')!;
    expect(review.getAttribute('aria-invalid')).to.equal('true');
    const reviewError = root(element).getElementById(review.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(normalise(reviewError.textContent)).to.equal('Error: The next review is before the date of the assessment.');
    await goToSection(element, 'ambition-1');
    const what = $<HTMLTextAreaElement>(element, `#building-block-${firstBlock.id}-action-a-1-what`)!;
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    const whatError = root(element).getElementById(what.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(normalise(whatError.textContent)).to.equal('Error: Say what will be done.');
    await expectAxeClean(element);
  });
});

describe('<peolc-self-assessment>: scales and what is rated', () => {
  it('uses a preset scale for new assessments, and "Not applicable" with every scale', async () => {
    const element = await assessmentElement('storage="none" scale="rag"');
    await start(element);
    await goToSection(element, 'ambition-2');
    const labels = [...root(element).querySelectorAll('[data-item] fieldset.rating')][0]!.querySelectorAll('label');
    expect([...labels].map((label) => normalise(label.textContent))).to.deep.equal(['Red', 'Amber', 'Green', 'Not applicable']);
    const first = root(element).querySelector<HTMLInputElement>('[data-item] input[type="radio"]')!;
    const description = root(element).getElementById(first.getAttribute('aria-describedby')!)!;
    expect(normalise(description.textContent)).to.equal(presetScales.rag.levels[0]!.description);
  });

  it('takes a partner’s scale as JSON, and refuses one with problems with one warning, using the default', async () => {
    const own = {
      id: 'ours',
      name: 'Our scale',
      levels: [
        { id: 'no', label: 'Not yet', description: 'Not in place.' },
        { id: 'yes', label: 'In place', description: 'In place everywhere.' },
      ],
    };
    const element = await assessmentElement(`storage="none" scale='${JSON.stringify(own)}'`);
    await start(element);
    expect(element.value!.scale).to.deep.equal(own);
    const logged = await captureConsole(async () => {
      element.setAttribute('scale', JSON.stringify({ ...own, levels: [own.levels[0]] }));
      await element.updateComplete;
      await start(element);
    });
    expect(logged.warnings).to.have.length(1);
    expect(logged.warnings[0]).to.include('<peolc-self-assessment>').and.include('scale').and.include('levels');
    expect(element.value!.scale.id).to.equal(presetScales.default.id);
  });

  it('lets a team change the scale until the first rating, and then says why it cannot', async () => {
    const element = await assessmentElement('storage="none"');
    await start(element);
    const select = $<HTMLSelectElement>(element, '#about-scale')!;
    select.value = 'maturity';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.value!.scale.id).to.equal('maturity');
    await goToSection(element, 'ambition-1');
    await click(element, $(element, '[data-item] input[type="radio"]'));
    await goToSection(element, 'about');
    expect($<HTMLSelectElement>(element, '#about-scale')!.disabled).to.equal(true);
    expect(normalise($(element, '#about-scale-hint')!.textContent)).to.equal('The scale can no longer be changed, as ratings use it.');
  });

  it('rates the eight foundations too with include="foundations"', async () => {
    const element = await assessmentElement('storage="none" include="foundations"');
    await start(element);
    await goToSection(element, 'foundations');
    const titles = [...root(element).querySelectorAll('[part="item-title"]')].map((heading) => normalise(heading.textContent));
    expect(titles).to.deep.equal(edition.foundations.map((foundation) => foundation.title));
  });

  it('keeps and shows what an assessment holds for items this edition does not have', async () => {
    const assessment = partFilled();
    assessment.entries['building-block:no-longer-here'] = { ...emptyEntry(), rating: 'established', notes: 'From the old edition' };
    const element = await withAssessment(assessment);
    await goToSection(element, 'not-in-edition');
    expect(normalise($(element, '[part="section"]')!.textContent))
      .to.include('building-block:no-longer-here')
      .and.include('From the old edition');
    expect(element.exportCsv()).to.include('building-block:no-longer-here (not in this edition)');
    await goToSection(element, 'about');
    await typeInto(element, '#about-title', '!');
    expect(element.value!.entries['building-block:no-longer-here']!.notes).to.equal('From the old edition');
  });
});

describe('<peolc-self-assessment>: a partner’s edition', () => {
  it('rates the items of a provider’s edition, in its words, and records its id', async () => {
    const local = structuredClone(edition);
    local.id = 'riverside-ambitions';
    local.ambitions[0]!.buildingBlocks[0]!.title = 'Honest conversations in Riverside';
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = '<peolc-provider><peolc-self-assessment storage="none"></peolc-self-assessment></peolc-provider>';
    const provider = box.querySelector('peolc-provider') as HTMLElement & {
      edition: unknown;
      loaded: Promise<unknown>;
      updateComplete: Promise<unknown>;
    };
    provider.edition = local;
    await provider.updateComplete;
    await provider.loaded;
    const element = box.querySelector('peolc-self-assessment')!;
    await element.updateComplete;
    await start(element);
    expect(element.value!.editionId).to.equal('riverside-ambitions');
    await goToSection(element, 'ambition-1');
    expect(normalise($(element, '[part="item-title"]')!.textContent)).to.equal('Honest conversations in Riverside');
  });
});

describe('<peolc-self-assessment>: the board report', () => {
  it('summarises each ambition in numbers, lists each item verbatim, and plans actions by due date with overdue said in words', async () => {
    const element = await withAssessment(partFilled());
    await goToSection(element, 'report');
    const summaryRows = [...root(element).querySelectorAll('[part="progress-table"] tbody tr')].map((row) =>
      [...row.children].map((cell) => normalise(cell.textContent)),
    );
    const blocks = firstAmbition.buildingBlocks.length;
    // Highest level first, then not applicable, not rated and the total.
    expect(summaryRows[0]).to.deep.equal([`Ambition 1: ${firstAmbition.title}`, '0', '0', '1', '0', '1', String(blocks - 2), String(blocks)]);
    const words = normalise($(element, `[part="progress-lines"] li[data-ambition="1"]`)!.textContent);
    expect(words).to.equal(`Ambition 1: ${firstAmbition.title} — 1 of ${blocks} Planning, ${blocks - 2} not rated, 1 not applicable`);
    expect($(element, '[part="progress-picture"] [role="img"]')!.getAttribute('aria-label')).to.equal(
      'Ratings of “East of England 2026” on the six ambitions',
    );
    expect(summaryRows).to.have.length(edition.ambitions.length);
    const firstTable = root(element).querySelector('.report-group .items-table')!;
    const titles = [...firstTable.querySelectorAll('tbody th')].map((cell) => normalise(cell.textContent));
    expect(titles).to.deep.equal(firstAmbition.buildingBlocks.map((block) => block.title));
    const plan = [...root(element).querySelectorAll('.plan-table tbody tr')].map((row) =>
      [...row.children].map((cell) => normalise(cell.textContent)),
    );
    expect(plan.map((row) => row[1])).to.deep.equal(['Train ward staff', 'Repeat the audit']);
    expect(plan[0]![0]).to.equal('31 January 2020 Overdue');
    expect(plan[1]![0]).to.equal('30 June 2099');
    await expectAxeClean(element);
  });

  it('prints the board report whatever part is on screen', async function () {
    if (!isChromium) this.skip(); // Firefox over WebDriver BiDi cannot emulate print.
    const element = await withAssessment(partFilled());
    await goToSection(element, 'ambition-1');
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      const visible = (selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)].some((node) => node.checkVisibility());
      expect(visible('[part="progress-table"]'), 'the summary').to.equal(true);
      expect(visible('[part="progress-picture"]'), 'the progress picture').to.equal(true);
      expect(visible('.plan-table'), 'the action plan').to.equal(true);
      expect(visible('[part="item"]'), 'the form').to.equal(false);
      expect(visible('[part="toolbar"]'), 'the toolbar').to.equal(false);
      expect(visible('[part="sections"]'), 'the parts').to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
    await element.updateComplete;
    expect(root(element).querySelector('.print-only')).to.equal(null);
  });
});

describe('<peolc-self-assessment>: the action plan part', () => {
  it('lists every action, narrows it by status and due date, sorts by a column from the keyboard, and exports what is shown', async () => {
    const element = await withAssessment(partFilled());
    await goToSection(element, 'actions');
    const rows = () => [...root(element).querySelectorAll('.action-plan-view tbody tr')].map((row) => normalise(row.children[1]!.textContent));
    const count = () => normalise($(element, '.action-plan-view [role="status"]')!.textContent);
    expect(rows()).to.deep.equal(['Train ward staff', 'Repeat the audit']);
    expect(count()).to.equal('2 of 2 actions shown');
    expect(normalise(root(element).querySelector('.action-plan-view tbody tr td')!.textContent)).to.equal('31 January 2020 Overdue');

    const due = $<HTMLSelectElement>(element, '#filter-due')!;
    due.value = 'overdue';
    due.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(rows()).to.deep.equal(['Train ward staff']);
    expect(count()).to.equal('1 of 2 actions shown');
    due.value = '';
    due.dispatchEvent(new Event('change'));
    await element.updateComplete;

    const what = $<HTMLButtonElement>(element, 'button[data-sort="what"]')!;
    expect(what.closest('th')!.hasAttribute('aria-sort')).to.equal(false);
    expect($(element, 'button[data-sort="due"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    what.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(rows()).to.deep.equal(['Repeat the audit', 'Train ward staff']);
    expect($(element, 'button[data-sort="what"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(root(element).activeElement).to.equal($(element, 'button[data-sort="what"]'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(rows()).to.deep.equal(['Train ward staff', 'Repeat the audit']);
    expect($(element, 'button[data-sort="what"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await expectAxeClean(element);

    const status = $<HTMLSelectElement>(element, '#filter-status')!;
    status.value = 'done';
    status.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(normalise($(element, '.action-plan-view .empty')!.textContent)).to.equal('No actions match. Choose “All” in a filter to see more.');
    expect(element.value!.entries[firstKey]!.actions).to.have.length(2);
  });

  it('prints the action plan as shown when printed from its part', async function () {
    if (!isChromium) this.skip();
    const element = await withAssessment(partFilled());
    await goToSection(element, 'actions');
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      const visible = (selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)].some((node) => node.checkVisibility());
      expect(visible('.action-plan-view .plan-table'), 'the action plan').to.equal(true);
      expect(visible('.filters'), 'the filters').to.equal(false);
      expect(visible('[part="progress-table"]'), 'the board report').to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<peolc-self-assessment>: comparing with last year', () => {
  it('compares with an earlier assessment in the board report: counts per ambition, each item then and now, in words', async () => {
    const key = freshKey();
    const element = await assessmentElement('', key);
    const before = partFilled();
    before.title = '2025';
    element.value = before;
    await element.updateComplete;
    await click(element, button(element, 'duplicate'));
    await goToSection(element, 'ambition-1');
    await click(element, $(element, `[data-item="${firstKey}"] input[value="established"]`));
    await goToSection(element, 'report');
    const select = $<HTMLSelectElement>(element, '#compare-with')!;
    expect([...select.options].map((option) => option.text)).to.deep.equal(['No comparison', '2025']);
    select.value = before.id;
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(normalise($(element, '#report-comparison')!.textContent)).to.equal('Changes since “2025”');
    const summary = [...root(element).querySelectorAll('.comparison-table tbody tr')][0]!;
    const blocks = firstAmbition.buildingBlocks.length;
    expect([...summary.children].map((cell) => normalise(cell.textContent))).to.deep.equal([
      `Ambition 1: ${firstAmbition.title}`,
      '1',
      String(blocks - 1),
      '0',
      '0',
    ]);
    const first = root(element).querySelector('.comparison-items tbody tr')!;
    expect([...first.children].map((cell) => normalise(cell.textContent))).to.deep.equal([
      `Ambition 1: ${firstBlock.title}`,
      'Planning',
      'Established',
      'Improved',
    ]);
    await expectAxeClean(element);
    const files: string[] = [];
    root(element).addEventListener(
      'click',
      (event) => {
        const link = event.target;
        if (link instanceof HTMLAnchorElement && link.download) {
          event.preventDefault();
          files.push(link.download);
        }
      },
      true,
    );
    await click(element, button(element, 'export-comparison'));
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/-change-\d{4}-\d{2}-\d{2}\.csv$/);
    if (isChromium) {
      // Printed with the board report, from any part.
      await goToSection(element, 'ambition-2');
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      try {
        const visible = (selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)].some((node) => node.checkVisibility());
        expect(visible('[part="comparison"] .comparison-items'), 'the comparison prints').to.equal(true);
        expect(visible('[part="progress-picture"]'), 'the progress picture prints').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    }
  });
});

describe('<peolc-self-assessment>: accessibility', () => {
  it('gives every radio group and field a name that says which item it is for', async function () {
    if (!isChromium) this.skip(); // The accessibility tree is read over the DevTools protocol.
    const element = await withAssessment(partFilled());
    await goToSection(element, 'ambition-1');
    const group = $(element, `[data-item="${firstKey}"] fieldset.rating`)!;
    expect(await accessibleNode(group)).to.deep.equal({ role: 'group', name: `Rating for ${firstBlock.title}` });
    const evidence = $(element, `#building-block-${firstBlock.id}-evidence`)!;
    expect(await accessibleNode(evidence)).to.deep.include({ name: `Evidence for ${firstBlock.title}` });
    const current = $(element, '.sections button[aria-current="step"]')!;
    expect(normalise(current.textContent)).to.include('Ambition 1');
  });

  it('moves focus to the part chosen, and follows heading-level', async () => {
    const element = await withAssessment(partFilled(), 'storage="none" heading-level="3"');
    expect($(element, 'h3')!.textContent).to.equal('Self-assessment');
    await goToSection(element, 'ambition-2');
    expect(root(element).activeElement?.id).to.equal('section-start');
    expect(normalise($(element, '#section-heading')!.textContent)).to.equal(`Ambition 2: ${edition.ambitions[1]!.title}`);
    expect($(element, '#section-heading')!.localName).to.equal('h4');
    expect($(element, '[part="item-title"]')!.localName).to.equal('h5');
    await click(element, $(element, '[data-pager="next"]'));
    expect(normalise($(element, '#section-heading')!.textContent)).to.equal(`Ambition 3: ${edition.ambitions[2]!.title}`);
  });

  it('is axe clean in forced colours, and reflows at 320 px without sideways scrolling', async () => {
    const element = await withAssessment(partFilled());
    await goToSection(element, 'ambition-1');
    if (isChromium) {
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      try {
        await expectAxeClean(element);
      } finally {
        await emulateMediaFeatures({});
      }
    }
    await setViewport({ width: 320, height: 640 });
    try {
      element.parentElement!.style.maxWidth = '320px';
      for (const part of ['about', 'ambition-1', 'report']) {
        await goToSection(element, part);
        expect(element.scrollWidth, `${part} scrolls sideways`).to.be.at.most(320);
        expect(document.documentElement.scrollWidth, `${part}: the page scrolls sideways`).to.be.at.most(320);
      }
      await expectAxeClean(element);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
