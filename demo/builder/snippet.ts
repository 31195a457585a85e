/**
 * The embed builder's output, as pure functions (no DOM): from the chosen
 * element and attributes, the exact HTML a partner pastes. The preview renders
 * the same element markup, so what is seen is what is copied.
 * @module
 */
import { elements } from '../../src/registry.js';

/** The elements the builder offers (the per-element CDN file that defines each is its registry entry). */
export const builderElements = [
  {
    tag: 'peolc-ambition-wheel',
    label: 'Ambition wheel',
    description: 'The six ambitions around the vision; readers choose one to see more.',
  },
  {
    tag: 'peolc-ambition',
    label: 'One ambition',
    description: 'One ambition’s title and “I” statement, with what we know and its building blocks if you like.',
  },
  {
    tag: 'peolc-foundation-grid',
    label: 'Foundation grid',
    description: 'The eight foundations as tiles, each with a “Show details” button.',
  },
  {
    tag: 'peolc-building-blocks',
    label: 'Building-block cards',
    description: 'The building blocks of one ambition, or of all six, as cards.',
  },
  {
    tag: 'peolc-building-block',
    label: 'One building-block card',
    description: 'A single building block as a card.',
  },
  {
    tag: 'peolc-glossary',
    label: 'Glossary',
    description: 'Terms and their definitions, with a search box.',
  },
  {
    tag: 'peolc-term',
    label: 'A term in your text',
    description: 'Your own words, which open the glossary definition when chosen.',
  },
  {
    tag: 'peolc-framework',
    label: 'The whole framework',
    description: 'Every section in one document, with contents, search-as-you-type, a link to each part and printing.',
  },
  {
    tag: 'peolc-self-assessment',
    label: 'Self-assessment',
    description: 'A local team rates each building block, records evidence and actions, and prints a board report. Kept in the reader’s browser.',
  },
  {
    tag: 'peolc-progress-wheel',
    label: 'Progress on the wheel',
    description:
      'One exported self-assessment’s results on the wheel, with the numbers in words and a table: for a board paper or an “our progress” page.',
  },
] as const;

export type BuilderElement = (typeof builderElements)[number];
export type BuilderTag = BuilderElement['tag'];

/** An attribute as written: a value, or `true` for a boolean attribute written bare. */
export type Attribute = readonly [name: string, value: string | true];

/** Which script the snippet loads: the element group's own file, or the all-in-one file. */
export type ScriptChoice = 'element' | 'bundle';

export interface SnippetInput {
  tag: BuilderTag;
  attributes: readonly Attribute[];
  /** The words inside `<peolc-term>`; ignored for other elements. */
  words?: string;
  /** Where the package's files are, ending in `/`: `{base}dist/cdn/peolc-elements.js`. */
  base: string;
  script: ScriptChoice;
  /**
   * The element's markup with a no-JS fallback inside, when the builder
   * includes one (see fallback.ts); undefined for the bare element.
   */
  markupWithFallback?: string;
  /** The pre-upgrade stylesheet to link with a fallback, relative to `base`. */
  fallbackStylesheet?: string;
}

export interface Snippet {
  /** Everything to paste: the script (and stylesheet) tags, then the element. */
  snippet: string;
  /** The element alone, as the preview renders it. */
  markup: string;
  /** The script's URL. */
  scriptUrl: string;
}

const attributeEntities: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

/** Escapes a value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\u00a0]/g, (character) => attributeEntities[character]!);
}

/** Escapes text content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>\u00a0]/g, (character) => textEntities[character]!);
}

/** `name="value"` pairs, escaped; only lower-case attribute names this builder makes. */
export function writeAttributes(attributes: readonly Attribute[]): string {
  return attributes
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RangeError(`"${name}" is not an attribute name`);
      return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('');
}

/** The element alone: `<peolc-glossary terms="…"></peolc-glossary>`. */
export function elementMarkup(tag: BuilderTag, attributes: readonly Attribute[], words = ''): string {
  const inner = tag === 'peolc-term' ? escapeText(words) : '';
  return `<${tag}${writeAttributes(attributes)}>${inner}</${tag}>`;
}

/** The element group's file, or the all-in-one file, under `base`. */
export function scriptUrl(base: string, tag: BuilderTag, script: ScriptChoice): string {
  if (script === 'bundle') return `${base}dist/cdn/peolc-elements.js`;
  const { entry } = elements.find((element) => element.tag === tag)!;
  return `${base}dist/cdn/elements/${entry}.js`;
}

/** The whole snippet. */
export function buildSnippet(input: SnippetInput): Snippet {
  const url = scriptUrl(input.base, input.tag, input.script);
  const markup = input.markupWithFallback ?? elementMarkup(input.tag, input.attributes, input.words);
  const lines = [`<script type="module" src="${escapeAttribute(url)}"></script>`];
  if (input.markupWithFallback !== undefined && input.fallbackStylesheet) {
    lines.push(`<link rel="stylesheet" href="${escapeAttribute(input.base + input.fallbackStylesheet)}">`);
  }
  lines.push(markup);
  return { snippet: lines.join('\n'), markup, scriptUrl: url };
}

/** The public CDN address of a published version: jsDelivr serves every file of every package on npm. */
export function publicCdnBase(version: string): string {
  return `https://cdn.jsdelivr.net/npm/peolc-elements@${version}/`;
}

// Hosts only the computer itself can reach: a snippet pointing at one works for nobody else.
const ownComputer = /^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;

/**
 * Reads the base address a partner types: an absolute http(s) URL, given a
 * trailing slash if it lacks one. Anything else is refused with a message,
 * and so is an address on the partner's own computer (`localhost`), which
 * readers' browsers cannot reach.
 */
export function normaliseBase(text: string): { base: string; error?: undefined } | { base?: undefined; error: string } {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { error: 'Enter a full web address, starting with https:// (or http://).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: 'Enter a web address starting with https:// (or http://).' };
  }
  if (url.search || url.hash) return { error: 'Leave out any ? or # part: the address of the folder is enough.' };
  if (ownComputer.test(url.hostname)) {
    return {
      error: 'That address is on your own computer, which readers cannot reach. Use the public CDN address, or where your site keeps the files.',
    };
  }
  const href = url.href;
  return { base: href.endsWith('/') ? href : `${href}/` };
}

/**
 * The plugin's shortcode for each element that has one, as
 * integrations/wordpress/plugin/peolc-elements/includes/elements.php names
 * them (the e2e test checks the two agree). Elements without one are
 * pasted as their tag, which the plugin's allowlist keeps.
 */
export const wordpressShortcodes: Partial<Record<BuilderTag, { shortcode: string; block: string }>> = {
  'peolc-ambition-wheel': { shortcode: 'peolc-wheel', block: 'Ambition wheel' },
  'peolc-framework': { shortcode: 'peolc-framework', block: 'Framework explorer' },
  'peolc-foundation-grid': { shortcode: 'peolc-foundation-grid', block: 'Foundation grid' },
  'peolc-building-blocks': { shortcode: 'peolc-building-blocks', block: 'Building blocks' },
  'peolc-glossary': { shortcode: 'peolc-glossary', block: 'Glossary' },
  'peolc-self-assessment': { shortcode: 'peolc-self-assessment', block: 'Self-assessment' },
};

const shortcodeEntities: Record<string, string> = { '"': '&quot;', '[': '&#91;', ']': '&#93;', '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** The shortcode for an element and its attributes, e.g. `[peolc-wheel selected="3" show-foundations="true"]`, or undefined when it has none. */
export function wordpressShortcode(tag: BuilderTag, attributes: readonly Attribute[]): string | undefined {
  const entry = wordpressShortcodes[tag];
  if (!entry) return undefined;
  const written = attributes.map(
    ([name, value]) => ` ${name}="${value === true ? 'true' : value.replace(/["[\]<>&]/g, (character) => shortcodeEntities[character]!)}"`,
  );
  return `[${entry.shortcode}${written.join('')}]`;
}
