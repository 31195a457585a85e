/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break editions on purpose, as untyped data */
import { expect } from '@open-wc/testing';
import {
  ambitions2015to2020,
  ambitions2015to2020Complete,
  editionJsonSchema,
  formatProblem,
  maxEditionBytes,
  validateContent,
} from '../../src/content/index.js';

/** A deep copy of the built-in edition, changed by `change`, as loose data. */
function editionWith(change: (edition: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(ambitions2015to2020) as unknown as Record<string, any>;
  change(copy);
  return copy;
}

/** The problems as "path: message" lines. */
function problemsOf(value: unknown): string[] {
  const result = validateContent(value);
  return result.problems.map(formatProblem);
}

describe('validateContent()', () => {
  it('accepts the built-in edition, as an object and as JSON text', () => {
    const fromObject = validateContent(ambitions2015to2020);
    expect(fromObject.valid).to.equal(true);
    expect(fromObject.problems).to.deep.equal([]);
    expect(fromObject.edition).to.equal(ambitions2015to2020);

    const fromText = validateContent(JSON.stringify(ambitions2015to2020));
    expect(fromText.valid).to.equal(true);
    expect(fromText.edition?.ambitions[0]?.title).to.equal('Each person is seen as an individual');
  });

  it('accepts the built-in edition with its opening sections (dist/content/ambitions-2015-2020.json)', () => {
    expect(problemsOf(ambitions2015to2020Complete)).to.deep.equal([]);
    expect(problemsOf(JSON.stringify(ambitions2015to2020Complete))).to.deep.equal([]);
  });

  it('accepts an edition that names its JSON Schema', () => {
    expect(problemsOf(editionWith((e) => (e.$schema = './edition.schema.json')))).to.deep.equal([]);
  });

  it('accepts a local adaptation with different text and an added glossary entry', () => {
    const local = editionWith((e) => {
      e.id = 'ambitions-norfolk-2024';
      e.metadata.title = 'Our local ambitions';
      e.glossary.push({
        id: 'hospice-at-home',
        term: 'Hospice at home',
        definition: ['Care from a hospice team in your own home.'],
        origin: 'library',
      });
    });
    expect(problemsOf(local)).to.deep.equal([]);
  });

  // Each case: a name, a malformed input, and the problems it must produce (every one, in order).
  const malformed: [string, () => unknown, string[]][] = [
    ['undefined', () => undefined, ['(edition): expected an object, found nothing']],
    ['null', () => null, ['(edition): expected an object, found null']],
    ['a number', () => 42, ['(edition): expected an object, found 42']],
    ['an array', () => [ambitions2015to2020], ['(edition): expected an object, found a list']],
    ['text that is not JSON', () => '{"schemaVersion": 1,', ['(edition): is not valid JSON']],
    [
      'an empty object',
      () => ({}),
      [
        'schemaVersion: is required but missing',
        'id: is required but missing',
        'metadata: is required but missing',
        'vision: is required but missing',
        'ambitions: is required but missing',
        'foundations: is required but missing',
        'glossary: is required but missing',
        'partnership: is required but missing',
      ],
    ],
    ['a Date', () => new Date(), ['(edition): expected a plain object, found a Date']],
    ['a Map', () => new Map([['vision', 'x']]), ['(edition): expected a plain object, found a Map']],
    [
      'a class instance inside',
      () => editionWith((e) => (e.ambitions[0].buildingBlocks[0] = new (class Block {})())),
      ['ambitions[0].buildingBlocks[0]: expected a plain object, found a Block'],
    ],
    ['a function inside', () => editionWith((e) => (e.vision = () => 'I can make')), ['vision: expected plain JSON data, found a function']],
    [
      'a getter',
      () => editionWith((e) => Object.defineProperty(e, 'vision', { get: () => 'x', enumerable: true })),
      ['vision: is a getter or setter, not plain data'],
    ],
    ['a cycle', () => editionWith((e) => (e.metadata.self = e)), ['metadata.self: refers back to itself (a cycle), which JSON cannot hold']],
    ['NaN', () => editionWith((e) => (e.ambitions[0].number = Number.NaN)), ['ambitions[0].number: expected plain JSON data, found NaN']],
    [
      'a missing summary',
      () => editionWith((e) => delete e.ambitions[2].buildingBlocks[4].summary),
      ['ambitions[2].buildingBlocks[4].summary: is required but missing'],
    ],
    [
      'an empty summary',
      () => editionWith((e) => (e.ambitions[2].buildingBlocks[4].summary = '  ')),
      ['ambitions[2].buildingBlocks[4].summary: expected a non-empty string, found an empty string'],
    ],
    ['a number for a title', () => editionWith((e) => (e.ambitions[1].title = 2)), ['ambitions[1].title: expected a non-empty string, found 2']],
    ['five ambitions', () => editionWith((e) => e.ambitions.pop()), ['ambitions: expected exactly 6 items, found 5']],
    [
      'nine foundations',
      () => editionWith((e) => e.foundations.push({ ...e.foundations[0], number: 9, id: 'extra' })),
      ['foundations: expected exactly 8 items, found 9', 'foundations[8].number: expected a whole number from 1 to 8, found 9'],
    ],
    [
      'ambitions out of order',
      () => editionWith((e) => e.ambitions.reverse()),
      [
        'ambitions[0].number: expected 1: ambitions are numbered from 1 in order, found 6',
        'ambitions[1].number: expected 2: ambitions are numbered from 1 in order, found 5',
        'ambitions[2].number: expected 3: ambitions are numbered from 1 in order, found 4',
        'ambitions[3].number: expected 4: ambitions are numbered from 1 in order, found 3',
        'ambitions[4].number: expected 5: ambitions are numbered from 1 in order, found 2',
        'ambitions[5].number: expected 6: ambitions are numbered from 1 in order, found 1',
      ],
    ],
    [
      'a duplicate ambition id',
      () => editionWith((e) => (e.ambitions[3].id = e.ambitions[0].id)),
      ['ambitions[3].id: duplicate ambition id "each-person-is-seen-as-an-individual" (also at ambitions[0].id)'],
    ],
    [
      'a duplicate building block id across ambitions',
      () => editionWith((e) => (e.ambitions[5].buildingBlocks[0].id = 'honest-conversations')),
      ['ambitions[5].buildingBlocks[0].id: duplicate building block id "honest-conversations" (also at ambitions[0].buildingBlocks[0].id)'],
    ],
    [
      'a duplicate glossary id',
      () => editionWith((e) => e.glossary.push({ ...e.glossary[0] })),
      [`glossary[${ambitions2015to2020.glossary.length}].id: duplicate glossary id "end-of-life" (also at glossary[0].id)`],
    ],
    [
      'an id that is not a slug',
      () => editionWith((e) => (e.foundations[5].id = '24/7 Access')),
      ['foundations[5].id: expected a lower-case slug such as "honest-conversations", found "24/7 Access"'],
    ],
    [
      'a script tag',
      () => editionWith((e) => (e.vision = 'Hello <script>alert(1)</script>')),
      ['vision: contains markup ("<script>"), which is not rendered: write plain text'],
    ],
    [
      'an image with an event handler',
      () => editionWith((e) => (e.ambitions[0].whatWeKnow[1] = '<img src=x onerror=alert(1)>')),
      ['ambitions[0].whatWeKnow[1]: contains markup ("<img src=x onerror=alert(1)>"), which is not rendered: write plain text'],
    ],
    [
      'an HTML comment',
      () => editionWith((e) => (e.foundations[0].body[0] = 'Text <!-- hidden -->')),
      ['foundations[0].body[0]: contains markup ("<!-- hidden -->"), which is not rendered: write plain text'],
    ],
    [
      'an HTML character reference',
      () => editionWith((e) => (e.ambitions[0].title = 'Each person&rsquo;s care')),
      ['ambitions[0].title: contains markup ("&rsquo;"), which is not rendered: write plain text'],
    ],
    [
      'a text-direction override',
      () => editionWith((e) => (e.ambitions[0].title = 'Each \u202Eperson')),
      ['ambitions[0].title: contains control or text-direction characters, which are not rendered'],
    ],
    [
      'an unknown property',
      () => editionWith((e) => (e.ambitions[0].colour = 'red')),
      ['ambitions[0].colour: is not a known property (expected number, id, title, statement, whatWeKnow, buildingBlocks)'],
    ],
    [
      'a prototype-polluting key',
      () => JSON.parse(JSON.stringify(ambitions2015to2020).replace('{', '{"__proto__":{"x":1},')),
      [
        '__proto__: is not a known property (expected $schema, schemaVersion, id, metadata, openingSections, vision, ambitions, foundations, foundationsIntro, glossary, partnership)',
      ],
    ],
    ['a future schema version', () => editionWith((e) => (e.schemaVersion = 2)), ['schemaVersion: expected 1, found 2']],
    [
      'an unknown glossary origin',
      () => editionWith((e) => (e.glossary[0].origin = 'quoted')),
      ['glossary[0].origin: expected one of "framework", "library", found "quoted"'],
    ],
    [
      'a javascript: address',
      () => editionWith((e) => (e.metadata.url = 'javascript:alert(1)')),
      ['metadata.url: expected a web address such as "www.example.org.uk" or "https://example.org/path", found "javascript:alert(1)"'],
    ],
    [
      'a bad publication month',
      () => editionWith((e) => (e.metadata.published = '2015-13')),
      ['metadata.published: expected a year and month such as "2015-09", found "2015-13"'],
    ],
    [
      'years in the wrong order',
      () => editionWith((e) => (e.metadata.years = { start: 2020, end: 2015 })),
      ['metadata.years.end: expected a year from 2020 on, found 2015'],
    ],
    [
      'a title too long',
      () => editionWith((e) => (e.foundations[1].title = 'x'.repeat(501))),
      ['foundations[1].title: expected at most 500 characters, found 501'],
    ],
    [
      'an empty list of points',
      () => editionWith((e) => (e.ambitions[4].whatWeKnow = [])),
      ['ambitions[4].whatWeKnow: expected 1 to 50 items, found 0'],
    ],
    [
      'an object nested too deeply',
      () => {
        let deep: Record<string, unknown> = {};
        const top = deep;
        for (let i = 0; i < 40; i++) deep = (deep.next = {}) as Record<string, unknown>;
        return editionWith((e) => (e.metadata.extra = top));
      },
      ['metadata.extra.next.next.next.next.next.next.next.next.next.next.next.next.next.next.next: is nested more than 16 levels deep'],
    ],
    [
      'several problems at once',
      () =>
        editionWith((e) => {
          e.vision = '';
          delete e.ambitions[0].statement;
          e.partnership.members[3] = null;
        }),
      [
        'vision: expected a non-empty string, found an empty string',
        'ambitions[0].statement: is required but missing',
        'partnership.members[3]: expected a non-empty string, found null',
      ],
    ],
    [
      'broken opening sections',
      () =>
        editionWith((e) => {
          e.openingSections = [
            { id: 'foreword', title: 'Foreword', body: ['<p>Death and dying are inevitable.</p>'], signatories: [{ name: 'A Person' }] },
            { id: 'foreword', title: 'Again', body: [], subsections: [{ title: 'Part', body: ['Text.'] }], epigraph: { source: 'Nowhere' } },
          ];
        }),
      [
        'openingSections[0].body[0]: contains markup ("<p>"), which is not rendered: write plain text',
        'openingSections[0].signatories[0].role: is required but missing',
        'openingSections[1].epigraph.text: is required but missing',
        'openingSections[1].body: expected 1 to 50 items, found 0',
      ],
    ],
    [
      'two opening sections with one id',
      () =>
        editionWith((e) => {
          e.openingSections = [
            { id: 'foreword', title: 'Foreword', body: ['Death and dying are inevitable.'] },
            { id: 'foreword', title: 'Introduction', body: ['In 2008 the first national strategy.'] },
          ];
        }),
      ['openingSections[1].id: duplicate opening section id "foreword" (also at openingSections[0].id)'],
    ],
  ];

  for (const [name, input, expected] of malformed) {
    it(`refuses ${name}, naming every problem`, () => {
      let result: ReturnType<typeof validateContent> | undefined;
      expect(() => (result = validateContent(input()))).not.to.throw();
      expect(result!.valid).to.equal(false);
      expect(result!.edition).to.equal(undefined);
      const lines = result!.problems.map(formatProblem);
      // JSON.parse's wording differs between browsers, so only its start is compared.
      expect(lines.map((line, i) => (expected[i]?.endsWith('valid JSON') ? line.slice(0, expected[i]!.length) : line))).to.deep.equal(expected);
    });
  }

  it('has at least 20 malformed cases', () => {
    expect(malformed.length).to.be.at.least(20);
  });

  it('refuses JSON text over 1 MB without parsing it', () => {
    const padded = JSON.stringify(ambitions2015to2020).replace('"vision":', `"padding": "${'x'.repeat(maxEditionBytes)}", "vision":`);
    expect(problemsOf(padded)).to.deep.equal(['(edition): is larger than the 1 MB limit']);
  });

  it('refuses an object over 1 MB', () => {
    const big = editionWith((e) => (e.ambitions[0].buildingBlocks[0].body = Array.from({ length: 50 }, () => 'word '.repeat(5000))));
    expect(problemsOf(big)).to.deep.equal(['(edition): is larger than the 1 MB limit']);
  });

  it('never throws, even on a hostile proxy', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const result = validateContent(hostile);
    expect(result.valid).to.equal(false);
    expect(result.problems.map(formatProblem)).to.deep.equal(['(edition): could not be read (boom)']);
  });

  it('quotes at most 20 characters of a long unclosed tag', () => {
    const value = editionWith((e) => (e.vision = `Text <span class="${'x'.repeat(60)}`));
    expect(problemsOf(value)).to.deep.equal(['vision: contains markup ("<span class=\\"xxxxxxx…"), which is not rendered: write plain text']);
  });

  it('reports a problem in a hand-written glossary entry with its exact path', () => {
    const value = editionWith((e) => (e.glossary[5].definition = ['fine', 42]));
    expect(problemsOf(value)).to.deep.equal(['glossary[5].definition[1]: expected a non-empty string, found 42']);
  });
});

describe('the JSON Schema', () => {
  it('is generated from the same rules: required fields, no unknown properties, counts', () => {
    const schema = editionJsonSchema('edition.schema.json') as Record<string, any>;
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['schemaVersion', 'id', 'metadata', 'vision', 'ambitions', 'foundations', 'glossary', 'partnership']);
    expect(schema.additionalProperties).to.equal(false);
    expect(schema.properties.ambitions.minItems).to.equal(6);
    expect(schema.properties.ambitions.maxItems).to.equal(6);
    const block = schema.properties.ambitions.items.properties.buildingBlocks.items;
    expect(block.required).to.deep.equal(['id', 'title', 'summary', 'body']);
  });

  it('has text patterns that refuse markup and empty strings, as the validator does', () => {
    const schema = editionJsonSchema('edition.schema.json') as Record<string, any>;
    const pattern = new RegExp(schema.properties.vision.pattern as string);
    expect(pattern.test(ambitions2015to2020.vision)).to.equal(true);
    expect(pattern.test('Hello <b>there</b>')).to.equal(false);
    expect(pattern.test('Tom &amp; Jerry')).to.equal(false);
    expect(pattern.test('   ')).to.equal(false);
    expect(pattern.test('a < b and c > d')).to.equal(true);
  });
});
