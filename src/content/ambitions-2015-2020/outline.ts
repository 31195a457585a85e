import type { EditionOutline } from '../types.js';

/**
 * The outline of the 2015–2020 edition: the vision, the ambitions' titles and
 * the foundations' diagram labels, verbatim. It is all the ambition wheel
 * draws, so it is kept apart from the full text (which `index.ts` joins to it):
 * a page with only a wheel loads this and not the rest.
 */
export const outline2015to2020: EditionOutline = {
  vision:
    'I can make the last stage of my life as good as possible because everyone works together confidently, honestly and consistently to help me and the people who are important to me, including my carer(s).',
  ambitions: [
    { number: 1, id: 'each-person-is-seen-as-an-individual', title: 'Each person is seen as an individual' },
    { number: 2, id: 'each-person-gets-fair-access-to-care', title: 'Each person gets fair access to care' },
    { number: 3, id: 'maximising-comfort-and-wellbeing', title: 'Maximising comfort and wellbeing' },
    { number: 4, id: 'care-is-coordinated', title: 'Care is coordinated' },
    { number: 5, id: 'all-staff-are-prepared-to-care', title: 'All staff are prepared to care' },
    { number: 6, id: 'each-community-is-prepared-to-help', title: 'Each community is prepared to help' },
  ],
  foundations: [
    { number: 1, id: 'personalised-care-planning', label: 'Personalised care planning' },
    { number: 2, id: 'shared-records', label: 'Shared records' },
    { number: 3, id: 'evidence-and-information', label: 'Evidence and information' },
    { number: 4, id: 'those-important-to-the-dying-person', label: 'Those important to the dying person' },
    { number: 5, id: 'education-and-training', label: 'Education and training' },
    { number: 6, id: '24-7-access', label: '24/7 access' },
    { number: 7, id: 'co-design', label: 'Co-design' },
    { number: 8, id: 'leadership', label: 'Leadership' },
  ],
};
