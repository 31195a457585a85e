/**
 * The CDN autoloader, `dist/cdn/autoload.js`: one script tag that defines
 * only the `peolc-*` tags a page uses, from the per-element files beside it.
 *
 * The built file is rollup's entry `autoload(<tag → entry>, import.meta.url)`,
 * the map written at build time from src/registry.ts (rollup.config.mjs), so
 * this module holds the behaviour and no list of tags. It is not in the npm
 * package: a bundler should import the entry points instead.
 * @module
 */

/** Set on `globalThis` by the first autoloader on a page; a second one does nothing. */
const running = Symbol.for('peolc-elements.autoload');

/**
 * Watches the document for `peolc-*` elements that are not defined yet and
 * imports `elements/<entry>.js` (relative to `base`) for each, each entry
 * once: those on the page now, and those added later (a MutationObserver on
 * the document's light DOM, which is where peolc elements and their slotted
 * content live: no peolc element renders another in its shadow root). Tags
 * defined by other means are left alone; an unknown `peolc-*` tag logs one
 * warning. Once every entry has been requested the observer stops.
 *
 * @param entries each tag and the entry point that defines it
 * @param base the URL the `elements/` folder sits beside (the autoloader's own)
 */
export function autoload(entries: Readonly<Record<string, string>>, base: string): void {
  const page = globalThis as { [running]?: true };
  if (page[running]) return;
  page[running] = true;

  const requested = new Set<string>();
  const warned = new Set<string>();
  const allEntries = new Set(Object.values(entries)).size;

  const found = (tag: string): void => {
    if (!tag.startsWith('peolc-') || customElements.get(tag)) return;
    const entry = Object.hasOwn(entries, tag) ? entries[tag] : undefined;
    if (!entry) {
      if (!warned.has(tag)) {
        warned.add(tag);
        console.warn(`peolc-elements autoload: <${tag}> is not a peolc-elements tag, so nothing is loaded for it.`);
      }
      return;
    }
    if (requested.has(entry)) return;
    requested.add(entry);
    const url = new URL(`elements/${entry}.js`, base).href;
    import(url).catch((error: unknown) => console.error(`peolc-elements autoload: could not load ${url}, so <${tag}> is not defined.`, error));
    if (requested.size === allEntries) observer.disconnect();
  };

  // `:not(:defined)` matches only custom elements that are not defined yet, so a long page is cheap.
  const look = (root: Element | Document): void => {
    if (root instanceof Element) found(root.localName);
    for (const element of root.querySelectorAll(':not(:defined)')) found(element.localName);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) look(node as Element);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  look(document);
}
