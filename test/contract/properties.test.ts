/**
 * The property contract (CONTRIBUTING.md, "The element contract"): every
 * public property of every element, set from script to each value a
 * framework may pass, then back to a valid value; and the same for its
 * attribute. Nothing may throw, the element keeps showing its content or its
 * default, it warns at most once per value (naming itself and the property),
 * `null`/`undefined`/a removed attribute mean the default, and the valid
 * value afterwards renders exactly as a fixture created with it.
 *
 * Elements come from src/registry.ts and their properties from the classes
 * at runtime (Lit's `elementProperties`, without `state` ones), so a new
 * element or property is covered by itself. What it cannot derive is a valid
 * value for each property: that is the table below, and a property missing
 * from it fails the test.
 */
import { expect } from '@open-wc/testing';
import type { PropertyDeclaration } from 'lit';
import '../../src/index.js';
import { ambitions2015to2020 } from '../../src/content/index.js';
import { createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { elements } from '../../src/registry.js';
import { firstDifference, hasVisibleText, messageOf, settle, signature, visibleText, type Rendered } from './rendering.js';

// ---------------------------------------------------------------------------
// The values

/** What frameworks assign (issue 11): each is a function, so objects are new for every case. */
const badValues: readonly { label: string; make: () => unknown }[] = [
  { label: 'null', make: () => null },
  { label: 'undefined', make: () => undefined },
  { label: '0', make: () => 0 },
  { label: '-1', make: () => -1 },
  { label: '3', make: () => 3 },
  { label: 'NaN', make: () => NaN },
  { label: 'true', make: () => true },
  { label: 'false', make: () => false },
  { label: '""', make: () => '' },
  { label: '"false"', make: () => 'false' },
  { label: '"banana"', make: () => 'banana' },
  { label: '[]', make: () => [] },
  { label: '[1, 3]', make: () => [1, 3] },
  { label: '{}', make: () => ({}) },
  // Same-origin, so a provider that fetches it gets an answer (a 404) without the network.
  { label: 'a URL', make: () => new URL('/test-api/status/404', location.origin) },
];

/** The attribute forms of the same values: what a framework that stringifies writes; `null` removes the attribute. */
const removed = Symbol('removed');
const badAttributeValues: readonly (string | typeof removed)[] = [
  ...new Set(badValues.map(({ make }) => make()).map((value) => (value === null ? removed : String(value)))),
];
const attributeLabel = (value: string | typeof removed) => (value === removed ? 'removed' : JSON.stringify(value));

/** A valid value for one property: to assign, as an attribute, and any attributes the fixture needs for it to show. */
interface ValidValue {
  /** Assigned from script; a function is called for each fixture (for objects). */
  readonly property: unknown;
  /** The same value as an attribute (required when the property has one). */
  readonly attribute?: string;
  /** More attributes on the element while this property is tested, e.g. a panel for the wheel's `parts`. */
  readonly with?: string;
  /**
   * Why `null` and `undefined` leave this property's last value in place
   * rather than meaning the default: only for data a reader has been
   * working on (the self-assessment's `value`), which a framework clearing
   * its prop must never take away. The test then checks they change nothing.
   */
  readonly nullKeeps?: string;
}
const validValue = (entry: ValidValue): unknown => (typeof entry.property === 'function' ? (entry.property as () => unknown)() : entry.property);

/** The built-in edition with one foundation renamed, so a provider's edition shows in the grid inside it. */
function localEdition() {
  const edition = structuredClone(ambitions2015to2020);
  edition.id = 'local-ambitions';
  edition.foundations[0]!.title = 'Each person is known as a person';
  return edition;
}
const localEditionUrl = URL.createObjectURL(new Blob([JSON.stringify(localEdition())], { type: 'application/json' }));

/** An assessment with one rating, as a host page would assign it. */
function contractAssessment() {
  return {
    ...createAssessment({
      editionId: ambitions2015to2020.id,
      scale: presetScales.rag,
      title: 'Contract assessment',
      now: new Date('2026-01-01T00:00:00Z'),
    }),
    id: 'assessment-contract',
    entries: { 'building-block:honest-conversations': { ...emptyEntry(), rating: 'green' } },
  };
}

/** The contract assessment as a file, for the progress wheel's `src`; and one that rates the foundations, for `show-foundations`. */
const progressAssessmentUrl = URL.createObjectURL(new Blob([JSON.stringify(contractAssessment())], { type: 'application/json' }));
const progressFoundationsUrl = URL.createObjectURL(
  new Blob(
    [
      JSON.stringify({
        ...contractAssessment(),
        include: 'foundations',
        entries: { ...contractAssessment().entries, [`foundation:${ambitions2015to2020.foundations[0]!.id}`]: { ...emptyEntry(), rating: 'amber' } },
      }),
    ],
    { type: 'application/json' },
  ),
);

/** Properties of the base class, which every element has. */
const sharedValid: Record<string, ValidValue> = {
  theme: { property: 'high-contrast', attribute: 'high-contrast' },
  colorScheme: { property: 'dark', attribute: 'dark' },
};

/**
 * A valid value for every public property, per element. Old and new names
 * are both here while the API is being renamed (wheel `detail` → `panel` +
 * `parts`, `foundations` → `showFoundations`); an entry for a property an
 * element does not have is unused.
 */
const validValues: Record<string, Record<string, ValidValue>> = {
  'peolc-provider': {
    src: { property: localEditionUrl, attribute: localEditionUrl },
    timeout: { property: 4000, attribute: '4000' },
    strings: { property: () => ({ showDetails: 'Open the details' }), attribute: JSON.stringify({ showDetails: 'Open the details' }) },
    edition: { property: localEdition },
  },
  'peolc-ambition-wheel': {
    selected: { property: 3, attribute: '3' },
    label: { property: 'Our six ambitions', attribute: 'Our six ambitions' },
    hrefTemplate: { property: '/ambitions/{id}', attribute: '/ambitions/{id}' },
    foundations: { property: true, attribute: '' },
    showFoundations: { property: true, attribute: '' },
    detail: { property: 'what-we-know', attribute: 'what-we-know', with: 'selected="2"' },
    panel: { property: true, attribute: '', with: 'selected="2"' },
    parts: { property: 'what-we-know', attribute: 'what-we-know', with: 'panel selected="2"' },
    // Headings are in the panel (`detail` before the rename, `panel` after).
    headingLevel: { property: 3, attribute: '3', with: 'panel detail selected="2"' },
  },
  'peolc-ambition': {
    ambition: { property: 4, attribute: '4' },
    for: { property: 'fuzz-wheel', attribute: 'fuzz-wheel' },
    parts: { property: 'what-we-know building-blocks', attribute: 'what-we-know building-blocks' },
    headingLevel: { property: 3, attribute: '3' },
  },
  'peolc-foundation-grid': {
    expanded: { property: true, attribute: '' },
    foundations: { property: '1,3', attribute: '1,3' },
    highlight: { property: '2', attribute: '2' },
    columns: { property: 2, attribute: '2' },
    headingLevel: { property: 3, attribute: '3' },
    hideIntro: { property: true, attribute: '' },
  },
  'peolc-building-blocks': {
    ambition: { property: 3, attribute: '3' },
    mode: { property: 'full', attribute: 'full' },
    headingLevel: { property: 3, attribute: '3' },
    expanded: { property: true, attribute: '' },
  },
  'peolc-building-block': {
    ambition: { property: 1, attribute: '1' },
    block: { property: 'clear-expectations', attribute: 'clear-expectations' },
    mode: { property: 'full', attribute: 'full' },
    headingLevel: { property: 3, attribute: '3' },
    expanded: { property: true, attribute: '' },
  },
  'peolc-glossary': {
    terms: { property: 'end-of-life,palliative-care', attribute: 'end-of-life,palliative-care' },
    label: { property: 'Words used here', attribute: 'Words used here' },
    query: { property: 'care', attribute: 'care' },
  },
  // The explorer is shown small (two short sections, one ambition, one foundation), so its 252 cases run quickly.
  'peolc-framework': {
    theme: { property: 'high-contrast', attribute: 'high-contrast', with: 'sections="vision citation"' },
    colorScheme: { property: 'dark', attribute: 'dark', with: 'sections="vision citation"' },
    sections: { property: ['vision', 'citation'], attribute: 'vision citation' },
    ambition: { property: 2, attribute: '2' },
    foundation: { property: 3, attribute: '3' },
    headingLevel: { property: 3, attribute: '3', with: 'sections="vision citation"' },
    linkTerms: { property: true, attribute: '', with: 'ambition="1"' },
    query: { property: 'care', attribute: 'care', with: 'sections="vision citation"' },
    expanded: { property: true, attribute: '', with: 'ambition="4"' },
  },
  // Kept in memory (storage="none"), so cases never see each other's assessments; storage itself is tested with a key of its own.
  'peolc-self-assessment': {
    storageKey: { property: 'contract', attribute: 'contract' },
    storage: { property: 'local', attribute: 'local', with: 'storage-key="contract-storage"' },
    include: { property: 'foundations', attribute: 'foundations' },
    scale: { property: 'rag', attribute: 'rag' },
    headingLevel: { property: 3, attribute: '3' },
    value: { property: contractAssessment, nullKeeps: 'a framework clearing its prop must not take away the assessment a reader is working on' },
  },
  'peolc-progress-wheel': {
    value: { property: contractAssessment },
    src: { property: progressAssessmentUrl, attribute: progressAssessmentUrl },
    label: { property: 'Our progress', attribute: 'Our progress', with: 'src="' + progressAssessmentUrl + '"' },
    headingLevel: { property: 3, attribute: '3' },
    showFoundations: { property: true, attribute: '', with: 'src="' + progressFoundationsUrl + '"' },
  },
  'peolc-term': {
    term: { property: 'end-of-life', attribute: 'end-of-life' },
    open: { property: true, attribute: '' },
  },
};

// ---------------------------------------------------------------------------
// The fixtures

/** How an element is placed so it has something to show. */
interface FixtureSpec {
  /** Markup before and after the element, inside an 800 px wide box. */
  readonly before?: string;
  readonly after?: string;
  readonly attributes?: Record<string, string>;
  /** The element's children. */
  readonly inner?: string;
  /** A selector for what must keep rendering (default: the element itself). */
  readonly probe?: string;
  /** Words of the page's own that must stay visible. */
  readonly words?: string;
}

const fixtureSpecs: Record<string, FixtureSpec> = {
  // A broken provider hides everything inside it: the grid must keep rendering.
  'peolc-provider': { inner: '<peolc-foundation-grid></peolc-foundation-grid>', probe: 'peolc-foundation-grid' },
  'peolc-ambition': {
    before: '<peolc-ambition-wheel id="fuzz-wheel" selected="5"></peolc-ambition-wheel>',
    attributes: { ambition: '1' },
  },
  'peolc-building-blocks': { attributes: { ambition: '1' } },
  'peolc-building-block': { attributes: { block: 'honest-conversations' } },
  'peolc-self-assessment': { attributes: { storage: 'none' } },
  'peolc-term': {
    before: '<p>Care that helps with ',
    attributes: { term: 'palliative-care' },
    inner: 'palliative care',
    after: ', at any stage of an illness.</p>',
    words: 'palliative care',
  },
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The fixture's markup, without the attribute `omit` (the one under test) and with `extra` attributes. */
function markup(tag: string, spec: FixtureSpec, omit: string | undefined, extra: string): string {
  const attributes = Object.entries(spec.attributes ?? {})
    .filter(([name]) => name !== omit)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `${spec.before ?? ''}<${tag}${attributes}${extra ? ` ${extra}` : ''}>${spec.inner ?? ''}</${tag}>${spec.after ?? ''}`;
}

interface Mounted {
  readonly box: HTMLDivElement;
  readonly element: Rendered & Record<string, unknown>;
  readonly probe: Element;
}

/** Places the markup in the page; `before` runs after the element is created and before its first update. */
function mount(tag: string, spec: FixtureSpec, html: string, before?: (element: Mounted['element']) => void): Mounted {
  const box = document.createElement('div');
  box.style.width = '800px';
  document.body.append(box);
  box.innerHTML = html;
  const element = box.querySelector(tag) as Mounted['element'];
  before?.(element);
  return { box, element, probe: spec.probe ? box.querySelector(spec.probe)! : element };
}

/** A value as text, for comparing what an element stores and for messages. */
function stable(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (item: unknown): unknown => {
    if (item === undefined) return '(undefined)';
    if (typeof item === 'number' && !Number.isFinite(item)) return `(${String(item)})`;
    if (typeof item === 'function') return '(function)';
    if (item instanceof URL) return `(URL ${item.href})`;
    if (typeof item !== 'object' || item === null) return item;
    if (seen.has(item)) return '(cycle)';
    seen.add(item);
    if (item instanceof Set) return { '(Set)': [...item].map(walk) };
    if (item instanceof Map) return { '(Map)': [...item].map(walk) };
    if (Array.isArray(item)) return item.map(walk);
    return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
  };
  return JSON.stringify(walk(value)) ?? 'undefined';
}
const short = (text: string, length = 100) => (text.length > length ? `${text.slice(0, length)}…` : text);

// ---------------------------------------------------------------------------
// Console output and errors that escape (uncaught exceptions, unhandled rejections)
//
// Recorded for the whole suite, like test/helpers/console.ts does for one
// call, and taken step by step. The test runner echoes escaped errors to the
// console (in Chromium before this test's listener runs); those echoes are
// not the element's warnings, so they are dropped here: the errors
// themselves are recorded as errors.

let written: string[] = [];
let escaped: string[] = [];
const escapedErrors = new WeakSet<object>();
const runnerEcho = 'An error was thrown in a Promise outside a test';
const originalConsole = { warn: console.warn, error: console.error };
const isEscaped = (value: unknown) => typeof value === 'object' && value !== null && escapedErrors.has(value);
const recordWarn = (...args: unknown[]) => {
  written.push(args.map(String).join(' '));
};
const recordError = (...args: unknown[]) => {
  if (String(args[0]).startsWith(runnerEcho) || (args.length === 1 && isEscaped(args[0]))) return;
  written.push(`(console.error) ${args.map(String).join(' ')}`);
};
/** Drops the runner's echo of an escaped error if it came first (it does in Chromium), and any that comes later. */
const forgetEcho = (error: unknown) => {
  if (typeof error !== 'object' || error === null) return;
  escapedErrors.add(error);
  const echo = `(console.error) ${String(error)}`;
  const index = written.lastIndexOf(echo);
  if (index !== -1) written.splice(index, 1);
};
const onError = (event: ErrorEvent) => {
  escaped.push(`uncaught ${messageOf(event.error ?? event.message)}`);
  forgetEcho(event.error);
  // Recorded here, with the element, property and value, rather than as mocha's failure of whichever test runs.
  event.preventDefault();
  event.stopImmediatePropagation();
};
const onRejection = (event: PromiseRejectionEvent) => {
  escaped.push(`unhandled rejection ${messageOf(event.reason)}`);
  forgetEcho(event.reason);
  event.preventDefault();
  event.stopImmediatePropagation();
};
const takeEscaped = () => {
  const taken = escaped;
  escaped = [];
  return taken;
};
const takeWritten = () => {
  const taken = written;
  written = [];
  return taken;
};

// ---------------------------------------------------------------------------
// The plan: every element, every public property, from the classes

interface PropertyPlan {
  readonly name: string;
  /** The attribute, if the property has one. */
  readonly attribute: string | undefined;
}
interface ElementPlan {
  readonly tag: string;
  readonly properties: readonly PropertyPlan[];
}

const plans: ElementPlan[] = elements.map(({ tag }) => {
  const elementClass = customElements.get(tag) as
    (CustomElementConstructor & { elementProperties?: Map<PropertyKey, PropertyDeclaration> }) | undefined;
  if (!elementClass?.elementProperties) throw new Error(`<${tag}> is in the registry but src/index.ts does not define it as a Lit element`);
  const properties = [...elementClass.elementProperties]
    .filter(([name, options]) => typeof name === 'string' && !options.state)
    .map(([name, options]) => {
      const attribute = options.attribute ?? true;
      return { name: name as string, attribute: attribute === false ? undefined : attribute === true ? (name as string).toLowerCase() : attribute };
    });
  return { tag, properties };
});

const propertyCases = (plan: ElementPlan) => plan.properties.length * badValues.length;
const attributeCases = (plan: ElementPlan) => plan.properties.filter((property) => property.attribute).length * badAttributeValues.length;
const totalCases = plans.reduce((sum, plan) => sum + propertyCases(plan) + attributeCases(plan), 0);
console.log(`property contract: ${plans.map((plan) => `<${plan.tag}> ${plan.properties.map((property) => property.name).join(' ')}`).join('; ')}`);
console.log(
  `property contract: ${totalCases} cases (${plans.length} elements, ${plans.reduce((sum, plan) => sum + plan.properties.length, 0)} properties × ${badValues.length} values, ` +
    `${plans.reduce((sum, plan) => sum + plan.properties.filter((property) => property.attribute).length, 0)} attributes × ${badAttributeValues.length} values)`,
);

// ---------------------------------------------------------------------------
// One property, through one channel

type Channel = 'property' | 'attribute';

interface Failure {
  readonly where: string;
  readonly value: string;
  readonly problem: string;
}

/** What a fixture shows, read when first asked (the trees are large), so read it before the fixture changes. */
interface Snapshot {
  readonly signature: string;
  /** The signature without the attribute under test on the element: what it renders, apart from what was set. */
  readonly rendering: string;
  readonly stored: string;
  readonly hasText: boolean;
  readonly text: string;
  readonly height: number;
  readonly words: boolean;
}

function snapshot(mounted: Mounted, property: PropertyPlan, spec: FixtureSpec): Snapshot {
  const memo = new Map<string, unknown>();
  const read = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  return {
    get signature() {
      return read('signature', () => signature(mounted.box));
    },
    get rendering() {
      return read('rendering', () => signature(mounted.box, { skipAttribute: { of: mounted.element, name: property.attribute ?? '' } }));
    },
    get stored() {
      return read('stored', () => stable(mounted.element[property.name]));
    },
    get hasText() {
      return read('hasText', () => hasVisibleText(mounted.probe));
    },
    get text() {
      return read('text', () => visibleText(mounted.probe));
    },
    get height() {
      return read('height', () => mounted.probe.getBoundingClientRect().height);
    },
    get words() {
      return read('words', () => spec.words === undefined || visibleText(mounted.probe).includes(spec.words));
    },
  };
}

/** Reads everything now, for a fixture that is about to be removed. */
const readAll = (shown: Snapshot): Snapshot => ({
  signature: shown.signature,
  rendering: shown.rendering,
  stored: shown.stored,
  hasText: shown.hasText,
  text: shown.text,
  height: shown.height,
  words: shown.words,
});

interface Outcome {
  readonly shown: Snapshot;
  readonly errors: string[];
  readonly console: string[];
}

/**
 * Renders a fixture and waits for it; `before` runs after the element is
 * created and before its first update. `use` gets what it shows, its console
 * output and its errors; the fixture is removed afterwards.
 */
async function render<T>(
  tag: string,
  spec: FixtureSpec,
  html: string,
  property: PropertyPlan,
  before: ((element: Mounted['element']) => void) | undefined,
  use: (outcome: Outcome) => T,
): Promise<T> {
  takeWritten();
  takeEscaped();
  const errors: string[] = [];
  const mounted = mount(tag, spec, html, (element) => {
    try {
      before?.(element);
    } catch (error) {
      errors.push(`assigning throws ${messageOf(error)}`);
    }
  });
  try {
    const result = await settle(mounted.box);
    errors.push(...result.errors, ...takeEscaped());
    if (!result.settled) errors.push('does not settle within 8 s');
    return use({ shown: snapshot(mounted, property, spec), errors, console: takeWritten() });
  } finally {
    mounted.box.remove();
  }
}

const keep = (outcome: Outcome): Outcome => ({ ...outcome, shown: readAll(outcome.shown) });

async function fuzz(plan: ElementPlan, property: PropertyPlan, channel: Channel, fail: (value: string, problem: string) => void): Promise<void> {
  const { tag } = plan;
  const spec = fixtureSpecs[tag] ?? {};
  const entry = validValues[tag]?.[property.name] ?? sharedValid[property.name];
  if (!entry) {
    fail(
      '(table)',
      `no valid value in validValues['${tag}']['${property.name}'] (test/contract/properties.test.ts): add one, so this property is tested`,
    );
    return;
  }
  const attribute = property.attribute;
  if (channel === 'attribute' && (attribute === undefined || entry.attribute === undefined)) {
    fail(
      '(table)',
      `no valid attribute value in validValues['${tag}']['${property.name}'].attribute: add one, so the ${attribute} attribute is tested`,
    );
    return;
  }
  const extra = entry.with ?? '';
  const html = markup(tag, spec, attribute, extra);
  const htmlWith = (value: string) => markup(tag, spec, attribute, `${extra} ${attribute}="${escapeAttribute(value)}"`.trim());
  /** A fixture with `value` from the start: assigned before the first update, or in the markup. */
  const renderWith = <T>(value: unknown, use: (outcome: Outcome) => T) =>
    channel === 'property'
      ? render(
          tag,
          spec,
          html,
          property,
          (element) => {
            element[property.name] = value;
          },
          use,
        )
      : render(tag, spec, value === removed ? html : htmlWith(value as string), property, undefined, use);

  // The default (the property never set) and a fixture created with the valid value.
  const byDefault = await render(tag, spec, html, property, undefined, keep);
  // The valid value as this channel sets it: assigned, or as the attribute.
  const validAsSet = channel === 'property' ? validValue(entry) : entry.attribute!;
  const fresh = await renderWith(channel === 'property' ? validValue(entry) : entry.attribute!, keep);
  for (const error of [...byDefault.errors, ...fresh.errors]) fail('(fixture)', `a fixture throws: ${error}`);
  // Not a failure (a timeout changes nothing visible), but the restore check is weaker for it: say so once.
  if (channel === 'property' && fresh.shown.signature === byDefault.shown.signature) indistinguishable.push(`<${tag}>.${property.name}`);
  if (fresh.console.length) fail('(valid value)', `the valid value warns: ${fresh.console.map((text) => short(text)).join(' | ')}`);

  /** Checks what an element shows after a bad value, and what it wrote to the console. */
  const judge = (label: string, when: string, value: unknown, outcome: Outcome) => {
    const { shown, errors, console: warnings } = outcome;
    for (const error of new Set(errors)) fail(label, `${when}throws: ${error}`);
    // From the start there is nothing to keep: the default it is.
    if ((value === null || value === undefined) && entry.nullKeeps && when === '') {
      if (shown.signature !== fresh.shown.signature)
        fail(label, `${when}changes what is shown, ${firstDifference(fresh.shown.signature, shown.signature)}`);
      if (warnings.length) fail(label, `${when}warns: ${warnings.map((text) => short(text)).join(' | ')}`);
    } else if (value === null || value === undefined || value === removed) {
      // null and undefined (and no attribute) mean the default, as when a framework removes a prop.
      if (shown.signature !== byDefault.shown.signature) {
        fail(label, `${when}does not render the default, ${firstDifference(byDefault.shown.signature, shown.signature)}`);
      } else if (channel === 'property' && shown.stored !== byDefault.shown.stored) {
        fail(label, `${when}holds ${short(shown.stored)}, not the default ${short(byDefault.shown.stored)}`);
      }
      // A warning the element gives when the property was never set (a card without a block) is the default's too.
      const extraWarnings = warnings.filter((text) => !byDefault.console.includes(text));
      if (extraWarnings.length) fail(label, `${when}warns for a cleared value: ${extraWarnings.map((text) => short(text)).join(' | ')}`);
    } else {
      const showsSomething = (!byDefault.shown.hasText || shown.hasText) && shown.height > 0;
      // The attribute under test stays on the element (or is reflected); the rest must be the default's.
      if (!showsSomething && shown.rendering !== byDefault.shown.rendering) {
        fail(label, `${when}shows neither content nor its default: visible text ${JSON.stringify(short(shown.text, 40))}, height ${shown.height}`);
      }
      if (warnings.length > 1)
        fail(label, `${when}warns ${warnings.length} times (at most once): ${warnings.map((text) => short(text)).join(' | ')}`);
      for (const warning of warnings) {
        const names = [property.name, attribute].filter(Boolean).map((name) => name!.toLowerCase());
        if (!warning.includes(`<${tag}>`)) fail(label, `a warning does not name <${tag}>: ${short(warning)}`);
        else if (!names.some((name) => warning.toLowerCase().includes(name)))
          fail(label, `a warning does not name the property (${names.join(' or ')}): ${short(warning)}`);
      }
    }
    if (!shown.words)
      fail(label, `${when}the page's words "${spec.words}" are no longer visible (visible: ${JSON.stringify(short(shown.text, 40))})`);
  };

  const values =
    channel === 'property'
      ? badValues.map(({ label, make }) => ({ label, make }))
      : badAttributeValues.map((value) => ({ label: attributeLabel(value), make: () => value }));

  // Each bad value from the start, as a framework that sets props before inserting the element does.
  for (const { label, make } of values) {
    const value = make();
    await renderWith(value, (outcome) => judge(label, 'from the start, ', value, outcome));
  }

  // Each bad value on an element showing the valid value, twice, then the valid value again.
  const mounted = mount(tag, spec, html);
  const { element } = mounted;
  const assign = (value: unknown): string[] => {
    try {
      if (channel === 'property') element[property.name] = value;
      else if (value === removed) element.removeAttribute(attribute!);
      else element.setAttribute(attribute!, value as string);
      return [];
    } catch (error) {
      return [`${channel === 'property' ? 'assigning' : 'setting the attribute'} throws ${messageOf(error)}`];
    }
  };
  const step = async (value: unknown, again = false): Promise<Omit<Outcome, 'shown'> & { readonly shown: () => Snapshot }> => {
    takeWritten();
    takeEscaped();
    const errors = assign(value);
    if (again) element.requestUpdate();
    const result = await settle(mounted.box);
    errors.push(...result.errors, ...takeEscaped());
    if (!result.settled) errors.push('does not settle within 8 s');
    return { shown: () => snapshot(mounted, property, spec), errors, console: takeWritten() };
  };
  const compareWithFresh = (label: string, then: string, shown: Snapshot) => {
    if (shown.signature !== fresh.shown.signature) {
      fail(label, `${then}renders differently from a fixture created with it, ${firstDifference(fresh.shown.signature, shown.signature)}`);
    } else if (shown.stored !== fresh.shown.stored) {
      fail(label, `${then}holds ${short(shown.stored)}, a fixture created with it holds ${short(fresh.shown.stored)}`);
    }
  };

  try {
    await settle(mounted.box);
    takeEscaped();
    const first = await step(validAsSet);
    for (const error of first.errors) fail('(valid value)', `set after the first render, the valid value throws: ${error}`);
    compareWithFresh('(valid value)', 'set after the first render, the valid value ', first.shown());

    for (const { label, make } of values) {
      const value = make();
      const once = await step(value);
      const twice = await step(value, true);
      judge(label, '', value, { shown: twice.shown(), errors: [...once.errors, ...twice.errors], console: [...once.console, ...twice.console] });

      // Back to the valid value: it renders as if it had been there from the start.
      const back = await step(validAsSet);
      for (const error of back.errors) fail(label, `then the valid value throws: ${error}`);
      if (back.console.length) fail(label, `then the valid value warns: ${back.console.map((text) => short(text)).join(' | ')}`);
      compareWithFresh(label, 'then the valid value ', back.shown());
    }
  } finally {
    mounted.box.remove();
    takeEscaped();
  }
}

/** Properties whose valid value renders exactly as their default, reported after the run. */
const indistinguishable: string[] = [];

/** All the failures of one test, grouped by property and problem, so a crash on ten values is one line. */
function report(failures: readonly Failure[]): string {
  const groups = new Map<string, string[]>();
  for (const { where, value, problem } of failures) {
    const key = `${where}: ${problem}`;
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  const lines = [...groups].map(([key, values]) => `  ${key.replace(/: /, ` = ${[...new Set(values)].join(', ')}: `)}`);
  // A case is one element, property and value; labels in parentheses are about the table or the fixtures.
  const cases = new Set(failures.filter(({ value }) => !value.startsWith('(')).map(({ where, value }) => `${where} ${value}`));
  const untested = new Set(failures.filter(({ value }) => value === '(table)').map(({ where }) => where)).size;
  return `${cases.size} failing cases, ${untested ? `${untested} properties untested (no valid value in the table), ` : ''}${failures.length} problems:\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------

describe(`the property contract: ${totalCases} cases, every public property of every element`, () => {
  let started = 0;
  before(() => {
    started = performance.now();
    window.addEventListener('error', onError, true);
    window.addEventListener('unhandledrejection', onRejection, true);
    console.warn = recordWarn;
    console.error = recordError;
  });
  after(() => {
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection, true);
    console.warn = originalConsole.warn;
    console.error = originalConsole.error;
    const browser = navigator.userAgent.includes('Firefox/') ? 'Firefox' : 'Chromium';
    if (indistinguishable.length) console.log(`property contract: the valid value renders as the default for ${indistinguishable.join(', ')}`);
    console.log(`property contract: ${totalCases} cases ran in ${((performance.now() - started) / 1000).toFixed(1)} s in ${browser}`);
  });

  it('finds every element of the registry, each with public properties', () => {
    expect(plans.map((plan) => plan.tag)).to.deep.equal(elements.map((element) => element.tag));
    for (const plan of plans) expect(plan.properties.length, plan.tag).to.be.above(0);
  });

  for (const plan of plans) {
    for (const channel of ['property', 'attribute'] as const) {
      const tested = channel === 'property' ? plan.properties : plan.properties.filter((property) => property.attribute);
      const cases = channel === 'property' ? propertyCases(plan) : attributeCases(plan);
      const names = tested.map((property) => (channel === 'property' ? property.name : property.attribute)).join(', ');
      it(`<${plan.tag}> ${channel === 'property' ? 'properties from script' : 'attributes'} (${names}): ${cases} cases`, async function () {
        this.timeout(60000);
        const failures: Failure[] = [];
        for (const property of tested) {
          const where = channel === 'property' ? `<${plan.tag}>.${property.name}` : `<${plan.tag} ${property.attribute}>`;
          await fuzz(plan, property, channel, (value, problem) => failures.push({ where, value, problem }));
        }
        if (failures.length) {
          const error = new Error(report(failures));
          // Chromium's stack repeats the message, which is long: keep only the frames.
          if (error.stack?.startsWith('Error:'))
            error.stack = error.stack
              .split('\n')
              .filter((line) => /^\s+at /.test(line))
              .join('\n');
          throw error;
        }
      });
    }
  }
});
