/**
 * Writes a rendered shadow root out as a fallback's light-DOM HTML, the same
 * way whichever renderer made it (`@lit-labs/ssr` in Node, render.ts; Lit in
 * a browser, the embed builder): a plain tree in, a snippet out. Every piece
 * of text and every attribute value is escaped.
 * @module
 */
import { termAnchorPrefix } from '../elements/glossary/glossary-entries.js';
import { elements } from '../registry.js';
import { escapeHtml, fallbackRootClass } from './markup.js';

/** An element: its name (as the renderer gives it, so SVG's `viewBox` keeps its case), attributes and children. */
export interface MarkupElement {
  tag: string;
  attributes: [string, string][];
  children: MarkupNode[];
}
/** Text or an element. Comments (Lit's markers, a template's own) are left out before this. */
export type MarkupNode = string | MarkupElement;

export { fallbackRootClass };

// HTML's white space: not a no-break space, which is text.
const space = /[ \t\n\f\r]+/g;
const trimSpace = (text: string) => text.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');

/** Writes attributes, each after a space: `''` bare, anything else quoted and escaped. */
export function writeAttributes(attributes: readonly (readonly [string, string])[]): string {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}

/**
 * The shadow root's top-level nodes as a fallback: in a
 * `<div class="peolc-fallback">`, written two spaces a level; `''` when the
 * element rendered nothing.
 */
export function writeFallback(nodes: readonly MarkupNode[]): string {
  const content = nodes.filter((node) => typeof node !== 'string' || trimSpace(node) !== '');
  if (content.length === 0) return '';
  const ids = textById(content);
  const anchors = new Set(elementsWithIds(content).flatMap(([id, , node]) => (isAnchor(node) ? [id] : [])));
  const kept: Kept = (id) => id.startsWith(termAnchorPrefix) || anchors.has(id);
  return serialise([{ tag: 'div', attributes: [['class', fallbackRootClass]], children: content.map((node) => lightDom(node, ids, kept)) }]);
}

/** Every element with an id: its id, its text (for the names that refer to it) and itself. */
function elementsWithIds(nodes: readonly MarkupNode[]): [string, string, MarkupElement][] {
  const found: [string, string, MarkupElement][] = [];
  const textOf = (node: MarkupNode): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
  const visit = (node: MarkupNode) => {
    if (typeof node === 'string') return;
    const id = node.attributes.find(([name]) => name === 'id')?.[1];
    if (id) found.push([id, trimSpace(textOf(node).replace(space, ' ')), node]);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return found;
}

/** The text of every element with an id, by id. */
function textById(nodes: readonly MarkupNode[]): Map<string, string> {
  return new Map(elementsWithIds(nodes).map(([id, text]) => [id, text]));
}

// Ids kept in the light DOM, which pages link to: the glossary's anchors, and
// the framework's (every element marked `data-anchor`, whose ids are its own).
const isAnchor = (node: MarkupElement) => node.attributes.some(([name]) => name === 'data-anchor');
type Kept = (id: string) => boolean;

/**
 * The tree as the light DOM needs it. A shadow root's ids would clash with
 * the page's and with a second fallback's, so only anchors keep theirs:
 * `aria-labelledby` becomes the `aria-label` it spelled, references to other
 * ids go, and so do `part` names, which mean nothing outside a shadow root.
 * Attributes come out in one order, so both renderers write the same text.
 */
function lightDom(node: MarkupNode, ids: ReadonlyMap<string, string>, keptId: Kept): MarkupNode {
  if (typeof node === 'string') return node;
  const attributes: [string, string][] = [];
  for (const [name, value] of node.attributes) {
    // (`defer-hydration` is what @lit-labs/ssr puts on an element inside another: the fallback hydrates nothing.)
    if (name === 'part' || name === 'defer-hydration') continue;
    if (name === 'id') {
      if (keptId(value)) attributes.push([name, value]);
    } else if (name === 'aria-labelledby') {
      attributes.push([
        'aria-label',
        trimSpace(
          value
            .split(space)
            .map((id) => ids.get(id) ?? '')
            .join(' '),
        ),
      ]);
    } else if (name === 'aria-controls' || name === 'aria-describedby' || name === 'for') {
      const kept = value.split(space).filter(keptId).join(' ');
      if (kept) attributes.push([name, kept]);
    } else if (name === 'class') {
      const classes = trimSpace(value.replace(space, ' '));
      if (classes) attributes.push([name, classes]);
    } else if (!(name === 'value' && value === '' && node.tag === 'input')) {
      // (An empty value is an input's default: @lit-labs/ssr writes the one a `.value` binding set.)
      attributes.push([name, value]);
    }
  }
  // One order, whichever renderer made the tree (Lit in a browser sets bound attributes after the static ones): class first, then by name.
  attributes.sort(([a], [b]) => (a === 'class' ? -1 : b === 'class' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  // An element inside (a <peolc-term> the explorer links) keeps its light DOM, not the shadow root the server rendered for it:
  // a declarative shadow root would hide its words until it upgrades.
  const children = node.children.filter((child) => !(typeof child !== 'string' && child.tag === 'template' && isShadowRoot(child)));
  return { tag: node.tag, attributes, children: children.map((child) => lightDom(child, ids, keptId)) };
}

const isShadowRoot = (node: MarkupElement) => node.attributes.some(([name]) => name === 'shadowroot' || name === 'shadowrootmode');

// Elements that sit in a line of text: their content is written on one line with them (so are the library's inline elements).
const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'text',
  'tspan',
  ...elements.filter((element) => element.display === 'inline').map((element) => element.tag),
]);
// Void elements have no end tag.
const voids = new Set(['br', 'hr', 'img', 'input', 'wbr']);

function isInline(node: MarkupNode): boolean {
  return typeof node === 'string' || (phrasing.has(node.tag) && node.children.every(isInline));
}

/**
 * Writes nodes as HTML, two spaces a level. An element holding only text and
 * text-level elements goes on one line, its white space collapsed as the
 * browser would show it; any other element puts each child on its own line,
 * dropping the white space between them, which renders as nothing between
 * block-level boxes.
 */
function serialise(nodes: readonly MarkupNode[], depth = 0): string {
  return nodes
    .filter((node) => typeof node !== 'string' || trimSpace(node) !== '')
    .map((node) => '  '.repeat(depth) + (typeof node === 'string' ? escapeHtml(trimSpace(node).replace(space, ' ')) : writeElement(node, depth)))
    .join('\n');
}

function writeElement(element: MarkupElement, depth: number): string {
  const open = `<${element.tag}${writeAttributes(element.attributes)}>`;
  if (voids.has(element.tag)) return open;
  const close = `</${element.tag}>`;
  if (element.children.every(isInline)) {
    const text = element.children.map(writeInline).join('');
    return open + (phrasing.has(element.tag) ? text : trimSpace(text)) + close;
  }
  return `${open}\n${serialise(element.children, depth + 1)}\n${'  '.repeat(depth)}${close}`;
}

function writeInline(node: MarkupNode): string {
  if (typeof node === 'string') return escapeHtml(node.replace(space, ' '));
  return `<${node.tag}${writeAttributes(node.attributes)}>${node.children.map(writeInline).join('')}</${node.tag}>`;
}

/**
 * The element with its fallback inside, ready to paste: the start tag on its
 * own line and `inner` indented beneath it, or all on one line when `inner`
 * is empty or the element is a term, which sits in running text.
 */
export function writeSnippet(tag: string, attributes: readonly (readonly [string, string])[], inner: string): string {
  const open = `<${tag}${writeAttributes(attributes)}>`;
  if (tag === 'peolc-term' || inner === '') return `${open}${inner}</${tag}>`;
  const indented = inner
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `${open}\n${indented}\n</${tag}>`;
}
