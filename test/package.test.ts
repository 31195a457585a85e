/**
 * The package against the registry of tags (src/registry.ts): `package.json`
 * `exports`, `sideEffects` and `files` (and src/package.json's sideEffects)
 * are written by hand and checked here, the manifest's paths and tag
 * definitions are checked against the built files, and every entry point of
 * the npm build defines exactly the tags the registry gives it. Run `npm run
 * build` first: the entry points are loaded from dist/. What the tarball holds
 * is checked by `npm run test:bundlers`, which packs it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import * as classes from '../src/classes.js';
import { elementEntries, elements, peolcTags, tagsOfEntry } from '../src/registry.js';

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  files: string[];
}

const packageJson = async (): Promise<PackageJson> => (await fetch('/package.json')).json();

type FrameWindow = Window & { peolcClasses?: Record<string, unknown> };

/** A fresh page that imports one module of the npm build, then `peolc-elements/classes.js`. */
async function pageImporting(module: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module">
    await import('/dist/${module}.js');
    window.peolcClasses = await import('/dist/classes.js');
  </script>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as FrameWindow | null;
  await waitUntil(() => win()?.peolcClasses, `/dist/${module}.js did not load`, { timeout: 5000 });
  return { frame, win: win()! };
}

describe('package.json against the registry', () => {
  it('exports ./<entry>.js, with its types, for every entry point, and the index', async () => {
    const { exports } = await packageJson();
    for (const entry of elementEntries) {
      expect(exports[`./${entry}.js`], `exports["./${entry}.js"]`).to.deep.equal({ types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` });
    }
    expect(exports['.']).to.deep.equal({ types: './dist/index.d.ts', default: './dist/index.js' });
  });

  it('sideEffects names exactly the modules that define tags, the CDN files and the CSS, all of them files that ship', async () => {
    const { exports, sideEffects, files } = await packageJson();
    // index.js imports every entry through elements.generated.js (generated from the registry).
    const modules = ['index', 'elements.generated', ...elementEntries];
    const expected = [
      ...modules.map((module) => `./dist/${module}.js`),
      './dist/cdn/*',
      './dist/peolc-elements.css',
      // Without it listed, webpack drops a bare `import 'peolc-elements/themes/nhs.css'`.
      './dist/themes/*.css',
    ];
    expect([...sideEffects].sort()).to.deep.equal([...expected].sort());
    expect(new Set(sideEffects).size, 'no entry twice').to.equal(sideEffects.length);
    // Only files that ship: inside a folder `files` includes, not in one it leaves out.
    const included = files.filter((file) => !file.startsWith('!'));
    const excluded = files.filter((file) => file.startsWith('!')).map((file) => file.slice(1));
    for (const entry of sideEffects) {
      expect(
        included.some((file) => entry.startsWith(`./${file}/`)),
        `${entry} is in a folder \`files\` includes`,
      ).to.equal(true);
      expect(
        excluded.some((file) => entry === `./${file}` || entry.startsWith(`./${file}/`)),
        `${entry} is left out by \`files\``,
      ).to.equal(false);
      if (!entry.includes('*')) expect((await fetch(entry.slice(1), { method: 'HEAD' })).ok, `${entry} is built`).to.equal(true);
    }
    // Every stylesheet the package exports is listed.
    const css = Object.values(exports).filter((target): target is string => typeof target === 'string' && target.endsWith('.css'));
    expect(css).to.have.length.greaterThan(0);
    for (const target of css) expect(sideEffects, target).to.include(target);
  });

  it("files: dist/ and the README, without the autoloader's tsc output (the CDN has the built one), the fallback gallery page or the stylesheet's build-time generator", async () => {
    expect((await packageJson()).files).to.deep.equal([
      'dist',
      '!dist/autoload',
      '!dist/fallback/index.html',
      '!dist/fallback/stylesheet.*',
      '!dist/fallback/fallback-only.*',
      'README.md',
    ]);
  });

  it("src/package.json gives the repository's own bundlers (Storybook's Vite) the source modules that define tags", async () => {
    // The package's sideEffects name only dist/; without these, Vite would drop `import '../src/ambition-wheel.js'` from a story.
    const source = (await (await fetch('/src/package.json')).json()) as { type: string; private: boolean; sideEffects: string[] };
    expect(source.type).to.equal('module');
    expect(source.private).to.equal(true);
    expect([...source.sideEffects].sort()).to.deep.equal(['index', 'elements.generated', ...elementEntries].map((module) => `./${module}.ts`).sort());
  });
});

describe('custom-elements.json', () => {
  interface Manifest {
    modules: { path: string; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
  }
  const manifest = async (): Promise<Manifest> => (await fetch('/dist/custom-elements.json')).json();

  it("is the package's customElements, and every module path in it is a file the package ships (dist/…js, not src/…ts)", async () => {
    expect(((await packageJson()) as PackageJson & { customElements: string }).customElements).to.equal('dist/custom-elements.json');
    const paths = new Set<string>();
    const collect = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((item) => collect(item, key));
      else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) collect(inner, name);
      else if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
    };
    collect((await manifest()).modules);
    expect(paths.size).to.be.greaterThan(elements.length);
    for (const path of paths) {
      expect(path, path).to.match(/^dist\/.+\.js$/);
      expect((await fetch(`/${path}`, { method: 'HEAD' })).ok, `${path} is built`).to.equal(true);
    }
  });

  it('maps every tag to the entry module that defines it (custom-element-definition exports), from the registry', async () => {
    const definitions = (await manifest()).modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((exported) => exported.kind === 'custom-element-definition')
        .map((exported) => ({
          tag: exported.name,
          definedIn: module.path,
          className: exported.declaration.name,
          declaredIn: exported.declaration.module,
        })),
    );
    expect(definitions).to.deep.equal(
      elements.map(({ tag, entry, className, module }) => ({ tag, definedIn: `dist/${entry}.js`, className, declaredIn: `dist/${module}.js` })),
    );
  });
});

describe('the entry points against the registry', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const entry of elementEntries) {
    it(`peolc-elements/${entry}.js defines exactly ${tagsOfEntry(entry).join(', ')}, with the classes classes.js exports`, async () => {
      const { win } = await pageImporting(entry);
      expect(peolcTags.filter((tag) => win.customElements.get(tag))).to.deep.equal(tagsOfEntry(entry));
      for (const { tag, className } of elements.filter((element) => element.entry === entry)) {
        expect(win.customElements.get(tag), `<${tag}> is ${className}`).to.equal(win.peolcClasses![className]);
      }
    });
  }

  it('peolc-elements (the index) defines every tag', async () => {
    const { win } = await pageImporting('index');
    expect(peolcTags.filter((tag) => win.customElements.get(tag))).to.deep.equal(peolcTags);
  });

  it('peolc-elements/classes.js exports every registry class, and each module its own', async () => {
    const exported = classes as unknown as Record<string, unknown>;
    for (const { className, module } of elements) {
      expect(exported[className], className).to.be.a('function');
      expect((exported[className] as { prototype: unknown }).prototype, className).to.be.instanceOf(HTMLElement);
      const declaring = (await import(`/src/${module}.ts`)) as Record<string, unknown>;
      expect(declaring[className], `src/${module}.ts exports ${className}`).to.equal(exported[className]);
    }
  });
});
