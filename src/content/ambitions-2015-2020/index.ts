import type { Edition } from '../types.js';
import { ambitionsOneToThree } from './ambitions-01-03.js';
import { ambitionsFourToSix } from './ambitions-04-06.js';
import { foundations } from './foundations.js';
import { glossary } from './glossary.js';
import { outline2015to2020 as outline } from './outline.js';

/**
 * "Ambitions for Palliative and End of Life Care: A national framework for
 * local action 2015-2020", transcribed verbatim. The metadata comes from the
 * cover; everything else from the text, with only PDF extraction noise
 * (split words, page numbers, running headers, reference numerals) repaired.
 * Titles, ids and numbers come from the outline, joined in order to the text.
 */
export const ambitions2015to2020: Edition = {
  schemaVersion: 1,
  id: 'ambitions-2015-2020',
  metadata: {
    title: 'Ambitions for Palliative and End of Life Care: A national framework for local action 2015-2020',
    years: { start: 2015, end: 2020 },
    publisher: 'National Palliative and End of Life Care Partnership',
    published: '2015-09',
    url: 'www.endoflifecareambitions.org.uk',
  },
  vision: outline.vision,
  ambitions: [...ambitionsOneToThree, ...ambitionsFourToSix].map((text, index) => ({ ...outline.ambitions[index], ...text })),
  foundations: foundations.map((text, index) => ({ ...outline.foundations[index], ...text })),
  foundationsIntro:
    'To realise our vision we have identified eight foundations that need to be in place to achieve our ambitions. They are necessary for each and underpin the whole.',
  glossary,
  partnership: {
    name: 'National Palliative and End of Life Care Partnership',
    members: [
      'Association for Palliative Medicine',
      'Association of Ambulance Chief Executives',
      'Association of Directors of Adult Social Services',
      'Association of Palliative Care Social Workers',
      'Care Quality Commission',
      'College of Health Care Chaplains',
      'General Medical Council',
      'Health Education England',
      'Hospice UK',
      'Macmillan Cancer Support',
      'Marie Curie',
      'Motor Neurone Disease Association',
      'National Bereavement Alliance',
      'National Care Forum',
      'National Council for Palliative Care',
      'National Palliative Care Nurse Consultants Group',
      'National Voices',
      'NHS England',
      'NHS Improving Quality',
      'Patients Association',
      'Public Health England',
      'Royal College of General Practitioners',
      'Royal College of Nursing',
      'Royal College of Physicians',
      'Social Care Institute for Excellence',
      'Sue Ryder',
      'Together for Short Lives',
    ],
  },
};
