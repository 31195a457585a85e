import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { renderingFallback } from '../shared/fallback-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AmbitionOutline } from '../../content/types.js';
import { formatUiString } from '../../context/ui-strings.js';
import { renderAmbitionDetail } from '../shared/ambition-detail.js';
import { Announcer } from '../shared/announcer.js';
import { parseDetailParts, type AmbitionDetailPart, unknownPartsWarning } from '../../model/detail-parts.js';
import type { AmbitionSelectDetail } from '../shared/events.js';
import { ambitionHref, safeLinkTemplate } from '../../model/links.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { findByNumberOrId, type HeadingLevel } from '../../model/lookup.js';
import { sharedStyles } from '../shared/styles.js';
import { wheelStyles } from './ambition-wheel.styles.js';
import { WheelFit } from './fit.js';
import { selectionMark } from './selection-mark.js';
import { innerRadius, labelPoint, outerRadius, segmentAngles, segmentPath, selectedShift, viewBoxHalf } from '../../model/wheel-geometry.js';

export type { AmbitionSelectDetail };

// Internal state that only draws the hover and focus rings: it moves no text.
const pointerState: ReadonlySet<PropertyKey> = new Set(['focusedIndex', 'hoveredIndex', 'hasFocus']);

/**
 * The framework's signature picture: six ambitions around the vision,
 * optionally underpinned by the eight foundations. Drawn as SVG, operable by
 * pointer and keyboard.
 *
 * Keyboard: it follows the WAI-ARIA Authoring Practices **radio group**
 * pattern, because choosing an ambition is choosing one of six, with or
 * without a detail panel: Tab enters at the selected ambition (or the first);
 * arrow keys move in reading order, wrapping, and select as they move;
 * Home and End go to the first and last; Space selects the focused ambition.
 * With `href-template` the segments are links instead: the same keys move
 * between them and Enter follows the link.
 *
 * Below a container width of 34em (544px with a 16px page font) the titles
 * no longer fit on the segments at a legible size, so the wheel shows numbers
 * and lists the titles beneath it.
 *
 * @tagname peolc-ambition-wheel
 * @summary The six ambitions around the vision, as an interactive, accessible wheel.
 * @fires {CustomEvent<AmbitionSelectDetail>} peolc-ambition-select - The user selected an ambition (never on a programmatic change). Detail: `{ number, id, title }`. Cancelable: cancelled, the selection stays as it was and a link is not followed, so an app can keep the selection in its own state.
 * @csspart wheel - The box holding the drawing and the labels.
 * @csspart segment - Each ring segment (an SVG path).
 * @csspart segment-label - Each ambition's number and title (the radio or link).
 * @csspart centre - The centre: the vision, or the selected ambition.
 * @csspart foundations - The foundations band (with `show-foundations`).
 * @csspart foundation - Each foundation in the band.
 * @csspart panel - The detail panel (with `panel`).
 * @cssprop --peolc-ambition-1-color - Fill of segment 1 (…through `--peolc-ambition-6-color`). Keep 4.5:1 with `--peolc-on-segment-color`.
 * @cssprop --peolc-on-segment-color - Text on the segments. Default white.
 * @cssprop --peolc-text-color - Text colour. Default #212b32.
 * @cssprop --peolc-background-color - Page background, used for the gaps between segments. Default white.
 * @cssprop --peolc-focus-color - Focus indicator. Default #ffeb3b.
 * @cssprop --peolc-focus-edge-color - Edge around the focus indicator. Default #212b32.
 * @cssprop --peolc-selected-edge-color - Outline of the selected segment. Default the text colour.
 */
export class PeolcAmbitionWheel extends PeolcElement {
  static override styles = [sharedStyles, wheelStyles];

  static override properties: PropertyDeclarations = {
    selected: properties.numberOrId('an ambition number (1–6) or id', { reflect: true, otherwise: 'nothing is selected' }),
    label: properties.text(),
    hrefTemplate: properties.text(null, { attribute: 'href-template', otherwise: 'the segments are not links' }),
    showFoundations: properties.flag({ attribute: 'show-foundations', reflect: true }),
    panel: properties.flag({ reflect: true }),
    parts: properties.list('a list of parts (what-we-know, building-blocks)', { otherwise: 'only the title and statement are shown' }),
    headingLevel: properties.headingLevel(),
    focusedIndex: { state: true },
    hoveredIndex: { state: true },
    hasFocus: { state: true },
  };

  /** The selected ambition: its number (1–6) or id. Invalid values select nothing and log one warning. Reflected. */
  selected: string | number | null = null;

  /** Accessible name of the wheel. Default "Six ambitions for palliative and end of life care". */
  label: string | null = null;

  /** Makes segments links: `{id}` and `{number}` are replaced, e.g. `/ambitions/{id}` or `#ambition-{number}`. Script and data URLs are refused. */
  hrefTemplate: string | null = null;

  /** Shows the eight foundations as a band beneath the ring. Reflected as `show-foundations`. */
  showFoundations = false;

  /** Shows a detail panel for the selected ambition: number, title and "I" statement, plus `parts`. Reflected. */
  panel = false;

  /**
   * Optional parts of the panel: `what-we-know` and `building-blocks`, as an
   * array or a string separated by spaces or commas, e.g. `parts="what-we-know"`.
   */
  parts: readonly AmbitionDetailPart[] | string | null = [];

  /** Heading level (2–6) of the panel's title, so it fits the page's outline. Default 2. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  private focusedIndex = -1;
  private hoveredIndex = -1;
  private hasFocus = false;
  private readonly announcer = new Announcer(this);
  /** Whether the text fits the wide layout as laid out (text spacing, large fonts); when not, the layout container is `compact`. */
  private readonly fit = new WheelFit(this);

  /** The href template when it is safe to use: never a script or data URL. */
  private get linkTemplate(): string | undefined {
    return safeLinkTemplate(this.hrefTemplate);
  }

  /** The selected ambition's number, id and title, or undefined when nothing (or something invalid) is selected. */
  get selectedAmbition(): AmbitionOutline | undefined {
    return findByNumberOrId(this.content.outline.ambitions, this.selected);
  }

  // `updateComplete` also waits for the full text this element asked for, so
  // code (and tests) awaiting it see the finished panel, not "Loading".
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.content.pending) {
      await this.content.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.fit.rendered(changed, pointerState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected !== null && !this.selectedAmbition) {
      this.warn(`selected="${this.selected}" is not an ambition number (1–6) or id, so nothing is selected.`);
    }
    if (changed.has('hrefTemplate') && this.hrefTemplate?.trim() && this.linkTemplate === undefined) {
      this.warn(`href-template="${this.hrefTemplate}" is not a web address, so the segments are not links.`);
    }
    if (changed.has('parts')) {
      const warning = unknownPartsWarning(this.parts);
      if (warning) this.warn(warning);
    }
  }

  protected override render() {
    const { outline, strings } = this.content;
    const ambitions = outline.ambitions;
    const selected = this.selectedAmbition;
    const count = ambitions.length;
    const hasPanel = this.panel;
    const asLinks = this.linkTemplate !== undefined;
    // As a no-JS fallback (src/fallback/), radios nothing can select would mislead: the titles are a list instead.
    const noScript = renderingFallback();
    const asList = noScript && !asLinks;
    const name = this.label || strings.wheelLabel;
    // Radios: one tab stop, the selected ambition, else the last focused, else the first.
    // Links are each a tab stop, as in any list of links (arrow keys move between them too).
    const tabStop = selected ? ambitions.indexOf(selected) : Math.max(this.focusedIndex, 0);

    const options = ambitions.map((ambition, index) => {
      const isSelected = ambition === selected;
      // The name is the visible text, "01 Each person is seen as an individual" (label in name);
      // the space between the spans keeps the number and title apart in it.
      const content = html`<span class="option-number">${String(ambition.number).padStart(2, '0')}</span>
        <span class="option-title">${ambition.title}</span>`;
      const tabindex = index === tabStop ? '0' : '-1';
      // The radios' keys (arrows, Space, Enter) are handled once, by the radiogroup's keydown listener.
      /* eslint-disable lit-a11y/click-events-have-key-events */
      if (asList) {
        return html`<li class="option" data-number=${ambition.number} aria-current=${ifDefined(isSelected ? 'true' : undefined)}>${content}</li>`;
      }
      return asLinks
        ? html`<li class="option-item">
            <a
              class="option"
              part="segment-label"
              data-number=${ambition.number}
              href=${this.hrefFor(ambition)}
              aria-current=${ifDefined(isSelected ? 'true' : undefined)}
              @click=${(event: MouseEvent) => this.onLinkClick(event, ambition)}
              @focus=${() => (this.focusedIndex = index)}
              @pointerenter=${() => (this.hoveredIndex = index)}
              @pointerleave=${() => (this.hoveredIndex = -1)}
              >${content}</a
            >
          </li>`
        : html`<div
            class="option"
            part="segment-label"
            role="radio"
            data-number=${ambition.number}
            tabindex=${tabindex}
            aria-checked=${isSelected ? 'true' : 'false'}
            aria-posinset=${index + 1}
            aria-setsize=${count}
            aria-controls=${hasPanel ? 'panel' : nothing}
            @click=${() => this.choose(index)}
            @focus=${() => (this.focusedIndex = index)}
            @pointerenter=${() => (this.hoveredIndex = index)}
            @pointerleave=${() => (this.hoveredIndex = -1)}
          >
            ${content}
          </div>`;
      /* eslint-enable lit-a11y/click-events-have-key-events */
    });

    return html`
      <div class="container">
        <div class="layout ${hasPanel ? 'has-panel' : ''} ${this.fit.classes}">
          <div class="wheel" part="wheel">
            <div class="drawing">
              ${this.renderDrawing(ambitions, selected)}
              <div class="centre" part="centre">
                ${
                  selected
                    ? html`<p>
                      <span class="centre-number">${String(selected.number).padStart(2, '0')}</span>
                      <span class="centre-title">${selected.title}</span>
                    </p>`
                    : html`<p class="vision">${outline.vision}</p>`
                }
              </div>
            </div>
            ${
              asList
                ? html`<ol class="options" aria-label=${name}>
                  ${options}
                </ol>`
                : asLinks
                  ? html`<ul class="options" aria-label=${name} @keydown=${this.onKeyDown} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
                  ${options}
                </ul>`
                  : html`<div
                  class="options"
                  role="radiogroup"
                  aria-label=${name}
                  aria-describedby="hint"
                  @keydown=${this.onKeyDown}
                  @focusin=${this.onFocusIn}
                  @focusout=${this.onFocusOut}
                >
                  ${options}
                </div>`
            }
            ${
              noScript
                ? nothing
                : html`<p class="visually-hidden" id="hint">${strings.wheelKeyboardHint}</p>
                  <p class="visually-hidden" role="status">${this.announcer.text}</p>`
            }
          </div>
          ${selected ? nothing : html`<p class="vision-below">${outline.vision}</p>`}
          ${this.showFoundations ? this.renderFoundations() : nothing}
          ${hasPanel ? this.renderPanel(selected) : nothing}
        </div>
      </div>
    `;
  }

  private renderDrawing(ambitions: AmbitionOutline[], selected: AmbitionOutline | undefined) {
    const count = ambitions.length;
    const selectedIndex = selected ? ambitions.indexOf(selected) : -1;
    // The selected segment moves outward a little: a difference in position as well as outline.
    const shift = (index: number) => {
      if (index !== selectedIndex) return 'translate(0 0)';
      const { middle } = segmentAngles(index, count);
      const radians = (middle * Math.PI) / 180;
      return `translate(${(selectedShift * Math.cos(radians)).toFixed(2)} ${(selectedShift * Math.sin(radians)).toFixed(2)})`;
    };
    const ring = (index: number, kind: string) =>
      index >= 0 && index < count
        ? svg`<path class="ring ${kind}" transform=${shift(index)} d=${segmentPath(index, count, outerRadius + 1, innerRadius - 1)}></path>`
        : nothing;
    const focusVisible = this.hasFocus && this.focusedIndex >= 0;
    const box = `${-viewBoxHalf} ${-viewBoxHalf} ${2 * viewBoxHalf} ${2 * viewBoxHalf}`;
    return html`<svg viewBox=${box} aria-hidden="true" focusable="false">
      ${ambitions.map((ambition, index) => {
        const numberAt = labelPoint(index, count);
        return svg`<g transform=${shift(index)}>
          <path
            class="segment ${index === selectedIndex ? 'selected' : ''}"
            part="segment"
            data-number=${ambition.number}
            d=${segmentPath(index, count)}
            @click=${() => this.onSegmentClick(index)}
            @pointerenter=${() => (this.hoveredIndex = index)}
            @pointerleave=${() => (this.hoveredIndex = -1)}
          ></path>
          <text class="segment-number" x=${numberAt.x} y=${numberAt.y}>${ambition.number}</text>
        </g>`;
      })}
      <circle class="hub" r=${innerRadius - 1}></circle>
      ${selectionMark(selectedIndex, count, shift(selectedIndex))}
      ${this.hoveredIndex !== this.focusedIndex || !focusVisible ? ring(this.hoveredIndex, 'hover') : nothing}
      ${focusVisible ? ring(this.focusedIndex, 'focus-edge') : nothing}
      ${focusVisible ? ring(this.focusedIndex, 'focus') : nothing}
    </svg>`;
  }

  private renderFoundations() {
    const { outline, strings } = this.content;
    return html`<ul class="foundations" part="foundations" aria-label=${strings.foundationsBandLabel}>
      ${outline.foundations.map(
        (foundation) => html`<li class="foundation" part="foundation">
          <span class="foundation-number">${foundation.number}</span> ${foundation.label}
        </li>`,
      )}
    </ul>`;
  }

  private renderPanel(selected: AmbitionOutline | undefined) {
    const { strings } = this.content;
    if (!selected) {
      // Not a landmark: a <peolc-ambition> beside the wheel may show the same ambition as a region.
      return html`<div class="panel" part="panel" id="panel" ?inert=${renderingFallback()}>
        <p>${strings.wheelPrompt}</p>
      </div>`;
    }
    return html`<div class="panel" part="panel" id="panel">
      ${renderAmbitionDetail(selected, findByNumberOrId(this.content.edition?.ambitions ?? [], selected.number), {
        level: Number(this.headingLevel) as HeadingLevel,
        parts: parseDetailParts(this.parts).parts,
        strings,
        idPrefix: 'detail',
        failed: this.content.failed,
      })}
    </div>`;
  }

  private optionElements(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('.option') ?? [])];
  }

  private onFocusIn = (): void => {
    this.hasFocus = true;
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.hasFocus = false;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const options = this.optionElements();
    const current = options.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const last = options.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current === last ? 0 : current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current === 0 ? last : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case ' ':
      case 'Enter':
        if (this.linkTemplate !== undefined) return; // links activate with Enter, as links do
        // Enter selects too: people press it, and nothing here submits a form.
        event.preventDefault();
        this.choose(current);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusedIndex = next;
    options[next]?.focus();
    // Radio group: selection follows focus. Links only move focus.
    if (this.linkTemplate === undefined) this.choose(next);
  };

  private onSegmentClick(index: number): void {
    if (this.linkTemplate !== undefined) {
      this.optionElements()[index]?.click();
    } else {
      this.choose(index);
      this.optionElements()[index]?.focus({ preventScroll: true });
    }
  }

  private onLinkClick(event: MouseEvent, ambition: AmbitionOutline): void {
    if (!this.emitSelect(ambition)) {
      event.preventDefault();
      return;
    }
    this.selected = ambition.number;
    this.announceChoice(ambition);
  }

  /** Selects on a user action, after firing the event: a listener that cancels it keeps the selection as it was. */
  private choose(index: number): void {
    const ambition = this.content.outline.ambitions[index];
    if (!ambition) return;
    this.focusedIndex = index;
    if (this.selectedAmbition === ambition) return;
    if (this.emitSelect(ambition)) {
      this.selected = ambition.number;
      this.announceChoice(ambition);
    }
  }

  /** Tells a screen-reader user what they chose and where its detail is, once their choosing pauses. */
  private announceChoice(ambition: AmbitionOutline): void {
    const { strings } = this.content;
    this.announcer.say(
      formatUiString(this.panel ? strings.ambitionChosenWithPanel : strings.ambitionChosen, { number: ambition.number, title: ambition.title }),
    );
  }

  /** Fires `peolc-ambition-select`; returns false when a listener cancelled it. */
  private emitSelect(ambition: AmbitionOutline): boolean {
    return this.emit('peolc-ambition-select', { number: ambition.number, id: ambition.id, title: ambition.title }, { cancelable: true });
  }

  private hrefFor(ambition: AmbitionOutline): string {
    return ambitionHref(this.linkTemplate ?? '', ambition);
  }
}
