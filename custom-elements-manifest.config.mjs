// The custom-elements manifest is generated from the elements' JSDoc, so the
// docs (Storybook), editor types and framework types all come from one place.
// `npm run build` runs `cem analyze` after `tsc`: the plugins below read the
// compiled classes in dist/ to get each attribute exactly as Lit defines it,
// then write the framework types (dist/types/) from the finished manifest.
import { pathToFileURL } from 'node:url';
import { frameworkTypesPlugin } from './scripts/framework-types.mjs';

// The element modules come from the registry (compiled by tsc, which runs first), plus the base
// class whose documented attributes every element inherits.
let registry;
try {
  registry = await import('./dist/registry.js');
} catch (error) {
  throw new Error(`custom-elements-manifest.config.mjs reads dist/registry.js: run tsc first (npm run build). ${error.message}`);
}
const elementModules = () =>
  [...new Set(['elements/shared/peolc-element', ...registry.elements.map((element) => element.module)])].map((module) => `src/${module}.ts`);
const globs = elementModules();

/**
 * For every class the element modules export, its reactive properties as
 * Lit finalises them (inherited ones included): the attribute each one
 * observes (`false` for none, as for internal state) and whether it reflects.
 * The analyzer cannot see these when a property is declared through a helper
 * such as `properties.headingLevel()`, so they are read from the classes.
 * Keyed by `<module path>#<class name>`.
 */
async function runtimeProperties() {
  const byClass = new Map();
  for (const path of elementModules()) {
    const compiled = path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
    let exports;
    try {
      exports = await import(pathToFileURL(compiled).href);
    } catch (error) {
      throw new Error(
        `custom-elements-manifest.config.mjs reads the compiled elements: run tsc first (npm run build). ${compiled}: ${error.message}`,
      );
    }
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function' || !('elementProperties' in value) || !('observedAttributes' in value)) continue;
      void value.observedAttributes; // finalises the class, so elementProperties holds its inherited properties too
      const properties = [...value.elementProperties].map(([property, options]) => ({
        property: String(property),
        attribute:
          options.state || options.attribute === false
            ? false
            : typeof options.attribute === 'string'
              ? options.attribute
              : String(property).toLowerCase(),
        reflects: Boolean(options.reflect),
      }));
      byClass.set(`${path}#${name}`, properties);
    }
  }
  return byClass;
}

/**
 * Sets each element's attributes to exactly those its class observes, each
 * with its property (`fieldName`), type and description, and marks the
 * properties' `attribute` and `reflects`. Internal state (Lit's
 * `state: true`) has no attribute, so it is left out.
 */
function attributesFromClasses(byClass) {
  return {
    name: 'attributes-from-classes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const properties = byClass.get(`${module.path}#${declaration.name}`);
          if (!properties) continue;
          const documented = declaration.attributes ?? [];
          const fields = new Map((declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]));
          const attributes = [];
          for (const { property, attribute, reflects } of properties) {
            const field = fields.get(property);
            if (field) {
              if (attribute) field.attribute = attribute;
              else delete field.attribute;
              if (reflects && attribute) field.reflects = true;
              else delete field.reflects;
            }
            if (!attribute) continue;
            const doc = documented.find((entry) => entry.name === attribute) ?? documented.find((entry) => entry.fieldName === property);
            attributes.push({
              name: attribute,
              ...((field?.description ?? doc?.description) && { description: field?.description ?? doc?.description }),
              ...((field?.type ?? doc?.type) && { type: field?.type ?? doc?.type }),
              ...(field?.default !== undefined && { default: field.default }),
              fieldName: property,
              ...((field?.inheritedFrom ?? doc?.inheritedFrom) && { inheritedFrom: field?.inheritedFrom ?? doc?.inheritedFrom }),
            });
          }
          // An `@attr` in JSDoc for an attribute no property observes (one only
          // the styles read, say) stays documented as it is.
          const names = new Set(attributes.map((entry) => entry.name));
          for (const entry of documented) if (!entry.fieldName && !names.has(entry.name)) attributes.push(entry);
          // The element's own attributes first, then those of its base class.
          declaration.attributes = [...attributes.filter((entry) => !entry.inheritedFrom), ...attributes.filter((entry) => entry.inheritedFrom)];
        }
      }
    },
  };
}

/**
 * Keeps only the events documented with `@fires`. The analyzer also lists
 * every `new CustomEvent(name, …)` it finds, so the base class's generic
 * `emit(name, …)` would appear as an event called "name" on every element.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => {
            if (event.description) return true;
            if (event.name?.startsWith('peolc-'))
              console.warn(`custom-elements-manifest: ${declaration.name} fires "${event.name}" without a @fires line; it is left out.`);
            return false;
          });
        }
      }
    },
  };
}

/**
 * Points the manifest at the files the package ships: every module path
 * (`src/elements/…/x.ts`, which is not published) becomes the compiled
 * module (`dist/elements/…/x.js`), and each entry point of the registry gets
 * a module with a `custom-element-definition` export per tag it defines, so
 * tools can tell which import registers a tag. Runs last: the plugins above
 * key their work by the source paths.
 */
function packagePaths(elements) {
  const toDist = (path) => path.replace(/^\/?src\/(.+)\.(?:ts|js)$/, 'dist/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toDist(inner);
        else rewrite(inner);
      }
    }
  };
  return {
    name: 'package-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
      for (const entry of [...new Set(elements.map((element) => element.entry))]) {
        const defined = elements.filter((element) => element.entry === entry);
        customElementsManifest.modules.push({
          kind: 'javascript-module',
          path: `dist/${entry}.js`,
          declarations: [],
          exports: defined.flatMap(({ tag, className, module }) => {
            const declaration = { name: className, module: `dist/${module}.js` };
            return [
              { kind: 'js', name: className, declaration },
              { kind: 'custom-element-definition', name: tag, declaration },
            ];
          }),
        });
      }
    },
  };
}

export default {
  globs,
  exclude: ['**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  plugins: [
    attributesFromClasses(await runtimeProperties()),
    documentedEventsOnly(),
    frameworkTypesPlugin({ outdir: 'dist/types' }),
    packagePaths(registry.elements),
  ],
};
