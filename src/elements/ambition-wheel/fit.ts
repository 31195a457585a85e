import type { ReactiveController, ReactiveElement } from 'lit';
import { innerRadius, viewBoxHalf } from '../../model/wheel-geometry.js';

/**
 * Whether the wheel's text fits its wide layout, measured as the browser
 * lays it out: a reader's text spacing (WCAG 1.4.12), a larger font or
 * longer titles can make it overflow where the 34em container query alone
 * would still put the titles on the segments.
 *
 * After a render that can move text (anything but pointer and focus state,
 * which only draw rings), and whenever the wheel or its text changes size, it
 * lays the wheel out wide and checks each title's lines (their boxes, kept
 * 2 units clear of the edge, where the selected segment's band runs)
 * against its own segment's shape, and the centre's lines against the hub.
 * When any does not fit, the layout container gets `compact`: the wheel
 * shows numbers, and lists the titles and the vision below it. Nothing is
 * clipped, covered or broken inside a word to make text fit.
 */
export class WheelFit implements ReactiveController {
  /** The class the layout container has now: '' or 'compact'. */
  classes = '';
  private observer?: ResizeObserver;
  private watched: Element[] = [];
  private frame = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measuring changes the sizes it watches, so it runs in the next frame, never in the observer's callback.
    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measure());
    });
    this.watched = [];
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /**
   * Called by the host after each render with what changed. Hover and focus
   * only draw rings, so a render for them alone is not measured: measuring
   * forces a layout and tests ~150 points per title, on every pointer move.
   * An update with nothing named in `changed` (new content from a provider,
   * the first render) is measured.
   */
  rendered(changed: ReadonlyMap<PropertyKey, unknown>, movesNoText: ReadonlySet<PropertyKey>): void {
    if (changed.size > 0 && [...changed.keys()].every((key) => movesNoText.has(key))) return;
    const watch = [this.host, ...this.host.renderRoot.querySelectorAll('.option')];
    if (watch.length !== this.watched.length || watch.some((element, index) => element !== this.watched[index])) {
      this.observer?.disconnect();
      for (const element of watch) this.observer?.observe(element);
      this.watched = watch;
    }
    this.measure();
  }

  /** Lays the wheel out wide, measures, and sets the layout container's class. */
  measure(): void {
    const root = this.host.renderRoot;
    const layout = root.querySelector('.layout');
    if (!layout) return;
    layout.classList.remove('compact');
    const svg = root.querySelector('svg');
    const options = [...root.querySelectorAll('.option')];
    const segments = root.querySelectorAll<SVGGeometryElement>('.segment');
    let compact = false;
    if (svg && options[0] && getComputedStyle(options[0]).position === 'absolute') {
      const box = svg.getBoundingClientRect();
      const unit = box.width / (2 * viewBoxHalf);
      // Points around each line box, grown by 2 units: the corners and three more along each side.
      const titleFits = (option: Element, index: number) => {
        const segment = segments[index]!;
        const toSegment = segment.getScreenCTM()!.inverse();
        return lines(option).every(({ left, top, right, bottom }) => {
          [left, top, right, bottom] = [left - 2 * unit, top - 2 * unit, right + 2 * unit, bottom + 2 * unit];
          for (let step = 0; step <= 1; step += 0.25) {
            const [x, y] = [left + (right - left) * step, top + (bottom - top) * step];
            for (const [px, py] of [
              [x, top],
              [x, bottom],
              [left, y],
              [right, y],
            ]) {
              if (!segment.isPointInFill(new DOMPoint(px, py).matrixTransform(toSegment))) return false;
            }
          }
          return true;
        });
      };
      const [cx, cy, hub] = [box.left + box.width / 2, box.top + box.height / 2, (innerRadius - 2) * unit];
      const centreFits = lines(root.querySelector('.centre')).every(({ left, top, right, bottom }) =>
        [left, right].every((x) => [top, bottom].every((y) => Math.hypot(x - cx, y - cy) <= hub)),
      );
      compact = !(centreFits && options.every(titleFits));
    }
    layout.classList.toggle('compact', compact);
    this.classes = compact ? 'compact' : '';
  }
}

/** The line boxes of the visible text in `element`, leaving out visually hidden text. */
function lines(element: Element | null): DOMRect[] {
  const rects: DOMRect[] = [];
  if (!element) return rects;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden')) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0.5) rects.push(rect);
  }
  return rects;
}
