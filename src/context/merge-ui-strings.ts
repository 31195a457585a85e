import { defaultUiStrings } from './default-ui-strings.js';
import type { UiStringKey, UiStrings } from './ui-strings.js';

/**
 * Merges overrides over the defaults, keeping only known names with
 * non-empty string values. Returns the table and the names it ignored.
 */
export function mergeUiStrings(overrides: unknown): { strings: UiStrings; ignored: string[] } {
  const strings: UiStrings = { ...defaultUiStrings };
  const ignored: string[] = [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return { strings, ignored: overrides == null ? [] : ['(not an object)'] };
  }
  for (const [name, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (Object.prototype.hasOwnProperty.call(defaultUiStrings, name) && typeof value === 'string' && value.trim() !== '') {
      strings[name as UiStringKey] = value;
    } else {
      ignored.push(name);
    }
  }
  return { strings, ignored };
}
