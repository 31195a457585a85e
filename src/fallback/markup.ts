/**
 * A very small HTML writer for the no-JS fallbacks: every piece of text is
 * escaped, tag and attribute names come only from this library's own code
 * (or are checked), and the output is indented the same way every time.
 * Nothing here ever passes content through as markup.
 */

/**
 * Escapes text for use in HTML text or a double- or single-quoted attribute
 * value: & < > " ' (and a no-break space, written `&nbsp;` so it survives
 * editors that tidy white space).
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"'\u00a0]/g, (character) => entities[character as keyof typeof entities]);
}
const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u00a0': '&nbsp;' } as const;

/** An attribute: a value, or `true` for a boolean attribute written bare. Left out when `false`, `null` or `undefined`. */
export type AttributeValue = string | number | boolean | null | undefined;

/** One element of a fallback. */
export interface MarkupElement {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, AttributeValue])[];
  readonly children: readonly MarkupNode[];
}

/** Text (escaped when written) or an element. */
export type MarkupNode = string | MarkupElement;

const namePattern = /^[a-z][a-z0-9-]*$/;

/** Whether a string is safe to write as a tag or attribute name: lower-case letters, digits and hyphens. */
export function isSafeName(name: string): boolean {
  return namePattern.test(name);
}

/**
 * An element. `attributes` are written in the order given; `children` are
 * text (escaped) or elements. Falsy children are dropped, so optional parts
 * can be written inline.
 */
export function h(
  tag: string,
  attributes: Record<string, AttributeValue> | null,
  ...children: (MarkupNode | readonly MarkupNode[] | false | null | undefined)[]
): MarkupElement {
  if (!isSafeName(tag)) throw new RangeError(`"${tag}" is not a tag name`);
  const list = Object.entries(attributes ?? {});
  for (const [name] of list) {
    if (!isSafeName(name)) throw new RangeError(`"${name}" is not an attribute name`);
  }
  const flat: MarkupNode[] = [];
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) flat.push(...(child as readonly MarkupNode[]));
    else flat.push(child as MarkupNode);
  }
  return { tag, attributes: list, children: flat };
}

/** Writes the attributes of an element, each preceded by a space. */
export function writeAttributes(attributes: readonly (readonly [string, AttributeValue])[]): string {
  let out = '';
  for (const [name, value] of attributes) {
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

// Elements whose content is written on one line with them: text-level
// elements, and any element holding only text and such elements.
const phrasing = new Set(['a', 'span', 'strong', 'em', 'b', 'i', 'abbr', 'cite', 'code', 'small', 'sub', 'sup', 'br']);

function isInlineOnly(node: MarkupNode): boolean {
  return typeof node === 'string' || (phrasing.has(node.tag) && node.children.every(isInlineOnly));
}

/**
 * Writes nodes as HTML, two spaces per level. An element holding only text
 * and text-level elements goes on one line; any other element puts each
 * child on its own line. White space is only ever added between block-level
 * boxes, where it does not change the rendering.
 */
export function serialise(nodes: MarkupNode | readonly MarkupNode[], depth = 0): string {
  const list = Array.isArray(nodes) ? (nodes as readonly MarkupNode[]) : [nodes as MarkupNode];
  return list.map((node) => writeNode(node, depth)).join('\n');
}

function writeNode(node: MarkupNode, depth: number): string {
  const indent = '  '.repeat(depth);
  if (typeof node === 'string') return indent + escapeHtml(node);
  return indent + writeElement(node, depth);
}

function writeElement(element: MarkupElement, depth: number): string {
  const open = `<${element.tag}${writeAttributes(element.attributes)}>`;
  const close = `</${element.tag}>`;
  if (element.children.every(isInlineOnly)) {
    return open + element.children.map(writeInline).join('') + close;
  }
  const inner = element.children.map((child) => writeNode(child, depth + 1)).join('\n');
  return `${open}\n${inner}\n${'  '.repeat(depth)}${close}`;
}

function writeInline(node: MarkupNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  return `<${node.tag}${writeAttributes(node.attributes)}>${node.children.map(writeInline).join('')}</${node.tag}>`;
}
