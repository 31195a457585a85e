/**
 * The kinds of public property peolc elements have, as Lit property
 * declarations with their coercion (src/model/coerce.ts). Every element
 * declares its public properties with these, so the same kind of value is
 * read the same way everywhere.
 * @module
 */
import type { PropertyDeclaration } from 'lit';
import * as coerce from '../../model/coerce.js';
import type { Coercer } from '../../model/coerce.js';

type Options = Omit<PropertyDeclaration, 'type' | 'converter'> & { readonly otherwise?: string };
type Declaration = PropertyDeclaration & { readonly coerce: Coercer<unknown> };

const declare = (coercer: Coercer<unknown>, options: Options = {}, extra: PropertyDeclaration = {}): Declaration => ({
  ...options,
  ...extra,
  coerce: coercer,
});

// Flags reflect as boolean attributes: present (empty) when on, absent when off.
const flagConverter = {
  fromAttribute: coerce.flagFromAttribute,
  toAttribute: (value: unknown) => (value ? '' : null),
};

// Lists read from attributes as their text; the coercion splits it.
const listConverter = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (Array.isArray(value) ? value.join(' ') : value),
};

export const properties = {
  /** One item by number or id: `selected`, `ambition`, `highlight`. */
  numberOrId: (expects: string, options?: Options) => declare(coerce.numberOrId(expects), options),
  /** Several items by number or id, or words: `foundations`, `terms`, `parts`. */
  list: (expects: string, options?: Options) => declare(coerce.list(expects), options, { converter: listConverter }),
  /** A flag: a boolean property and a boolean attribute (`"false"` is off). */
  flag: (options?: Options) => declare(coerce.flag, options, { converter: flagConverter }),
  /** Text, e.g. a label or an id. */
  text: (fallback: string | null = null, options?: Options) => declare(coerce.text(fallback), options),
  /** One of a few words. */
  oneOf: <T extends string>(words: readonly T[], fallback: T | null, options?: Options) => declare(coerce.oneOf(words, fallback), options),
  /** A whole number in a range. */
  integer: (min: number, max: number, fallback: number | null, options?: Options) => declare(coerce.integer(min, max, fallback), options),
  /** `heading-level`: 2–6, default 2. */
  headingLevel: () => declare(coerce.headingLevel, { attribute: 'heading-level', otherwise: 'level 2 is used' }),
  /** A web address, from text or a `URL`. */
  address: (options?: Options) => declare(coerce.address, options),
  /** Any value, which the element checks itself (the provider's `edition`). */
  any: (options?: Options) => declare(coerce.anyValue, options),
  /** An object, or its JSON as the attribute. */
  record: (expects: string, options?: Options) => declare(coerce.record(expects), options),
};
