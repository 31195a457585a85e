import { ContextProvider } from '@lit/context';
import { css, html, unsafeCSS, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Edition } from '../../content/types.js';
import { formatProblem, maxEditionBytes, type ContentProblem } from '../../content/problems.js';
import { builtInContent, contentContext } from '../../context/content-context.js';
import { mergeUiStrings } from '../../context/merge-ui-strings.js';
import type { UiStrings } from '../../context/ui-strings.js';
import { providerThemeRules } from '../../themes/host-rules.js';
import type { ContentErrorDetail, ContentLoadDetail } from '../shared/events.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';

export type { ContentErrorDetail, ContentLoadDetail };

/** Where the provider's edition comes from right now. */
export type ProviderStatus = 'built-in' | 'loading' | 'loaded' | 'error';

/** How long a fetch may take before the provider gives up, unless `timeout` says otherwise. */
const defaultTimeoutMs = 10_000;

/**
 * Provides a content edition and interface strings to every peolc element
 * inside it. Without a provider, elements use the built-in 2015–2020 edition.
 *
 * With `src`, it fetches a partner's edition (JSON in the shape of
 * `dist/content/edition.schema.json`) and checks it with `validateContent()`.
 * On any failure (network error, HTTP error, timeout, invalid JSON, invalid
 * shape) the elements inside keep the built-in edition, the provider fires
 * `peolc-content-error` and logs one console error naming the URL and the
 * first problems.
 *
 * The `theme` and `color-scheme` attributes on a provider theme everything inside it.
 *
 * @tagname peolc-provider
 * @summary Supplies the framework content and interface strings to the elements inside it.
 * @slot - The elements that use this content.
 * @fires {CustomEvent<ContentLoadDetail>} peolc-content-load - A `src` edition loaded and is in use. Detail: `{ url, edition }`.
 * @fires {CustomEvent<ContentErrorDetail>} peolc-content-error - A `src` edition or an `edition` property was refused; the built-in edition is used. Detail: `{ url, problems }`.
 */
export class PeolcProvider extends PeolcElement {
  // The theme and color-scheme attributes set custom properties here, which the
  // elements inside inherit (display: contents boxes nothing, but inheritance
  // follows the document tree). The provider paints nothing itself.
  static override styles = css`
    :host {
      display: contents;
    }
    ${unsafeCSS(providerThemeRules)}
  `;

  static override properties: PropertyDeclarations = {
    src: properties.address({ reflect: true, otherwise: 'the built-in edition is used' }),
    timeout: properties.integer(1, 600_000, defaultTimeoutMs, { otherwise: `${defaultTimeoutMs} ms is used` }),
    strings: properties.record('an object of interface strings (or its JSON)', { otherwise: 'the default strings are used' }),
    edition: properties.any({ attribute: false }),
  };

  /** URL of an edition in JSON to load instead of the built-in one: text (relative to the page) or a `URL`. Reflected. */
  src: string | URL | null = null;

  /** Milliseconds to wait for `src` before falling back to the built-in edition. Default 10000. */
  timeout: number | `${number}` = defaultTimeoutMs;

  /**
   * Interface string overrides, e.g. `{ "readMore": "Read the full text" }`:
   * an object, or its JSON (as the attribute). Unknown names are ignored with
   * a console warning.
   */
  strings: Partial<UiStrings> | string | null = null;

  /**
   * An edition given as an object, for apps that already hold one. It is
   * validated like a fetched one; `src`, when set, takes precedence. `null`
   * or `undefined`: the built-in edition.
   */
  edition: unknown = undefined;

  private readonly provider = new ContextProvider(this, { context: contentContext, initialValue: builtInContent });
  /** The partner edition in use; undefined while the built-in one is. */
  private currentEdition?: Edition;
  private currentStatus: ProviderStatus = 'built-in';
  private currentProblems: ContentProblem[] = [];
  private loadController?: AbortController;
  private loading?: Promise<ProviderStatus>;
  private needsReload = false;

  /** Where the edition in use comes from: `built-in`, `loading`, `loaded` or `error`. Reflected as the `status` attribute. */
  get status(): ProviderStatus {
    return this.currentStatus;
  }

  /** The problems that made the provider fall back to the built-in edition, if any. */
  get problems(): readonly ContentProblem[] {
    return this.currentProblems;
  }

  /** Settles once the current `src` or `edition` has been checked and is in use or refused, for code that needs to wait. */
  get loaded(): Promise<ProviderStatus> {
    return this.loading ?? Promise.resolve(this.currentStatus);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setStatus(this.currentStatus);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A provider taken out of the page stops loading; it starts again when re-added.
    if (this.currentStatus === 'loading') {
      this.loadController?.abort();
      this.loadController = undefined;
      this.loading = undefined;
      this.setStatus('built-in');
      this.needsReload = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings') || changed.has('edition') || changed.has('src') || this.needsReload) {
      if (changed.has('strings')) this.warnIgnoredStrings();
      if (changed.has('src') || changed.has('edition') || this.needsReload) {
        this.needsReload = false;
        this.chooseEdition();
      }
      this.publish();
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private chooseEdition(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    this.loading = undefined;
    const url = (this.src as string | null) ?? undefined;
    if (url || (this.edition !== undefined && this.edition !== null)) {
      this.loading = this.load(url ?? '');
    } else {
      this.use(undefined, 'built-in');
    }
  }

  /** Loads and checks a partner edition: from `url`, or (when it is empty) the `edition` property. */
  private async load(url: string): Promise<ProviderStatus> {
    const controller = new AbortController();
    this.loadController = controller;
    this.use(undefined, 'loading');
    const timeout = Number(this.timeout);
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    let problems: ContentProblem[];
    try {
      // The validator is needed only with a partner edition, so it loads
      // alongside that edition rather than with every page.
      const [validator, input] = await Promise.all([
        import('../../content/validate.js'),
        url ? fetchEdition(url, controller.signal) : { value: this.edition },
      ]);
      const result = 'problem' in input ? { valid: false as const, problems: [input.problem] } : validator.validateContent(input.value);
      if (result.valid) {
        if (this.loadController !== controller) return this.currentStatus;
        this.use(result.edition, 'loaded');
        this.publish();
        this.emit('peolc-content-load', { url, edition: result.edition });
        return 'loaded';
      }
      problems = result.problems;
    } catch (error) {
      problems = [{ path: '', message: fetchErrorText(error, controller.signal, timeout) }];
    } finally {
      clearTimeout(timer);
    }
    // A newer src (or removal from the page) has taken over: this result no longer matters.
    if (this.loadController !== controller) return this.currentStatus;
    this.fail(url, problems);
    this.publish();
    return 'error';
  }

  private use(edition: Edition | undefined, status: ProviderStatus): void {
    this.currentEdition = edition;
    this.currentProblems = [];
    this.setStatus(status);
  }

  private fail(url: string, problems: ContentProblem[]): void {
    this.currentEdition = undefined;
    this.currentProblems = problems;
    this.setStatus('error');
    const shown = problems.slice(0, 3).map(formatProblem).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    const what = url ? `could not use the edition at src="${url}"` : 'could not use the edition property';
    console.error(`<peolc-provider>: ${what}, so the built-in edition is shown. ${shown}${more}`);
    this.emit('peolc-content-error', { url, problems });
  }

  private publish(): void {
    this.provider.setValue({ edition: this.currentEdition, strings: mergeUiStrings(this.strings).strings });
  }

  private setStatus(status: ProviderStatus): void {
    this.currentStatus = status;
    if (this.isConnected) this.setAttribute('status', status);
  }

  private warnIgnoredStrings(): void {
    const { ignored } = mergeUiStrings(this.strings);
    if (ignored.length > 0) {
      this.warn(`ignored unknown or empty interface strings: ${ignored.join(', ')}`);
    }
  }
}

/** Fetches an edition's JSON text, or says what is wrong with the answer. */
async function fetchEdition(url: string, signal: AbortSignal): Promise<{ value: string } | { problem: ContentProblem }> {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) return { problem: { path: '', message: `the server answered ${response.status} ${response.statusText}`.trim() } };
  if (Number(response.headers.get('content-length')) > maxEditionBytes) return { problem: { path: '', message: 'is larger than the 1 MB limit' } };
  return { value: await response.text() };
}

function fetchErrorText(error: unknown, signal: AbortSignal, timeout: number): string {
  if (signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError') {
    return `no answer within ${timeout} ms`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the request failed (${message})`;
}
