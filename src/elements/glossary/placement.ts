/**
 * Places a fixed-position panel next to the element that opened it: below by
 * default, above when only there it fits, never over the opener, and inside
 * the viewport horizontally with a margin each side. Everything is set through
 * the CSS object model (`style.setProperty`), never a `style` attribute
 * string, so it works under a strict Content Security Policy.
 *
 * CSS anchor positioning could express most of this, and Chromium 156 and
 * Firefox ESR 153 both parse it, but they placed the panel differently at a
 * 320px viewport (one overflowed the viewport's edge, neither flipped above
 * when the panel could shrink below), so the position is computed here.
 */

/** Which side of the opener the panel went. */
export type PanelSide = 'below' | 'above';

/**
 * Margin kept between the panel and the viewport's edges, in CSS px. Fixed,
 * not in em: with large text on a small screen, the room goes to the text.
 */
const margin = 12;
/** Space between the opener and the panel, in CSS px: more than the focus ring's 6px. */
const gap = 8;

/**
 * Places `panel` next to `opener`. With `reveal` (as the panel opens),
 * a panel that fits neither side and would get less than half the viewport
 * (a term mid-screen on a phone, or large text) first has the page scrolled
 * to move the term towards the nearer edge, so the panel gets the room beyond.
 */
export function placePopover(panel: HTMLElement, opener: Element, reveal = false): PanelSide {
  const root = document.documentElement;
  // The layout viewport without scroll bars.
  const viewportWidth = root.clientWidth || window.innerWidth;
  const viewportHeight = root.clientHeight > 0 ? Math.min(root.clientHeight, window.innerHeight) : window.innerHeight;

  // Width first (the CSS width, or the viewport less the margins), then measure the height it needs.
  panel.style.removeProperty('width');
  panel.style.removeProperty('max-height');
  const preferredWidth = panel.getBoundingClientRect().width;
  const width = Math.max(0, Math.min(preferredWidth, viewportWidth - 2 * margin));
  panel.style.setProperty('width', `${width}px`);
  const height = panel.getBoundingClientRect().height;

  const anchor = opener.getBoundingClientRect();
  const roomBelow = viewportHeight - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const room = Math.max(roomBelow, roomAbove);
  if (reveal && height > room && room < viewportHeight / 2) {
    opener.scrollIntoView({ block: roomBelow < roomAbove ? 'end' : 'start' });
    return placePopover(panel, opener);
  }
  let side: PanelSide;
  let top: number;
  let maxHeight: number | undefined;
  if (height <= roomBelow) {
    side = 'below';
    top = anchor.bottom + gap;
  } else if (height <= roomAbove) {
    side = 'above';
    top = anchor.top - gap - height;
  } else if (roomBelow >= roomAbove) {
    // Fits neither side: the larger side, scrolling.
    side = 'below';
    top = anchor.bottom + gap;
    maxHeight = Math.max(roomBelow, 0);
  } else {
    side = 'above';
    maxHeight = Math.max(roomAbove, 0);
    top = anchor.top - gap - maxHeight;
  }

  // Aligned with the start of the term (its right edge on right-to-left pages), then kept inside the viewport.
  const rtl = getComputedStyle(opener).direction === 'rtl';
  const start = rtl ? anchor.right - width : anchor.left;
  const left = Math.min(Math.max(start, margin), Math.max(margin, viewportWidth - margin - width));

  panel.style.setProperty('top', `${top}px`);
  panel.style.setProperty('left', `${left}px`);
  if (maxHeight !== undefined) panel.style.setProperty('max-height', `${maxHeight}px`);
  panel.dataset.placement = side;
  return side;
}
