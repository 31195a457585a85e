import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { outline2015to2020 } from '../content/ambitions-2015-2020/outline.js';
import type { Edition, EditionOutline } from '../content/types.js';
import type { ContextProviderEvent } from './content-provider.js';
import { defaultUiStrings, type UiStrings } from './ui-strings.js';

/** What a `<peolc-provider>` gives the elements inside it. */
export interface ContentContextValue {
  /** A valid partner edition, or undefined for the built-in one. */
  edition?: Edition;
  /** Interface strings, defaults merged with the provider's overrides. */
  strings: UiStrings;
}

/**
 * The context key of the community context protocol
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md),
 * which `@lit/context` also speaks. `Symbol.for` makes two copies of the
 * library on one page (CDN bundle and npm build) share providers instead of
 * ignoring each other.
 */
export const contentContext: symbol = Symbol.for('peolc-elements.content.v1');

export type ContentCallback = (value: ContentContextValue, unsubscribe?: () => void) => void;

/** The protocol's request: bubbles up from an element until a provider of the same key answers it. */
export class ContextRequestEvent extends Event {
  constructor(
    readonly context: symbol,
    readonly contextTarget: Element,
    readonly callback: ContentCallback,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Whether `node` is inside `ancestor`, looking through shadow roots. */
function isInside(node: Node, ancestor: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === ancestor) return true;
  }
  return false;
}

/** What elements use when no provider is above them: the built-in edition and the default strings. */
export const builtInContent: ContentContextValue = Object.freeze({ strings: defaultUiStrings });

let builtInEdition: Edition | undefined;
let builtInEditionLoad: Promise<Edition> | undefined;

/**
 * Loads the built-in edition's full text, once per page. It is a separate
 * chunk in the per-element builds, so a page with only an ambition wheel
 * (which draws from the outline) does not download it; elements that always
 * show the full text import it with themselves and hand it over instead.
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

/**
 * Gives an element the content of the nearest `<peolc-provider>`, or the
 * built-in edition when there is none, and re-renders it when that changes.
 */
export class ContentController implements ReactiveController {
  private provided?: ContentContextValue;
  private unsubscribe?: () => void;
  private loading?: Promise<void>;
  private loadFailed = false;

  /**
   * @param builtIn The built-in edition, for elements that always show the
   * full text and so import it with themselves; without it, the full text is
   * loaded when the element first asks for it.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    builtIn?: Edition,
  ) {
    builtInEdition ??= builtIn;
    host.addController(this);
  }

  hostConnected(): void {
    // Ask the nearest provider; when none answers, the built-in content is shown.
    this.request();
    // A provider defined (upgraded) after this element, or added around it, announces itself.
    window.addEventListener('context-provider', this.onProviderConnected);
    // A failed load is tried again on reconnection.
    this.loadFailed = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Forget the old provider's content; the next connection asks again.
    window.removeEventListener('context-provider', this.onProviderConnected);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
  }

  private request(): void {
    this.host.dispatchEvent(new ContextRequestEvent(contentContext, this.host, this.onProvided, true));
  }

  private readonly onProvided: ContentCallback = (value, unsubscribe) => {
    // Answered by a nearer provider than before: leave the old one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.provided = value;
    this.host.requestUpdate();
  };

  private readonly onProviderConnected = (event: Event): void => {
    const { context, contextTarget } = event as ContextProviderEvent;
    if (context === contentContext && contextTarget !== this.host && isInside(this.host, contextTarget)) this.request();
  };

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
  get strings(): UiStrings {
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
