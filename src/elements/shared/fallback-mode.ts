import { isServer } from 'lit';

let depth = 0;

/**
 * Whether the template being rendered is a no-JS fallback: rendered on the
 * server (the build's `@lit-labs/ssr` render, src/fallback/render.ts), or in
 * a browser inside `whileRenderingFallback()` (the embed builder). Templates
 * then swap what needs script for what works without it: a native
 * `<details>` for a disclosure, a list for the wheel's radios, and `inert`
 * on a search box or an instruction to use the wheel.
 */
export function renderingFallback(): boolean {
  return isServer || depth > 0;
}

/** Runs `render` (an element's `render()`) with `renderingFallback()` true, and returns what it returned. */
export function whileRenderingFallback<T>(render: () => T): T {
  depth++;
  try {
    return render();
  } finally {
    depth--;
  }
}
