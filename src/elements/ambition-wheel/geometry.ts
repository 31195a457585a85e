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

/** Where segment `index`'s label centre sits, in user units. */
export function labelPoint(index: number, count: number, radius = labelRadius): { x: number; y: number } {
  const { middle } = segmentAngles(index, count);
  return { x: round(radius * Math.cos(middle * degrees)), y: round(radius * Math.sin(middle * degrees)) };
}

/** Where segment `index`'s label centre sits, as percentages of the wheel's box. */
export function labelPosition(index: number, count: number, radius = labelRadius): { left: number; top: number } {
  const { x, y } = labelPoint(index, count, radius);
  const toPercent = (value: number) => round(50 + (value / (2 * viewBoxHalf)) * 100);
  return { left: toPercent(x), top: toPercent(y) };
}
