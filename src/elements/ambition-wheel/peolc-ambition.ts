import { css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { renderingFallback } from '../shared/fallback-mode.js';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import { renderAmbitionDetail } from '../shared/ambition-detail.js';
import { parseDetailParts, type AmbitionDetailPart, unknownPartsWarning } from '../../model/detail-parts.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { findByNumberOrId, type HeadingLevel } from '../../model/lookup.js';
import { sharedStyles } from '../shared/styles.js';

/**
 * One ambition in full: number, title, the "I" statement and, optionally,
 * its "What we already know" points and building-block titles. Either shows
 * a fixed ambition (`ambition="3"`) or follows a wheel (`for="wheel-id"`).
 *
 * @tagname peolc-ambition
 * @summary One ambition's detail, alone or following a <peolc-ambition-wheel>.
 * @csspart panel - The whole detail.
 * @csspart panel-number - The "Ambition N" line.
 * @csspart panel-title - The title heading.
 * @csspart panel-statement - The "I" statement.
 * @csspart panel-subheading - Headings of the optional parts.
 * @csspart panel-list - Lists of the optional parts.
 */
export class PeolcAmbition extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

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
    ambition: properties.numberOrId('an ambition number (1–6) or id', { otherwise: 'nothing is shown' }),
    for: properties.text(),
    parts: properties.list('a list of parts (what-we-know, building-blocks)', { otherwise: 'only the title and statement are shown' }),
    headingLevel: properties.headingLevel(),
    followed: { state: true },
  };

  /** The ambition to show: number (1–6) or id. Ignored while `for` names a wheel. */
  ambition: string | number | null = null;

  /** Id of a `<peolc-ambition-wheel>` in the same document or shadow root to follow. */
  for: string | null = null;

  /** Optional parts: `what-we-know` and/or `building-blocks`, as an array or separated by spaces or commas. */
  parts: readonly AmbitionDetailPart[] | string | null = [];

  /** Heading level (2–6) of the title. Default 2. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  private followed: string | null = null;
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
    if ((changed.has('ambition') || changed.has('followed')) && value !== null && !findByNumberOrId(this.fullEdition.ambitions, value)) {
      this.warn(`ambition="${value}" is not an ambition number (1–6) or id, so nothing is shown.`);
    }
    if (changed.has('parts')) {
      const warning = unknownPartsWarning(this.parts);
      if (warning) this.warn(warning);
    }
  }

  private get current(): string | number | null {
    return this.for ? this.followed : this.ambition;
  }

  /** Watches the named wheel's `selected` attribute, which it reflects on every change. */
  private follow(): void {
    this.observer?.disconnect();
    if (!this.for || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const wheel = root.getElementById?.(this.for);
    if (!wheel) {
      this.warn(`for="${this.for}" names no element in this document, so nothing is shown.`);
      return;
    }
    const read = () => (this.followed = wheel.getAttribute('selected'));
    read();
    this.observer = new MutationObserver(read);
    this.observer.observe(wheel, { attributes: true, attributeFilter: ['selected'] });
  }

  protected override render() {
    const { strings } = this.content;
    const ambition = findByNumberOrId(this.fullEdition.ambitions, this.current);
    if (!ambition) {
      return this.for ? html`<p part="panel" ?inert=${renderingFallback()}>${strings.wheelPrompt}</p>` : nothing;
    }
    return html`<section part="panel" aria-labelledby="detail-title">
      ${renderAmbitionDetail(ambition, ambition, {
        level: Number(this.headingLevel) as HeadingLevel,
        parts: parseDetailParts(this.parts).parts,
        strings,
        idPrefix: 'detail',
        failed: false,
      })}
    </section>`;
  }
}
