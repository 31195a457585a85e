// The data layer of the self-assessment (issue 15): its scales, its items and its CSV. The element comes next.
import { expect } from '@open-wc/testing';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import type { Edition } from '../../src/content/index.js';
import {
  assessmentSchemaVersion,
  checkAssessment,
  createAssessment,
  duplicateAssessment,
  emptyEntry,
  maxAssessmentBytes,
  type Priority,
} from '../../src/model/assessment/assessment.js';
import { assessmentCsv } from '../../src/model/assessment/assessment-csv.js';
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

describe('an assessment: its shape, checked on import', () => {
  const made = () => {
    const assessment = createAssessment({
      editionId: edition.id,
      scale: presetScales.rag,
      title: 'Our assessment 2026',
      now: new Date('2026-12-01T10:00:00Z'),
    });
    const [first, second] = assessmentItems(edition);
    assessment.entries[first!.key] = {
      ...emptyEntry(),
      rating: 'amber',
      evidence: 'Audit <5 days, see https://example.org/audit',
      actions: [{ id: 'action-1', what: 'Train ward staff', lead: 'A. Lead', due: '2027-03-31', status: 'in-progress' }],
      priority: 'high',
    };
    assessment.entries[second!.key] = { ...emptyEntry(), rating: notApplicable };
    return assessment;
  };

  it('makes a new assessment that passes its own check, and survives a JSON round trip', () => {
    const assessment = made();
    expect(assessment.schemaVersion).to.equal(assessmentSchemaVersion);
    expect(assessment.id).to.match(/^assessment-[a-z0-9]+-[a-z0-9]+$/);
    expect(assessment.created).to.equal('2026-12-01T10:00:00.000Z');
    const checked = checkAssessment(JSON.stringify(assessment));
    expect(checked.problems).to.deep.equal([]);
    expect(checked.assessment).to.deep.equal(assessment);
  });

  it('duplicates last year’s: everything recorded kept, a new id and title, the round’s dates cleared', () => {
    const last = { ...made(), date: '2025-11-20', nextReview: '2026-11-20' };
    const next = duplicateAssessment(last, { title: 'Our assessment 2027', now: new Date('2027-01-05T09:00:00Z') });
    expect(next.id).to.not.equal(last.id);
    expect(next.title).to.equal('Our assessment 2027');
    expect(next.entries).to.deep.equal(last.entries);
    expect([next.date, next.nextReview, next.created]).to.deep.equal(['', '', '2027-01-05T09:00:00.000Z']);
    next.entries[Object.keys(next.entries)[0]!]!.rating = 'green';
    expect(last.entries[Object.keys(last.entries)[0]!]!.rating, 'the copy is its own').to.equal('amber');
    expect(checkAssessment(next).valid).to.equal(true);
  });

  it('says every problem of a broken file, with its path', () => {
    const broken = structuredClone(made());
    broken.date = '1 December';
    broken.entries['building-block:honest-conversations'] = { ...emptyEntry(), rating: 'purple', priority: 'urgent' as Priority };
    broken.entries['made up key'] = emptyEntry();
    (broken as unknown as Record<string, unknown>).extra = 1;
    const result = checkAssessment(broken);
    expect(result.valid).to.equal(false);
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).to.include.members(['date', 'entries["building-block:honest-conversations"].priority', 'entries["made up key"]', 'extra']);
    // Rating and duplicate-action checks come once the shape is right.
    const [k0, , k2] = assessmentItems(edition).map((item) => item.key);
    const shapely = structuredClone(made());
    shapely.entries[k2!] = { ...emptyEntry(), rating: 'purple' };
    shapely.entries[k0!]!.actions.push({ id: 'action-1', what: 'Again', lead: '', due: '', status: 'done' });
    expect(checkAssessment(shapely).problems.map((problem) => problem.path)).to.deep.equal([
      `entries["${k0}"].actions[1].id`,
      `entries["${k2}"].rating`,
    ]);
  });

  it('refuses what is not plain data, too large, or from a newer version, without running or throwing', () => {
    let ran = false;
    const withGetter = made() as unknown as Record<string, unknown>;
    Object.defineProperty(withGetter, 'title', { get: () => ((ran = true), 'x'), enumerable: true });
    expect(checkAssessment(withGetter).valid).to.equal(false);
    expect(ran, 'the getter never ran').to.equal(false);
    expect(checkAssessment({ ...made(), scale: new Date() }).valid).to.equal(false);
    const huge = { ...made(), participants: 'x'.repeat(maxAssessmentBytes) };
    expect(checkAssessment(JSON.stringify(huge)).problems[0]!.message).to.include('1 MB');
    const newer = checkAssessment({ ...made(), schemaVersion: 2 });
    expect([newer.valid, newer.newer]).to.deep.equal([false, 2]);
    for (const value of [null, undefined, 42, '', '{', '[]', [], { schemaVersion: 1 }]) {
      expect(checkAssessment(value).valid, JSON.stringify(value) ?? 'undefined').to.equal(false);
    }
    const control = { ...made(), notes: 'x' };
    control.entries = { [assessmentItems(edition)[0]!.key]: { ...emptyEntry(), notes: 'bad\u202Etext' } };
    expect(checkAssessment(control).problems[0]!.message).to.include('control');
  });
});

describe('an assessment as CSV for Excel', () => {
  it('writes one row per item, verbatim titles, the rating’s label, actions, leads and due dates, formulas neutralised', () => {
    const assessment = createAssessment({ editionId: edition.id, scale: presetScales.rag });
    const items = assessmentItems(edition);
    assessment.entries[items[0]!.key] = {
      ...emptyEntry(),
      rating: 'amber',
      evidence: '=HYPERLINK("http://x")',
      actions: [
        { id: 'a-1', what: 'Train staff', lead: 'Ward lead', due: '2027-03-31', status: 'in-progress' },
        { id: 'a-2', what: 'Audit', lead: 'Quality team', due: '', status: 'not-started' },
      ],
      priority: 'high',
    };
    const text = assessmentCsv(assessment, items);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).to.have.length(items.length + 1);
    expect(lines[0]).to.equal('Ambition,Ambition title,Item,Rating,Evidence,Actions,Leads,Due dates,Action status,Priority,Notes');
    const first = items[0]!;
    expect(lines[1]).to.equal(
      `${first.ambition!.number},${first.ambition!.title},${first.title},Amber,"'=HYPERLINK(""http://x"")","Train staff\nAudit","Ward lead\nQuality team","2027-03-31\n",In progress\nNot started,High,`.replace(
        'In progress\nNot started',
        '"In progress\nNot started"',
      ),
    );
    expect(lines[2]).to.equal(`${items[1]!.ambition!.number},${items[1]!.ambition!.title},${items[1]!.title},,,,,,,,`);
  });
});
