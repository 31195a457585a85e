/**
 * A self-assessment as stored, exported and imported (issue 15): its shape,
 * its rules (checked by the same checker as editions, `checkData`, so an
 * imported file is plain data within 1 MB before anything reads it), making
 * a new one, and duplicating last year's.
 *
 * Entries are keyed by the items' stable keys (items.ts), so an assessment
 * keeps what a later edition no longer has. The scale is stored whole, so
 * rewording a preset never changes what a past assessment says.
 * @module
 */
import { maxEditionBytes, type ContentProblem } from '../../content/problems.js';
import type { FreeTextRule, Rule } from '../../content/rules.js';
import { checkData } from '../../content/validate.js';
import { notApplicable, scaleProblems, scaleRule, type Scale } from './scales.js';

/** The version of this shape. A stored assessment with another is migrated, or kept aside when it is newer. */
export const assessmentSchemaVersion = 1;

/** The largest assessment file accepted, in bytes of JSON: the same 1 MB as an edition. */
export const maxAssessmentBytes = maxEditionBytes;

export type ActionStatus = 'not-started' | 'in-progress' | 'done';
export type Priority = '' | 'high' | 'medium' | 'low';

/** One action of an item's plan. */
export interface AssessmentAction {
  id: string;
  /** What is to be done. */
  what: string;
  /** Who leads it. */
  lead: string;
  /** When it is due, `YYYY-MM-DD`, or `''`. */
  due: string;
  status: ActionStatus;
}

/** What a team recorded for one item. */
export interface AssessmentEntry {
  /** A level id of the assessment's scale, `not-applicable`, or `''` (not rated yet). */
  rating: string;
  /** Free text; web addresses in it are shown as links. */
  evidence: string;
  actions: AssessmentAction[];
  priority: Priority;
  notes: string;
}

/** One self-assessment. */
export interface Assessment {
  schemaVersion: typeof assessmentSchemaVersion;
  id: string;
  /** The id of the edition it was made against, e.g. `ambitions-2015-2020`. */
  editionId: string;
  /** Whether the foundations are rated too. */
  include: 'building-blocks' | 'foundations';
  title: string;
  /** The organisation or area, e.g. "East of England palliative and end of life care network". */
  organisation: string;
  /** When it was carried out, `YYYY-MM-DD`, or `''`. */
  date: string;
  /** Who took part. */
  participants: string;
  /** When it is next to be reviewed, `YYYY-MM-DD`, or `''`. */
  nextReview: string;
  scale: Scale;
  /** By item key (`building-block:<id>`, `foundation:<id>`). */
  entries: Record<string, AssessmentEntry>;
  /** When it was made and last changed: ISO 8601 times. */
  created: string;
  updated: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string): Rule => ({ kind: 'text', maxLength: 100, format: { pattern: slugPattern, expected: `a lower-case slug (${what})` } });
const typed = (maxLength: number): FreeTextRule => ({ kind: 'freeText', maxLength });
const day: FreeTextRule = {
  kind: 'freeText',
  maxLength: 10,
  format: { pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, expected: 'a date as YYYY-MM-DD' },
};
const time: FreeTextRule = {
  kind: 'freeText',
  maxLength: 40,
  format: { pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, expected: 'an ISO 8601 date and time' },
};
const entryRule: Rule = {
  kind: 'record',
  fields: {
    rating: {
      rule: { kind: 'freeText', maxLength: 100, format: { pattern: slugPattern, expected: 'a level id of the scale, or "not-applicable"' } },
    },
    evidence: { rule: typed(20_000) },
    actions: {
      rule: {
        kind: 'list',
        minItems: 0,
        maxItems: 100,
        items: {
          kind: 'record',
          fields: {
            id: { rule: slug('the action’s id') },
            what: { rule: typed(2_000) },
            lead: { rule: typed(200) },
            due: { rule: day },
            status: { rule: { kind: 'choice', values: ['not-started', 'in-progress', 'done'] } },
          },
        },
      },
    },
    priority: { rule: { kind: 'freeText', maxLength: 6, format: { pattern: /^(high|medium|low)$/, expected: '"high", "medium" or "low"' } } },
    notes: { rule: typed(20_000) },
  },
};

/** The rules of an assessment, as data: checked by `checkData`, and a JSON Schema can be made from them (`toSchema`). */
export const assessmentRule: Rule = {
  kind: 'record',
  fields: {
    schemaVersion: { rule: { kind: 'constant', value: assessmentSchemaVersion } },
    id: { rule: slug('the assessment’s id') },
    editionId: { rule: slug('the edition’s id') },
    include: { rule: { kind: 'choice', values: ['building-blocks', 'foundations'] } },
    title: { rule: typed(200) },
    organisation: { rule: typed(200) },
    date: { rule: day },
    participants: { rule: typed(5_000) },
    nextReview: { rule: day },
    scale: { rule: scaleRule },
    entries: {
      rule: {
        kind: 'map',
        keys: {
          pattern: /^(building-block|foundation):[a-z0-9]+(?:-[a-z0-9]+)*$/,
          expected: 'an item key such as "building-block:honest-conversations"',
        },
        values: entryRule,
        maxEntries: 500,
      },
    },
    created: { rule: time },
    updated: { rule: time },
  },
};

/** What `checkAssessment()` found. `newer` is set when the data comes from a newer version of the library, which this one must not change. */
export type AssessmentCheck =
  | { valid: true; assessment: Assessment; problems: []; newer?: undefined }
  | { valid: false; assessment?: undefined; problems: ContentProblem[]; newer?: number };

/**
 * Checks an assessment (a parsed value or its JSON text), such as a file a
 * colleague sent: plain data within 1 MB, every field's rule, ratings that
 * are levels of its own scale, action ids unique in an item. Each problem
 * has its path. Never throws, and never runs anything in the data.
 */
export function checkAssessment(value: unknown): AssessmentCheck {
  const version = versionOf(value);
  if (typeof version === 'number' && Number.isInteger(version) && version > assessmentSchemaVersion) {
    return {
      valid: false,
      newer: version,
      problems: [
        {
          path: 'schemaVersion',
          message: `is ${version}, from a newer version of peolc-elements than this one (${assessmentSchemaVersion}), which cannot read it`,
        },
      ],
    };
  }
  const { data, problems } = checkData(assessmentRule, migrate(value, version), maxAssessmentBytes);
  if (problems.length) return { valid: false, problems };
  const assessment = data as Assessment;
  problems.push(...scaleProblems(assessment.scale.levels, 'scale'));
  const levels = new Set(assessment.scale.levels.map((level) => level.id));
  for (const [key, entry] of Object.entries(assessment.entries)) {
    if (entry.rating !== '' && entry.rating !== notApplicable && !levels.has(entry.rating)) {
      problems.push({ path: `entries[${JSON.stringify(key)}].rating`, message: `"${entry.rating}" is not a level of the assessment’s scale` });
    }
    const ids = new Set<string>();
    entry.actions.forEach((action, index) => {
      if (ids.has(action.id))
        problems.push({ path: `entries[${JSON.stringify(key)}].actions[${index}].id`, message: `duplicate action id "${action.id}"` });
      ids.add(action.id);
    });
  }
  return problems.length ? { valid: false, problems } : { valid: true, assessment, problems: [] };
}

/**
 * How data of each older version becomes the next version's: version 1 is
 * the first, so there are none yet. When the shape changes, the version goes
 * up and a step is added here (for example `1: (old) => ({ ...old,
 * schemaVersion: 2, … })`), so every stored and exported assessment stays
 * readable; checkAssessment() runs the steps before checking.
 */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

// A value of an older version, moved step by step to this one; anything else as it is.
function migrate(value: unknown, version: unknown): unknown {
  if (typeof version !== 'number' || !Number.isInteger(version) || version >= assessmentSchemaVersion || !migrations[version]) return value;
  let data = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
  for (let step = version; step < assessmentSchemaVersion; step++) {
    const next = migrations[step];
    if (!next) return data;
    data = next(data);
  }
  return data;
}

// The schemaVersion of a value or its JSON, if it has one, read without trusting anything else about it.
function versionOf(value: unknown): unknown {
  try {
    const data: unknown = typeof value === 'string' && value.length <= maxAssessmentBytes ? JSON.parse(value) : value;
    return typeof data === 'object' && data !== null && Object.getPrototypeOf(data) === Object.prototype
      ? Object.getOwnPropertyDescriptor(data, 'schemaVersion')?.value
      : undefined;
  } catch {
    return undefined;
  }
}

/** An entry with nothing recorded. */
export function emptyEntry(): AssessmentEntry {
  return { rating: '', evidence: '', actions: [], priority: '', notes: '' };
}

/** A new id, a lower-case slug unique enough for one device's assessments and their actions. */
export function newId(prefix: string, now = Date.now()): string {
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}-${now.toString(36)}-${random}`;
}

/** A new, empty assessment against an edition, on a scale. */
export function createAssessment(options: {
  editionId: string;
  scale: Scale;
  include?: Assessment['include'];
  title?: string;
  now?: Date;
}): Assessment {
  const now = (options.now ?? new Date()).toISOString();
  return {
    schemaVersion: assessmentSchemaVersion,
    id: newId('assessment'),
    editionId: options.editionId,
    include: options.include ?? 'building-blocks',
    title: options.title ?? '',
    organisation: '',
    date: '',
    participants: '',
    nextReview: '',
    scale: structuredClone(options.scale),
    entries: {},
    created: now,
    updated: now,
  };
}

/**
 * A copy to start the next round from (the usual way to begin next year's):
 * every rating, note and action kept, a new id and title, and the dates of
 * the round cleared.
 */
export function duplicateAssessment(source: Assessment, options: { title: string; now?: Date }): Assessment {
  const now = (options.now ?? new Date()).toISOString();
  return { ...structuredClone(source), id: newId('assessment'), title: options.title, date: '', nextReview: '', created: now, updated: now };
}
