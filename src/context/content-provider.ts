import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentContext, type ContentCallback, type ContentContextValue, type ContextRequestEvent } from './content-context.js';

/** The protocol's announcement of a provider that has just connected (or upgraded). */
export class ContextProviderEvent extends Event {
  constructor(
    readonly context: symbol,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/**
 * Answers the context requests of the elements inside its host (a
 * `<peolc-provider>`), and tells its subscribers when the value changes.
 */
export class ContentProvider implements ReactiveController {
  private readonly subscribers = new Map<ContentCallback, () => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private value: ContentContextValue,
  ) {
    host.addEventListener('context-request', this.onRequest);
    host.addController(this);
  }

  hostConnected(): void {
    // Elements inside that connected first went unanswered (or to a provider further out): they ask again.
    this.host.dispatchEvent(new ContextProviderEvent(contentContext, this.host));
  }

  /** Gives every subscriber the new value. */
  setValue(value: ContentContextValue): void {
    this.value = value;
    for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }

  private readonly onRequest = (event: Event): void => {
    const request = event as ContextRequestEvent;
    if (request.context !== contentContext || request.contextTarget === this.host) return;
    event.stopPropagation();
    const { callback } = request;
    if (!request.subscribe) {
      callback(this.value);
      return;
    }
    const unsubscribe = (): void => {
      if (this.subscribers.get(callback) === unsubscribe) this.subscribers.delete(callback);
    };
    this.subscribers.set(callback, unsubscribe);
    callback(this.value, unsubscribe);
  };
}
