import { css, html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { FullContentController } from '../../context/full-content.js';
import { renderAmbitionDetail } from '../shared/ambition-detail.js';
import { parseDetailParts } from '../shared/detail-parts.js';
import { sharedStyles } from '../shared/styles.js';
import { checkHeadingLevel, findByNumberOrId, toHeadingLevel, warnOnce } from '../shared/resolve.js';

let nextId = 0;

/**
 * One ambition in full: number, title, the "I" statement and, optionally,
 * its "What we already know" points and building-block titles. Either shows
 * a fixed ambition (`ambition="3"`) or follows a wheel (`for="wheel-id"`).
 *
 * @tagname peolc-ambition
 * @attr {string} theme - A ready theme for this element: `default`, `nhs`, `neutral` or `high-contrast` (on <peolc-provider>, for everything inside).
 * @attr {string} color-scheme - `light` (the default), `dark`, or `auto` to follow the reader's setting.
 * @summary One ambition's detail, alone or following a <peolc-ambition-wheel>.
 * @csspart panel - The whole detail.
 * @csspart panel-number - The "Ambition N" line.
 * @csspart panel-title - The title heading.
 * @csspart panel-statement - The "I" statement.
 * @csspart panel-subheading - Headings of the optional parts.
 * @csspart panel-list - Lists of the optional parts.
 */
export class PeolcAmbition extends LitElement {
  static override styles = [
    sharedStyles,
    css`
    .eyebrow {
      margin: 0;
      font-weight: 700;
    }
    .heading {
      margin: 0.25em 0 0.5em;
      line-height: 1.25;
    }
    .statement {
      font-size: 1.125em;
    }
  `,
  ];

  static override properties: PropertyDeclarations = {
    ambition: {},
    for: { attribute: 'for' },
    parts: {},
    headingLevel: { attribute: 'heading-level' },
    followed: { state: true },
  };

  /** The ambition to show: number (1–6) or id. Ignored while `for` names a wheel. */
  ambition: string | null = null;

  /** Id of a `<peolc-ambition-wheel>` in the same document or shadow root to follow. */
  for: string | null = null;

  /** Optional parts: `what-we-know` and/or `building-blocks`, space-separated. */
  parts: string | null = null;

  /** Heading level (2–6) of the title. Default 2. */
  headingLevel: string | number = 2;

  private followed: string | null = null;

  private readonly content = new FullContentController(this, ambitions2015to2020);
  private readonly idPrefix = `peolc-ambition-${++nextId}`;
  private observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('for')) this.follow();
    const value = this.current;
    if ((changed.has('ambition') || changed.has('followed')) && value && !findByNumberOrId(this.content.edition.ambitions, value)) {
      warnOnce(this, `"${value}" is not an ambition number (1–6) or id, so nothing is shown.`);
    }
    if (changed.has('headingLevel')) checkHeadingLevel(this, this.headingLevel);
  }

  private get current(): string | null {
    return this.for ? this.followed : this.ambition;
  }

  /** Watches the named wheel's `selected` attribute, which it reflects on every change. */
  private follow(): void {
    this.observer?.disconnect();
    if (!this.for || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const wheel = root.getElementById?.(this.for);
    if (!wheel) {
      warnOnce(this, `for="${this.for}" names no element in this document, so nothing is shown.`);
      return;
    }
    const read = () => (this.followed = wheel.getAttribute('selected'));
    read();
    this.observer = new MutationObserver(read);
    this.observer.observe(wheel, { attributes: true, attributeFilter: ['selected'] });
  }

  protected override render() {
    const { edition, strings } = this.content;
    const ambition = findByNumberOrId(edition.ambitions, this.current);
    if (!ambition) {
      return this.for ? html`<p part="panel">${strings.wheelPrompt}</p>` : nothing;
    }
    return html`<section part="panel" aria-labelledby=${`${this.idPrefix}-title`}>
      ${renderAmbitionDetail(ambition, ambition, {
        level: toHeadingLevel(this.headingLevel),
        parts: parseDetailParts(this.parts).parts,
        strings,
        idPrefix: this.idPrefix,
        failed: false,
      })}
    </section>`;
  }
}
