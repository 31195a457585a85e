/**
 * The rules an edition must follow, written once as data. `validateContent()`
 * checks values against them, and the build turns the same rules into the
 * JSON Schema partners read (`dist/content/edition.schema.json`), so the two
 * cannot drift apart.
 */

/** A rule for one value in an edition. */
export type Rule =
  | TextRule
  | { kind: 'integer'; minimum: number; maximum: number; description?: string }
  | { kind: 'constant'; value: number | string; description?: string }
  | { kind: 'choice'; values: readonly string[]; description?: string }
  | { kind: 'list'; items: Rule; minItems: number; maxItems: number; description?: string }
  | { kind: 'record'; fields: Record<string, Field>; description?: string }
  | FreeTextRule
  | { kind: 'map'; keys: { pattern: RegExp; expected: string }; values: Rule; maxEntries: number; description?: string };

/**
 * What a person typed (a self-assessment's evidence or notes): may be empty,
 * and may hold "<", since it is only ever shown as text; at most `maxLength`
 * characters, and `format` when it is not empty.
 */
export interface FreeTextRule {
  kind: 'freeText';
  maxLength: number;
  format?: { pattern: RegExp; expected: string };
  description?: string;
}

/** A string rule: always non-empty, never markup, at most `maxLength` characters. */
export interface TextRule {
  kind: 'text';
  maxLength: number;
  /** A stricter format, with the words used in problems ("a lower-case slug …"). */
  format?: { pattern: RegExp; expected: string };
  description?: string;
}

/** One property of a record. */
export interface Field {
  rule: Rule;
  optional?: boolean;
}

/**
 * Markup the elements will not render: a tag, comment or processing
 * instruction (`<b>`, `</p>`, `<!--`, `<?`), or an HTML character reference
 * (`&amp;`, `&#8217;`), which would show literally. Partners write the
 * characters themselves instead.
 */
export const markupPattern = /<[A-Za-z!/?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);/;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const paragraph: TextRule = { kind: 'text', maxLength: 10_000 };
const line: TextRule = { kind: 'text', maxLength: 500 };
const slug: TextRule = {
  kind: 'text',
  maxLength: 100,
  format: { pattern: slugPattern, expected: 'a lower-case slug such as "honest-conversations"' },
  description: 'Stable identifier: lower-case letters, digits and single hyphens.',
};
const paragraphs = (description: string, maxItems = 50): Rule => ({
  kind: 'list',
  items: paragraph,
  minItems: 1,
  maxItems,
  description,
});
const year: Rule = { kind: 'integer', minimum: 1900, maximum: 2200 };

const buildingBlock: Rule = {
  kind: 'record',
  description: 'A building block necessary to realise an ambition.',
  fields: {
    id: { rule: slug },
    title: { rule: line },
    glanceTitle: { rule: line, optional: true },
    summary: { rule: paragraph },
    body: { rule: paragraphs('The full section, one string per paragraph.') },
  },
};

const ambition: Rule = {
  kind: 'record',
  description: 'One of the six ambitions.',
  fields: {
    number: { rule: { kind: 'integer', minimum: 1, maximum: 6 } },
    id: { rule: slug },
    title: { rule: line },
    statement: { rule: paragraph },
    whatWeKnow: { rule: paragraphs('The "What we already know" points, one string each.') },
    buildingBlocks: {
      rule: { kind: 'list', items: buildingBlock, minItems: 1, maxItems: 20 },
    },
  },
};

const foundation: Rule = {
  kind: 'record',
  description: 'One of the eight foundations.',
  fields: {
    number: { rule: { kind: 'integer', minimum: 1, maximum: 8 } },
    id: { rule: slug },
    title: { rule: line },
    label: { rule: line },
    body: { rule: paragraphs('The section, one string per paragraph.') },
  },
};

const glossaryEntry: Rule = {
  kind: 'record',
  description: 'A glossary entry.',
  fields: {
    id: { rule: slug },
    term: { rule: line },
    aliases: { rule: { kind: 'list', items: line, minItems: 1, maxItems: 20 }, optional: true },
    definition: { rule: paragraphs('The definition, one string per paragraph.', 10) },
    origin: {
      rule: {
        kind: 'choice',
        values: ['framework', 'library'],
        description: '"framework" when quoted from the edition, "library" when written for peolc-elements.',
      },
    },
    source: { rule: line, optional: true },
  },
};

const openingSection: Rule = {
  kind: 'record',
  description: 'A section before the ambitions: Foreword, Introduction, Executive Summary and the like.',
  fields: {
    id: { rule: slug },
    title: { rule: line },
    epigraph: {
      rule: {
        kind: 'record',
        description: 'A quotation that heads the section.',
        fields: { text: { rule: paragraph }, source: { rule: line, optional: true } },
      },
      optional: true,
    },
    body: { rule: paragraphs('The section, one string per paragraph.') },
    subsections: {
      rule: {
        kind: 'list',
        items: {
          kind: 'record',
          description: 'A part of the section under a heading of its own.',
          fields: { title: { rule: line }, body: { rule: paragraphs('One string per paragraph.') } },
        },
        minItems: 1,
        maxItems: 20,
      },
      optional: true,
    },
    signatories: {
      rule: {
        kind: 'list',
        items: { kind: 'record', description: 'Someone who signed the section.', fields: { name: { rule: line }, role: { rule: line } } },
        minItems: 1,
        maxItems: 20,
      },
      optional: true,
    },
  },
};

/** The rule for a whole edition. */
export const editionRule: Rule = {
  kind: 'record',
  description: 'An edition of the Ambitions for Palliative and End of Life Care framework.',
  fields: {
    $schema: {
      rule: { kind: 'text', maxLength: 500, description: 'Where the JSON Schema of this file is, for editors.' },
      optional: true,
    },
    schemaVersion: { rule: { kind: 'constant', value: 1 } },
    id: { rule: slug },
    metadata: {
      rule: {
        kind: 'record',
        fields: {
          title: { rule: line },
          years: {
            rule: { kind: 'record', fields: { start: { rule: year }, end: { rule: year } } },
          },
          publisher: { rule: line },
          published: {
            rule: {
              kind: 'text',
              maxLength: 7,
              format: { pattern: /^\d{4}-(?:0[1-9]|1[0-2])$/, expected: 'a year and month such as "2015-09"' },
            },
          },
          url: {
            rule: {
              kind: 'text',
              maxLength: 300,
              format: {
                pattern: /^(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s<>"'`]*)?$/,
                expected: 'a web address such as "www.example.org.uk" or "https://example.org/path"',
              },
            },
          },
        },
      },
    },
    openingSections: { rule: { kind: 'list', items: openingSection, minItems: 1, maxItems: 20 }, optional: true },
    vision: { rule: paragraph },
    ambitions: { rule: { kind: 'list', items: ambition, minItems: 6, maxItems: 6 } },
    foundations: { rule: { kind: 'list', items: foundation, minItems: 8, maxItems: 8 } },
    foundationsIntro: { rule: paragraph, optional: true },
    glossary: { rule: { kind: 'list', items: glossaryEntry, minItems: 0, maxItems: 500 } },
    partnership: {
      rule: {
        kind: 'record',
        fields: {
          name: { rule: line },
          members: { rule: { kind: 'list', items: line, minItems: 1, maxItems: 200 } },
        },
      },
    },
  },
};
