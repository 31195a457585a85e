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
import { maxEditionBytes, type ContentProblem } from '../../content/problems.js';
import type { Rule } from '../../content/rules.js';
import { checkData } from '../../content/validate.js';

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

const slug = (what: string): Rule => ({
  kind: 'text',
  maxLength: 100,
  format: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected: `a lower-case slug such as "partly-met" (${what})` },
});
const label: Rule = { kind: 'text', maxLength: 60 };

/** The rules of a scale, as data: checked by `checkData`, here and inside every assessment (assessment.ts). */
export const scaleRule: Rule = {
  kind: 'record',
  fields: {
    id: { rule: slug('the scale’s id') },
    name: { rule: label },
    levels: {
      rule: {
        kind: 'list',
        minItems: scaleLevelLimits.min,
        maxItems: scaleLevelLimits.max,
        items: {
          kind: 'record',
          fields: { id: { rule: slug('the level’s id') }, label: { rule: label }, description: { rule: { kind: 'text', maxLength: 500 } } },
        },
      },
    },
  },
};

/**
 * What the rules cannot say of a scale: level ids unique, and none of them
 * `not-applicable`. Reads only levels that are objects with a string id, so
 * it can run beside the shape's problems. `path` leads to the scale.
 */
export function scaleProblems(levels: readonly unknown[], path: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, number>();
  levels.forEach((level, index) => {
    const id = typeof level === 'object' && level !== null ? (level as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const at = `${path ? `${path}.` : ''}levels[${index}].id`;
    const seen = first.get(id);
    if (seen !== undefined) problems.push({ path: at, message: `duplicate level id "${id}" (also at levels[${seen}].id)` });
    else first.set(id, index);
    if (id === notApplicable) problems.push({ path: at, message: `"${notApplicable}" is kept for "Not applicable", which every assessment offers` });
  });
  return problems;
}

/** What `checkScale()` found: a scale that can be used, or every problem with its path. */
export type ScaleCheck = { valid: true; scale: Scale; problems: [] } | { valid: false; scale?: undefined; problems: ContentProblem[] };

/**
 * Checks a partner's scale (a parsed value or its JSON text): plain data,
 * `id`, `name` and 2–7 levels, each with a unique slug `id`, a `label` and
 * a `description`, all plain text. Never throws.
 */
export function checkScale(value: unknown): ScaleCheck {
  const { data, plain, problems } = checkData(scaleRule, value, maxEditionBytes);
  // Beside the shape's problems, as a partner fixing a scale wants them all at once.
  const levels = plain && typeof data === 'object' && data !== null ? (data as { levels?: unknown }).levels : undefined;
  if (Array.isArray(levels)) problems.push(...scaleProblems(levels, ''));
  if (problems.length) return { valid: false, problems };
  const scale = data as Scale;
  // A copy of the plain data: nothing the partner holds can change it later.
  return {
    valid: true,
    scale: { id: scale.id, name: scale.name, levels: scale.levels.map(({ id, label, description }) => ({ id, label, description })) },
    problems: [],
  };
}
