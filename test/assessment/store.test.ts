// Keeping self-assessments on the device (issue 15): real localStorage in each browser, its real quota, and a real second document.
import { expect, waitUntil } from '@open-wc/testing';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import { createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { assessmentItems } from '../../src/model/assessment/items.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { AssessmentStore, type StoreChange } from '../../src/model/assessment/store.js';

const ours = () => Object.keys(localStorage).filter((key) => key.startsWith('peolc-assessment'));
afterEach(() => ours().forEach((key) => localStorage.removeItem(key)));

const made = (title = 'Our assessment') => {
  const assessment = createAssessment({ editionId: edition.id, scale: presetScales.levels, title });
  assessment.entries[assessmentItems(edition)[0]!.key] = { ...emptyEntry(), rating: 'level-2', evidence: 'Audit, May' };
  return assessment;
};

describe('AssessmentStore', () => {
  it('keeps what is saved, at once, and each embed’s apart from the others', () => {
    const store = new AssessmentStore('ward-a');
    const other = new AssessmentStore('ward-b');
    expect(store.available).to.equal(true);
    const first = made('First');
    expect(store.save(first)).to.deep.equal({ ok: true });
    // Written when save() returns: a new store reading the same storage finds it.
    expect(new AssessmentStore('ward-a').list().assessments).to.deep.equal([first]);
    expect(other.list().assessments).to.deep.equal([]);
    expect(store.remove(first.id)).to.deep.equal({ ok: true });
    expect(store.list().assessments).to.deep.equal([]);
  });

  it('never throws away what it cannot read: moves it aside with its raw text, and lists it', () => {
    const store = new AssessmentStore('ward-a');
    store.save(made());
    localStorage.setItem('peolc-assessment:ward-a:broken', '{"schemaVersion": 1, "title": ');
    localStorage.setItem('peolc-assessment:ward-a:odd', JSON.stringify({ hello: 'world' }));
    const { assessments, unreadable } = store.list();
    expect(assessments).to.have.length(1);
    expect(unreadable.map((entry) => entry.raw).sort()).to.deep.equal(['{"hello":"world"}', '{"schemaVersion": 1, "title": ']);
    expect(unreadable.every((entry) => entry.key.startsWith('peolc-assessment-unreadable:ward-a:'))).to.equal(true);
    expect(unreadable.every((entry) => entry.problems.length > 0)).to.equal(true);
    expect(localStorage.getItem('peolc-assessment:ward-a:broken'), 'moved, not copied').to.equal(null);
    // Still there, and still listed, the next time.
    expect(store.list().unreadable).to.have.length(2);
    expect(store.discardUnreadable(unreadable[0]!.key)).to.deep.equal({ ok: true });
    expect(store.list().unreadable).to.have.length(1);
    expect(store.discardUnreadable('someone-else:key').ok).to.equal(false);
  });

  it('leaves data from a newer version where it is, for that version, and says so', () => {
    const store = new AssessmentStore('ward-a');
    const newer = JSON.stringify({ ...made(), schemaVersion: 2, somethingNew: true });
    localStorage.setItem('peolc-assessment:ward-a:future', newer);
    const { unreadable } = store.list();
    expect(unreadable).to.deep.equal([{ key: 'peolc-assessment:ward-a:future', raw: newer, problems: unreadable[0]!.problems, newer: 2 }]);
    expect(localStorage.getItem('peolc-assessment:ward-a:future')).to.equal(newer);
  });

  it('says clearly when nothing can be kept, and when storage is full, losing nothing that was saved', () => {
    const none = new AssessmentStore('ward-a', null);
    expect(none.available).to.equal(false);
    const refused = none.save(made());
    expect(refused.ok).to.equal(false);
    if (!refused.ok) expect(refused.reason).to.equal('unavailable');
    expect(none.list()).to.deep.equal({ assessments: [], unreadable: [] });

    const store = new AssessmentStore('ward-a');
    const kept = made('Kept');
    store.save(kept);
    // More than any browser's 5 MB (of UTF-16) for one site: the real quota error.
    const huge = { ...made('Too big'), participants: 'x'.repeat(6 * 1024 * 1024) };
    const result = store.save(huge);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.equal('full');
    expect(store.list().assessments.map((assessment) => assessment.title)).to.deep.equal(['Kept']);
  });

  it('hears another tab’s changes, as they are made', async () => {
    const store = new AssessmentStore('ward-a');
    const changes: StoreChange[] = [];
    const stop = store.subscribe((change) => changes.push(change));
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const otherTab = frame.contentWindow!.localStorage;
      const assessment = made('From the other tab');
      otherTab.setItem(`peolc-assessment:ward-a:${assessment.id}`, JSON.stringify(assessment));
      otherTab.setItem('peolc-assessment:ward-b:elsewhere', JSON.stringify(made()));
      await waitUntil(() => changes.length === 1, 'the change arrives');
      expect(changes[0]).to.deep.equal({ id: assessment.id, assessment });
      otherTab.removeItem(`peolc-assessment:ward-a:${assessment.id}`);
      await waitUntil(() => changes.length === 2, 'the deletion arrives');
      expect(changes[1]).to.deep.equal({ id: assessment.id, assessment: undefined });
    } finally {
      stop();
      frame.remove();
    }
  });
});
