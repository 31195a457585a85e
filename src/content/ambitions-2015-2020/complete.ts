import type { Edition } from '../types.js';
import { ambitions2015to2020 } from './index.js';
import { openingSections2015to2020 } from './opening.js';

/**
 * The built-in edition with its opening sections (Foreword, Introduction,
 * the Partnership, Executive Summary): what `<peolc-framework>` shows, and
 * `dist/content/ambitions-2015-2020.json`. The other elements never show
 * those sections, so `ambitions2015to2020`, which they load, leaves them out.
 */
export const ambitions2015to2020Complete: Edition = { ...ambitions2015to2020, openingSections: openingSections2015to2020 };
