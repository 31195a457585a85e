import type { AmbitionText } from '../types.js';

/** Ambitions one to three of the 2015–2020 edition, transcribed verbatim. */
export const ambitionsOneToThree: AmbitionText[] = [
  // 1. Each person is seen as an individual
  {
    statement:
      'I, and the people important to me, have opportunities to have honest, informed and timely conversations and to know that I might die soon. I am asked what matters most to me. Those who care for me know that and work with me to do what’s possible.',
    whatWeKnow: [
      'Having our personal needs and wishes ignored or overridden is a deeply rooted fear for those who are dying, their families, and the many people who are carers, as well as those who have been bereaved.',
      'We know that much about recognising dying and impending death is uncertain and challenging. However, timely identification and honesty where there is uncertainty is key to the quality of care – all else follows.',
      'We know that despite the difficulty that can be associated with talking about death, people want repeated opportunities to consider whether to engage in such honest conversations about their future.',
      'We know that people want to be involved in their care, and should be given all the information, advice and support they need to make decisions about it.',
      'We know that with effort, collaboration and system leadership health and social care can be designed around the wishes of the person approaching death.',
      'We know that asking, recording and working to support choices requires those who lead organisations and the care professionals who work in them to be innovative in how to enable choices to be met, particularly within resource constraints.',
    ],
    buildingBlocks: [
      {
        id: 'honest-conversations',
        title: 'Honest conversations',
        summary: 'Everybody should have the opportunity for honest and well-informed conversations about dying, death and bereavement.',
        body: [
          'Everybody should have the opportunity for honest, sensitive and well-informed conversations about dying, death and bereavement, whether they are the person dying, their family, their carers or those important to them. We recognise that the ‘when’ and ‘how’ of such conversations need to take account of the preparedness and the perspective of the individual nearing the end of their life. However, professionals have to be sure that opportunities for honest and sensitive conversations about the future are clearly offered. Where possible these offers to talk should be early enough to enable people to reflect on their circumstances, to adapt and to plan. All local and national organisations with responsibility for the care of dying people should use their leadership to promote and encourage these conversations and to take steps to break down barriers about how dying, death and bereavement are discussed.',
        ],
      },
      {
        id: 'systems-for-person-centred-care',
        title: 'Systems for person centred care',
        summary:
          'Effective systems need to reach people who are approaching the end of life, and ensure effective assessment, care coordination, care planning and care delivery.',
        body: [
          'Effective systems for person centred care need to encompass: systematic ways of reaching people who are approaching the end of life, effective assessment as well as effective decision making support, care coordination, care planning, and care delivery. It also requires effective ways of managing the timely and sometimes repeated input of Specialist Palliative Care services or dedicated children’s palliative care services, when needed. Such systems should identify the goals of the person nearing death. Part of the approach should include the appropriate use of person centred tools to measure the quality and impact of care on the dying person within the context of local audit and reflection. We urge local health and care systems to adopt such approaches.',
        ],
      },
      {
        id: 'clear-expectations',
        title: 'Clear expectations',
        summary: 'People should know what they are entitled to expect as they reach the end of their lives.',
        body: [
          'People should know what they are entitled to expect as they reach the end of their lives. Those who commission local systems of care should tell people what they might reasonably expect of their health and care services as they approach death, and make sure this is publicised. This should include services to help people who are bereaved. This must be informed by the obligations and the legislation under which they act as well as the guidance from NICE. There is a significant and welcome shift towards recognising the importance of person centred care. In our view, making sure people are clear about what they can expect is crucial to enabling person centred care.',
        ],
      },
      {
        id: 'access-to-social-care',
        title: 'Access to social care',
        summary: 'People must be supported with rapid access to needs-based social care.',
        body: [
          'People must be supported with rapid access to needs-based social care. The reality of care at the end of life is that it encompasses what professionals see as a mix of ‘health’ needs and ‘personal and social care’ needs. Expertise in both is important for the best clinical assessment of need and the best delivery and management of hands-on care, in the right environment, right through until death. National and local statutory and voluntary organisations must find ways of working together to deliver all the personal care, health care and social care that people need to live their last days, weeks, months and years as well as possible.',
        ],
      },
      {
        id: 'helping-people-take-control',
        title: 'Helping people take control',
        summary:
          'Personal budgets and integrated personalised commissioning are some of the potentially powerful tools for delivering tailored and personal care for many more people.',
        body: [
          'Helping people take control at the end of their life should be our goal. Although people can be vulnerable and less resilient as they die, this must not become a reason for not helping people to have control where possible, or at least supporting people to retain as much control as they wish to have. National and local organisations should see personal budgets and integrated personalised commissioning as potentially powerful tools for enabling the delivery of tailored and personal care for many more people. Education and training on the application of these tools should be widespread, as they can ensure that an improvement in personalised care is put at the heart of local plans.',
        ],
      },
      {
        id: 'integrated-care',
        title: 'Integrated care',
        summary:
          'End of life care is part of new models of integrated health and social care being promoted across the health and social care system.',
        body: [
          'Creating the individual person centred care that is at the heart of our ambitions means ensuring palliative and end of life care is part of the new models of integrated health and social care. Such systems are being promoted, supported and developed across the NHS, the voluntary sector and the wider health and social care system over the next 5 years. We urge national and local organisations to use the planning guidance for the Better Care Fund and the Five Year Forward View. We also suggest they look at the Association of Directors of Social Services’ proposals for the Next Five Years alongside a range independent reports and recommendations, many of which support plans for this integrated and personalised offer of holistic care, for every individual.',
        ],
      },
      {
        id: 'good-end-of-life-care-includes-bereavement',
        title: 'Good end of life care includes bereavement',
        summary:
          'Caring for the individual includes understanding the need to support their unique set of relationships with family, friends, carers, other loved ones and their community, including preparing for loss, grief and bereavement.',
        body: [
          'Caring for the person as an individual means understanding and bringing sensitivity to the need to support their unique set of relationships with family, friends, carers, other loved ones and their community. Providers of palliative and end of life care must seek to support this network by helping them to help the person who is dying. Such help includes supporting them in their own preparation for bereavement. This support must be available, sensitive and tailored to the context of their own needs, and their individual lives. This obligation extends to the care that is needed in response to sudden death and suicide where good end of life care encompasses support to help people manage the impact of such unexpected or traumatic death on those who are bereaved.',
        ],
      },
    ],
  },
  // 2. Each person gets fair access to care
  {
    statement: 'I live in a society where I get good end of life care regardless of who I am, where I live or the circumstances of my life.',
    whatWeKnow: [
      'People from black and minority ethnic (BAME) communities and deprived areas report a poorer quality of end of life care; similarly those who are living with non-malignant illnesses, people living in more deprived areas, the homeless or imprisoned, and those who are more vulnerable or less able to advocate for their own care.',
      'The quality of end of life care is poorer and harder to access for people who live in very rural or other isolated areas.',
      'There remain unacceptable inequities and inequalities in access to palliative and end of life care particularly for those with learning disabilities, dementia and non-malignant long term conditions. There is a collective responsibility on all of those involved in the commissioning and provision of end of life care to put this right.',
      'There are unacceptable variations in aspects of palliative and end of life care such as access to pain control, related to different care settings.',
    ],
    buildingBlocks: [
      {
        id: 'using-existing-data',
        title: 'Using existing data',
        summary: 'Local end of life care organisations must use aggregate data to understand and remedy the partial reach of their services.',
        body: [
          'Local end of life care organisations must use aggregate data to understand and remedy the partial reach of their services. Data collected by a range of organisations: the National Council of Palliative Care; the National End of Life Care Intelligence Network; Together for Short Lives as well as the Association of Directors of Social Services, can be used to shape the local plans that are needed to ensure fairness in care for those facing the last stage of their lives.',
        ],
      },
      {
        id: 'community-partnerships',
        title: 'Community partnerships',
        summary:
          'Local plans should include partnerships between different faith groups and cultural communities, as well as the diverse organisations that support children and young adults, people living with different life shortening illness, and those managing the difficulties of older age.',
        body: [
          'Dying, death and bereavement affects everyone, so everyone must be able to get care that works for them personally, for their family and carers and for their communities. Local plans should include the development of community partnerships between different faith groups and cultural communities, as well as the diverse organisations that support children and young adults, people living with different life shortening illnesses, and those managing the difficulties of older age.',
        ],
      },
      {
        id: 'generating-new-data',
        title: 'Generating new data',
        summary:
          'Individual organisations and local systems of care should engage with initiatives to generate much more robust and useful statistical data. This can guide care, drive organisational strategies and inform local and national progress.',
        body: [
          'Individual organisations and local systems of care should engage with initiatives to generate much more robust and useful statistical data. A national data collection that records anonymised individual outcomes for a wide range of groups is vital. These data can inform local and national progress, can drive organisational strategies and guide care. Their utility far outweighs the burden of data collection and has multiplying positive impact.',
        ],
      },
      {
        id: 'unwavering-commitment',
        title: 'Unwavering commitment',
        summary:
          'To achieve equity in access, provision and responsiveness requires unwavering commitment. This should be backed up by local contracts that embed evidence-based measures of equity in provision.',
        body: [
          'To achieve equity in access and responsiveness requires unwavering commitment. Local systems of care must demonstrate progress and establish accountability mechanisms to ensure this ambition is kept at the centre of the day-to-day organisation and delivery of care. This should be backed up by local contracts that embed evidence-based measures of equity in provision.',
        ],
      },
      {
        id: 'population-based-needs-assessment-and-commissioning',
        title: 'Population based needs assessment and commissioning',
        glanceTitle: 'Population based needs assessment',
        summary:
          'Locally, Health and Wellbeing Boards should lead the development of population based needs assessment for end of life care services. Commissioners and providers need to use this to influence their organisation of care so that they can demonstrate increasingly equitable outcomes.',
        body: [
          'Locally, Health and Wellbeing Boards should lead the development of population based needs assessment for end of life care services. Commissioners and providers will need to demonstrate that this assessment has influenced their organisation of care and demonstrate outcomes to illustrate increasingly equitable outcomes.',
          'Indeed when commissioning services, organisations should take into account the duties placed on them under the Equality Act 2010 with regard to reducing health inequalities, as well as duties under the Health and Social Care Act 2012. Service design and communications should be appropriate and accessible to meet the needs of diverse communities.',
        ],
      },
      {
        id: 'person-centred-outcome-measurement',
        title: 'Person centred outcome measurement',
        summary:
          'The comprehensive use of person centred outcome measures will enable services to be held to account. With independent analysis of a consistent data set, improvement can be tracked and regulatory actions taken to ensure all providers are enabling fair access to care.',
        body: [
          'National as well as local organisations have to find effective systems to embed this ambition into the incentives that shape organisational and professional actions – including the comprehensive use of person centred outcome measures. Such measures should be used to hold all services to account. With independent analysis of a consistent anonymised data set, improvement can be tracked and regulatory actions taken to ensure all providers are enabling fair access to care.',
        ],
      },
    ],
  },
  // 3. Maximising comfort and wellbeing
  {
    statement:
      'My care is regularly reviewed and every effort is made for me to have the support, care and treatment that might be needed to help me to be as comfortable and as free from distress as possible.',
    whatWeKnow: [
      'Many people approaching death are fearful of being in pain or distress. Dying and death can be powerful sources of emotional turmoil, social isolation and spiritual or existential distress.',
      'We know that distress from pain and symptoms can be relieved with expert palliative care and that inadequate and misguided clinical interventions are features of patients’ and their families’ poor experiences.',
      'We know that access to good and early palliative care can improve outcomes for life expectancy as well as improve the quality of life.',
      'A comfortable death can help those who are bereaved to adjust to their loss in ways that secure their future health and wellbeing.',
    ],
    buildingBlocks: [
      {
        id: 'recognising-distress-whatever-the-cause',
        title: 'Recognising distress whatever the cause',
        summary:
          'It is important to recognise all sources of distress quickly, to acknowledge distress and to work with people to assess its extent, its cause and what might be done.',
        body: [
          'Many people with life shortening illness will experience some distress at some point, whether this is related to physical, psychological, emotional, social or spiritual reasons, or a combination of these. The distress may be related to the disease, treatment or the consequences of the illness or condition on the person, their life and those close to them. Promptly recognising, acknowledging and working with the person to assess the extent and cause of the distress, and considering together what might be done to address this is important. This must be available in every setting.',
        ],
      },
      {
        id: 'skilled-assessment-and-symptom-management',
        title: 'Skilled assessment and symptom management',
        glanceTitle: 'Skilled assessment & symptom management',
        summary:
          'Attending to physical comfort, pain and symptom management is the primary obligation of clinicians at this time of a person’s life and their skills and competence to do so must be assured and kept up to date.',
        body: [
          'Poorly controlled symptoms will dominate thoughts and feelings and prevent people addressing the things that are important to them. Attending to physical comfort, pain and symptom management is the primary obligation of clinicians at this time of a person’s life and their skills and competence to do so must be assured and kept up to date, commensurate with their role and level of responsibility. Decisions about plans for symptom management and comfort measures that have been agreed between the attending clinician and person must be shared as appropriate with relevant others, and reviewed and updated regularly and shared with those providing care. Skilled assessment and an understanding of what matters most to the person will assist symptom management decisions.',
        ],
      },
      {
        id: 'addressing-all-forms-of-distress',
        title: 'Addressing all forms of distress',
        summary:
          'The experience of suffering associated with physical symptoms may be exacerbated, or sometimes caused, by emotional, or psychological anguish, or social or spiritual distress. Addressing this requires professionals to recognise, understand and work to alleviate the causes.',
        body: [
          'Bringing comfort has to include managing physical pain and symptoms but must also encompass and seek to alleviate all the different forms of distress. The experience of suffering associated with physical symptoms may be exacerbated, or sometimes caused, by emotional or psychological anguish, or social or spiritual distress. Addressing this requires professionals to recognise, understand and work to alleviate the multidimensional causes of such suffering. Attending to all sources of pain has to underpin efforts to ensure that our care is effective in alleviating distress wherever possible.',
        ],
      },
      {
        id: 'priorities-for-care-of-the-dying-person',
        title: 'Priorities for care of the dying person',
        summary:
          'People approaching death should expect local systems to accord with the priorities identified by the Leadership Alliance for the Care of Dying People.',
        body: [
          'People approaching death should expect local systems to accord with the five priorities for care identified by the Leadership Alliance for the Care of Dying People. This should include developing individualised plans of care that include explicit consideration of food and drink, symptom control and the provision of psychological, social and spiritual support. Policies to ensure these priorities are addressed need to be in place wherever someone may be dying.',
        ],
      },
      {
        id: 'specialist-palliative-care',
        title: 'Specialist palliative care',
        summary:
          'People approaching the end of life should have access to Specialist Palliative Care when this is needed. This should include a clear understanding of how to access medicines and equipment as part of the rapid response to changing needs.',
        body: [
          'People approaching the end of life should have access to Specialist Palliative Care when this is needed. Specialist Palliative Care staff should be able to demonstrate how they have met the duties upon them to develop the capability of generalist staff to understand and support the physical and psycho-social needs of dying people. This should include a clear understanding of how to access medicines, equipment and expert advice as part of the rapid response to changing needs.',
        ],
      },
      {
        id: 'rehabilitative-palliative-care',
        title: 'Rehabilitative palliative care',
        summary:
          'Maximising the person’s independence and social participation to the extent that they wish requires professionals to work with, and support, the person in helping them to achieve their personal goals.',
        body: [
          'All members of the health and social care team should work collaboratively to maximise the person’s independence and social participation to the extent that they wish, even while acknowledging the inevitability of death. This includes working with, and supporting, the person, their carers and those involved in helping them to achieve their personal goals. All the local and national organisations that play a role in shaping care for long term conditions, frailty at any age, and care of older people, should ensure this rehabilitative approach. This should include a realistic assessment of the needs that people will have if, or when, their condition threatens to shorten their life, and how these needs can be addressed.',
        ],
      },
    ],
  },
];
