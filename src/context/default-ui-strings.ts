import { assessmentUiStrings } from './assessment-ui-strings.js';
import { progressUiStrings } from './progress-ui-strings.js';
import { frameworkUiStrings } from './framework-ui-strings.js';
import { elementUiStrings, type UiStrings } from './ui-strings.js';

/** Every interface string with its default: what a provider's `strings` may replace. */
export const defaultUiStrings: UiStrings = { ...elementUiStrings, ...frameworkUiStrings, ...assessmentUiStrings, ...progressUiStrings };
