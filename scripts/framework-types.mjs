// Framework types from the custom-elements manifest, as a plugin of the
// manifest analyzer (custom-elements-manifest.config.mjs). It writes, in
// dist/types/:
//
//   element-props.d.ts  each element's props, from @wc-toolkit/jsx-types: every
//                       attribute and property typed as the class's own field
//                       (`PeolcAmbitionWheel['selected']`), every event handler
//                       typed with its detail, and Solid's prop:/attr:/bool:/on:
//                       forms. The file's own augmentation of every JSX library
//                       at once is taken out: each framework below opts in.
//   react.d.ts          React 19 JSX: `onpeolc-<event>` handler props
//   preact.d.ts         Preact JSX: `onpeolc-<event>`
//   solid.d.ts          Solid JSX: `on:peolc-<event>`, `prop:`/`attr:`/`bool:`
//   vue.d.ts            Vue 3 templates (GlobalComponents): `@peolc-<event>`,
//                       which vue-tsc checks as the prop `onPeolc<Event>`
//   svelte.d.ts         Svelte 5 (`svelte/elements`): `onpeolc-<event>`, and
//                       the Svelte 4 `on:peolc-<event>` form
//
// Each framework file combines the element's props with that framework's own
// attributes of an HTML element (ref, key, class, style, its events), so
// everything that works on a <div> works on a peolc element too.
// Consumers opt in with `import type {} from 'peolc-elements/types/react'`
// (or a `types` entry in tsconfig.json, or `/// <reference types="…" />`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

const propsFile = 'element-props';
/** From dist/types/, the package's main entry: it exports every class and event detail type, and declares the tags and events globally. */
const entry = '../index.js';

/** The elements in the manifest: declarations with a tag name, sorted by tag. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

/**
 * What jsx-types is given: only the modules' element classes. It imports
 * every export of an element's module from `globalTypePath`, and the entry
 * exports the classes and the event detail types, not module internals.
 */
function viewForJsxTypes(manifest) {
  const view = structuredClone(manifest);
  for (const module of view.modules) {
    const classes = new Set(
      (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => declaration.name),
    );
    module.declarations = (module.declarations ?? []).filter((declaration) => classes.has(declaration.name));
    module.exports = (module.exports ?? []).filter((exported) => exported.kind === 'js' && classes.has(exported.declaration?.name));
  }
  return view;
}

// jsx-types ends its file by augmenting every JSX library it knows (React,
// Preact, Solid, Qwik, Stencil, Hono, React Native and the global JSX) with
// one shared set of props. Those are taken out, so that each framework file
// can add the framework's own element attributes; anything else at the end
// of the file means jsx-types changed its output, and the build stops.
const augmentation =
  /declare (?:module\s+["'][^"']+["']|global)\s*\{\s*namespace JSX\s*\{\s*interface IntrinsicElements extends CustomElements(?:SolidJs)?\s*\{\}\s*\}\s*\}/g;

function withoutAugmentations(text) {
  const start = text.search(/declare (?:module\s+["']react["']|global)\s*\{/);
  if (start < 0)
    throw new Error(
      'framework-types: @wc-toolkit/jsx-types output has no augmentation of "react"; its shape changed, so check scripts/framework-types.mjs.',
    );
  const rest = text.slice(start).replace(augmentation, '');
  if (rest.trim())
    throw new Error(`framework-types: unexpected text after the JSX augmentations of @wc-toolkit/jsx-types: ${rest.trim().slice(0, 200)}`);
  return text.slice(0, start).trimEnd() + '\n';
}

const quote = (text) => `'${text}'`;
const comment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
/** `peolc-ambition-select` → `onPeolcAmbitionSelect`, the prop vue-tsc checks for `@peolc-ambition-select`. */
const vueHandler = (event) => `on${event.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())}`;

/** The head of every framework file: what it is, and the imports of the classes and the element props. */
function header(elements, about, frameworkImports, { classes = true, solid = false } = {}) {
  const names = elements.map(({ declaration }) => declaration.name);
  const props = names.flatMap((name) => (solid ? [`${name}Props`, `${name}SolidJsProps`] : [`${name}Props`]));
  return `// Generated by scripts/framework-types.mjs from dist/custom-elements.json. Do not edit.
// ${about}
${frameworkImports}
${classes ? `import type { ${names.join(', ')} } from '${entry}';\n` : ''}import type { ${props.join(', ')} } from './${propsFile}.js';
`;
}

/** One IntrinsicElements (or GlobalComponents) entry per element, with its summary as documentation. */
function entries(elements, type, indent) {
  return elements
    .map(
      ({ declaration }) =>
        `${comment(declaration.summary ?? declaration.description, indent)}${indent}${quote(declaration.tagName)}: ${type(declaration)};`,
    )
    .join('\n');
}

const frameworks = {
  react: (elements) => `${header(
    elements,
    'React 19: props set properties where the element has one, `onpeolc-<event>` props listen to events.',
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
  )}
/** React's attributes of an HTML element (ref, key, className, style, onClick, …), then the element's own. */
type Props<Element extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Own> & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries(elements, (declaration) => `Props<${declaration.name}, ${declaration.name}Props>`, '      ')}
    }
  }
}
`,

  preact: (
    elements,
  ) => `${header(elements, 'Preact: props set properties where the element has one, `onpeolc-<event>` props listen to events.', `import type { HTMLAttributes } from 'preact';`)}
/** Preact's attributes of an HTML element (ref, key, class, style, onClick, …), then the element's own. */
type Props<Element extends HTMLElement, Own> = Omit<HTMLAttributes<Element>, keyof Own> & Own;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries(elements, (declaration) => `Props<${declaration.name}, ${declaration.name}Props>`, '      ')}
    }
  }
}
`,

  solid: (elements) => `${header(
    elements,
    'Solid: props (and `prop:<name>`) set properties, `attr:<name>` and `bool:<name>` set attributes, `on:peolc-<event>` listens to events.',
    `import type { JSX as SolidJSX } from 'solid-js';`,
    { solid: true },
  )}
/** Solid's attributes of an HTML element (ref, class, classList, style, on:…), then the element's own. */
type Props<Element extends HTMLElement, Own> = Omit<SolidJSX.HTMLAttributes<Element>, keyof Own> & Own;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${entries(elements, (declaration) => `Props<${declaration.name}, ${declaration.name}Props & ${declaration.name}SolidJsProps>`, '      ')}
    }
  }
}
`,

  vue: (elements) => `${header(
    elements,
    'Vue 3 templates: `:prop` and attributes as usual, `@peolc-<event>` listens to events. Tell Vue the tags are custom elements (compilerOptions.isCustomElement).',
    `import type { HTMLAttributes, PublicProps } from 'vue';`,
  )}
/**
 * A custom element as vue-tsc sees a component: its instance's \`$props\` are what a
 * template may pass. Vue's attributes of an HTML element (id, aria-*, @click, …) come
 * first, then the element's own; the handler props \`onPeolc<Event>\` are what vue-tsc
 * checks \`@peolc-<event>\` against.
 */
type VueElement<Element extends HTMLElement, Own> = new () => Element & {
  /** Types the element's attributes in templates; not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Own> & Own & PublicProps;
};

${elements
  .map(({ declaration }) => {
    const events = (declaration.events ?? []).filter((event) => event.name);
    const handlers = events
      .map((event) => `${comment(event.description, '  ')}  ${vueHandler(event.name)}?: ${declaration.name}Props['on${event.name}'];`)
      .join('\n');
    const type = events.length
      ? `Omit<${declaration.name}Props, ${events.map((event) => quote(`on${event.name}`)).join(' | ')}> & {\n${handlers}\n}`
      : `${declaration.name}Props`;
    return `/** Props of <${declaration.tagName}> in a Vue template. */\ntype ${declaration.name}VueProps = ${type};`;
  })
  .join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${entries(elements, (declaration) => `VueElement<${declaration.name}, ${declaration.name}VueProps>`, '    ')}
  }
}
`,

  svelte: (elements) => `${header(
    elements,
    'Svelte 5: attributes and props as usual, `onpeolc-<event>` listens to events (and `on:peolc-<event>`, the Svelte 4 form).',
    `import type { HTMLAttributes } from 'svelte/elements';`,
  )}
/** Svelte's attributes of an HTML element (class, style, bind:this, onclick, …), then the element's own. */
type Props<Element extends HTMLElement, Own> = Omit<HTMLAttributes<Element>, keyof Own> & Own;

${elements
  .map(({ declaration }) => {
    const events = (declaration.events ?? []).filter((event) => event.name);
    const legacy = events
      .map((event) => `${comment(event.description, '  ')}  ${quote(`on:${event.name}`)}?: ${declaration.name}Props['on${event.name}'];`)
      .join('\n');
    return `/** Props of <${declaration.tagName}> in Svelte markup. */\ntype ${declaration.name}SvelteProps = ${declaration.name}Props${events.length ? ` & {\n${legacy}\n}` : ''};`;
  })
  .join('\n\n')}

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${entries(elements, (declaration) => `Props<${declaration.name}, ${declaration.name}SvelteProps>`, '    ')}
  }
}
`,
};

/**
 * The analyzer plugin: after the manifest is linked, writes the element
 * props and one file per framework into `outdir`.
 */
export function frameworkTypesPlugin({ outdir }) {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      generateJsxTypes(viewForJsxTypes(customElementsManifest), {
        outdir,
        fileName: `${propsFile}.d.ts`,
        globalTypePath: entry,
        stronglyTypedEvents: true,
        excludeCssCustomProperties: true,
      });
      const props = join(outdir, `${propsFile}.d.ts`);
      writeFileSync(
        props,
        `// Generated by @wc-toolkit/jsx-types (scripts/framework-types.mjs) from dist/custom-elements.json. Do not edit.\n${withoutAugmentations(readFileSync(props, 'utf8'))}`,
      );
      for (const [name, write] of Object.entries(frameworks)) writeFileSync(join(outdir, `${name}.d.ts`), write(elements));
      console.log(`dist/types/: ${Object.keys(frameworks).join(', ')} types for ${elements.length} elements`);
    },
  };
}
