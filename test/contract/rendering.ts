/**
 * What the property contract test reads from a rendered fixture: the
 * composed tree as a comparable signature, the text a reader can see, and a
 * way to wait until every peolc element in a fixture has settled.
 */

/** A peolc element as the test sees it: a Lit element, perhaps a provider with `loaded`. */
export type Rendered = HTMLElement & {
  readonly updateComplete: Promise<boolean>;
  readonly isUpdatePending: boolean;
  readonly loaded?: Promise<unknown>;
  requestUpdate(): void;
};

/** Every peolc element under `root`, in shadow roots too, in tree order. */
export function peolcElementsIn(root: Node): Rendered[] {
  const found: Rendered[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.localName.startsWith('peolc-') && 'updateComplete' in node) found.push(node as Rendered);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** One macrotask, without the clamping nested timers get. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), Math.max(ms, 0))));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits until no peolc element under `root` has an update pending (through
 * two quiet macrotasks) and every provider's `loaded` has settled. A
 * rejected `updateComplete` or `loaded` is returned as an error, not thrown.
 */
export async function settle(root: Node, limitMs = 8000): Promise<{ errors: string[]; settled: boolean }> {
  const errors = new Set<string>();
  const deadline = performance.now() + limitMs;
  let quiet = 0;
  while (performance.now() < deadline) {
    const rendered = peolcElementsIn(root);
    let busy = rendered.some((element) => element.isUpdatePending);
    for (const element of rendered) {
      try {
        if ((await within(element.updateComplete, deadline - performance.now())) === 'timed out') busy = true;
      } catch (error) {
        errors.add(`updateComplete of <${element.localName}> rejected: ${messageOf(error)}`);
      }
      if (element.loaded instanceof Promise) {
        try {
          if ((await within(element.loaded, deadline - performance.now())) === 'timed out') busy = true;
        } catch (error) {
          errors.add(`loaded of <${element.localName}> rejected: ${messageOf(error)}`);
        }
      }
    }
    await macrotask();
    busy ||= peolcElementsIn(root).some((element) => element.isUpdatePending);
    quiet = busy ? 0 : quiet + 1;
    if (quiet >= 2) return { errors: [...errors], settled: true };
  }
  return { errors: [...errors], settled: false };
}

/** Walks the text nodes of `element`'s composed tree (shadow roots, slotted nodes) that have a box; stops when `visit` returns true. */
function walkVisibleText(element: Element, visit: (text: string) => boolean | void): void {
  const range = document.createRange();
  let done = false;
  const walk = (node: Node): void => {
    if (done) return;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent?.trim()) return;
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0)) done = visit(node.textContent) === true;
      return;
    }
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    if (node instanceof Element && node.shadowRoot) {
      node.shadowRoot.childNodes.forEach(walk);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(element);
}

/** The text of `element` a reader can see: its composed tree, only text that has a box. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  walkVisibleText(element, (text) => {
    parts.push(text);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whether a reader can see any text of `element`. */
export function hasVisibleText(element: Element): boolean {
  let found = false;
  walkVisibleText(element, () => (found = true));
  return found;
}

/**
 * A peolc element's own colours and `--peolc-*` custom properties, as
 * computed (so a theme or colour scheme shows in the signature), as a short hash.
 */
function styleOf(element: Element): string {
  const style = getComputedStyle(element);
  const parts = [`color:${style.color}`, `background:${style.backgroundColor}`];
  for (let index = 0; index < style.length; index++) {
    const name = style.item(index);
    if (name.startsWith('--peolc')) parts.push(`${name}:${style.getPropertyValue(name).trim()}`);
  }
  let hash = 0;
  for (const char of parts.sort().join(';')) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return `${parts.length}/${(hash >>> 0).toString(16)}`;
}

/** Live regions follow what they describe after a pause (the glossary's count waits for typing to stop), so their text is not compared. */
const liveRegions = '[role="status"], [role="alert"], [role="log"], [aria-live]';

/**
 * The whole tree under `root` (light DOM and every shadow root) as text: each
 * element's name and attributes, each text, whether a popover is open, the
 * value of form fields, and the height and computed colours of every peolc element. Two fixtures
 * that render the same give the same signature. Ids are replaced by their
 * order of appearance (and so are references to them), because elements may
 * number their ids per page; `style` is left out, because it holds positions
 * computed from the viewport, and so is the text of live regions (and
 * `aria-current="location"`, which follows the scroll position).
 * `skipAttribute` leaves out one attribute of one element.
 */
export function signature(root: Element, options: { skipAttribute?: { of: Element; name: string } } = {}): string {
  const ids = new Map<string, string>();
  const collect = (node: Node): void => {
    if (node instanceof Element) {
      if (node.id && !ids.has(node.id)) ids.set(node.id, `#${ids.size + 1}`);
      if (node.shadowRoot) collect(node.shadowRoot);
    }
    node.childNodes.forEach(collect);
  };
  collect(root);
  const mapIds = (value: string) => value.replace(/[A-Za-z_][\w-]*/g, (token) => ids.get(token) ?? token);

  const lines: string[] = [];
  const write = (node: Node, depth: number, live = false): void => {
    const indent = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      if (live) return;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${indent}"${text}"`);
      return;
    }
    if (node instanceof Element) {
      const attributes = [...node.attributes]
        .filter((attribute) => attribute.name !== 'style')
        // The explorer's contents mark the section in view: it follows the scroll position, as style does the viewport.
        .filter((attribute) => !(attribute.name === 'aria-current' && attribute.value === 'location'))
        .filter((attribute) => !(node === options.skipAttribute?.of && attribute.name === options.skipAttribute.name))
        .map((attribute) => `${attribute.name}="${mapIds(attribute.value)}"`)
        .sort();
      if (node.hasAttribute('popover')) attributes.push(node.matches(':popover-open') ? '(popover open)' : '(popover closed)');
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) {
        attributes.push(`(value "${node.value}")`);
      }
      if (node.localName.startsWith('peolc-')) {
        attributes.push(`(height ${node.getBoundingClientRect().height.toFixed(1)})`, `(style ${styleOf(node)})`);
      }
      lines.push(`${indent}<${node.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
      if (node.shadowRoot) {
        lines.push(`${indent}  #shadow-root`);
        node.shadowRoot.childNodes.forEach((child) => write(child, depth + 2));
      }
      live ||= node.matches(liveRegions);
    }
    node.childNodes.forEach((child) => write(child, depth + 1, live));
  };
  write(root, 0);
  return lines.join('\n');
}

/** The first line where two signatures differ, with a little context, for a failure message. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  const at = index === -1 ? a.length : index;
  const clip = (line: string | undefined) => (line === undefined ? '(nothing)' : line.trim().slice(0, 160));
  return `at line ${at + 1}: expected ${clip(a[at])}, found ${clip(b[at])}`;
}
