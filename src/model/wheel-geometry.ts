/**
 * The wheel's geometry, in SVG user units on a 200 × 200 view box centred on
 * 0,0. Segments run clockwise from the top, so reading order follows the
 * numbers.
 */
export const outerRadius = 98;
export const innerRadius = 52;
/** Where labels sit: midway through the ring. */
export const labelRadius = (outerRadius + innerRadius) / 2;
/** The view box: the ring plus room for the selected segment to move outward. */
export const viewBoxHalf = 104;
/** How far the selected segment (and its title) moves outward. */
export const selectedShift = 4;

const degrees = Math.PI / 180;

function point(radius: number, angle: number): string {
  const x = radius * Math.cos(angle * degrees);
  const y = radius * Math.sin(angle * degrees);
  return `${round(x)} ${round(y)}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Start and end angles of segment `index` (0-based) of `count`, in degrees clockwise from the top. */
export function segmentAngles(index: number, count: number): { start: number; end: number; middle: number } {
  const sweep = 360 / count;
  const start = -90 + index * sweep;
  return { start, end: start + sweep, middle: start + sweep / 2 };
}

/** The SVG path of one ring segment. */
export function segmentPath(index: number, count: number, outer = outerRadius, inner = innerRadius): string {
  const { start, end } = segmentAngles(index, count);
  const largeArc = end - start > 180 ? 1 : 0;
  return [
    `M ${point(outer, start)}`,
    `A ${outer} ${outer} 0 ${largeArc} 1 ${point(outer, end)}`,
    `L ${point(inner, end)}`,
    `A ${inner} ${inner} 0 ${largeArc} 0 ${point(inner, start)}`,
    'Z',
  ].join(' ');
}

/**
 * The path of a segment's edge moved `inset` units inward on every side
 * (arcs by radius, sides parallel to themselves), for the band drawn just
 * inside the selected segment's outline.
 */
export function insetSegmentPath(index: number, count: number, inset: number): string {
  const { start, end } = segmentAngles(index, count);
  const outer = outerRadius - inset;
  const inner = innerRadius + inset;
  // A side moved `inset` along its normal meets a circle of radius r this many degrees in.
  const turn = (radius: number) => Math.asin(inset / radius) / degrees;
  return [
    `M ${point(outer, start + turn(outer))}`,
    `A ${outer} ${outer} 0 0 1 ${point(outer, end - turn(outer))}`,
    `L ${point(inner, end - turn(inner))}`,
    `A ${inner} ${inner} 0 0 0 ${point(inner, start + turn(inner))}`,
    'Z',
  ].join(' ');
}

/** Where segment `index`'s label centre sits, in user units. */
export function labelPoint(index: number, count: number, radius = labelRadius): { x: number; y: number } {
  const { middle } = segmentAngles(index, count);
  return { x: round(radius * Math.cos(middle * degrees)), y: round(radius * Math.sin(middle * degrees)) };
}

/**
 * Where segment `index`'s title (number above, lines below) is centred, as
 * percentages of the wheel's box; with `shift`, moved outward with the
 * selected segment. A title's wide lines sit below its narrow number: in
 * the segments that point upward that is toward the hub, where the segment
 * narrows, so those titles sit 2 units further out.
 */
export function labelPosition(index: number, count: number, shift = 0): { left: number; top: number } {
  const { middle } = segmentAngles(index, count);
  const upward = Math.sin(middle * degrees) < -0.5;
  const { x, y } = labelPoint(index, count, labelRadius + (upward ? 2 : 0) + shift);
  const toPercent = (value: number) => round(50 + (value / (2 * viewBoxHalf)) * 100);
  return { left: toPercent(x), top: toPercent(y) };
}

/**
 * How wide segment `index`'s title may be, in em of the title's font: the
 * four diagonal segments are wide across and shallow from hub to rim, so
 * their titles take fewer, longer lines there (which keeps them inside
 * under a reader's text spacing); the two at the sides are tall and narrow.
 */
export function titleWidth(index: number, count: number): number {
  const { middle } = segmentAngles(index, count);
  return Math.abs(Math.sin(middle * degrees)) > 0.5 ? 8 : 6.5;
}
