/**
 * The elements as the fallback renderer and stylesheet load them in Node:
 * defined in the custom element registry of the DOM shim that lit installs
 * there, with the built-in edition's full text at hand.
 * @module
 */
import { ambitions2015to2020 } from '../content/ambitions-2015-2020/index.js';
import { registerBuiltInEdition } from '../context/content-context.js';
import * as classes from '../classes.js';
import { elements } from '../registry.js';

let defined = false;

/** Defines every element, once. */
export function defineElements(): void {
  if (defined) return;
  defined = true;
  // Elements that import the full edition register it; the wheel and <peolc-ambition> read it too.
  registerBuiltInEdition(ambitions2015to2020);
  for (const element of elements) {
    if (!customElements.get(element.tag)) customElements.define(element.tag, classes[element.className]);
  }
}
