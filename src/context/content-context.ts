import { createContext, ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ambitions2015to2020 } from '../content/ambitions-2015-2020/index.js';
import type { Edition } from '../content/types.js';
import { defaultUiStrings, type UiStrings } from './ui-strings.js';

/** What a `<peolc-provider>` gives the elements inside it. */
export interface ContentContextValue {
  /** The edition to render: a valid partner edition, or the built-in one. */
  edition: Edition;
  /** Interface strings, defaults merged with the provider's overrides. */
  strings: UiStrings;
}

/**
 * The context key. `Symbol.for` makes two copies of the library on one page
 * (CDN bundle and npm build) share providers instead of ignoring each other.
 */
export const contentContext = createContext<ContentContextValue>(Symbol.for('peolc-elements.content.v1'));

/** What elements use when no provider is above them. */
export const builtInContent: ContentContextValue = Object.freeze({
  edition: ambitions2015to2020,
  strings: defaultUiStrings,
});

/**
 * Gives an element the content of the nearest `<peolc-provider>`, or the
 * built-in edition when there is none, and re-renders it when that changes.
 */
export class ContentController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof contentContext, ReactiveControllerHost & HTMLElement>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    // The consumer is added first, so on connection it has asked for a provider before hostConnected below runs.
    this.consumer = new ContextConsumer(host, { context: contentContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    // Moved to a place with no provider: nothing answers, so show the built-in content.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Forget the old provider's content; the next connection asks again.
    this.consumer.value = undefined;
  }

  /** The edition to render. */
  get edition(): Edition {
    return this.consumer.value?.edition ?? builtInContent.edition;
  }

  /** The interface strings to use. */
  get strings(): UiStrings {
    return this.consumer.value?.strings ?? builtInContent.strings;
  }
}
