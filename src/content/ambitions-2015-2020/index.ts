import type { Edition } from '../types.js';
import { ambitionsOneToThree } from './ambitions-01-03.js';
import { ambitionsFourToSix } from './ambitions-04-06.js';
import { foundations } from './foundations.js';
import { glossary } from './glossary.js';

/**
 * "Ambitions for Palliative and End of Life Care: A national framework for
 * local action 2015-2020", transcribed verbatim. The metadata comes from the
 * cover; everything else from the text, with only PDF extraction noise
 * (split words, page numbers, running headers, reference numerals) repaired.
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
  vision:
    'I can make the last stage of my life as good as possible because everyone works together confidently, honestly and consistently to help me and the people who are important to me, including my carer(s).',
  ambitions: [...ambitionsOneToThree, ...ambitionsFourToSix],
  foundations,
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
