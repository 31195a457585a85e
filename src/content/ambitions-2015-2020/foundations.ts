import type { FoundationText } from '../types.js';

/** The eight foundations of the 2015–2020 edition, transcribed verbatim. */
export const foundations: FoundationText[] = [
  // 1. Personalised care planning
  {
    title: 'Personalised care planning',
    body: [
      'Everyone approaching the end of life should be offered the chance to create a personalised care plan. Many people with long term conditions or complex needs will already have a care plan and this should be updated to reflect their changing needs. Although participation must be voluntary, the opportunity for informed discussion and planning should be universal. These discussions should be between the person nearing the end of life, those important to them (as they wish) and their professional carers.',
      'The potential elements of the plan should be broad. It should allow people to express their preferences for care and set personal goals for the time they have left. The offer should include the possibility of recording preferences that might guide others if the person were to lose the mental capacity to make their own decisions (advance care planning). However, the offer should also encompass the chance to appoint a person with lasting powers of attorney or allow the person to trust their professional carers to act in their best interests. Such conversations must be ongoing with options regularly reviewed, revisited and revised.',
    ],
  },
  // 2. Shared records
  {
    title: 'Shared records',
    body: [
      'To ensure the plan can guide a person centred approach, it has to be available to that person, so that they can review, change and update it themselves. Subject to that person’s consent, or, if they lack mental capacity, in their best interests, the plan should also be shared with all those who may be involved in their care. All electronic systems for sharing health related preferences must encompass the recording and sharing of preferences at the end of life. There should be ambitious local targets for the rollout of systems for sharing digital records. These targets should help ensure that the opportunity to have preferences recorded and shared is offered to an increasing number of people with non-malignant diseases. The widespread use of electronic systems should be encouraged across health and social care providers in the statutory, voluntary and private sector. This will require support for, and investment in, the use of IT.',
    ],
  },
  // 3. Evidence and information
  {
    title: 'Evidence and information',
    body: [
      'To ensure a better response to dying, death and bereavement, the local organisations that give care need accurate and up to date information that can help them improve services. Service providers across all sectors, as well as the professionals who work within them, should participate in national initiatives to collect comprehensive, robust and anonymous data. These data should inform judgements about the quality and the accessibility of services, and support quality improvements. All those who are part of the local health and social care system that cares for the dying and bereaved should also seek to sensitively collect and use a wide range of information so that they can assess progress towards our ambitions. Palliative and end of life care organisations need to take data seriously, become data literate and invest in collecting and using data.',
      'This should include seeking insights from the people to whom they give care and those who are important to them. Those who provide services at the end of life should also regularly contribute to research as well as assessing and applying the growing evidence base arising from research into the most effective and innovative ways of ensuring a high quality service for all. Those who fund research must be cognisant of the need for strengthening the evidence base for palliative and end of life care.',
    ],
  },
  // 4. Those important to the dying person
  {
    title: 'Involving, supporting and caring for those important to the dying person',
    body: [
      'Good palliative and end of life care includes giving care and support to families, friends, carers and all those who are important to the dying person. This must encompass good bereavement and pre-bereavement care, including for children and young people. It must also respond to the needs of those who are affected by death caused by sudden illness or trauma, including suicide. As well as caring for them as individuals who are facing loss and grief, there needs to be recognition and support for their role as part of the person’s caring team, if they and the dying person wish them to be regarded in that way.',
    ],
  },
  // 5. Education and training
  {
    title: 'Education and training',
    body: [
      'Every professional needs to be competent and up to date in the knowledge and practice that enable them to play their part in good end of life care. It is vital that every locality and every profession has a framework for their education, training and continuing professional development, to achieve and maintain this competence. That framework must allow expertise and professionalism to flourish in the culture of every organisation and every caring-contact. It should offer practical examples of how care can be delivered in a way that is tailored to the person. If our ambitions are to be achieved there must be a consistent and common use of such educational resources for palliative and end of life care. The Local Education and Training Boards must support educational and service providers to use to their full potential the opportunities for learning and development that exist locally, and where needed to develop new opportunities.',
    ],
  },
  // 6. 24/7 access
  {
    title: '24/7 access',
    body: [
      'Every person at the end of life should have access to 24/7 services as needed as a matter of course. The distress of uncontrolled pain and symptoms cannot wait for ‘opening hours’. This is a necessary system-wide expectation and good end of life care cannot be achieved without it. All commissioners and providers have to engage in defining how their services will operate to ensure expert responsiveness to needs at any time of day and night.',
    ],
  },
  // 7. Co-design
  {
    title: 'Co-design',
    body: [
      'Systems of end of life care are best designed in collaboration with people who have personal and professional experience of palliative and end of life care. Organisations that provide care should have these connections and clinicians will have valuable day-to-day relationships with patients and relatives. Many local and national voluntary organisations are built on the experience of such people and service providers will find they have similar aspirations to many of these organisations. New partnerships will create the new impetus for developing the care that people need at the end of their life. All health and social care systems should involve people who have personal experience of death, dying and bereavement.',
    ],
  },
  // 8. Leadership
  {
    title: 'Leadership',
    body: [
      'The leadership of CCGs and Local Authorities and, in particular Health and Wellbeing Boards, is needed to create the circumstances necessary for action. In our vision, these bodies will come to a local arrangement where there is clear responsibility either from one organisation or a number of organisations, to oversee the process. This would include identifying the local work needed to bring these ambitions into place, such as driving forward the use of personal budgets and working to support cross-organisational leadership and collaboration. It would mean championing an approach to commissioning that is collaborative, population based and proactive, and supporting the work of those who promote the public discussion of dying, death and bereavement. Clinical leadership must be at the heart of individual service provider organisations and is vital to ensuring that each person receives the care they need at the right time.',
    ],
  },
];
