/**
 * The rating scales of a self-assessment (issue 15): a plain-language
 * default, the presets drawn from the tools local teams already use (NICE
 * baseline levels, RAG, maturity matrices, "met" standards), and a
 * partner's own, checked with a clear problem for each thing wrong.
 *
 * A level's `id` is what an assessment stores, so it stays the same when a
 * label is reworded; "Not applicable" is not a level of any scale, and is
 * stored as `notApplicable`.
 * @module
 */
import type { ContentProblem } from '../../content/problems.js';

/** One step of a scale. */
export interface ScaleLevel {
  /** Stable id, stored in assessments, e.g. `amber`. */
  readonly id: string;
  /** What the reader sees and hears, e.g. "Amber". */
  readonly label: string;
  /** What the level means, shown with it and read out with the radio button. */
  readonly description: string;
}

/** A rating scale: 2 to 7 levels, lowest first. */
export interface Scale {
  readonly id: string;
  readonly name: string;
  readonly levels: readonly ScaleLevel[];
}

/** What an item rated "Not applicable" stores instead of a level id. */
export const notApplicable = 'not-applicable';

/** The fewest and most levels a scale may have. */
export const scaleLevelLimits = { min: 2, max: 7 } as const;

const level = (id: string, label: string, description: string): ScaleLevel => ({ id, label, description });

/** The scales every assessment can use, by id. */
export const presetScales = {
  /** Plain words, for teams new to self-assessment. */
  default: {
    id: 'default',
    name: 'Where we are',
    levels: [
      level('not-started', 'Not started', 'We have not begun work on this yet.'),
      level('planning', 'Planning', 'We have agreed what to do and who will lead it.'),
      level('in-place', 'Partly in place', 'Some of this happens, but not everywhere or not every time.'),
      level('established', 'Established', 'This happens routinely, for everyone, and we check that it does.'),
    ],
  },
  /** The levels of NICE-style baseline assessments. */
  levels: {
    id: 'levels',
    name: 'Levels',
    levels: [
      level('not-started', 'Not started', 'No work has begun.'),
      level('level-1', 'Level 1', 'Early steps: the need is recognised and work has started.'),
      level('level-2', 'Level 2', 'Developing: in place in parts of the system.'),
      level('level-3', 'Level 3', 'Achieved: in place across the system and reviewed.'),
    ],
  },
  /** Red, amber, green: always shown with the words, never by colour alone. */
  rag: {
    id: 'rag',
    name: 'Red, amber, green',
    levels: [
      level('red', 'Red', 'Not in place, or significant concerns.'),
      level('amber', 'Amber', 'Partly in place, or some concerns.'),
      level('green', 'Green', 'In place and working well.'),
    ],
  },
  /** A maturity matrix of four stages. */
  maturity: {
    id: 'maturity',
    name: 'Maturity',
    levels: [
      level('1', '1 Emerging', 'Awareness of what is needed, with little in place yet.'),
      level('2', '2 Developing', 'Plans agreed and some practice in place.'),
      level('3', '3 Established', 'Consistent practice across most services, with measures in use.'),
      level('4', '4 Embedded', 'Consistent everywhere, measured, reviewed and improving.'),
    ],
  },
  /** Whether a standard is met. */
  met: {
    id: 'met',
    name: 'Met',
    levels: [
      level('not-met', 'Not met', 'The standard is not met.'),
      level('partially-met', 'Partially met', 'The standard is met in part, or in some places.'),
      level('met', 'Met', 'The standard is met in full.'),
    ],
  },
} as const satisfies Record<string, Scale>;

export type PresetScaleId = keyof typeof presetScales;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxLabel = 60;
const maxDescription = 500;

/** What `checkScale()` found: a scale that can be used, or every problem with its path. */
export type ScaleCheck = { valid: true; scale: Scale; problems: [] } | { valid: false; scale?: undefined; problems: ContentProblem[] };

/**
 * Checks a partner's scale (a parsed value or its JSON text): `id`, `name`
 * and 2–7 levels, each with a unique slug `id`, a `label` and a
 * `description`, all plain text. Never throws.
 */
export function checkScale(value: unknown): ScaleCheck {
  const problems: ContentProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      return { valid: false, problems: [{ path: '', message: 'is not valid JSON' }] };
    }
  }
  if (!isPlainObject(data)) return { valid: false, problems: [{ path: '', message: `expected an object, found ${describe(data)}` }] };
  const text = (path: string, raw: unknown, max: number) => {
    if (typeof raw !== 'string' || raw.trim() === '') report(path, `expected a non-empty string, found ${describe(raw)}`);
    else if (raw.length > max) report(path, `expected at most ${max} characters, found ${raw.length}`);
  };
  const slug = (path: string, raw: unknown) => {
    if (typeof raw !== 'string' || !idPattern.test(raw)) report(path, `expected a lower-case slug such as "partly-met", found ${describe(raw)}`);
    else if (raw === notApplicable) report(path, `"${notApplicable}" is kept for "Not applicable", which every assessment offers`);
  };
  slug('id', data.id);
  text('name', data.name, maxLabel);
  const { levels } = data;
  if (!Array.isArray(levels)) {
    report('levels', `expected a list, found ${describe(levels)}`);
  } else {
    if (levels.length < scaleLevelLimits.min || levels.length > scaleLevelLimits.max) {
      report('levels', `expected ${scaleLevelLimits.min} to ${scaleLevelLimits.max} levels, found ${levels.length}`);
    }
    const seen = new Map<string, number>();
    levels.forEach((entry: unknown, index) => {
      const path = `levels[${index}]`;
      if (!isPlainObject(entry)) {
        report(path, `expected an object, found ${describe(entry)}`);
        return;
      }
      slug(`${path}.id`, entry.id);
      text(`${path}.label`, entry.label, maxLabel);
      text(`${path}.description`, entry.description, maxDescription);
      if (typeof entry.id === 'string') {
        const first = seen.get(entry.id);
        if (first !== undefined) report(`${path}.id`, `duplicate level id "${entry.id}" (also at levels[${first}].id)`);
        else seen.set(entry.id, index);
      }
      for (const key of Object.keys(entry)) {
        if (!['id', 'label', 'description'].includes(key)) report(`${path}.${key}`, 'is not a known property (expected id, label, description)');
      }
    });
  }
  for (const key of Object.keys(data)) {
    if (!['id', 'name', 'levels'].includes(key)) report(key, 'is not a known property (expected id, name, levels)');
  }
  if (problems.length) return { valid: false, problems };
  const scale = data as unknown as Scale;
  // A copy of the plain data: nothing the partner holds can change it later.
  return {
    valid: true,
    scale: {
      id: scale.id,
      name: scale.name,
      levels: scale.levels.map(({ id, label, description }) => ({ id, label, description })),
    },
    problems: [],
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value === 'number' ? 'the number' : 'a'} ${String(value)}`;
}
