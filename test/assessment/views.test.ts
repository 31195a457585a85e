// What the self-assessment shows from its data (issue 15, and issue 16's picture of progress): evidence links, the action plan and the spread of ratings.
import { expect } from '@open-wc/testing';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import { actionPlan, localDay } from '../../src/model/assessment/action-plan.js';
import { createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { evidencePieces } from '../../src/model/assessment/evidence-links.js';
import { assessmentItems } from '../../src/model/assessment/items.js';
import { notApplicable, presetScales } from '../../src/model/assessment/scales.js';
import { ratingSpreads } from '../../src/model/assessment/summary.js';

describe('evidence links', () => {
  it('links only http and https addresses, keeping every character of the text in order', () => {
    const text = 'See https://example.org/audit?year=2026, and (http://nhs.uk/eolc). Not javascript:alert(1) or <b>bold</b> or ftp://x.';
    const pieces = evidencePieces(text);
    expect(pieces.map((piece) => piece.text).join('')).to.equal(text);
    expect(pieces.filter((piece) => piece.href).map((piece) => piece.href)).to.deep.equal([
      'https://example.org/audit?year=2026',
      'http://nhs.uk/eolc',
    ]);
  });

  it('keeps a bracket that belongs to the address, and drops sentence punctuation after it', () => {
    const pieces = evidencePieces('Read https://en.wikipedia.org/wiki/Hospice_(care). Then https://example.org/a.');
    expect(pieces.filter((piece) => piece.href).map((piece) => piece.text)).to.deep.equal([
      'https://en.wikipedia.org/wiki/Hospice_(care)',
      'https://example.org/a',
    ]);
  });

  it('leaves text without an address as it is, and an address alone as one link', () => {
    expect(evidencePieces('Minutes of the board, 3 May')).to.deep.equal([{ text: 'Minutes of the board, 3 May' }]);
    expect(evidencePieces('https://example.org')).to.deep.equal([{ text: 'https://example.org', href: 'https://example.org/' }]);
    expect(evidencePieces('')).to.deep.equal([]);
  });
});

describe('the action plan', () => {
  it('lists every action by due date, undated last, marking those overdue and not done', () => {
    const assessment = createAssessment({ editionId: edition.id, scale: presetScales.rag });
    const items = assessmentItems(edition);
    const action = (id: string, due: string, status: 'not-started' | 'in-progress' | 'done' = 'not-started') => ({
      id,
      what: id,
      lead: 'Lead',
      due,
      status,
    });
    assessment.entries[items[5]!.key] = { ...emptyEntry(), actions: [action('late', '2026-01-10'), action('undated', '')] };
    assessment.entries[items[1]!.key] = { ...emptyEntry(), actions: [action('done-late', '2026-01-05', 'done'), action('later', '2027-06-01')] };
    assessment.entries['building-block:gone-from-this-edition'] = { ...emptyEntry(), actions: [action('kept', '2026-12-24')] };
    const plan = actionPlan(assessment, items, '2026-12-01');
    expect(plan.map((entry) => entry.action.id)).to.deep.equal(['done-late', 'late', 'kept', 'later', 'undated']);
    expect(plan.filter((entry) => entry.overdue).map((entry) => entry.action.id)).to.deep.equal(['late']);
    expect(plan.find((entry) => entry.action.id === 'late')!.itemTitle).to.equal(items[5]!.title);
    expect(plan.find((entry) => entry.action.id === 'kept')!.itemTitle).to.equal('building-block:gone-from-this-edition');
    expect(localDay(new Date(2026, 0, 9))).to.equal('2026-01-09');
  });
});

describe('the spread of ratings', () => {
  it('counts each level, not applicable and not rated, per ambition and for the foundations', () => {
    const assessment = createAssessment({ editionId: edition.id, scale: presetScales.rag, include: 'foundations' });
    const items = assessmentItems(edition, { includeFoundations: true });
    const first = edition.ambitions[0]!.buildingBlocks;
    assessment.entries[`building-block:${first[0]!.id}`] = { ...emptyEntry(), rating: 'green' };
    assessment.entries[`building-block:${first[1]!.id}`] = { ...emptyEntry(), rating: 'green' };
    assessment.entries[`building-block:${first[2]!.id}`] = { ...emptyEntry(), rating: notApplicable };
    assessment.entries[`foundation:${edition.foundations[0]!.id}`] = { ...emptyEntry(), rating: 'red' };
    const spreads = ratingSpreads(assessment, items);
    expect(spreads.map((spread) => spread.ambition)).to.deep.equal([1, 2, 3, 4, 5, 6, undefined]);
    expect(spreads[0]).to.deep.equal({
      ambition: 1,
      title: edition.ambitions[0]!.title,
      total: first.length,
      levels: [
        { id: 'red', label: 'Red', count: 0 },
        { id: 'amber', label: 'Amber', count: 0 },
        { id: 'green', label: 'Green', count: 2 },
      ],
      notApplicable: 1,
      notRated: first.length - 3,
    });
    expect(spreads.at(-1)!.levels[0]!.count).to.equal(1);
    expect(spreads.at(-1)!.total).to.equal(8);
    const everything = spreads.reduce((sum, spread) => sum + spread.total, 0);
    expect(everything).to.equal(items.length);
  });
});
