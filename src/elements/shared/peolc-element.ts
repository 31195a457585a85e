import { LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import type { Edition } from '../../content/types.js';
import { ContentController, registerBuiltInEdition } from '../../context/content-context.js';
import { describeValue, invalid, type Coercer } from '../../model/coerce.js';
import type { PeolcEventDetails } from './events.js';
import { properties } from './properties.js';

/** A Lit property declaration with the coercion every public property of a peolc element has. */
export interface PeolcPropertyDeclaration extends PropertyDeclaration {
  /** Turns any assigned value into one of the property's type, or `invalid`. */
  readonly coerce?: Coercer<unknown>;
  /** What the element does with a value it cannot use, for the warning: "nothing is selected". Default "the default is used". */
  readonly otherwise?: string;
}

/** Ready themes for the `theme` attribute. */
export type ThemeName = 'default' | 'nhs' | 'neutral' | 'high-contrast';
/** Values of the `color-scheme` attribute. */
export type ColorScheme = 'light' | 'dark' | 'auto';

const warned = new WeakMap<Element, Set<string>>();
// The properties whose last assignment each element refused (and warned about).
const refused = new WeakMap<Element, Set<PropertyKey>>();
function refusedBy(element: Element): Set<PropertyKey> {
  let names = refused.get(element);
  if (!names) refused.set(element, (names = new Set()));
  return names;
}
// Marks a class whose accessors are wrapped, so finalize() does it once per class.
const coercedKey = Symbol('peolc-coerced');

/**
 * The base class of every peolc element: what they all share, in one place.
 *
 * - `content`: the edition and interface strings of the nearest
 *   `<peolc-provider>` (through `@lit/context`), or the built-in ones.
 * - Every public property is **coerced** on assignment (its declaration's
 *   `coerce`): frameworks assign numbers, booleans, arrays, `null`,
 *   `undefined` and URLs, and whatever arrives, the element stores a value of
 *   the property's type. `null` and `undefined` mean the default; a value of
 *   another kind logs one warning naming the element, the property and the
 *   value, and the default is used. Nothing assigned can throw in render.
 * - `warn()`: one console warning per element and message.
 * - `emit()`: `peolc-*` events, which bubble and are composed.
 *
 * @attr {'default' | 'nhs' | 'neutral' | 'high-contrast'} theme - A ready theme for this element (on <peolc-provider>, for everything inside).
 * @attr {'light' | 'dark' | 'auto'} color-scheme - `light` (the default), `dark`, or `auto` to follow the reader's setting.
 */
export abstract class PeolcElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: properties.oneOf(['default', 'nhs', 'neutral', 'high-contrast'] as const, null, { reflect: true, otherwise: 'no theme is set here' }),
    colorScheme: properties.oneOf(['light', 'dark', 'auto'] as const, null, {
      attribute: 'color-scheme',
      reflect: true,
      otherwise: 'no colour scheme is set here',
    }),
  };

  /**
   * The full text of the built-in edition, for elements that always show it
   * and so import it with themselves. Elements without it (the wheel) load it
   * when they first need it.
   */
  protected static builtInEdition?: Edition;

  /** A ready theme for this element: `default`, `nhs`, `neutral` or `high-contrast`; unset, it follows a provider's. Reflected as `theme`. */
  theme: ThemeName | null = null;

  /** `light`, `dark`, or `auto` to follow the reader's setting; unset, light (or a provider's). Reflected as `color-scheme`. */
  colorScheme: ColorScheme | null = null;

  /** The content this element shows: from the nearest provider, or built in. */
  protected readonly content: ContentController;

  constructor() {
    super();
    const builtIn = (this.constructor as typeof PeolcElement).builtInEdition;
    if (builtIn) registerBuiltInEdition(builtIn);
    this.content = new ContentController(this);
  }

  /** The full edition, for elements that declare `builtInEdition` (it is then always there). */
  protected get fullEdition(): Edition {
    return this.content.edition ?? (this.constructor as typeof PeolcElement).builtInEdition!;
  }

  // Wraps the accessors Lit made for this class's own properties, so every
  // assignment (from script, a framework or an attribute) passes through the
  // property's coercion first. Done after finalize() rather than by
  // overriding getPropertyDescriptor(), which Lit deprecates.
  protected static override finalize(): void {
    if (this.hasOwnProperty(coercedKey)) return;
    super.finalize();
    Object.defineProperty(this, coercedKey, { value: true });
    for (const [name, options] of this.elementProperties as Map<PropertyKey, PeolcPropertyDeclaration>) {
      const descriptor = Object.getOwnPropertyDescriptor(this.prototype, name);
      const { coerce } = options;
      if (!coerce || !descriptor?.set) continue;
      const set = descriptor.set;
      const label = typeof options.attribute === 'string' ? options.attribute : String(name);
      Object.defineProperty(this.prototype, name, {
        ...descriptor,
        set(this: PeolcElement, value: unknown) {
          let next = value === null || value === undefined ? coerce.fallback : coerce(value);
          refusedBy(this).delete(name);
          if (next === invalid) {
            refusedBy(this).add(name);
            this.warn(
              `${label} was set to ${describeValue(value)}, which is not ${coerce.expects}, so ${options.otherwise ?? 'the default is used'}.`,
            );
            next = coerce.fallback;
          }
          set.call(this, next);
        },
      });
    }
  }

  /** Whether the last value assigned to this property was refused (and warned about), so the element need not warn again that it is missing. */
  protected wasRefused(name: string): boolean {
    return refused.get(this)?.has(name) ?? false;
  }

  /** Logs a console warning once per element and message, so a bad value never floods the console. */
  protected warn(message: string): void {
    const seen = warned.get(this) ?? new Set<string>();
    if (seen.has(message)) return;
    seen.add(message);
    warned.set(this, seen);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /**
   * Fires a `peolc-*` event that bubbles and is composed. Pass `cancelable`
   * only where the element honours `preventDefault()`. Returns false when a
   * listener cancelled it.
   */
  protected emit<Name extends keyof PeolcEventDetails>(name: Name, detail: PeolcEventDetails[Name], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
  }
}
