/**
 * Turning whatever a page or a framework assigns to a property into the
 * value an element works with. React 19, Vue, Svelte and Angular set
 * properties, not attributes, with the values a developer writes: `3`,
 * `true`, `[1, 3, 6]`, `undefined`, `new URL(…)`. Every public property of
 * every element goes through one of these, so none of those values can
 * reach a render as something it does not expect.
 *
 * A coercer returns the value to use, or `invalid` when the value is of a
 * kind the property does not take (the element then warns once and uses the
 * property's default). `null` and `undefined` never reach a coercer: they
 * mean "the default" (that is how React removes a prop).
 *
 * Lit-free, so the no-JS fallback and build scripts can use it too.
 * @module
 */

/** What a coercer returns for a value of a kind the property does not take. */
export const invalid: unique symbol = Symbol('invalid');
export type Invalid = typeof invalid;

export interface Coercer<T> {
  /** The value to use, or `invalid`. Never throws. */
  (value: unknown): T | Invalid;
  /** The value when nothing (or `null`, `undefined` or something invalid) is set. */
  readonly fallback: T;
  /** What the property takes, for warnings: "an ambition number (1–6) or id". */
  readonly expects: string;
}

function coercer<T>(expects: string, fallback: T, coerce: (value: unknown) => T | Invalid): Coercer<T> {
  return Object.assign(coerce, { fallback, expects });
}

/** A number or an id: `3`, `"3"`, `"honest-conversations"`. Blank text is no value. */
export type NumberOrId = string | number;

// A number property that Vue clears is set to 0 (Vue writes 0 when the old
// value was a number), so 0 as a number means "unset", silently; "0" as text
// (an attribute) is still refused.
export function numberOrId(expects: string): Coercer<NumberOrId | null> {
  return coercer<NumberOrId | null>(expects, null, (value) => {
    if (value === 0) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : invalid;
    if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
    return invalid;
  });
}

/** Text, from a string or a number. */
export function text<T extends string | null>(fallback: T, expects = 'text'): Coercer<string | T> {
  return coercer<string | T>(expects, fallback, (value) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return invalid;
  });
}

/** One of a few words, e.g. `summary` or `full`, in any case. Blank text is the fallback. */
export function oneOf<T extends string, F extends T | null>(words: readonly T[], fallback: F): Coercer<T | F> {
  return coercer<T | F>(words.map((word) => `"${word}"`).join(' or '), fallback, (value) => {
    if (typeof value !== 'string') return invalid;
    const word = value.trim().toLowerCase();
    if (word === '') return fallback;
    return (words as readonly string[]).includes(word) ? (word as T) : invalid;
  });
}

/**
 * A flag: `true`/`false`; `""` and `"true"` are on (as a present boolean
 * attribute is), `"false"` is off.
 */
export const flag: Coercer<boolean> = coercer('true or false', false, (value) => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === '' || word === 'true') return true;
    if (word === 'false') return false;
  }
  return invalid;
});

/** Reads a boolean attribute: present is on, except `"false"`, so a CMS that writes `="false"` gets what it means. */
export function flagFromAttribute(value: string | null): boolean {
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/** The entries of a list as the fallback and the elements hold it: text separated by commas and/or spaces, or already an array. */
export function listEntries(value: string | readonly string[] | null | undefined): string[] {
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [...(value ?? [])];
}

/**
 * A list of entries (numbers or ids): an array, a string separated by commas
 * and/or spaces (`"1,3 6"`), or one number. Entries are strings, each once,
 * in the order given.
 */
export function list(expects: string): Coercer<string[]> {
  return coercer<string[]>(expects, [], (value) => {
    let entries: unknown[];
    if (typeof value === 'string') entries = listEntries(value);
    else if (typeof value === 'number') entries = [value];
    else if (Array.isArray(value)) entries = value;
    else return invalid;
    const out: string[] = [];
    for (const entry of entries) {
      if (typeof entry === 'number' && Number.isFinite(entry)) out.push(String(entry));
      else if (typeof entry === 'string') out.push(...listEntries(entry));
      else return invalid;
    }
    return [...new Set(out.map((entry) => entry.trim()).filter(Boolean))];
  });
}

/** A whole number from `min` to `max`, from a number or numeric text. Blank text is the fallback. */
export function integer<T extends number | null>(
  min: number,
  max: number,
  fallback: T,
  expects = `a whole number from ${min} to ${max}`,
): Coercer<number | T> {
  return coercer<number | T>(expects, fallback, (value) => {
    // Blank text, and 0 from a framework clearing a number (see numberOrId), are unset.
    if ((typeof value === 'string' && value.trim() === '') || (value === 0 && min > 0)) return fallback;
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    return Number.isInteger(number) && number >= min && number <= max ? number : invalid;
  });
}

/** Heading levels an element may use, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const headingLevel = integer(2, 6, 2, 'a heading level from 2 to 6') as Coercer<HeadingLevel>;

/** A web address, from a string or a `URL` (kept as its text; resolved against the page where used). */
export const address: Coercer<string | null> = coercer<string | null>('a web address (text or a URL)', null, (value) => {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof URL !== 'undefined' && value instanceof URL) return value.href;
  return invalid;
});

/** A plain object, or its JSON text (as an attribute gives it). */
export function record<T extends object>(expects: string): Coercer<T | null> {
  return coercer<T | null>(expects, null, (value) => {
    let parsed: unknown = value;
    if (typeof value === 'string') {
      if (value.trim() === '') return null;
      try {
        parsed = JSON.parse(value);
      } catch {
        return invalid;
      }
    }
    return isPlainObject(parsed) ? (parsed as T) : invalid;
  });
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Any value at all, checked later by its element (the provider validates an `edition`); `null` is `undefined`. */
export const anyValue: Coercer<unknown> = coercer<unknown>('any value', undefined, (value) => value);

/**
 * What an element would hold for this value: the coerced value, or the
 * fallback for nothing or for anything refused (the no-JS fallback reads
 * attributes this way, without the warnings).
 */
export function coerceOrFallback<T>(coerce: Coercer<T>, value: unknown): T {
  const result = value === null || value === undefined ? coerce.fallback : coerce(value);
  return result === invalid ? coerce.fallback : result;
}

/** A short, safe description of any value for a warning: `"banana"`, `NaN`, `[1,3]`, `{}`, `a URL (https://…)`. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'function') return 'a function';
    if (typeof URL !== 'undefined' && value instanceof URL) return `a URL (${value.href.slice(0, 60)})`;
    if (Array.isArray(value) || isPlainObject(value)) {
      const json = JSON.stringify(value) ?? String(value);
      return json.length > 60 ? `${json.slice(0, 60)}…` : json;
    }
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    return name ? `a ${name}` : 'an object';
  } catch {
    return 'a value that cannot be read';
  }
}
