import { nothing, svg } from 'lit';
import { insetSegmentPath, segmentPath } from '../../model/wheel-geometry.js';

/**
 * What marks the selected segment, drawn over every segment so no
 * neighbour's gap covers it: its outline in the selected-edge colour (the
 * text colour, which contrasts with the page), and just inside that a band
 * 2 units wide in the colour of the text on the segments (which contrasts
 * with the fill), covering the outline's inner half. So one band meets the
 * page and the other the fill, in every theme. `transform` moves it with
 * the segment.
 */
export function selectionMark(index: number, count: number, transform: string) {
  if (index < 0) return nothing;
  return svg`<g class="selection" transform=${transform}>
    <path class="selection-edge" d=${segmentPath(index, count)}></path>
    <path class="selection-band" d=${insetSegmentPath(index, count, 1)}></path>
  </g>`;
}
