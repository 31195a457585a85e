import type { AmbitionText } from '../types.js';

/** Ambitions four to six of the 2015–2020 edition, transcribed verbatim. */
export const ambitionsFourToSix: AmbitionText[] = [
  // 4. Care is coordinated
  {
    statement:
      'I get the right help at the right time from the right people. I have a team around me who know my needs and my plans and work together to help me achieve them. I can always reach someone who will listen and respond at any time of the day or night.',
    whatWeKnow: [
      'Fragmented and disjointed care is a source of frustration and anxiety for the dying person and for all those important to them.',
      'Carers often testify to the difficulties of multiple professionals and organisations working with little awareness of each other. This lack of coordination causes significant distress.',
      'Poor communication and a failure to share information about the dying person is a recurrent failing when care is not good enough.',
      'We have to find a way to provide the social care that people need regardless of financial circumstances.',
      'We know that 24/7 expert palliative and end of life care services need to be available and that their availability around the clock is key to building a system of high quality care.',
      'We know that access and trust in the services available in the community are crucial to sustaining care outside of hospitals – most people’s preferred environment.',
    ],
    buildingBlocks: [
      {
        id: 'shared-records',
        title: 'Shared records',
        summary:
          'Care records for all people living with a long term condition must encompass their needs and their preferences even as they approach the end of life. With the person’s consent, these records should be shared with all those involved in their care.',
        body: [
          'To move from ambition to actuality requires an ability to share care records for all people living with a long term condition – ensuring that their integrated primary health and social care record encompasses their needs as they near death. This sharing needs to be achieved electronically.',
          'This should be with the consent of the person. When it comes to sharing access to information within the team providing care, then consent can be implied. However, if the person might be unsure about the team’s make-up, or anything else, their explicit consent should be sought. If the person lacks the mental capacity to make the decision, sharing must only be in their best interests.',
          'Local systems for the effective sharing of care plans should also include information about the services that are available to meet the needs of those who are dying. Variation and incompatibility between IT systems has to be rapidly resolved, as does the continued difficulty of access to statutory IT systems.',
        ],
      },
      {
        id: 'clear-roles-and-responsibilities',
        title: 'Clear roles and responsibilities',
        summary:
          'Organisational leadership is vital and information for families, carers and individuals should be joined up in a way that provides a clear oversight of the respective roles and responsibilities of providers within that system.',
        body: [
          'Systems of care may be immature in different respects and may need to be guided towards greater sophistication by the work of commissioning partnerships that are knowledgeable about the specific requirements of good palliative and end of life care. Organisational leadership is vital. Information for families, carers and individuals should be joined up in a way that provides a clear oversight of the respective roles and responsibilities of both service and education providers. The roles of these providers should reflect the frameworks set by national regulators.',
        ],
      },
      {
        id: 'a-system-wide-response',
        title: 'A system-wide response',
        summary:
          'As new models of care emerge approaches have to develop to enable a better system-wide response to dying people, using a full range of coordinated services deployed in the community.',
        body: [
          'As new models of care emerge from the development of the NHS Forward View and the Directors of Adult Social Services’ blueprint for the next five years, approaches have to develop to enable a better system-wide response to dying people, using a full range of coordinated services deployed in the community. To achieve this will require systems of care coordination that add to the effectiveness and speed of this community response. However, these need to be implemented in ways that do not inhibit or restrict responsiveness by adding extra layers of process to the delivery of care. These systems must also include enabling dying people and their families to access expert and experienced professionals as needed at any time of the day or night.',
        ],
      },
      {
        id: 'everyone-matters',
        title: 'Everyone matters',
        summary:
          'Local systems of care have to put the needs of dying children and young adults, those living with frailty including at older age, and the need to anticipate and support those who will have to live with loss, at the centre of their thinking.',
        body: [
          'Joined up care should mean an emphasis on responding effectively to the widest range of difficulties people experience, and an awareness of the need for anticipatory and pro-active care. Local systems of care have to encompass the needs of dying children and young adults, people who are frail including in older age, and people living with dementia and learning disabilities. They should also anticipate and support those who will have to live with loss. Too often these needs are considered peripheral to the response required for people living with more predictable illness.',
        ],
      },
      {
        id: 'continuity-in-partnership',
        title: 'Continuity in partnership',
        summary:
          'Joined up care requires joined up thinking and working by individuals and by organisations. This will require active partnerships particularly between the NHS, social care and the voluntary sector.',
        body: [
          'Delivering continuity of care requires individuals and organisations to think and work in a joined up way so that each is aware and acts in full knowledge of the other. This will require active partnerships particularly between the NHS, social care and the voluntary sector. These will be partnerships of provision and partnerships in commissioning. Expertise and insight should be shared to ensure that system wide specifications and joint accountability for outcomes for care are developed and delivered. This is at the heart of systems leadership.',
          'Information sharing agreements will help support working together, although their absence should never obstruct necessary and appropriate sharing. Central to all this should be the appreciation that a person centred approach to care requires attention to the continuity of the relationships that are built with that person, the continuity of the information that is shared with and about them, and the continuity of how their care is managed.',
        ],
      },
    ],
  },
  // 5. All staff are prepared to care
  {
    statement: 'Wherever I am, health and care staff bring empathy, skills and expertise and give me competent, confident and compassionate care.',
    whatWeKnow: [
      'Caring for the dying, looking after the bodies of the dead and supporting people facing loss and grief, before and after death, is difficult and distressing. It challenges the resilience and fortitude of those working in end of life care.',
      'Most health and care staff look after people who are nearing death, so if care is to improve they must be trained in those aspects of end of life care that are appropriate to their role.',
      'Too often the employers of health and care professionals have not acted systematically to help their staff avoid the debilitating effects of burn out, avoidance or helplessness resulting from lack of education, training and support.',
      'Staff can only provide compassionate care when they are cared for themselves and must be supported to sustain their compassion so that they can remain resilient, and use their empathy and apply their professional values every time.',
      'We know that good pain and symptom management benefits both the dying and those who spend time with them.',
      'If we are to make deaths at home more achievable, we know that we have to do more to ensure sufficient support for those paid carers who may be vital to sustaining the viability of care at home.',
    ],
    buildingBlocks: [
      {
        id: 'professional-ethos',
        title: 'Professional ethos',
        summary:
          'To ensure people receive the care they need paid carers and clinicians at every level of expertise need to be trained, supported and encouraged to bring a professional ethos to that care.',
        body: [
          'To ensure people receive the care they need, end of life care has to be considered as everybody’s business and all paid carers and clinicians at every level of expertise need to be trained, supported and encouraged to bring a professional ethos to that care. They should know how to listen to people and to help them make decisions. They must be allowed to use their judgement, their values and their authority to ensure that the care is right for the individual and that nothing is allowed to get in the way of that goal. To do this requires leadership and means ensuring that the needs of the dying person always come first.',
        ],
      },
      {
        id: 'support-and-resilience',
        title: 'Support and resilience',
        summary:
          'To give care day in and day out requires organisational and professional environments that ensure psychological safety, support and resilience.',
        body: [
          'Delivering care at the end of life has its own difficulties. Providing such care for people with learning disabilities or dementia and giving care across a range of settings including the busy intensity of a hospital ward is demanding. Nobody is immune from the traumatic nature of death and dying. To give care day in and day out requires organisational and professional environments in all settings that ensure psychological safety, support and resilience. This could range from individual support through clinical supervision to communities of practice through networks. Local and national organisations are duty bound to pay attention to the health and wellbeing of all their staff if they are to remain engaged in this difficult and emotionally demanding work.',
        ],
      },
      {
        id: 'knowledge-based-judgement',
        title: 'Knowledge based judgement',
        summary:
          'Only well-trained, competent and confident staff can bring professionalism, compassion and skill to the most difficult and intensely delicate physical and psychological caring.',
        body: [
          'Only well-trained, competent and confident staff can bring professionalism, compassion and skill to the most difficult and intensely delicate physical and psychological caring. It is clear, knowledgeable, responsive and confident professional judgement that is the best guarantee of good care. Health and social care regulators, of both organisations and professions, need to ensure this is in place everywhere for people who are facing the last days, weeks, months and years of their lives. They must assure the education that people receive is good and well delivered and this must be part of their inspection of service providers. This is the starting point from which to secure support for each and every professional working with dying people, and those who are important to them.',
        ],
      },
      {
        id: 'awareness-of-legislation',
        title: 'Awareness of legislation',
        summary:
          'All those who provide palliative and end of life care must understand and comply with legislation that seeks to ensure an individualised approach.',
        body: [
          'All those who provide palliative and end of life care should be aware not only of the encouragement towards person centred ways of doing things but of the legislation that seeks to ensure an individual approach. To secure our ambition, all organisations who provide end of life care should understand and ensure that they comply with – amongst others – the Children and Families Act, the Care Act and the Mental Capacity Act, as well as their duties for safeguarding adults and children. Similarly, it is vital that equality duties and commitments are understood and that diversity is put at the heart of service development and practitioner training. A widespread lack of knowledge about the way different communities may approach the challenges of dying, death and bereavement is not acceptable.',
        ],
      },
      {
        id: 'using-new-technology',
        title: 'Using new technology',
        summary:
          'Professionals have to adapt to new ways of learning and of interacting with the people they are supporting and they need help and guidance to do so. Technology can also play a significant role in enhancing the professionals’ own learning and development.',
        body: [
          'People access, use and expect information from across a wide range of platforms and in diverse formats. To support those delivering good palliative and end of life care we have to help them make safe use of new technology to build relationships with those who are approaching death. The better use of this technology can help to bring support directly to the person and their family and carers. Professionals have to adapt to new ways of interacting with the people they are supporting and they need help and guidance to do so.',
          'Indeed, technology and simulation can also play a role in enhancing their own learning and development and they must be encouraged to take advantage of this, balancing these learning opportunities with face-to-face experiential learning.',
        ],
      },
      {
        id: 'executive-governance',
        title: 'Executive governance',
        summary:
          'Every organisation should have clear governance at Board level for high quality palliative and end of life care and environments in which all staff can provide the best of their professionalism and humanity.',
        body: [
          'The accountability for ensuring environments that support all professionals to give their best lies with the executive governance of the organisation. Every organisation should have clear governance at Board level for high quality palliative and end of life care and environments in which all staff can provide the best of their professionalism and humanity.',
        ],
      },
    ],
  },
  // 6. Each community is prepared to help
  {
    statement:
      'I live in a community where everybody recognises that we all have a role to play in supporting each other in times of crisis and loss. People are ready, willing and confident to have conversations about living and dying well and to support each other in emotional and practical ways.',
    whatWeKnow: [
      'Dying, death and bereavement are not primarily health and social care events; they affect every aspect of people’s lives and experience.',
      'Dying and bereaved people often feel disconnected or isolated from their communities and networks of support.',
      'Despite some real progress and the growing reach and impact of the Dying Matters Coalition there remains a continued need to address and dissolve the taboo that many people feel when it comes to talking about dying, death and bereavement and facing up to their own mortality and that of the people important to them.',
      'There are ways to foster and support compassionate communities and to put end of life care at the heart of community health and wellbeing.',
      'Supporting and working with communities, to develop their capacity to play a significant role in supporting individuals and those important to them, at the end of life and through bereavement, can help achieve the best outcomes for those with pressing needs.',
      'Volunteers are a significant resource in creating good end of life care and must be valued more highly and used more effectively.',
    ],
    buildingBlocks: [
      {
        id: 'compassionate-and-resilient-communities',
        title: 'Compassionate and resilient communities',
        summary:
          'Public health approaches to palliative and end of life care need to be accelerated and support given to people and communities who can provide practical help and compassion.',
        body: [
          'Much is known about helping to nourish compassionate and resilient communities, and build capacity to provide practical support. This is now being applied in palliative and end of life care, and we are starting to see public health approaches to palliative care in England, such as the Dying Well Community Charter pathfinders and the Compassionate Cities approach. This now needs to be accelerated and to become the norm. To achieve our ambition local initiatives must build both on the work of the Dying Matters Coalition and follow these public health approaches to capacity building in communities.',
          'This means unleashing what the Five Year Forward View referred to as the “renewable energy” of people and communities to provide practical support. There is no doubt that the wider energy and resources of our communities can help. Recognising what communities are already doing and supporting them to do more, as well as encouraging and developing the ability of all of us to discuss dying, death and bereavement in better-informed and more confident ways, will help dying and bereaved people be better supported and ensure that they do not become isolated from their communities.',
        ],
      },
      {
        id: 'public-awareness',
        title: 'Public awareness',
        summary:
          'Those who share our ambition should work to improve public awareness of the difficulties people face and create a better understanding of the help that is available.',
        body: [
          'Change will be informed by sharing stories that illustrate both the challenges of nearing the end of life and the possibility of excellent care and support. All relevant organisations should work to improve public awareness of the difficulties people face and create a better understanding of the help that is available. Every opportunity should be taken to use media of all types to encourage everyone to play a part in supporting people nearing the end of their lives, including what people can and want to do for themselves, such as making wills and advance care planning.',
        ],
      },
      {
        id: 'practical-support',
        title: 'Practical support',
        summary:
          'Local health, care and voluntary organisations should find new ways to give the practical support, information and training that enables families, neighbours and community organisations to help.',
        body: [
          'Communities need greater recognition and support for the help that they can provide for people with end of life care needs. Local health, care and voluntary organisations should find new ways to work alongside families, neighbours and community organisations as well as to give them practical support, information and training. By the same token, care must be taken to respect privacy. Confidential personal information should only be disclosed, with explicit consent, to people not involved in direct care. Local action should include work with local employers, communities of all faiths and local schools. Commissioners should include public health approaches in their plans.',
        ],
      },
      {
        id: 'volunteers',
        title: 'Volunteers',
        summary:
          'To achieve our ambition more should be done locally and nationally to recruit, train, value and connect volunteers into a more integrated effort to help support people, their families and communities.',
        body: [
          'Palliative and end of life care has a strong attraction to a vast number of volunteers working across the statutory, private and voluntary sector. The volunteers’ contribution can be used to far greater effect. To achieve our ambition more should be done locally and nationally to recruit, train, value and connect volunteers into a more integrated effort to help support people, their families and communities. This will need to be an area of future national and local initiative.',
        ],
      },
    ],
  },
];
