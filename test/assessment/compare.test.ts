import { expect } from '@open-wc/testing';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import { actionPlan, actionPlanCsv, addDays, filterActions, sortActions } from '../../src/model/assessment/action-plan.js';
import { createAssessment, duplicateAssessment, emptyEntry, type Assessment } from '../../src/model/assessment/assessment.js';
import { compareAssessments, comparisonCsv } from '../../src/model/assessment/compare.js';
import { assessmentItems } from '../../src/model/assessment/items.js';
import { presetScales } from '../../src/model/assessment/scales.js';

const items = assessmentItems(edition, { includeFoundations: true });
const [a, b, c, d, e] = items.map((item) => item.key);

function lastYear(): Assessment {
  const assessment = createAssessment({ editionId: edition.id, scale: presetScales.default, title: '2025', include: 'foundations' });
  assessment.entries[a!] = { ...emptyEntry(), rating: 'not-started' };
  assessment.entries[b!] = { ...emptyEntry(), rating: 'established' };
  assessment.entries[c!] = { ...emptyEntry(), rating: 'planning' };
  assessment.entries[d!] = { ...emptyEntry(), rating: '' };
  return assessment;
}

describe('comparing an assessment with last year’s', () => {
  it('says per item whether it improved, stayed, declined or changed otherwise, and counts them per ambition', () => {
    const before = lastYear();
    const after = duplicateAssessment(before, { title: '2026' });
    after.entries[a!]!.rating = 'in-place';
    after.entries[b!]!.rating = 'planning';
    after.entries[d!] = { ...emptyEntry(), rating: 'planning' };
    after.entries[e!] = { ...emptyEntry(), rating: 'not-applicable' };
    const comparison = compareAssessments(after, before, items);
    expect(comparison.comparable).to.equal(true);
    const change = (key: string) => comparison.items.find((entry) => entry.item.key === key)!;
    expect(change(a!)).to.include({ before: 'not-started', after: 'in-place', change: 'improved' });
    expect(change(b!)).to.include({ before: 'established', after: 'planning', change: 'declined' });
    expect(change(c!)).to.include({ change: 'unchanged' });
    expect(change(d!)).to.include({ before: '', after: 'planning', change: 'changed' });
    expect(change(e!)).to.include({ before: '', after: 'not-applicable', change: 'changed' });
    expect(comparison.items).to.have.length(items.length);
    const first = comparison.groups[0]!;
    const inFirst = items.filter((item) => item.ambition?.number === 1).length;
    const counted = (key: string) => (items.find((item) => item.key === key)!.ambition?.number === 1 ? 1 : 0);
    expect(first.ambition).to.equal(1);
    expect(Object.values(first.counts).reduce((sum, count) => sum + count, 0)).to.equal(inFirst);
    expect(first.counts.improved).to.equal(counted(a!));
    expect(comparison.groups.at(-1)!.ambition).to.equal(undefined);
  });

  it('compares by place on the scale only when both use the same levels', () => {
    const before = lastYear();
    const after = createAssessment({ editionId: edition.id, scale: presetScales.rag, title: 'RAG' });
    after.entries[a!] = { ...emptyEntry(), rating: 'green' };
    after.entries[c!] = { ...emptyEntry(), rating: 'planning' };
    const comparison = compareAssessments(after, before, items);
    expect(comparison.comparable).to.equal(false);
    expect(comparison.items.find((entry) => entry.item.key === a)!.change).to.equal('changed');
  });

  it('writes the comparison as CSV, ratings in words', () => {
    const before = lastYear();
    const after = duplicateAssessment(before, { title: '2026' });
    after.entries[a!]!.rating = 'established';
    const lines = comparisonCsv(after, before, compareAssessments(after, before, items))
      .slice(1)
      .split('\r\n');
    expect(lines[0]).to.equal('Ambition,Ambition title,Item,Rating in “2025”,Rating in “2026”,Change');
    expect(lines[1]).to.equal(`1,${items[0]!.ambition!.title},${items[0]!.title},Not started,Established,Improved`);
    expect(lines[4]).to.equal(`1,${items[3]!.ambition!.title},${items[3]!.title},Not rated,Not rated,Unchanged`);
  });
});

describe('the action plan, filtered and sorted', () => {
  const today = '2026-12-01';
  function withActions(): Assessment {
    const assessment = createAssessment({ editionId: edition.id, scale: presetScales.default, include: 'foundations' });
    const foundation = items.find((item) => item.kind === 'foundation')!.key;
    assessment.entries[a!] = {
      ...emptyEntry(),
      actions: [
        { id: 'a-1', what: 'Overdue training', lead: 'Ward lead', due: '2026-11-01', status: 'in-progress' },
        { id: 'a-2', what: 'Soon audit', lead: 'quality team', due: '2027-01-15', status: 'not-started' },
      ],
    };
    assessment.entries[foundation] = {
      ...emptyEntry(),
      actions: [
        { id: 'a-3', what: 'No date', lead: '', due: '', status: 'not-started' },
        { id: 'a-4', what: 'Done late', lead: 'Ward lead', due: '2026-01-01', status: 'done' },
        { id: 'a-5', what: 'Far off', lead: 'Board', due: '2028-01-01', status: 'not-started' },
      ],
    };
    return assessment;
  }
  const ids = (plan: { action: { id: string } }[]) => plan.map((entry) => entry.action.id);

  it('filters by lead, status, ambition and due date, overdue meaning past and not done', () => {
    const plan = actionPlan(withActions(), items, today);
    expect(ids(filterActions(plan, {}, today))).to.deep.equal(['a-4', 'a-1', 'a-2', 'a-5', 'a-3']);
    expect(ids(filterActions(plan, { lead: 'Ward lead' }, today))).to.deep.equal(['a-4', 'a-1']);
    expect(ids(filterActions(plan, { lead: '' }, today))).to.deep.equal(['a-3']);
    expect(ids(filterActions(plan, { status: 'not-started' }, today))).to.deep.equal(['a-2', 'a-5', 'a-3']);
    expect(ids(filterActions(plan, { ambition: 1 }, today))).to.deep.equal(['a-1', 'a-2']);
    expect(ids(filterActions(plan, { ambition: 'foundations' }, today))).to.deep.equal(['a-4', 'a-5', 'a-3']);
    expect(ids(filterActions(plan, { due: 'overdue' }, today))).to.deep.equal(['a-1']);
    expect(ids(filterActions(plan, { due: 'soon' }, today))).to.deep.equal(['a-2']);
    expect(ids(filterActions(plan, { due: 'none' }, today))).to.deep.equal(['a-3']);
    expect(ids(filterActions(plan, { lead: 'Ward lead', due: 'overdue' }, today))).to.deep.equal(['a-1']);
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
  });

  it('sorts by a column either way, blanks last, ties in plan order', () => {
    const plan = actionPlan(withActions(), items, today);
    expect(ids(sortActions(plan, 'due', 'descending'))).to.deep.equal(['a-5', 'a-2', 'a-1', 'a-4', 'a-3']);
    expect(ids(sortActions(plan, 'lead', 'ascending'))).to.deep.equal(['a-5', 'a-2', 'a-4', 'a-1', 'a-3']);
    expect(ids(sortActions(plan, 'lead', 'descending'))).to.deep.equal(['a-4', 'a-1', 'a-2', 'a-5', 'a-3']);
    expect(ids(sortActions(plan, 'status', 'ascending'))).to.deep.equal(['a-2', 'a-5', 'a-3', 'a-1', 'a-4']);
    expect(ids(sortActions(plan, 'item', 'ascending'))).to.deep.equal(['a-1', 'a-2', 'a-4', 'a-5', 'a-3']);
  });

  it('writes what is shown as CSV, overdue in words', () => {
    const plan = filterActions(actionPlan(withActions(), items, today), { due: 'overdue' }, today);
    const lines = actionPlanCsv(plan).slice(1).split('\r\n');
    expect(lines[0]).to.equal('Due,What will be done,Lead,Status,Overdue,Ambition,Item');
    expect(lines[1]).to.equal(`2026-11-01,Overdue training,Ward lead,In progress,Overdue,1,${items[0]!.title}`);
    expect(lines).to.have.length(3);
  });
});
