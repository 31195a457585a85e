import { version } from './version.generated.js';

type Registry = Pick<CustomElementRegistry, 'get' | 'define'>;
const versionKey = Symbol.for('peolc-elements.version');
// One warning per pair of versions, however many tags clash.
const warnedVersions = new Set<string>();

/**
 * Registers a custom element unless that tag is already taken, so loading
 * the library twice never throws: the same version is silent, another
 * version logs one warning naming both.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry: Registry = customElements): void {
  const existing = registry.get(tag) as (CustomElementConstructor & { [versionKey]?: string }) | undefined;
  if (existing) {
    const existingVersion = existing[versionKey] ?? 'unknown';
    if (existingVersion !== version && !warnedVersions.has(existingVersion)) {
      warnedVersions.add(existingVersion);
      console.warn(
        `peolc-elements: version ${existingVersion} is already loaded on this page, so this copy ` +
          `(version ${version}) is not used (first clash: <${tag}>). Load the library once per page.`,
      );
    }
    return;
  }
  Object.defineProperty(element, versionKey, { value: version });
  registry.define(tag, element);
}
