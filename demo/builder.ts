// The embed builder: choose an element and its options, see it, copy the
// HTML. The page's form is in builder.html; this module fills in the choices
// from the edition, reads the form into attributes, and writes the preview
// and the snippet from the same markup (builder/snippet.ts).
import { ambitions2015to2020 as edition } from '../src/content/ambitions-2015-2020/index.js';
import { presetScales } from '../src/model/assessment/scales.js';
import { frameworkSectionNames, type FrameworkSectionName } from '../src/model/framework-sections.js';
import { themeNames, themes } from '../src/themes/themes.js';
import { version } from '../src/internal/version.generated.js';
import { fallbackAvailable, fallbackStylesheet, withFallback } from './builder/fallback.js';
import {
  builderElements,
  buildSnippet,
  normaliseBase,
  publicCdnBase,
  wordpressShortcode,
  wordpressShortcodes,
  type Attribute,
  type BuilderTag,
  type ScriptChoice,
} from './builder/snippet.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`builder.html has no #${id}`);
  return element as T;
};

const form = $<HTMLFormElement>('builder-form');
const preview = $('preview');
const snippetArea = $<HTMLTextAreaElement>('snippet');
const copyButton = $<HTMLButtonElement>('copy');
const copyStatus = $('copy-status');
const baseInput = $<HTMLInputElement>('base');
const baseError = $('base-error');

/** This site's own copy of the package: the folder holding `dist/`. */
const localBase = new URL('../', location.href).href;
const exampleBase = publicCdnBase(version);
// A partner's own host, typed once and remembered; the public CDN otherwise.
const savedBaseKey = 'peolc-builder-base';
const savedBase = (() => {
  try {
    return localStorage.getItem(savedBaseKey) ?? '';
  } catch {
    return '';
  }
})();
const startBase = normaliseBase(savedBase).base ?? exampleBase;

// ---------------------------------------------------------------- the choices

function option(value: string, text: string, selected = false): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  element.selected = selected;
  return element;
}

/** A checkbox or radio with its label, in the page's `.choice` layout. */
function choice(type: 'checkbox' | 'radio', name: string, id: string, value: string, label: string, hint?: string): HTMLDivElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'choice';
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.id = id;
  input.value = value;
  const text = document.createElement('label');
  text.htmlFor = id;
  text.textContent = label;
  const words = document.createElement('div');
  words.append(text);
  wrapper.append(input, words);
  if (hint) {
    // Beside the label, not in it: the name stays short and the hint is read as its description.
    const hintElement = document.createElement('span');
    hintElement.className = 'hint';
    hintElement.id = `${id}-hint`;
    hintElement.textContent = hint;
    input.setAttribute('aria-describedby', hintElement.id);
    words.append(hintElement);
  }
  return wrapper;
}

function fillChoices(): void {
  const elementChoice = $('element-choice');
  for (const element of builderElements) {
    elementChoice.append(choice('radio', 'element', `element-${element.tag}`, element.tag, element.label, element.description));
  }
  (elementChoice.querySelector('input') as HTMLInputElement).checked = true;

  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-ambitions]')) {
    const kind = select.dataset['ambitions'];
    if (kind === 'none') select.append(option('', 'None: the reader chooses'));
    if (kind === 'all') select.append(option('', 'All six ambitions'));
    for (const ambition of edition.ambitions) select.append(option(String(ambition.number), `${ambition.number}. ${ambition.title}`));
  }
  for (const scale of Object.values(presetScales)) $('assessment-scale').append(option(scale.id, scale.name));
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-heading-levels]')) {
    for (let level = 2; level <= 6; level++) select.append(option(String(level), `Level ${level} (h${level})`, level === 2));
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-foundations]')) {
    select.append(option('', select.dataset['foundations'] === 'all' ? 'All eight foundations' : 'None'));
    for (const foundation of edition.foundations) select.append(option(String(foundation.number), `${foundation.number}. ${foundation.title}`));
  }
  const foundations = $('grid-foundations');
  for (const foundation of edition.foundations) {
    const item = choice(
      'checkbox',
      'grid-foundation',
      `grid-foundation-${foundation.number}`,
      String(foundation.number),
      `${foundation.number}. ${foundation.title}`,
    );
    (item.querySelector('input') as HTMLInputElement).checked = true;
    foundations.append(item);
  }

  const parts = $('framework-sections');
  for (const name of frameworkSectionNames) {
    const item = choice('checkbox', 'framework-section', `framework-section-${name}`, name, frameworkPartLabels[name]);
    (item.querySelector('input') as HTMLInputElement).checked = true;
    parts.append(item);
  }

  const blockSelect = $<HTMLSelectElement>('block-block');
  for (const ambition of edition.ambitions) {
    const group = document.createElement('optgroup');
    group.label = `Ambition ${ambition.number}. ${ambition.title}`;
    for (const block of ambition.buildingBlocks) group.append(option(block.id, block.title));
    blockSelect.append(group);
  }

  const entries = [...edition.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  const termSelect = $<HTMLSelectElement>('term-term');
  const terms = $('glossary-terms');
  for (const entry of entries) {
    termSelect.append(option(entry.id, entry.term, entry.id === 'palliative-care'));
    terms.append(choice('checkbox', 'glossary-term', `glossary-term-${entry.id}`, entry.id, entry.term));
  }
  $<HTMLInputElement>('term-words').value = termName(termSelect.value);

  const themeSelect = $<HTMLSelectElement>('theme');
  themeSelect.append(option('', 'None: the built-in colours, on your page’s own background', true));
  for (const name of themeNames) themeSelect.append(option(name, `${themes[name].label}: ${themes[name].description}`));

  $('base-example').textContent = exampleBase;
  baseInput.value = startBase;
  // This site's own copy is offered only where readers could reach it (not on localhost).
  $('use-local-base').hidden = normaliseBase(localBase).base === undefined;
  if (!fallbackAvailable) {
    $('fallback-choice').hidden = true;
    $('fallback-hint').hidden = true;
  }
}

/** What each of `<peolc-framework sections>`'s words shows, as the builder names it. */
const frameworkPartLabels: Record<FrameworkSectionName, string> = {
  title: 'The title, publisher and date',
  opening: 'The opening sections (Foreword, Introduction, Executive Summary …)',
  vision: 'The vision',
  ambitions: 'The six ambitions, with their building blocks',
  foundations: 'The eight foundations',
  glossary: 'The glossary',
  partnership: "The Partnership's members",
  citation: 'How to cite the framework',
};

function termName(id: string): string {
  return edition.glossary.find((entry) => entry.id === id)?.term.toLowerCase() ?? '';
}

// ---------------------------------------------------------------- reading the form

const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value.trim();
const checked = (id: string) => $<HTMLInputElement>(id).checked;
const radio = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
const ticked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);

/** The heading level, left out when it is the default (2). */
function headingLevel(id: string): Attribute[] {
  const level = value(id);
  return level && level !== '2' ? [['heading-level', level]] : [];
}

function elementAttributes(tag: BuilderTag): Attribute[] {
  const attributes: Attribute[] = [];
  switch (tag) {
    case 'peolc-ambition-wheel': {
      if (value('wheel-selected')) attributes.push(['selected', value('wheel-selected')]);
      if (checked('wheel-show-foundations')) attributes.push(['show-foundations', true]);
      if (checked('wheel-panel')) {
        attributes.push(['panel', true]);
        const parts = ['what-we-know', 'building-blocks'].filter((part) => checked(`wheel-part-${part}`));
        if (parts.length > 0) attributes.push(['parts', parts.join(' ')]);
      }
      attributes.push(...headingLevel('wheel-heading-level'));
      if (value('wheel-label')) attributes.push(['label', value('wheel-label')]);
      break;
    }
    case 'peolc-ambition': {
      attributes.push(['ambition', value('ambition-ambition')]);
      const parts = ['what-we-know', 'building-blocks'].filter((part) => checked(`ambition-${part}`));
      if (parts.length > 0) attributes.push(['parts', parts.join(' ')]);
      attributes.push(...headingLevel('ambition-heading-level'));
      break;
    }
    case 'peolc-foundation-grid': {
      const chosen = ticked('grid-foundation');
      if (chosen.length > 0 && chosen.length < edition.foundations.length) attributes.push(['foundations', chosen.join(',')]);
      if (value('grid-highlight')) attributes.push(['highlight', value('grid-highlight')]);
      if (checked('grid-expanded')) attributes.push(['expanded', true]);
      if (value('grid-columns')) attributes.push(['columns', value('grid-columns')]);
      attributes.push(...headingLevel('grid-heading-level'));
      if (checked('grid-hide-intro')) attributes.push(['hide-intro', true]);
      break;
    }
    case 'peolc-building-blocks': {
      if (value('blocks-ambition')) attributes.push(['ambition', value('blocks-ambition')]);
      if (radio('blocks-mode') === 'full') attributes.push(['mode', 'full']);
      attributes.push(...headingLevel('blocks-heading-level'));
      break;
    }
    case 'peolc-building-block': {
      attributes.push(['block', value('block-block')]);
      if (radio('block-mode') === 'full') attributes.push(['mode', 'full']);
      attributes.push(...headingLevel('block-heading-level'));
      break;
    }
    case 'peolc-glossary': {
      const chosen = ticked('glossary-term');
      if (chosen.length > 0) attributes.push(['terms', chosen.join(',')]);
      if (value('glossary-label')) attributes.push(['label', value('glossary-label')]);
      break;
    }
    case 'peolc-term': {
      attributes.push(['term', value('term-term')]);
      break;
    }
    case 'peolc-self-assessment': {
      if (value('assessment-scale') && value('assessment-scale') !== 'default') attributes.push(['scale', value('assessment-scale')]);
      if (checked('assessment-foundations')) attributes.push(['include', 'foundations']);
      if (value('assessment-storage-key')) attributes.push(['storage-key', value('assessment-storage-key')]);
      if (checked('assessment-demo')) attributes.push(['storage', 'none']);
      attributes.push(...headingLevel('assessment-heading-level'));
      break;
    }
    case 'peolc-progress-wheel': {
      if (value('progress-src')) attributes.push(['src', value('progress-src')]);
      if (checked('progress-foundations')) attributes.push(['show-foundations', true]);
      attributes.push(...headingLevel('progress-heading-level'));
      break;
    }
    case 'peolc-framework': {
      const chosen = ticked('framework-section');
      if (chosen.length > 0 && chosen.length < frameworkSectionNames.length) attributes.push(['sections', chosen.join(' ')]);
      if (value('framework-ambition')) attributes.push(['ambition', value('framework-ambition')]);
      if (value('framework-foundation')) attributes.push(['foundation', value('framework-foundation')]);
      attributes.push(...headingLevel('framework-heading-level'));
      if (checked('framework-link-terms')) attributes.push(['link-terms', true]);
      if (checked('framework-expanded')) attributes.push(['expanded', true]);
      break;
    }
  }
  if (value('theme')) attributes.push(['theme', value('theme')]);
  if (value('color-scheme') && value('color-scheme') !== 'light') attributes.push(['color-scheme', value('color-scheme')]);
  return attributes;
}

// ---------------------------------------------------------------- output

let lastMarkup = '';
let lastSnippet = '';

let updates = 0;

async function update(): Promise<void> {
  const run = ++updates;
  const tag = radio('element') as BuilderTag;
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-options-for]')) {
    fieldset.hidden = fieldset.dataset['optionsFor'] !== tag;
  }
  const panel = checked('wheel-panel');
  for (const part of ['what-we-know', 'building-blocks']) $<HTMLInputElement>(`wheel-part-${part}`).disabled = !panel;

  const base = normaliseBase(baseInput.value);
  baseInput.setAttribute('aria-invalid', String(base.error !== undefined));
  baseError.hidden = base.error === undefined;
  baseError.textContent = base.error ?? '';

  const attributes = elementAttributes(tag);
  const fallback = fallbackAvailable && checked('fallback') ? await withFallback(tag, attributes) : undefined;
  // A later change has begun its own update: this one's result is stale.
  if (run !== updates) return;
  const words = value('term-words') || termName(value('term-term'));
  const result = buildSnippet({
    tag,
    attributes,
    words,
    // With a mistyped address the snippet keeps the last good one; the error says why.
    base: base.base ?? normaliseBase(lastGoodBase).base ?? exampleBase,
    script: radio('script') as ScriptChoice,
    ...(fallback === undefined ? {} : { markupWithFallback: fallback, fallbackStylesheet }),
  });
  if (base.base && base.base !== lastGoodBase) {
    lastGoodBase = base.base;
    try {
      if (base.base === exampleBase) localStorage.removeItem(savedBaseKey);
      else localStorage.setItem(savedBaseKey, base.base);
    } catch {
      // Storage refused: the address is simply not remembered.
    }
  }
  showAdvice(tag, attributes);

  if (result.markup !== lastMarkup) {
    lastMarkup = result.markup;
    // The same markup as the snippet's, parsed by the browser: what is seen is what is copied.
    preview.innerHTML = tag === 'peolc-term' ? `<p>In your text: ask about ${result.markup} early.</p>` : result.markup;
  }
  if (result.snippet !== lastSnippet) {
    lastSnippet = result.snippet;
    snippetArea.value = result.snippet;
    copyStatus.textContent = '';
  }
}

let lastGoodBase = startBase;

/** What to do instead of pasting the snippet, for WordPress and for systems that strip scripts. */
function showAdvice(tag: BuilderTag, attributes: readonly Attribute[]): void {
  const destination = value('destination');
  $('advice').hidden = destination === 'html';
  $('advice-wordpress').hidden = destination !== 'wordpress';
  $('advice-cms').hidden = destination !== 'cms';
  const shortcode = wordpressShortcode(tag, attributes);
  for (const id of ['wordpress-block-advice', 'shortcode-label', 'shortcode']) $(id).hidden = shortcode === undefined;
  $('wordpress-tag-advice').hidden = shortcode !== undefined;
  $<HTMLInputElement>('shortcode').value = shortcode ?? '';
  $('wordpress-block').textContent = wordpressShortcodes[tag]?.block ?? '';
}
let announcement: ReturnType<typeof setTimeout> | undefined;

/** Says `message` in the polite live region, again even when it is the same words. */
function announce(message: string): void {
  copyStatus.textContent = '';
  clearTimeout(announcement);
  announcement = setTimeout(() => {
    copyStatus.textContent = message;
  }, 100);
}

async function copySnippet(): Promise<void> {
  const text = snippetArea.value;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no asynchronous clipboard');
    await navigator.clipboard.writeText(text);
    announce('Snippet copied');
  } catch {
    // No clipboard access (an older browser, an insecure page, permission refused):
    // select the text so one key press copies it.
    snippetArea.focus();
    snippetArea.select();
    announce('Snippet selected: press Control and C (or Command and C on a Mac) to copy it');
  }
}

// ---------------------------------------------------------------- wiring

fillChoices();
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', () => void update());
form.addEventListener('change', (event) => {
  // A new entry gets its own name as the words, unless the words were typed.
  const target = event.target as HTMLElement;
  if (target.id === 'term-term') {
    const words = $<HTMLInputElement>('term-words');
    if (!words.dataset['typed']) words.value = termName(value('term-term'));
  }
  if (target.id === 'term-words') $<HTMLInputElement>('term-words').dataset['typed'] = 'true';
  void update();
});
$('use-example-base').addEventListener('click', () => {
  baseInput.value = exampleBase;
  void update();
});
$('use-local-base').addEventListener('click', () => {
  baseInput.value = localBase;
  void update();
});
copyButton.addEventListener('click', () => void copySnippet());
void update();
