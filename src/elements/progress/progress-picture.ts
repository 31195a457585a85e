import { css, html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ProgressUiStrings } from '../../context/progress-ui-strings.js';
import type { Scale } from '../../model/assessment/scales.js';
import type { RatingSpread } from '../../model/assessment/summary.js';
import { formatUiString } from '../../context/ui-strings.js';
import { innerRadius, labelPoint, outerRadius, segmentPath, viewBoxHalf } from '../../model/wheel-geometry.js';

/** The patterns a level can be drawn with, from least ink to most. */
export type ProgressPattern = 'empty' | 'dots' | 'lines' | 'hatch' | 'cross' | 'dense' | 'solid';

// Which patterns a scale of n levels uses, lowest level first: always from empty to solid, so more ink means further on.
const patternsByLevels: Record<number, readonly ProgressPattern[]> = {
  2: ['empty', 'solid'],
  3: ['empty', 'hatch', 'solid'],
  4: ['empty', 'dots', 'hatch', 'solid'],
  5: ['empty', 'dots', 'hatch', 'cross', 'solid'],
  6: ['empty', 'dots', 'hatch', 'cross', 'dense', 'solid'],
  7: ['empty', 'dots', 'lines', 'hatch', 'cross', 'dense', 'solid'],
};

/** The pattern of each level of a scale of `count` levels (2–7), lowest first. */
export function levelPatterns(count: number): readonly ProgressPattern[] {
  return patternsByLevels[Math.min(7, Math.max(2, count))]!;
}

/** The strings the picture reads (with `ambitionLabel`, "Ambition {number}"). */
export type ProgressPictureStrings = ProgressUiStrings & { readonly ambitionLabel: string };

/** One band of a segment: a level (or "not rated"), how many items, and where it lies. */
export interface ProgressBand {
  /** A level id, or `not-rated`. */
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly pattern: ProgressPattern | 'not-rated';
  readonly inner: number;
  readonly outer: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * A segment's bands, from the hub outward: each level lowest first, then
 * the items not rated; each band's depth is its share of the items that are
 * applicable. Levels no item has get no band.
 */
export function progressBands(spread: RatingSpread, inner = innerRadius, outer = outerRadius): ProgressBand[] {
  const patterns = levelPatterns(spread.levels.length);
  const entries = [
    ...spread.levels.map((level, index) => ({ id: level.id, label: level.label, count: level.count, pattern: patterns[index]! })),
    { id: 'not-rated', label: 'not rated', count: spread.notRated, pattern: 'not-rated' as const },
  ];
  const counted = entries.reduce((sum, entry) => sum + entry.count, 0);
  const bands: ProgressBand[] = [];
  let at = inner;
  for (const entry of entries) {
    if (!entry.count) continue;
    const depth = ((outer - inner) * entry.count) / counted;
    bands.push({ ...entry, inner: round(at), outer: round(at + depth) });
    at += depth;
  }
  return bands;
}

/** A group's name: "Ambition 3: Maximising comfort and wellbeing", or the foundations' title. */
function groupName(spread: RatingSpread, strings: ProgressPictureStrings): string {
  return spread.ambition ? `${formatUiString(strings.ambitionLabel, { number: spread.ambition })}: ${spread.title}` : spread.title;
}

/** A group's counts in words, top level first: "4 of 7 Established, 2 Partly in place, 1 not rated". */
export function progressCounts(spread: RatingSpread, strings: ProgressPictureStrings): string {
  if (!spread.total) return strings.progressNoItems;
  const parts: string[] = [];
  for (const level of [...spread.levels].reverse()) {
    if (!level.count) continue;
    const template = parts.length ? strings.progressCount : strings.progressCountOfTotal;
    parts.push(formatUiString(template, { count: level.count, total: spread.total, level: level.label }));
  }
  if (!parts.length) parts.push(formatUiString(strings.progressNoneRated, { total: spread.total }));
  else if (spread.notRated) parts.push(formatUiString(strings.progressNotRatedCount, { count: spread.notRated }));
  if (spread.notApplicable) parts.push(formatUiString(strings.progressNotApplicableCount, { count: spread.notApplicable }));
  return parts.join(', ');
}

/** The pattern definitions, one per kind used, with ids `<prefix>-<kind>`. */
function renderPatterns(prefix: string, kinds: readonly ProgressPattern[]): SVGTemplateResult {
  const bodies: Record<ProgressPattern, SVGTemplateResult> = {
    empty: svg`<rect class="paper" width="6" height="6"></rect>`,
    dots: svg`<rect class="paper" width="6" height="6"></rect><circle class="ink" cx="3" cy="3" r="0.9"></circle>`,
    lines: svg`<rect class="paper" width="6" height="6"></rect><path class="ink-line" d="M0 1.5 H6 M0 4.5 H6"></path>`,
    hatch: svg`<rect class="paper" width="6" height="6"></rect><path class="ink-line" d="M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5"></path>`,
    cross: svg`<rect class="paper" width="6" height="6"></rect><path class="ink-line" d="M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5 M-1 5 L1 7 M0 0 L6 6 M5 -1 L7 1"></path>`,
    dense: svg`<rect class="ink" width="6" height="6"></rect><circle class="paper" cx="3" cy="3" r="1"></circle>`,
    solid: svg`<rect class="ink" width="6" height="6"></rect>`,
  };
  return svg`<defs>
    ${kinds.map(
      (kind) =>
        svg`<pattern id="${prefix}-${kind}" data-pattern=${kind} width="6" height="6" patternUnits="userSpaceOnUse">${bodies[kind]}</pattern>`,
    )}
  </defs>`;
}

const fillOf = (prefix: string, band: Pick<ProgressBand, 'pattern'>) => (band.pattern === 'not-rated' ? 'none' : `url(#${prefix}-${band.pattern})`);

function renderWheel(spreads: readonly RatingSpread[], prefix: string, kinds: readonly ProgressPattern[]): SVGTemplateResult {
  const count = spreads.length;
  const box = `${-viewBoxHalf} ${-viewBoxHalf} ${2 * viewBoxHalf} ${2 * viewBoxHalf}`;
  return svg`<svg class="wheel" viewBox=${box} aria-hidden="true" focusable="false">
    ${renderPatterns(prefix, kinds)}
    ${spreads.map((spread, index) => {
      const badge = labelPoint(index, count, innerRadius - 11);
      return svg`<g class="segment" data-ambition=${spread.ambition ?? ''}>
        <path class="segment-base" d=${segmentPath(index, count)}></path>
        ${progressBands(spread).map(
          (band) =>
            svg`<path class="band ${band.pattern === 'not-rated' ? 'not-rated' : ''}" data-level=${band.id} data-count=${band.count} data-inner=${band.inner} data-outer=${band.outer} fill=${fillOf(prefix, band)} d=${segmentPath(index, count, band.outer, band.inner)}></path>`,
        )}
        <path class="segment-edge" d=${segmentPath(index, count)}></path>
        <circle class="badge" cx=${badge.x} cy=${badge.y} r="8"></circle>
        <text class="badge-text" x=${badge.x} y=${badge.y} text-anchor="middle" dominant-baseline="central">${spread.ambition ?? ''}</text>
      </g>`;
    })}
  </svg>`;
}

function renderSwatch(prefix: string, pattern: ProgressPattern | 'not-rated'): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
    <rect class="band ${pattern === 'not-rated' ? 'not-rated' : ''}" x="1" y="1" width="22" height="14" fill=${fillOf(prefix, { pattern })}></rect>
  </svg>`;
}

/** The foundations as tiles, one per applicable item: top level first, then those not rated. */
function renderTiles(spread: RatingSpread, prefix: string, strings: ProgressPictureStrings): TemplateResult {
  const all = progressBands(spread);
  const bands = [...all.filter((band) => band.pattern !== 'not-rated').reverse(), ...all.filter((band) => band.pattern === 'not-rated')];
  const tiles = bands.flatMap((band) => Array.from({ length: band.count }, () => band));
  return html`<div class="foundations" part="progress-foundations">
    <p class="foundations-title"><strong>${spread.title}</strong> — ${progressCounts(spread, strings)}</p>
    <svg class="tiles" viewBox="0 0 ${Math.max(tiles.length, 1) * 20} 20" role="img" aria-label=${strings.progressFoundationsLabel} focusable="false">
      ${renderPatterns(`${prefix}-f`, levelPatterns(spread.levels.length))}
      ${tiles.map(
        (band, index) =>
          svg`<rect class="tile band ${band.pattern === 'not-rated' ? 'not-rated' : ''}" data-level=${band.id} x=${index * 20 + 1} y="1" width="18" height="18" fill=${fillOf(`${prefix}-f`, band)}></rect>`,
      )}
    </svg>
  </div>`;
}

/**
 * The progress picture of one assessment (issue 16), as a Lit template: the
 * wheel of the six ambitions with each segment split into bands by rating,
 * the words for each ambition, a key of the patterns, the foundations as
 * tiles (when `spreads` has their group) and a table of the same numbers.
 * Used by `<peolc-progress-wheel>`; the self-assessment's board report can
 * show it too:
 *
 * ```ts
 * const spreads = ratingSpreads(assessment, items, strings.progressFoundations);
 * html`${renderProgressPicture(spreads, assessment.scale, strings, strings.progressLabel, 'report-progress')}`
 * // and add progressPictureStyles to the element's static styles.
 * ```
 *
 * @param spreads - From `ratingSpreads()`: the ambitions in order, then the foundations' group (no `ambition`) if any. Only the ambitions make the wheel.
 * @param scale - The assessment's scale (its levels lowest first), for the key and the table's columns.
 * @param strings - The progress strings (`progressUiStrings`) with `ambitionLabel`: e.g. `withOwnStrings(this.content.strings, progressUiStrings)`.
 * @param label - The picture's accessible name, e.g. "Progress on the six ambitions".
 * @param idPrefix - Makes the ids inside unique in their shadow root (patterns, description, table), e.g. `progress` or `report-progress`; a slug.
 * @returns The picture, the words, the key and the table, in a `<div class="progress">`.
 */
export function renderProgressPicture(
  spreads: readonly RatingSpread[],
  scale: Scale,
  strings: ProgressPictureStrings,
  label: string,
  idPrefix: string,
): TemplateResult {
  const ambitions = spreads.filter((spread) => spread.ambition !== undefined);
  const foundations = spreads.find((spread) => spread.ambition === undefined);
  const patterns = levelPatterns(scale.levels.length);
  const levels = scale.levels.map((level, index) => ({ ...level, pattern: patterns[index]! }));
  const described = `${idPrefix}-description`;
  return html`<div class="progress" part="progress">
    <div class="progress-layout">
      <figure class="picture" part="progress-picture">
        <div class="wheel-box" role="img" aria-label=${label} aria-describedby=${described}>${renderWheel(ambitions, idPrefix, patterns)}</div>
        <p class="visually-hidden" id=${described}>${strings.progressPictureDescription}</p>
      </figure>
      <div class="words">
        <ul class="lines" part="progress-lines">
          ${ambitions.map((spread) => html`<li data-ambition=${spread.ambition!}><strong>${groupName(spread, strings)}</strong> — ${progressCounts(spread, strings)}</li>`)}
        </ul>
        <div class="legend" part="progress-legend">
          <p class="legend-title">${strings.progressLegend}</p>
          <ul class="legend-items">
            ${[...levels].reverse().map((level) => html`<li data-level=${level.id}>${renderSwatch(idPrefix, level.pattern)} ${level.label}</li>`)}
            <li data-level="not-rated">${renderSwatch(idPrefix, 'not-rated')} ${strings.progressNotRated}</li>
          </ul>
        </div>
      </div>
    </div>
    ${foundations ? renderTiles(foundations, idPrefix, strings) : nothing}
    <div class="table-box" part="progress-table" role="region" aria-labelledby="${idPrefix}-caption" tabindex="0">
      <table>
        <caption id="${idPrefix}-caption">
          ${formatUiString(strings.progressTableCaption, { scale: scale.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${strings.progressGroup}</th>
            ${[...levels].reverse().map((level) => html`<th scope="col" data-level=${level.id}>${level.label}</th>`)}
            <th scope="col">${strings.progressNotApplicable}</th>
            <th scope="col">${strings.progressNotRated}</th>
            <th scope="col">${strings.progressTotal}</th>
          </tr>
        </thead>
        <tbody>
          ${spreads.map(
            (spread) =>
              html`<tr data-ambition=${spread.ambition ?? 'foundations'}>
                <th scope="row">${groupName(spread, strings)}</th>
                ${[...spread.levels].reverse().map((level) => html`<td data-level=${level.id}>${level.count}</td>`)}
                <td data-level="not-applicable">${spread.notApplicable}</td>
                <td data-level="not-rated">${spread.notRated}</td>
                <td data-level="total">${spread.total}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

/** The styles of the progress picture: add them to the static styles of an element that shows it. */
export const progressPictureStyles = css`
  .progress {
    --_ink: var(--peolc-progress-ink-color, var(--peolc-text-color, #212b32));
    --_paper: var(--peolc-progress-background-color, var(--peolc-surface-color, #ffffff));
    --_rule: var(--peolc-progress-divider-color, var(--peolc-divider-color, #d8dde0));
    container-type: inline-size;
  }
  .progress-layout {
    display: grid;
    gap: 1em 2em;
  }
  @container (min-width: 40em) {
    .progress-layout {
      grid-template-columns: minmax(12em, 2fr) 3fr;
      align-items: start;
    }
  }
  .picture {
    margin: 0;
    max-width: 26em;
  }
  .wheel {
    display: block;
    width: 100%;
    height: auto;
    forced-color-adjust: none;
  }
  .paper,
  .segment-base,
  .badge {
    fill: var(--_paper);
  }
  .ink,
  .badge-text {
    fill: var(--_ink);
  }
  .ink-line {
    stroke: var(--_ink);
    stroke-width: 0.9;
    fill: none;
  }
  .band {
    stroke: var(--_ink);
    stroke-width: 0.6;
  }
  .band.not-rated {
    fill: var(--_paper);
    stroke-dasharray: 2 1.5;
  }
  .segment-edge {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 1.2;
  }
  .badge {
    stroke: var(--_ink);
    stroke-width: 0.8;
  }
  .badge-text {
    font-size: 10px;
    font-weight: 700;
    font-family: inherit;
  }
  .lines,
  .legend-items {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
  }
  .lines li {
    margin: 0 0 0.5em;
  }
  .legend-title,
  .foundations-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .foundations-title {
    font-weight: 400;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend-items li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    width: 1.75em;
    height: auto;
    flex: none;
    forced-color-adjust: none;
  }
  .foundations {
    margin-block: 1em;
  }
  .tiles {
    display: block;
    width: 100%;
    max-width: 20em;
    height: auto;
    forced-color-adjust: none;
  }
  /* Scoped to the picture, so an element showing it beside tables of its own (the self-assessment) keeps their look. */
  .progress .table-box {
    overflow-x: auto;
    margin-block: 1em;
  }
  .progress table {
    border-collapse: collapse;
    min-width: 100%;
  }
  .progress caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.25em;
    /* As wide as the box it scrolls in, not the table: a narrow screen reads it whole before scrolling. */
    max-width: 100cqi;
  }
  .progress th,
  .progress td {
    border-bottom: 0.0625em solid var(--_rule);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .progress td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .paper,
    .segment-base,
    .badge,
    .band.not-rated {
      fill: Canvas;
    }
    .ink,
    .badge-text {
      fill: CanvasText;
    }
    .ink-line,
    .band,
    .segment-edge,
    .badge {
      stroke: CanvasText;
    }
  }
  @media print {
    .progress {
      --_ink: #000000;
      --_paper: #ffffff;
      break-inside: avoid;
    }
    .wheel,
    .swatch,
    .tiles {
      print-color-adjust: exact;
    }
  }
`;
