import { editionRule, markupPattern, type Rule } from './rules.js';

/** A JSON Schema (draft 2020-12) document, as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

// Non-empty (not only white space) and free of markup, as validateContent() checks.
const plainTextPattern = `^(?![\\s\\S]*(?:${markupPattern.source}))[\\s\\S]*\\S[\\s\\S]*$`;

/** A rule as JSON Schema. */
export function toSchema(rule: Rule): JsonSchema {
  const described = (schema: JsonSchema): JsonSchema => (rule.description ? { description: rule.description, ...schema } : schema);
  switch (rule.kind) {
    case 'text': {
      const text: JsonSchema = { type: 'string', minLength: 1, maxLength: rule.maxLength, pattern: plainTextPattern };
      return described(rule.format ? { allOf: [text, { pattern: rule.format.pattern.source }] } : text);
    }
    case 'integer':
      return described({ type: 'integer', minimum: rule.minimum, maximum: rule.maximum });
    case 'constant':
      return described({ const: rule.value });
    case 'choice':
      return described({ enum: [...rule.values] });
    case 'list':
      return described({ type: 'array', items: toSchema(rule.items), minItems: rule.minItems, maxItems: rule.maxItems });
    case 'freeText': {
      const text: JsonSchema = { type: 'string', maxLength: rule.maxLength };
      return described(rule.format ? { ...text, pattern: `^$|${rule.format.pattern.source}` } : text);
    }
    case 'map':
      return described({
        type: 'object',
        propertyNames: { pattern: rule.keys.pattern.source },
        additionalProperties: toSchema(rule.values),
        maxProperties: rule.maxEntries,
      });
    case 'record':
      return described({
        type: 'object',
        properties: Object.fromEntries(Object.entries(rule.fields).map(([name, field]) => [name, toSchema(field.rule)])),
        required: Object.entries(rule.fields)
          .filter(([, field]) => !field.optional)
          .map(([name]) => name),
        additionalProperties: false,
      });
  }
}

/**
 * The JSON Schema of an edition, generated from the same rules as
 * `validateContent()`. JSON Schema cannot say everything the validator
 * checks; the description lists the rest.
 */
export function editionJsonSchema(id: string): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'peolc-elements content edition',
    ...toSchema(editionRule),
    description:
      'An edition of "Ambitions for Palliative and End of Life Care" for peolc-elements. ' +
      'Beyond this schema, validateContent() also requires: ambitions numbered 1-6 and foundations 1-8 in order; ' +
      'ids unique among ambitions, among all building blocks, among foundations and among glossary entries; ' +
      'metadata.years.end not before start; no control or text-direction characters; plain JSON data of at most 1 MB.',
  };
}
