import type { GlossaryEntry } from '../types.js';

/** The glossary of the 2015–2020 edition: Appendix A's two definitions, quoted, and plain-English entries written for this library. */
export const glossary: GlossaryEntry[] = [
  // Quoted from Appendix A: Definitions of Palliative and End of Life Care.
  {
    id: 'end-of-life',
    term: 'End of life',
    definition: [
      'Patients are ‘approaching the end of life’ when they are likely to die within the next 12 months. This includes patients whose death is imminent (expected within a few hours or days) and those with: a) advanced, progressive, incurable conditions; b) general frailty and co-existing conditions that mean they are expected to die within 12 months; c) existing conditions if they are at risk of dying from a sudden acute crisis in their condition; d) life-threatening acute conditions caused by sudden catastrophic events. In General Medical Council guidance the term ‘approaching the end of life’ also applies to those extremely premature neonates whose prospects for survival are known to be very poor, and to patients who are diagnosed as being in a persistent vegetative state (PVS) for whom a decision to withdraw treatment may lead to their death.',
    ],
    origin: 'framework',
    source: 'Appendix A',
  },
  {
    id: 'palliative-care',
    term: 'Palliative care',
    definition: [
      'The World Health Organisation has defined palliative care as follows: Palliative care is an approach that improves the quality of life of patients and their families facing the problem associated with life-threatening illness, through the prevention and relief of suffering by means of early identification and impeccable assessment and treatment of pain and other problems, physical, psychosocial and spiritual. Palliative care provides relief from pain and other distressing symptoms; affirms life and regards dying as a normal process; intends neither to hasten or postpone death; integrates the psychological and spiritual aspects of patient care; offers a support system to help patients live as actively as possible until death; offers a support system to help the family cope during the patient’s illness and in their own bereavement; uses a team approach to address the needs of patients and their families; enhances quality of life and may also positively influence the course of illness; is applicable early in the course of illness, in conjunction with other therapies that are intended to prolong life, and includes those investigations needed to better understand and manage clinical complications. Palliative care can be provided by a range of health and social care staff and may be done alongside treatment intended to reverse particular conditions.',
    ],
    origin: 'framework',
    source: 'Appendix A',
  },
  // Written for peolc-elements, for terms the framework uses without defining them.
  {
    id: 'advance-care-planning',
    term: 'advance care planning',
    definition: [
      'Talking with the people who care for you, and those important to you, about what matters to you and how you would like to be cared for in the future, and writing this down.',
      'It means your wishes can guide others if a time comes when you cannot make or share decisions yourself.',
    ],
    origin: 'library',
  },
  {
    id: 'lasting-power-of-attorney',
    term: 'lasting power of attorney',
    aliases: ['lasting powers of attorney'],
    definition: [
      'A legal document that lets you choose one or more people you trust (called attorneys) to make decisions for you if you become unable to make them yourself.',
      'In England and Wales there are two kinds, one for health and welfare and one for property and financial affairs, and each must be registered with the Office of the Public Guardian before it can be used.',
    ],
    origin: 'library',
  },
  {
    id: 'mental-capacity',
    term: 'mental capacity',
    definition: [
      'A person’s ability to make a particular decision at the time it needs to be made: to understand the information, weigh it up and communicate their choice.',
      'In England and Wales the Mental Capacity Act 2005 says that everyone should be assumed to have capacity unless it is shown that they do not.',
    ],
    origin: 'library',
  },
  {
    id: 'clinical-commissioning-group',
    term: 'Clinical Commissioning Group',
    aliases: ['CCG', 'CCGs'],
    definition: [
      'An NHS body, led by local GPs and other clinicians, that planned and paid for many of the health services in its local area of England.',
      'CCGs were set up in 2013 and were replaced by integrated care boards (ICBs) in July 2022.',
    ],
    origin: 'library',
  },
  {
    id: 'local-authority',
    term: 'Local Authority',
    aliases: ['Local Authorities'],
    definition: [
      'A local council. In England, the main council for an area is responsible for adult social care and, since 2013, for public health.',
    ],
    origin: 'library',
  },
  {
    id: 'health-and-wellbeing-board',
    term: 'Health and Wellbeing Board',
    aliases: ['Health and Wellbeing Boards'],
    definition: [
      'A group, set up by each local council in England that is responsible for social care, where the council, the local NHS, public health and Healthwatch plan together how to improve the health and wellbeing of local people.',
      'Health and Wellbeing Boards were set up in 2013.',
    ],
    origin: 'library',
  },
  {
    id: 'commissioning',
    term: 'commissioning',
    aliases: ['commissioners'],
    definition: [
      'The way local health and care services are planned and paid for: working out what people in an area need, deciding which services to pay for, and checking how well they work.',
      'The organisations that do this are called commissioners.',
    ],
    origin: 'library',
  },
  {
    id: 'integrated-personalised-commissioning',
    term: 'integrated personalised commissioning',
    definition: [
      'An approach, tested by NHS England and local councils from 2015, that joins up health and social care money and planning around one person with complex needs, often through a personal budget.',
      'It later became part of NHS England’s wider work on personalised care.',
    ],
    origin: 'library',
  },
  {
    id: 'personal-budgets',
    term: 'personal budgets',
    definition: [
      'An amount of money set aside to pay for a person’s care and support, so that they have more choice and control over how their needs are met.',
      'A personal budget may come from the local council for social care, or from the NHS as a personal health budget.',
    ],
    origin: 'library',
  },
  {
    id: 'better-care-fund',
    term: 'Better Care Fund',
    definition: [
      'A shared budget in England, started in 2015, into which local NHS organisations and councils put money so that health and social care services can work together more closely.',
    ],
    origin: 'library',
  },
  {
    id: 'specialist-palliative-care',
    term: 'Specialist Palliative Care',
    definition: [
      'Care from teams whose main work is palliative care, such as specialist doctors and nurses in hospices, hospitals and the community.',
      'They help people whose symptoms or needs are more complex, and advise and support the other staff who care for them.',
    ],
    origin: 'library',
  },
  {
    id: 'nice',
    term: 'NICE',
    definition: [
      'The National Institute for Health and Care Excellence, a public body that publishes guidance and quality standards, based on evidence, for health and social care in England.',
    ],
    origin: 'library',
  },
  {
    id: 'five-year-forward-view',
    term: 'Five Year Forward View',
    aliases: ['NHS Five Year Forward View'],
    definition: [
      'A plan for the future of the NHS in England, published in October 2014 by NHS England with other national bodies, setting out how services needed to change over the following five years.',
      'It was followed by the NHS Long Term Plan in January 2019.',
    ],
    origin: 'library',
  },
  {
    id: 'local-education-and-training-boards',
    term: 'Local Education and Training Boards',
    definition: [
      'Regional parts of Health Education England that planned and paid for the education and training of health staff in their area.',
      'Health Education England became part of NHS England in April 2023.',
    ],
    origin: 'library',
  },
  {
    id: 'leadership-alliance-for-the-care-of-dying-people',
    term: 'Leadership Alliance for the Care of Dying People',
    definition: [
      'A group of national health and care organisations that came together after an independent review of the Liverpool Care Pathway in 2013.',
      'In June 2014 it published ‘One Chance to Get it Right’, which set out five priorities for the care of people in the last days and hours of life.',
    ],
    origin: 'library',
  },
  {
    id: 'dying-matters-coalition',
    term: 'Dying Matters Coalition',
    definition: [
      'A coalition set up by the National Council for Palliative Care to help people talk more openly about dying, death and bereavement, and to plan ahead.',
      'Dying Matters is now run by Hospice UK.',
    ],
    origin: 'library',
  },
  {
    id: 'compassionate-communities',
    term: 'compassionate communities',
    definition: [
      'Communities in which neighbours, friends, workplaces, schools and local groups see supporting people through dying, caring and grief as something everyone can help with, not only health and care services.',
    ],
    origin: 'library',
  },
  {
    id: 'person-centred-care',
    term: 'person centred care',
    aliases: ['person centred'],
    definition: [
      'Care that is planned and given around the whole person: their needs, their wishes and what matters to them, with the person (and, if they wish, those close to them) involved in decisions.',
      'It is also often written ‘person-centred’.',
    ],
    origin: 'library',
  },
  {
    id: 'bereavement',
    term: 'bereavement',
    aliases: ['bereaved'],
    definition: [
      'Losing someone close to you through their death, and the time of grief and adjustment that follows.',
      'Support can also begin before a death; the framework calls this pre-bereavement care.',
    ],
    origin: 'library',
  },
  {
    id: 'carer',
    term: 'carer',
    aliases: ['carers', 'carer(s)'],
    definition: [
      'Someone, often a family member or friend, who gives unpaid help and support to a person who is ill, disabled or frail.',
      'The framework also speaks of ‘professional carers’, meaning the paid staff who give care.',
    ],
    origin: 'library',
  },
  {
    id: 'bame',
    term: 'BAME',
    aliases: ['black and minority ethnic'],
    definition: [
      'Short for ‘black and minority ethnic’ (also often ‘Black, Asian and minority ethnic’), a term that was used to group together people from ethnic minority backgrounds in the UK.',
      'Since 2021 the UK government and many organisations have moved away from the term, because it groups very different people together.',
    ],
    origin: 'library',
  },
  {
    id: 'persistent-vegetative-state',
    term: 'persistent vegetative state',
    aliases: ['PVS'],
    definition: [
      'A long-lasting condition after a severe brain injury in which a person may seem awake at times but shows no signs of being aware of themselves or their surroundings.',
      'Doctors now often use other terms, such as ‘prolonged disorder of consciousness’.',
    ],
    origin: 'library',
  },
  {
    id: '24-7-access',
    term: '24/7 access',
    aliases: ['24/7'],
    definition: ['Being able to get help at any time of the day or night, every day of the week, including weekends and bank holidays.'],
    origin: 'library',
  },
];
