/**
 * Helpers for the text-spacing and 200 % text tests: the WCAG 1.4.12
 * spacing applied inside shadow roots, text line boxes as the browser lays
 * them out, and the three ways text fails a reader there: cut off or
 * outside its shape, on top of other text, or broken inside a word.
 */

/** WCAG 2.2 success criterion 1.4.12's text spacing, as the usual test bookmarklets apply it. */
export const textSpacingCss = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

let spacingSheet: CSSStyleSheet | undefined;

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/**
 * Applies the text spacing as a constructable stylesheet adopted into the
 * document and into every shadow root on the page (as a reader's
 * bookmarklet does, and as works under a strict Content Security Policy).
 */
export function applyTextSpacing(): void {
  if (!spacingSheet) {
    spacingSheet = new CSSStyleSheet();
    spacingSheet.replaceSync(textSpacingCss);
  }
  const sheet = spacingSheet;
  for (const root of [document, ...shadowRoots(document)]) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** Takes the text spacing away again, everywhere. */
export function removeTextSpacing(): void {
  if (!spacingSheet) return;
  const sheet = spacingSheet;
  for (const root of [document, ...shadowRoots(document)]) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
}

/** The next animation frames: a ResizeObserver's work, and what it changes, is laid out by then. */
export async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Whether an element is rendered, and its text readable (not visually hidden). */
function shown(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null)) {
    if (node.classList.contains('visually-hidden')) return false;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

/** The visible text nodes under `root` (its shadow roots are not entered). */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.trim()) continue;
    if (!shown(text.parentElement)) continue;
    if (text.parentElement?.closest('style, script, template')) continue;
    nodes.push(text);
  }
  return nodes;
}

/** The line boxes of some text: one rectangle per line it is laid out on. */
export function lineRects(node: Text, start = 0, end = node.data.length): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter((rect) => rect.width > 0.5 && rect.height > 0.5);
}

/** Every line box of the visible text under `root`. */
export function textRects(root: Node): DOMRect[] {
  return textNodes(root).flatMap((node) => lineRects(node));
}

/**
 * Words laid out across two lines somewhere other than after a hyphen or
 * dash ("communit/y"), with where they break.
 */
export function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  for (const node of textNodes(root)) {
    for (const match of node.data.matchAll(/\S+/g)) {
      const start = match.index;
      const word = match[0];
      const rects = lineRects(node, start, start + word.length);
      const tops = new Set(rects.map((rect) => Math.round(rect.top)));
      if (tops.size < 2) continue;
      // Where does it change line? Only after a hyphen or dash is a break.
      let previousTop: number | undefined;
      for (let i = 0; i < word.length; i += 1) {
        const top = lineRects(node, start + i, start + i + 1)[0]?.top;
        if (top === undefined) continue;
        if (previousTop !== undefined && Math.abs(top - previousTop) > 1 && !/[-–—/]/.test(word[i - 1]!)) {
          broken.push(`${word.slice(0, i)}/${word.slice(i)}`);
        }
        previousTop = top;
      }
    }
  }
  return broken;
}

/** Whether two rectangles share more than a sliver (`slack` px) in both directions. */
export function overlap(a: DOMRect, b: DOMRect, slack = 0.5): boolean {
  return a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
}

/** Pairs of text from different groups that overlap, described. */
export function overlappingGroups(groups: [string, DOMRect[]][]): string[] {
  const found: string[] = [];
  for (const [index, [name, rects]] of groups.entries()) {
    for (const [otherName, otherRects] of groups.slice(index + 1)) {
      const hits = rects.filter((rect) => otherRects.some((other) => overlap(rect, other))).length;
      if (hits) found.push(`${name} overlaps ${otherName} (${hits} line${hits === 1 ? '' : 's'})`);
    }
  }
  return found;
}

/**
 * Text outside the boxes that would clip it: a line box beyond `host`'s
 * left or right edge (horizontal overflow), or outside an ancestor (inside
 * the shadow root) whose overflow hides or scrolls it.
 */
export function clippedText(host: Element, options: { scrollsWithin?: string } = {}): string[] {
  const found: string[] = [];
  const hostBox = host.getBoundingClientRect();
  // A data table may scroll sideways in a box of its own (WCAG 1.4.10 excepts it): the box must fit, its text may scroll.
  if (options.scrollsWithin) {
    for (const box of (host.shadowRoot ?? host).querySelectorAll(options.scrollsWithin)) {
      const rect = box.getBoundingClientRect();
      if (rect.left < hostBox.left - 0.5 || rect.right > hostBox.right + 0.5)
        found.push(`${box.localName}.${[...box.classList].join('.')} runs outside <${host.localName}>`);
    }
  }
  for (const node of textNodes(host.shadowRoot ?? host)) {
    if (options.scrollsWithin && node.parentElement?.closest(options.scrollsWithin)) continue;
    const rects = lineRects(node);
    const sample = node.data.trim().slice(0, 30);
    // A popover's text is in the top layer: it must stay inside the window, not the host.
    const inPopover = node.parentElement?.closest('[popover]');
    const [left, right, what] = inPopover
      ? [0, document.documentElement.clientWidth, 'the window']
      : [hostBox.left, hostBox.right, `<${host.localName}>`];
    if (rects.some((rect) => rect.left < left - 0.5 || rect.right > right + 0.5)) {
      found.push(`“${sample}” runs outside ${what} (${left.toFixed(0)}–${right.toFixed(0)} px)`);
      continue;
    }
    for (let element = node.parentElement; element; element = element.parentElement) {
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = element.getBoundingClientRect();
      if (
        rects.some(
          (rect) => rect.left < clip.left - 0.5 || rect.right > clip.right + 0.5 || rect.top < clip.top - 0.5 || rect.bottom > clip.bottom + 0.5,
        )
      ) {
        // Scrolling containers hide text only if they cannot show it all: a scroll bar keeps it reachable vertically.
        const hidden = style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
        const cut = (style.overflowY === 'hidden' || style.overflowY === 'clip') && element.scrollHeight > element.clientHeight + 1;
        if (hidden || cut) found.push(`“${sample}” is cut off by ${element.localName}.${[...element.classList].join('.')}`);
        break;
      }
    }
  }
  const inline = getComputedStyle(host).display.startsWith('inline');
  if (!inline && host.scrollWidth > host.clientWidth + 1)
    found.push(`<${host.localName}> scrolls sideways (${host.scrollWidth} px in ${host.clientWidth} px)`);
  return found;
}

/**
 * Everything a text-spacing or 200 % text test looks for in one box: text
 * cut off or outside it (`clippedText`), words broken across lines (web
 * addresses may break: one longer than the line must), and lines of
 * different text overlapping. Each problem starts with `name` when given.
 */
export function layoutProblems(box: Element, options: { root?: Node; name?: string; scrollsWithin?: string } = {}): string[] {
  const root = options.root ?? box.shadowRoot ?? box;
  const prefix = options.name ? `${options.name}: ` : '';
  const found = clippedText(box, { scrollsWithin: options.scrollsWithin }).map((problem) => prefix + problem);
  const broken = brokenWords(root).filter((word) => !word.includes('://'));
  if (broken.length) found.push(`${prefix}words broken across lines: ${broken.join(', ')}`);
  const groups = textNodes(root).map((node, index): [string, DOMRect[]] => [
    `${prefix}“${node.data.trim().slice(0, 24)}” (#${index})`,
    lineRects(node),
  ]);
  found.push(...overlappingGroups(groups));
  return found;
}
