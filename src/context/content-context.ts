import { ContextConsumer, ContextRoot, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { outline2015to2020 } from '../content/ambitions-2015-2020/outline.js';
import type { Edition, EditionOutline } from '../content/types.js';
import { elementUiStrings, type ElementUiStrings } from './ui-strings.js';

/** What a `<peolc-provider>` gives the elements inside it. */
export interface ContentContextValue {
  /** A valid partner edition, or undefined for the built-in one. */
  edition?: Edition;
  /**
   * Interface strings, defaults merged with the provider's overrides: a
   * provider gives every one (`UiStrings`), the built-in content those of
   * every element but the explorer, which adds its own when they are missing.
   */
  strings: ElementUiStrings;
}

/**
 * The content context, spoken through `@lit/context` (the community context
 * protocol). The key is `Symbol.for`, so two copies of the library on one
 * page (a CDN bundle and an npm build) share providers.
 */
export const contentContext = createContext<ContentContextValue>(Symbol.for('peolc-elements.content.v1'));

/** What elements use when no provider is above them: the built-in edition and the default strings. */
export const builtInContent: ContentContextValue = Object.freeze({ strings: elementUiStrings });

// One ContextRoot per page, shared by every copy of the library: it keeps the
// requests no provider answered and sends them again when a provider is
// defined (upgraded) or inserted later, so the order of script tags and
// elements never matters.
const rootKey = Symbol.for('peolc-elements.context-root');
if (typeof document !== 'undefined' && !(rootKey in globalThis)) {
  Object.defineProperty(globalThis, rootKey, { value: true });
  new ContextRoot().attach(document.documentElement);
}

let builtInEdition: Edition | undefined;
let builtInEditionLoad: Promise<Edition> | undefined;

/**
 * Hands over the built-in edition's full text, for elements that always show
 * it and so import it with themselves (a page then loads it in parallel with
 * them, not after).
 */
export function registerBuiltInEdition(edition: Edition): void {
  builtInEdition ??= edition;
}

/**
 * Loads the built-in edition's full text, once per page. It is a separate
 * chunk in the per-element builds, so a page with only an ambition wheel
 * (which draws from the outline) does not download it until a panel needs it.
 * A failed load is forgotten, so the next element to ask tries again.
 */
export function loadBuiltInEdition(): Promise<Edition> {
  builtInEditionLoad ??= import('../content/ambitions-2015-2020/index.js').then(
    (module) => (builtInEdition = module.ambitions2015to2020),
    (error: unknown) => {
      builtInEditionLoad = undefined;
      throw error;
    },
  );
  return builtInEditionLoad;
}

let serverContent: ContentContextValue | undefined;

/**
 * The content for elements rendered on the server by the no-JS fallback
 * renderer (src/fallback/render.ts), where no provider can answer: set for
 * one render, then cleared. Never set in a browser.
 */
export function setServerContent(value: ContentContextValue | undefined): void {
  serverContent = value;
}

/**
 * Gives an element the content of the nearest `<peolc-provider>`, or the
 * built-in edition when there is none, and re-renders it when that changes.
 * A thin layer over `ContextConsumer` that adds the fallback to the built-in
 * edition and the lazy load of its full text.
 */
export class ContentController implements ReactiveController {
  private provided?: ContentContextValue;
  private loading?: Promise<void>;
  private loadFailed = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.provided = serverContent;
    new ContextConsumer(host, {
      context: contentContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // A failed load is tried again on reconnection; content from a provider
    // left behind is gone, so render again either way.
    this.loadFailed = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Forget the old provider's content: moved out of it, the element shows the built-in content.
    this.provided = undefined;
  }

  /** The vision, ambition titles and foundation labels: always there at once. */
  get outline(): EditionOutline {
    return this.provided?.edition ?? outline2015to2020;
  }

  /**
   * The full edition, or undefined while the built-in text is still loading
   * (or failed to load: see `failed`). Asking starts the load and re-renders
   * the element when it ends.
   */
  get edition(): Edition | undefined {
    const edition = this.provided?.edition ?? builtInEdition;
    if (!edition) this.load();
    return edition;
  }

  /** True when the built-in text could not be loaded (the network failed). */
  get failed(): boolean {
    return this.loadFailed;
  }

  /** Settles once the full text this element asked for has arrived or failed; undefined when nothing is loading. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** The interface strings to use. */
  get strings(): ElementUiStrings {
    return this.provided?.strings ?? builtInContent.strings;
  }

  private load(): void {
    if (this.loading || this.loadFailed) return;
    this.loading = loadBuiltInEdition()
      .then(
        () => undefined,
        (error: unknown) => {
          this.loadFailed = true;
          console.error(`<${this.host.localName}>: the framework's text could not be loaded, so only its titles are shown.`, error);
        },
      )
      .then(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }
}
