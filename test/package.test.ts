/**
 * The package against the registry of tags (src/registry.ts): `package.json`
 * `exports` and `sideEffects` are written by hand and checked here, and every
 * entry point of the npm build defines exactly the tags the registry gives it.
 * Run `npm run build` first: the entry points are loaded from dist/.
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

  it('sideEffects names exactly the modules that define tags and the CSS that ships', async () => {
    const { exports, sideEffects, files } = await packageJson();
    const modules = ['index', ...elementEntries];
    const expected = [
      // What partners install: the modules that define tags, the CDN files, and the CSS
      // (without it listed, webpack drops a bare `import 'peolc-elements/themes/nhs.css'`).
      ...modules.map((module) => `./dist/${module}.js`),
      './dist/cdn/*',
      './dist/peolc-elements.css',
      './dist/themes/*.css',
      // Not shipped (`files` is dist/), but the repository's own bundles import the
      // entry modules from src/ for their effect: Storybook's Vite honours sideEffects
      // in src/ too, and would drop `import '../src/ambition-wheel.js'` from a story.
      ...modules.map((module) => `./src/${module}.ts`),
    ];
    expect([...sideEffects].sort()).to.deep.equal([...expected].sort());
    expect(new Set(sideEffects).size, 'no entry twice').to.equal(sideEffects.length);
    expect(files).to.include('dist');
    // Every stylesheet the package exports is listed.
    const css = Object.values(exports).filter((target): target is string => typeof target === 'string' && target.endsWith('.css'));
    expect(css).to.have.length.greaterThan(0);
    for (const target of css) expect(sideEffects, target).to.include(target);
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
