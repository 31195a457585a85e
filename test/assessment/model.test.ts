// The data layer of the self-assessment (issue 15): its scales, its items and its CSV. The element comes next.
import { expect } from '@open-wc/testing';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import type { Edition } from '../../src/content/index.js';
import { byteOrderMark, csvCell, toCsv } from '../../src/model/assessment/csv.js';
import { assessmentItems, itemKey, keysNotInEdition } from '../../src/model/assessment/items.js';
import { checkScale, notApplicable, presetScales, scaleLevelLimits } from '../../src/model/assessment/scales.js';

describe('assessment scales', () => {
  it('offers the default and the four presets, each 2–7 levels with unique ids, a label and a description', () => {
    expect(Object.keys(presetScales)).to.deep.equal(['default', 'levels', 'rag', 'maturity', 'met']);
    for (const scale of Object.values(presetScales)) {
      expect(checkScale(scale).valid, scale.id).to.equal(true);
      expect(new Set(scale.levels.map((level) => level.id)).size).to.equal(scale.levels.length);
    }
    expect(presetScales.rag.levels.map((level) => level.label)).to.deep.equal(['Red', 'Amber', 'Green']);
    expect(presetScales.levels.levels.map((level) => level.label)).to.deep.equal(['Not started', 'Level 1', 'Level 2', 'Level 3']);
    expect(presetScales.met.levels.map((level) => level.label)).to.deep.equal(['Not met', 'Partially met', 'Met']);
    expect(presetScales.maturity.levels).to.have.length(4);
  });

  it('takes a partner’s scale as data or JSON, and gives back its own copy', () => {
    const mine = {
      id: 'ours',
      name: 'Our scale',
      levels: [
        { id: 'no', label: 'No', description: 'Not yet.' },
        { id: 'yes', label: 'Yes', description: 'Done.' },
      ],
    };
    const checked = checkScale(JSON.stringify(mine));
    expect(checked.valid).to.equal(true);
    expect(checked.scale).to.deep.equal(mine);
    const fromData = checkScale(mine);
    mine.levels[0]!.label = 'Changed later';
    expect(fromData.scale!.levels[0]!.label).to.equal('No');
  });

  it('says every problem with a scale, with its path', () => {
    const result = checkScale({
      id: 'Our Scale',
      name: '',
      levels: [
        { id: 'a', label: 'A', description: 'One' },
        { id: 'a', label: 'B' },
        { id: notApplicable, label: 'N/A', description: 'Kept for its own use', colour: 'red' },
      ],
      extra: true,
    });
    expect(result.valid).to.equal(false);
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).to.include.members(['id', 'name', 'levels[1].id', 'levels[1].description', 'levels[2].id', 'levels[2].colour', 'extra']);
    expect(result.problems.find((problem) => problem.path === 'levels[1].id')!.message).to.include('duplicate');
  });

  it('refuses too few or too many levels, and anything that is not a scale, without throwing', () => {
    const levels = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ id: `l${index}`, label: `L${index}`, description: `Level ${index}` }));
    expect(checkScale({ id: 's', name: 'S', levels: levels(scaleLevelLimits.min - 1) }).problems[0]!.path).to.equal('levels');
    expect(checkScale({ id: 's', name: 'S', levels: levels(scaleLevelLimits.max + 1) }).problems[0]!.path).to.equal('levels');
    expect(checkScale({ id: 's', name: 'S', levels: levels(scaleLevelLimits.max) }).valid).to.equal(true);
    for (const value of [null, undefined, 3, 'not json', [], new Date(), { levels: 'x' }]) {
      expect(checkScale(value).valid, String(value)).to.equal(false);
    }
  });
});

describe('assessment items', () => {
  it('lists every building block of every ambition, verbatim and in order, under stable keys', () => {
    const items = assessmentItems(edition);
    const blocks = edition.ambitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => ({ ambition, block })));
    expect(items).to.have.length(blocks.length);
    expect(items.length).to.equal(34);
    items.forEach((item, index) => {
      const { ambition, block } = blocks[index]!;
      expect(item.key).to.equal(`building-block:${block.id}`);
      expect(item.title).to.equal(block.title);
      expect(item.summary).to.equal(block.summary);
      expect(item.body).to.deep.equal(block.body);
      expect(item.ambition).to.deep.equal({ number: ambition.number, title: ambition.title });
    });
    expect(new Set(items.map((item) => item.key)).size).to.equal(items.length);
  });

  it('adds the eight foundations when asked, after the building blocks', () => {
    const items = assessmentItems(edition, { includeFoundations: true });
    expect(items).to.have.length(34 + 8);
    const foundations = items.slice(34);
    expect(foundations.map((item) => item.key)).to.deep.equal(edition.foundations.map((foundation) => itemKey('foundation', foundation.id)));
    expect(foundations.map((item) => item.title)).to.deep.equal(edition.foundations.map((foundation) => foundation.title));
    expect(foundations.every((item) => item.ambition === undefined)).to.equal(true);
    // A building block and a foundation may share an id ("shared-records"): the keys tell them apart.
    expect(new Set(items.map((item) => item.key)).size).to.equal(items.length);
  });

  it('names what an assessment holds that another edition does not have, so it is kept, not dropped', () => {
    const partner: Edition = structuredClone(edition);
    partner.ambitions[0]!.buildingBlocks.splice(0, 1);
    const items = assessmentItems(partner);
    const gone = itemKey('building-block', edition.ambitions[0]!.buildingBlocks[0]!.id);
    const stored = [gone, items[0]!.key, 'foundation:made-up', gone];
    expect(keysNotInEdition(stored, items)).to.deep.equal([gone, 'foundation:made-up']);
  });
});

describe('assessment CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(attack);
      expect(cell.replace(/^"/, '').startsWith("'"), JSON.stringify(attack)).to.equal(true);
    }
    expect(csvCell('Honest conversations')).to.equal('Honest conversations');
    expect(csvCell(-1)).to.equal('-1');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(null)).to.equal('');
  });

  it('quotes cells with commas, quotes and line breaks, and keeps every character', () => {
    expect(csvCell('Lead, deputy')).to.equal('"Lead, deputy"');
    expect(csvCell('She said "now"')).to.equal('"She said ""now"""');
    expect(csvCell('Line one\nline two')).to.equal('"Line one\nline two"');
    expect(csvCell('Self-assessment – ‘Ambition 3’ …')).to.equal('Self-assessment – ‘Ambition 3’ …');
  });

  it('writes a file Excel reads as UTF-8: a byte-order mark, CRLF rows', () => {
    const text = toCsv([
      ['Ambition', 'Building block', 'Rating'],
      [3, edition.ambitions[2]!.buildingBlocks[0]!.title, '=bad'],
    ]);
    expect(text.startsWith(byteOrderMark)).to.equal(true);
    expect(text).to.equal(`${byteOrderMark}Ambition,Building block,Rating\r\n3,${edition.ambitions[2]!.buildingBlocks[0]!.title},'=bad\r\n`);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});
