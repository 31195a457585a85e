import { expect } from '@open-wc/testing';
import { ambitions2015to2020 as edition, ambitions2015to2020Complete as complete, formatCitation } from '../../src/content/index.js';
import type { Edition } from '../../src/content/types.js';
import { cleanSource, findUnquoted, loadSource, normalise, quotedStrings } from '../helpers/fidelity.js';
import type { OpeningSection } from '../../src/content/types.js';

describe('the built-in 2015–2020 edition', () => {
  let source: string;
  before(async () => {
    source = cleanSource(await loadSource());
  });

  describe('is complete', () => {
    it('has six ambitions numbered 1–6 with their titles', () => {
      expect(edition.ambitions.map((a) => `${a.number} ${a.title}`)).to.deep.equal([
        '1 Each person is seen as an individual',
        '2 Each person gets fair access to care',
        '3 Maximising comfort and wellbeing',
        '4 Care is coordinated',
        '5 All staff are prepared to care',
        '6 Each community is prepared to help',
      ]);
    });

    it('has 34 building blocks: 7, 6, 6, 5, 6 and 4', () => {
      expect(edition.ambitions.map((a) => a.buildingBlocks.length)).to.deep.equal([7, 6, 6, 5, 6, 4]);
      expect(edition.ambitions.flatMap((a) => a.buildingBlocks)).to.have.length(34);
    });

    it('has 32 "What we already know" points: 6, 4, 4, 6, 6 and 6', () => {
      expect(edition.ambitions.map((a) => a.whatWeKnow.length)).to.deep.equal([6, 4, 4, 6, 6, 6]);
      expect(edition.ambitions.flatMap((a) => a.whatWeKnow)).to.have.length(32);
    });

    it('has eight foundations numbered 1–8 with the diagram labels', () => {
      expect(edition.foundations.map((f) => `${f.number} ${f.label}`)).to.deep.equal([
        '1 Personalised care planning',
        '2 Shared records',
        '3 Evidence and information',
        '4 Those important to the dying person',
        '5 Education and training',
        '6 24/7 access',
        '7 Co-design',
        '8 Leadership',
      ]);
    });

    it('quotes the two definitions of Appendix A and marks every other glossary entry as written for the library', () => {
      const quoted = edition.glossary.filter((g) => g.origin === 'framework');
      expect(quoted.map((g) => g.id)).to.deep.equal(['end-of-life', 'palliative-care']);
      expect(quoted.every((g) => g.source === 'Appendix A')).to.equal(true);
      const written = edition.glossary.filter((g) => g.origin === 'library');
      expect(written.length).to.equal(edition.glossary.length - 2);
      expect(written.map((g) => g.id)).to.include.members([
        'advance-care-planning',
        'lasting-power-of-attorney',
        'clinical-commissioning-group',
        'health-and-wellbeing-board',
        'specialist-palliative-care',
        'personal-budgets',
        'nice',
        'five-year-forward-view',
      ]);
    });

    it('lists the 27 member organisations of the partnership', () => {
      expect(edition.partnership.members).to.have.length(27);
      expect(edition.partnership.members[0]).to.equal('Association for Palliative Medicine');
      expect(edition.partnership.members[26]).to.equal('Together for Short Lives');
      expect(new Set(edition.partnership.members).size).to.equal(27);
    });

    it('keeps both titles where the at-a-glance title differs', () => {
      const skilled = edition.ambitions[2]!.buildingBlocks.find((b) => b.id === 'skilled-assessment-and-symptom-management');
      expect(skilled?.title).to.equal('Skilled assessment and symptom management');
      expect(skilled?.glanceTitle).to.equal('Skilled assessment & symptom management');
      for (const block of edition.ambitions.flatMap((a) => a.buildingBlocks)) {
        if (block.glanceTitle !== undefined) expect(block.glanceTitle).not.to.equal(block.title);
      }
    });

    it('carries the cover’s metadata and a citation built from it', () => {
      expect(edition.metadata).to.deep.equal({
        title: 'Ambitions for Palliative and End of Life Care: A national framework for local action 2015-2020',
        years: { start: 2015, end: 2020 },
        publisher: 'National Palliative and End of Life Care Partnership',
        published: '2015-09',
        url: 'www.endoflifecareambitions.org.uk',
      });
      expect(formatCitation(edition.metadata)).to.equal(
        'National Palliative and End of Life Care Partnership (2015). Ambitions for Palliative and End of Life Care: ' +
          'A national framework for local action 2015-2020. September 2015. www.endoflifecareambitions.org.uk',
      );
    });

    it('gives every section in full: titles and bodies run on in the source with nothing left out', () => {
      const runs: [string, string][] = [];
      for (const ambition of edition.ambitions) {
        runs.push([`ambition ${ambition.number} points`, ambition.whatWeKnow.join(' ')]);
        runs.push([`ambition ${ambition.number} building blocks`, ambition.buildingBlocks.map((b) => `${b.title} ${b.body.join(' ')}`).join(' ')]);
        runs.push([`ambition ${ambition.number} heading`, `${ambition.title} ${ambition.statement} What we already know`]);
      }
      for (const foundation of edition.foundations) {
        runs.push([`foundation ${foundation.number}`, `${foundation.number}. ${foundation.title} ${foundation.body.join(' ')}`]);
      }
      const missing = runs.filter(([, text]) => !source.includes(normalise(text))).map(([name]) => name);
      expect(missing).to.deep.equal([]);
    });
  });

  describe('is verbatim', () => {
    it('every quoted string occurs in the source text', () => {
      const strings = quotedStrings(edition);
      expect(strings.length).to.be.greaterThan(200);
      expect(findUnquoted(edition, source)).to.deep.equal([]);
    });

    it('keeps British spelling and the framework’s punctuation', () => {
      expect(edition.ambitions[2]!.title).to.equal('Maximising comfort and wellbeing');
      expect(edition.ambitions[0]!.statement).to.contain('what’s possible');
      expect(edition.vision).to.equal(
        'I can make the last stage of my life as good as possible because everyone works together confidently, ' +
          'honestly and consistently to help me and the people who are important to me, including my carer(s).',
      );
    });

    it('has no reference numerals, split words or doubled spaces left', () => {
      const leftovers = quotedStrings(edition).filter(
        ({ text }) => /[a-z.)’”]\d/.test(text) || /\s{2,}/.test(text) || text !== text.trim() || /\w- \w/.test(text),
      );
      expect(leftovers.map((s) => s.path)).to.deep.equal([]);
    });

    describe('fails when a string is altered', () => {
      const altered = (change: (copy: Edition) => void): Edition => {
        const copy = structuredClone(edition);
        change(copy);
        return copy;
      };

      it('an American spelling', () => {
        const copy = altered((e) => (e.ambitions[2]!.title = 'Maximizing comfort and wellbeing'));
        expect(findUnquoted(copy, source)).to.deep.equal(['ambitions[2].title']);
      });

      it('a dropped word in a paragraph', () => {
        const copy = altered((e) => {
          e.ambitions[0]!.buildingBlocks[0]!.body[0] = e.ambitions[0]!.buildingBlocks[0]!.body[0]!.replace('sensitive ', '');
        });
        expect(findUnquoted(copy, source)).to.deep.equal(['ambitions[0].buildingBlocks[0].body[0]']);
      });

      it('a reference numeral left in', () => {
        const copy = altered((e) => (e.ambitions[0]!.whatWeKnow[0] = e.ambitions[0]!.whatWeKnow[0]!.replace(/\.$/, '33.')));
        expect(findUnquoted(copy, source)).to.deep.equal(['ambitions[0].whatWeKnow[0]']);
      });

      it('a quoted definition reworded, but not a definition written for the library', () => {
        const copy = altered((e) => {
          e.glossary[1]!.definition[0] = e.glossary[1]!.definition[0]!.replace('World Health Organisation', 'WHO');
          const written = e.glossary.find((g) => g.origin === 'library')!;
          written.definition[0] = 'Anything at all.';
        });
        expect(findUnquoted(copy, source)).to.deep.equal(['glossary[1].definition[0]']);
      });

      it('a member organisation misspelt', () => {
        const copy = altered((e) => (e.partnership.members[8] = 'Hospice U.K.'));
        expect(findUnquoted(copy, source)).to.deep.equal(['partnership.members[8]']);
      });
    });
  });

  describe('with its opening sections (ambitions2015to2020Complete)', () => {
    let raw: string;
    before(async () => {
      raw = await loadSource();
    });
    const sections = () => complete.openingSections!;
    const section = (id: string): OpeningSection => sections().find((candidate) => candidate.id === id)!;

    it('is the built-in edition plus the Foreword, Introduction, the Partnership and the Executive Summary, in the framework’s order', () => {
      expect(edition.openingSections, 'the edition the other elements load leaves them out').to.equal(undefined);
      const { openingSections, ...rest } = complete;
      expect(rest).to.deep.equal(edition);
      expect(openingSections!.map((s) => [s.id, s.title])).to.deep.equal([
        ['foreword', 'Foreword'],
        ['introduction', 'Introduction'],
        ['about-the-partnership', 'About The National Palliative and End of Life Care Partnership'],
        ['executive-summary', 'Executive Summary'],
      ]);
      expect(openingSections!.map((s) => s.body.length)).to.deep.equal([10, 7, 2, 10]);
      expect(section('introduction').subsections!.map((sub) => [sub.title, sub.body.length])).to.deep.equal([['About our ambitions', 4]]);
      expect(section('executive-summary').subsections!.map((sub) => [sub.title, sub.body.length])).to.deep.equal([['Our six ambitions', 3]]);
      expect(section('foreword').epigraph).to.deep.equal({
        text: 'How we care for the dying is an indicator of how we care for all sick and vulnerable people',
        source: 'National End of Life Care Strategy 2008',
      });
    });

    it('quotes every string of them from the source', () => {
      // Titles, the epigraph and its source, paragraphs: 13 + 13 + 3 + 15.
      expect(quotedStrings(complete).filter(({ path }) => path.startsWith('openingSections')).length).to.equal(44);
      expect(findUnquoted(complete, source)).to.deep.equal([]);
    });

    it('gives them in full: each part runs on in the source with nothing left out, and they come in its order', () => {
      const joined = (title: string, body: string[]) => normalise(`${title} ${body.join(' ')}`);
      const about = section('introduction').subsections![0]!;
      const six = section('executive-summary').subsections![0]!;
      const runs: [string, string][] = [
        ['Foreword', normalise(section('foreword').body.join(' '))],
        ['Introduction', joined('Introduction', section('introduction').body)],
        ['About our ambitions', joined(about.title, about.body.slice(0, 3))],
        // The box about the Partnership stands between "About our ambitions" and its last paragraph.
        ['the Partnership', joined(`${section('about-the-partnership').title}`, [...section('about-the-partnership').body, about.body[3]!])],
        ['Executive Summary', joined('Executive Summary', section('executive-summary').body)],
        ['Our six ambitions', joined(six.title, six.body)],
      ];
      expect(runs.filter(([, text]) => !source.includes(text)).map(([name]) => name)).to.deep.equal([]);
      const at = runs.map(([, text]) => source.indexOf(text));
      expect(at, 'in the order of the source').to.deep.equal([...at].sort((a, b) => a - b));
      expect(at.at(-1)! < source.indexOf(normalise(edition.ambitions[0]!.statement)), 'all before the first ambition').to.equal(true);
    });

    it('sets out the foreword’s signatories from the three columns the extraction runs together, every word of them there', () => {
      const signatories = section('foreword').signatories!;
      expect(signatories.map((s) => s.name)).to.deep.equal(['Professor Bee Wee', 'Dr Jane Collins', 'John Powell']);
      const block = raw.slice(raw.indexOf('Professor Bee Wee'), raw.indexOf(' Introduction'));
      const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);
      const available = words(block);
      const wanted = signatories.flatMap((s) => words(`${s.name} ${s.role}`));
      // Each word of the block used once: nothing added, nothing left over.
      const left = [...available];
      const missing = wanted.filter((word) => {
        const index = left.indexOf(word);
        if (index < 0) return true;
        left.splice(index, 1);
        return false;
      });
      expect(missing, 'words not in the signature block').to.deep.equal([]);
      expect(left, 'words of the block left out').to.deep.equal([]);
    });

    it('validates, and so does an edition without them', async () => {
      const { validateContent } = await import('../../src/content/validate.js');
      expect(validateContent(complete).valid).to.equal(true);
      expect(validateContent(edition).valid).to.equal(true);
    });
  });
});
