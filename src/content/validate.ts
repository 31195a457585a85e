import { editionRule, markupPattern, type Rule } from './rules.js';
import { maxEditionBytes, type ContentProblem } from './problems.js';
import type { Edition } from './types.js';

export { formatProblem, maxEditionBytes, type ContentProblem } from './problems.js';

/** What `validateContent()` found: either a usable edition, or every problem. */
export type ValidationResult = { valid: true; edition: Edition; problems: [] } | { valid: false; edition?: undefined; problems: ContentProblem[] };

const maxDepth = 16;
// C0 controls other than tab, line feed and carriage return; DEL; bidirectional overrides.
const controlPattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/**
 * Checks a partner-supplied edition: a parsed value or its JSON text.
 * Returns the edition when it can be rendered safely, otherwise every problem
 * with its path. Never throws, whatever it is given.
 */
export function validateContent(value: unknown): ValidationResult {
  const checked = checkData(editionRule, value, maxEditionBytes);
  if (checked.problems.length === 0) checkRelations(checked.data as Edition, checked.problems);
  return checked.problems.length === 0
    ? { valid: true, edition: checked.data as Edition, problems: [] }
    : { valid: false, problems: checked.problems };
}

/**
 * Checks a value, or its JSON text, against a rule: plain JSON data (no
 * class instances, functions, getters or cycles), at most `maxBytes` as
 * JSON, then the rule's shape. The one checker of supplied data, for
 * editions and self-assessments alike. Never throws. `plain` says the value
 * is plain, bounded data (whatever its shape), so `data` may be read for
 * further checks; it is the parsed value.
 */
export function checkData(rule: Rule, value: unknown, maxBytes: number): { data: unknown; plain: boolean; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  try {
    const data = typeof value === 'string' ? parseJson(value, problems, maxBytes) : value;
    if (problems.length === 0) inspectData(data, problems, maxBytes);
    const plain = problems.length === 0;
    // Shape checks only run on plain, bounded data, so they cannot run partner code.
    if (plain) checkRule(rule, data, '', problems);
    return { data, plain, problems };
  } catch (error) {
    return { data: undefined, plain: false, problems: [{ path: '', message: `could not be read (${errorText(error)})` }] };
  }
}

const limitText = (maxBytes: number) => (maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`);

function parseJson(text: string, problems: ContentProblem[], maxBytes: number): unknown {
  // A UTF-8 byte count is at least the string's length, so the cheap check comes first.
  if (text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes) {
    problems.push({ path: '', message: `is larger than the ${limitText(maxBytes)} limit` });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ path: '', message: `is not valid JSON (${errorText(error)})` });
    return undefined;
  }
}

/**
 * Walks the value once before any shape check: it must be plain JSON data
 * (no class instances, functions, getters, cycles or non-finite numbers),
 * not nested too deeply, and at most `maxBytes` as JSON.
 */
function inspectData(root: unknown, problems: ContentProblem[], maxBytes: number): void {
  let bytes = 0;
  const ancestors = new Set<object>();

  const visit = (value: unknown, path: string, depth: number): boolean => {
    if (value === undefined) {
      // Left out of JSON; the shape check reports it where a value is required.
    } else if (value === null || typeof value === 'boolean') {
      bytes += 5;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return fail(path, `expected plain JSON data, found ${String(value)}`);
      bytes += 24;
    } else if (typeof value === 'string') {
      bytes += value.length + 2;
    } else if (typeof value === 'object') {
      if (depth > maxDepth) return fail(path, `is nested more than ${maxDepth} levels deep`);
      if (ancestors.has(value)) return fail(path, 'refers back to itself (a cycle), which JSON cannot hold');
      const isArray = Array.isArray(value);
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (isArray ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) {
        return fail(path, `expected a plain ${isArray ? 'array' : 'object'}, found ${describe(value)}`);
      }
      ancestors.add(value);
      const descriptors = Object.getOwnPropertyDescriptors(value);
      for (const [key, descriptor] of Object.entries(descriptors)) {
        if (isArray && key === 'length') continue;
        const childPath = isArray ? `${path}[${key}]` : joinPath(path, key);
        if (!('value' in descriptor)) return fail(childPath, 'is a getter or setter, not plain data');
        bytes += key.length + 4;
        if (!visit(descriptor.value, childPath, depth + 1)) return false;
      }
      ancestors.delete(value);
    } else {
      return fail(path, `expected plain JSON data, found ${describe(value)}`);
    }
    return bytes <= maxBytes || fail('', `is larger than the ${limitText(maxBytes)} limit`);
  };

  const fail = (path: string, message: string): false => {
    problems.push({ path, message });
    return false;
  };

  visit(root, '', 0);
}

function checkRule(rule: Rule, value: unknown, path: string, problems: ContentProblem[]): void {
  const report = (message: string) => problems.push({ path, message });
  switch (rule.kind) {
    case 'text': {
      if (typeof value !== 'string' || value.trim() === '') {
        report(`expected a non-empty string, found ${describe(value)}`);
      } else if (value.length > rule.maxLength) {
        report(`expected at most ${rule.maxLength} characters, found ${value.length}`);
      } else if (markupPattern.test(value)) {
        report(`contains markup (${JSON.stringify(markupIn(value))}), which is not rendered: write plain text`);
      } else if (controlPattern.test(value)) {
        report('contains control or text-direction characters, which are not rendered');
      } else if (rule.format && !rule.format.pattern.test(value)) {
        report(`expected ${rule.format.expected}, found ${describe(value)}`);
      }
      return;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.minimum || value > rule.maximum) {
        report(`expected a whole number from ${rule.minimum} to ${rule.maximum}, found ${describe(value)}`);
      }
      return;
    case 'constant':
      if (value !== rule.value) report(`expected ${JSON.stringify(rule.value)}, found ${describe(value)}`);
      return;
    case 'choice':
      if (typeof value !== 'string' || !rule.values.includes(value)) {
        report(`expected one of ${rule.values.map((v) => `"${v}"`).join(', ')}, found ${describe(value)}`);
      }
      return;
    case 'list': {
      if (!Array.isArray(value)) {
        report(`expected a list, found ${describe(value)}`);
        return;
      }
      if (value.length < rule.minItems || value.length > rule.maxItems) {
        report(`expected ${countText(rule.minItems, rule.maxItems)}, found ${value.length}`);
      }
      value.forEach((item, index) => checkRule(rule.items, item, `${path}[${index}]`, problems));
      return;
    }
    case 'freeText': {
      if (typeof value !== 'string') {
        report(`expected a string, found ${describe(value)}`);
      } else if (value.length > rule.maxLength) {
        report(`expected at most ${rule.maxLength} characters, found ${value.length}`);
      } else if (controlPattern.test(value)) {
        report('contains control or text-direction characters, which are not shown');
      } else if (value !== '' && rule.format && !rule.format.pattern.test(value)) {
        report(`expected ${rule.format.expected}, found ${describe(value)}`);
      }
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        report(`expected an object, found ${describe(value)}`);
        return;
      }
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > rule.maxEntries) report(`expected at most ${rule.maxEntries} entries, found ${entries.length}`);
      for (const [key, entry] of entries) {
        const entryPath = joinPath(path, key);
        if (!rule.keys.pattern.test(key)) problems.push({ path: entryPath, message: `is not ${rule.keys.expected}` });
        else checkRule(rule.values, entry, entryPath, problems);
      }
      return;
    }
    case 'record': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        report(`expected an object, found ${describe(value)}`);
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [name, field] of Object.entries(rule.fields)) {
        const fieldPath = joinPath(path, name);
        if (record[name] === undefined) {
          if (!field.optional) problems.push({ path: fieldPath, message: `is required but missing` });
        } else {
          checkRule(field.rule, record[name], fieldPath, problems);
        }
      }
      for (const name of Object.keys(record)) {
        if (!Object.prototype.hasOwnProperty.call(rule.fields, name)) {
          problems.push({
            path: joinPath(path, name),
            message: `is not a known property (expected ${Object.keys(rule.fields).join(', ')})`,
          });
        }
      }
      return;
    }
  }
}

/** Rules between values: numbering in order, and ids unique where partners link to them. */
function checkRelations(edition: Edition, problems: ContentProblem[]): void {
  const inOrder = (items: { number: number }[], collection: string) =>
    items.forEach((item, index) => {
      if (item.number !== index + 1) {
        problems.push({
          path: `${collection}[${index}].number`,
          message: `expected ${index + 1}: ${collection} are numbered from 1 in order, found ${item.number}`,
        });
      }
    });
  inOrder(edition.ambitions, 'ambitions');
  inOrder(edition.foundations, 'foundations');

  const unique = (entries: { id: string; path: string }[], what: string) => {
    const seen = new Map<string, string>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path);
      else problems.push({ path, message: `duplicate ${what} id "${id}" (also at ${first})` });
    }
  };
  unique(
    edition.ambitions.map((a, i) => ({ id: a.id, path: `ambitions[${i}].id` })),
    'ambition',
  );
  unique(
    edition.ambitions.flatMap((a, i) => a.buildingBlocks.map((b, j) => ({ id: b.id, path: `ambitions[${i}].buildingBlocks[${j}].id` }))),
    'building block',
  );
  unique(
    edition.foundations.map((f, i) => ({ id: f.id, path: `foundations[${i}].id` })),
    'foundation',
  );
  unique(
    edition.glossary.map((g, i) => ({ id: g.id, path: `glossary[${i}].id` })),
    'glossary',
  );
  unique(
    (edition.openingSections ?? []).map((section, i) => ({ id: section.id, path: `openingSections[${i}].id` })),
    'opening section',
  );

  const { start, end } = edition.metadata.years;
  if (end < start) {
    problems.push({ path: 'metadata.years.end', message: `expected a year from ${start} on, found ${end}` });
  }
}

/** The markup found in a string, for the problem message: a whole tag or character reference where short. */
function markupIn(value: string): string {
  const match = markupPattern.exec(value);
  if (!match) return '';
  if (match[0].startsWith('&')) return match[0];
  const tagEnd = value.indexOf('>', match.index);
  return tagEnd >= 0 && tagEnd - match.index < 40 ? value.slice(match.index, tagEnd + 1) : `${value.slice(match.index, match.index + 20)}…`;
}

function joinPath(path: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (!path) return name.startsWith('"') ? `[${name}]` : name;
  return name.startsWith('"') ? `${path}[${name}]` : `${path}.${name}`;
}

function countText(min: number, max: number): string {
  const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  if (min === max) return `exactly ${items(min)}`;
  if (min === 0) return `at most ${items(max)}`;
  return `${min} to ${max} items`;
}

/** A short, safe description of a value for a problem message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      if (value.trim() === '') return 'an empty string';
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return String(value);
    case 'boolean':
      return String(value);
    case 'object': {
      const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object';
    }
    default:
      return `a ${typeof value}`;
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
