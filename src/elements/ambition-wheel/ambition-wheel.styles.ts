import { css, unsafeCSS } from 'lit';
import { labelPosition, selectedShift, titleWidth } from '../../model/wheel-geometry.js';

const segmentCount = 6;

// Default segment colours: white text on each is at least 4.5:1, and each is
// at least 3:1 against a white page and the white gaps between segments.
const defaultColours = ['#005eb8', '#007f3b', '#8a1538', '#330072', '#7c2855', '#ae2573'];

// The wide layout applies from 34em unless the wheel measured that its text
// does not fit (fit.ts): then the layout container is \`.compact\`.
const wideLayout = '.layout:not(.compact)';
const wide = unsafeCSS(wideLayout);

// Per-segment rules are generated once here, in the stylesheet, rather than as
// inline styles, so the wheel renders under a strict Content Security Policy.
// A selected title moves outward with its segment.
const perSegment = unsafeCSS(
  Array.from({ length: segmentCount }, (_, index) => {
    const n = index + 1;
    const at = ({ left, top }: { left: number; top: number }) => `left:${left}%;top:${top}%`;
    const option = `${wideLayout} .option[data-number='${n}']`;
    return (
      `.segment[data-number='${n}']{fill:var(--peolc-ambition-${n}-color, ${defaultColours[index]})}` +
      `@container peolc-wheel (min-width:34em){${option}{${at(labelPosition(index, segmentCount))};width:${titleWidth(index, segmentCount)}em}` +
      `${option}:is([aria-checked='true'],[aria-current='true']){${at(labelPosition(index, segmentCount, selectedShift))}}}`
    );
  }).join(''),
);

/** The wheel's own styles; the host, focus ring and visually-hidden rules come from sharedStyles. */
export const wheelStyles = css`
  :host {
    --_on-segment: var(--peolc-on-segment-color, #ffffff);
    --_background: var(--peolc-background-color, #ffffff);
    --_selected-edge: var(--peolc-selected-edge-color, var(--peolc-text-color, #212b32));
  }

  /* The wheel measures its own container, not the viewport. */
  .container {
    container-type: inline-size;
    container-name: peolc-wheel;
  }
  .layout {
    display: grid;
    gap: 1.5em;
    align-items: start;
  }
  .wheel {
    position: relative;
    width: min(100%, 16em);
    margin-inline: auto;
  }
  /* The drawing and its centre; in the wide layout the labels are placed over it. */
  .drawing {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }

  /* Segments: drawn with a gap in the page background between them. */
  .segment {
    stroke: var(--_background);
    stroke-width: var(--peolc-segment-gap-width, 1.5);
    cursor: pointer;
  }
  /* Its outline shows outside it only: inside, the band of the selection mark meets the fill. */
  .segment.selected {
    stroke: var(--_selected-edge);
    stroke-width: var(--peolc-selected-edge-width, 3);
    paint-order: stroke;
  }
  .ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .ring.hover {
    stroke: var(--_focus-edge);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .ring.focus-edge {
    stroke: var(--_focus-edge);
    stroke-width: 6;
  }
  .ring.focus {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .hub {
    fill: var(--_background);
  }
  /* The selection mark (selection-mark.ts), over every segment: the outline again, and inside
     it a band that stands out from the fill. The band (2 wide) covers the outline's inner half. */
  .selection {
    fill: none;
    pointer-events: none;
  }
  .selection-edge {
    stroke: var(--_selected-edge);
    stroke-width: min(var(--peolc-selected-edge-width, 3), 3.5);
  }
  .selection-band {
    stroke: var(--_on-segment);
    stroke-width: 2;
  }
  .segment-number {
    fill: var(--_on-segment);
    font-size: 22px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }

  /* The centre: the vision, or the selected ambition. */
  .centre {
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    /* The square that fits inside the hub. */
    width: 34%;
    text-align: center;
    pointer-events: none;
  }
  .centre p {
    margin: 0;
  }
  .centre-number {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
  }
  .centre-title {
    display: block;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.25;
  }
  .vision {
    font-size: 0.875em;
    line-height: 1.25;
  }
  /* Compact (the default): the centre shows only the selected number. */
  .centre-title,
  .centre .vision {
    display: none;
  }

  /* The options: one radio (or link) per ambition. */
  .options {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    color: inherit;
    text-decoration: none;
    cursor: pointer;
    border-radius: var(--peolc-radius, 0.25em);
    font-size: 1em;
    line-height: 1.25;
  }
  .option-number {
    font-weight: 700;
  }
  .option[aria-checked='true'],
  .option[aria-current='true'] {
    font-weight: 700;
  }

  /* Compact: numbers on the wheel, titles in a list below it. */
  .options {
    display: grid;
    gap: 0.25em;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.5em 0.75em;
    border-inline-start: 0.5em solid transparent;
  }
  .option:hover {
    text-decoration: underline;
  }
  .option[aria-checked='true'],
  .option[aria-current='true'] {
    border-inline-start-color: var(--_selected-edge);
    background: color-mix(in srgb, var(--_selected-edge) 8%, transparent);
  }
  .vision-below {
    margin: 0;
    font-size: 0.875em;
  }

  /* Wide: titles sit on the segments. From 34em the wheel is wide enough that
     every label wraps inside its segment at 0.875em (14px with a 16px font);
     where a reader's text spacing or font does not fit, fit.ts makes it compact. */
  @container peolc-wheel (min-width: 34em) {
    ${wide} .wheel {
      width: min(100%, 40em);
    }
    ${wide} .vision-below,
    ${wide} .segment-number {
      display: none;
    }
    ${wide} .centre-title,
    ${wide} .centre .vision {
      display: block;
    }
    ${wide} .options {
      display: block;
    }
    ${wide} .option {
      position: absolute;
      display: block;
      transform: translate(-50%, -50%);
      /* Never break inside a word: a long word widens the title (whose width is set per segment), and fit.ts checks it still fits. */
      min-width: min-content;
      padding: 0.125em;
      border: 0;
      background: none;
      text-align: center;
      text-decoration: none;
      color: var(--_on-segment);
      font-size: 0.875em;
      /* Bold would widen the selected title past its segment; the underline and the outline mark it instead. */
      font-weight: inherit;
    }
    ${wide} .option-number {
      display: block;
      font-size: 1.25em;
    }
    ${wide} .option:is([aria-checked='true'], [aria-current='true']) .option-title {
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
  }

  /* Foundations band, beneath the ring. */
  .foundations {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .foundation {
    padding: 0.5em 0.75em;
    border: var(--peolc-border-width, 1px) solid currentColor;
    border-top-width: 0.25em;
    font-size: 0.875em;
  }
  .foundation-number {
    font-weight: 700;
    margin-inline-end: 0.25em;
  }

  /* Detail panel: below the wheel, beside it in a wide container. */
  .panel {
    border-inline-start: 0.25em solid var(--_selected-edge);
    padding-inline-start: 1em;
  }
  .panel .eyebrow {
    margin: 0;
    font-weight: 700;
  }
  .panel .heading {
    margin: 0.25em 0 0.5em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .panel ul .heading,
  .panel .heading + ul {
    margin-top: 0.25em;
  }
  .panel .statement {
    font-size: 1.125em;
  }
  @container peolc-wheel (min-width: 20em) {
    .foundations {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @container peolc-wheel (min-width: 36em) {
    .foundations {
      grid-template-columns: repeat(4, 1fr);
    }
  }
  @container peolc-wheel (min-width: 56em) {
    .layout.has-panel {
      grid-template-columns: minmax(34em, 40em) minmax(16em, 1fr);
    }
    .layout.has-panel .wheel {
      grid-column: 1;
      grid-row: 1;
    }
    .layout.has-panel .panel {
      grid-column: 2;
      grid-row: 1;
    }
    .layout.has-panel .foundations {
      grid-column: 1 / -1;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .segment {
      transition: transform 150ms ease-out;
    }
  }

  ${perSegment}

  /* Windows high contrast and other forced colours: system colours only,
     with the selected segment filled in Highlight. */
  @media (forced-colors: active) {
    .segment[data-number] {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .segment.selected[data-number] {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 3.5;
    }
    .segment-number {
      fill: CanvasText;
    }
    .segment.selected + .segment-number {
      fill: HighlightText;
    }
    .selection-edge {
      stroke: CanvasText;
    }
    .selection-band {
      stroke: HighlightText;
    }
    .hub {
      fill: Canvas;
    }
    .ring.hover,
    .ring.focus-edge {
      stroke: CanvasText;
    }
    .ring.focus {
      stroke: Highlight;
    }
    .option {
      color: CanvasText;
    }
    /* On the highlight, the selected title takes the highlight's own text colour, and so does its focus outline. */
    @container peolc-wheel (min-width: 34em) {
      ${wide} .option {
        color: CanvasText;
      }
      ${wide} .option:is([aria-checked='true'], [aria-current='true']) {
        forced-color-adjust: none;
        color: HighlightText;
      }
      ${wide} .option:is([aria-checked='true'], [aria-current='true']):focus-visible {
        outline-color: HighlightText;
        box-shadow: none;
      }
    }
  }
`;
