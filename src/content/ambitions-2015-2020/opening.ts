import type { OpeningSection } from '../types.js';

/**
 * The framework's opening sections, before the ambitions: Foreword,
 * Introduction (with "About our ambitions"), the box about the Partnership
 * and the Executive Summary, transcribed verbatim (only PDF extraction noise
 * repaired: line breaks, page breaks, reference numerals). The signatories'
 * names and roles, which the extracted text runs together in three columns,
 * are set out one by one.
 *
 * A module of its own: only `<peolc-framework>` shows them, so the text the
 * other elements load does not carry them (see `ambitions2015to2020Complete`).
 */
export const openingSections2015to2020: OpeningSection[] = [
  {
    id: 'foreword',
    title: 'Foreword',
    epigraph: {
      text: 'How we care for the dying is an indicator of how we care for all sick and vulnerable people',
      source: 'National End of Life Care Strategy 2008',
    },
    body: [
      'Death and dying are inevitable. Palliative and end of life care must be a priority. The quality and accessibility of this care will affect all of us and it must be made consistently better for all of us. The needs of people of all ages who are living with dying, death and bereavement, their families, carers and communities must be addressed, taking into account their priorities, preferences and wishes.',
      'As people, professionals and local leaders within the health and social care system and our communities, we must commit to these ambitions and to the framework that will enable their delivery. This framework is not a new strategy. It builds on the 2008 Strategy for End of Life Care and the improvements that have followed, but much more needs to be done. That Strategy was developed in a different world and a different NHS to the one that exists now.',
      'Today, the emphasis is on local decision-making and delivery, so this document provides a national framework for local action. Constrained resources and increasing demands put all those who use, work in, and lead local organisations under an obligation to create new ways to build more effective systems of care, putting existing resources to more creative and effective use, aligning with wider changes flowing from the NHS Five Year Forward View.',
      'We need a collective response. The will, determination and innovation of organisations working collaboratively to find new ways of delivering better care will, and must, make a difference. The essential challenge is to learn how to work together, collectively and differently to achieve these ambitions and the standard set out in the NICE Quality Standard for End of Life Care (2011). It is up to us. Engaging with the task, sharing good practice, using what we know and being prepared to learn what we haven’t yet understood.',
      'Palliative and end of life care requires collaboration and cooperation to create the improvements we all want. This is the approach we have used in our own new Partnership of organisations representing health and social care, statutory and voluntary bodies, and people with personal and professional experience, speaking with one voice.',
      'Health and social care are equal partners in this endeavour. Cross-organisational collaboration is vital to design new ways of working that will enable each community to achieve these ends. These systems must reach out beyond the usual networks of organisations and communities to call upon contributions, ideas and actions from a wider spectrum of people. We need integrated health and social care systems that work with people, as well as for people.',
      'We live in a world where improvement no longer comes about as a consequence of central direction. It is local leadership, in all that local leaders do, say and exemplify, that is vital to finding new ways of organising care and support for people.',
      'We specifically require local professionals and local leaders to act. We expect you to designate a local lead, whether this is the Health and Wellbeing Board, Clinical Commissioning Group, Local Authority or some composite of these. The job is to lead and coordinate a process for working towards these ambitions, a process that is open, transparent and effective.',
      'As a Partnership we are committed to act, help and support, both as individual organisations and by working together. This is the start of our collective engagement to turn ambitions that should by now have been standard, into a reality for all.',
      'Our leadership, engagement and will, within and beyond the Partnership, are the most important mechanisms for change. They will all be needed if we are to create the care that we ourselves desire and should feel obligated to create for everybody.',
    ],
    signatories: [
      { name: 'Professor Bee Wee', role: 'National Clinical Director for End of Life Care, NHS England' },
      { name: 'Dr Jane Collins', role: 'Chief Executive, Marie Curie' },
      { name: 'John Powell', role: 'Policy Lead for End of Life Care, Association of Directors of Adult Social Services' },
    ],
  },
  {
    id: 'introduction',
    title: 'Introduction',
    body: [
      'In 2008 the first national strategy for end of life care in England galvanised the health and social care system with three key insights: that people didn’t die in their place of choice; that we needed to prepare for larger numbers of dying people and that not everybody received high-quality care. ‘Some people experience excellent care in hospitals; hospices; care homes and in their own homes. But the reality is that many do not’.',
      'Since then other nation specific strategies and reports have followed. These have encompassed all ages, all four nations and all conditions. New care processes have been developed. New indicators of quality have been set. New systems for scrutiny have been devised. New systems for funding are under development. Investment and innovation has led to significant progress particularly in reversing the long term increase in the numbers dying in hospital. There is now a need for a relentless focus on improving outcomes, including people’s experience and quality of care, wherever the setting.',
      'Recently the variation in quality of care at the end of life has become a point of national debate. Cumulatively the weight of independent reviews, system-wide alliances, the Health Committee, the Health Ombudsman, the work of national charities and the government’s own priorities for the NHS, have brought reflection and urged change, particularly in the context of the increasing needs of people as they approach the end of their lives. It is important to emphasise that while death may not be a failure, poor care is.',
      'We are a broad Partnership of national organisations working in England and with a deep commitment to improving end of life care in our country. We understand the powerful descriptions of only partial success, and we recognise that the experience of good care is often patchy when it must be universal. Since 2008 the focus on person centred care has rightly come to the fore and must now be reflected in everything we do. We must continue to build on the strategy but we need to reframe this within today’s context with its emphasis on local leadership, service delivery and accountability. So, in this document, we set out our ambitions for palliative and end of life care, based on our collective experience and the analysis of the many reviews and reports in this area, and present a framework for local action. Such action must be focused around the individual and those important to them, so it has to be locally led and delivered, supported by us all across all communities.',
      'The case for change is irrefutable and recent developments bring opportunity. The NHS Five Year Forward View and the recent Directors of Adult Social Services’ Next Five Years document, as well as numerous linked initiatives mean that we can put end of life care at the heart of an integrated approach to care and support.',
      'This is the right place for the care that each and every one of us may need. It is the right place for care that often needs to be delivered directly alongside the varied and complex circumstances of our life.',
      'This opportunity must be grasped. We are sharing this framework for action with local leaders in every community whether they work in the statutory, private or voluntary sectors. We expect them to plan and act, using this framework, so that these ambitions can be brought into reality. Local organisations including CCGs, Local Authorities and in particular, Health and Wellbeing Boards are well placed to convene, activate and coordinate this local leadership. We want our ambitions to become their ambitions.',
    ],
    subsections: [
      {
        title: 'About our ambitions',
        body: [
          'The format is straightforward. We present our overarching vision and the six ambitions that we want to see achieved. We know that to succeed we must inspire a wide range of professionals and organisations to accelerate the pace of improvement. As individual organisations we are all committed to supporting this work and will be reviewing progress as well as using our own influence to bring about change.',
          'For each ambition we summarise what we already know. We do not offer a systematic literature review but we give the references necessary to demonstrate the weight of agreement. It is not a lack of knowledge that is inhibiting our collective efforts; it is about the will and priority that must be given to applying that knowledge in a focused and purposeful way.',
          'For each ambition we identify what is needed to realise that ambition. These are the foundations and building blocks which local health and social care leaders can use to build the accessible, responsive, effective, and personal care needed at the end of life.',
          'We invite you to make this vision and these ambitions your own and become part of this ‘coalition of the willing’. Ultimately, there is nothing we can do to avoid death but we believe we can work collectively to make the care that surrounds that inevitability as good as possible, for all.',
        ],
      },
    ],
  },
  {
    id: 'about-the-partnership',
    title: 'About The National Palliative and End of Life Care Partnership',
    body: [
      'The National Palliative and End of Life Care Partnership is a group of national organisations with experience of, and responsibility for, end of life care. Its members have come together to produce a framework to improve palliative and end of life care in our country and have agreed to work together and with others to realise our ambitions. Its members are: Association for Palliative Medicine; Association of Ambulance Chief Executives; Association of Directors of Adult Social Services; Association of Palliative Care Social Workers; Care Quality Commission; College of Health Care Chaplains; General Medical Council; Health Education England; Hospice UK; Macmillan Cancer Support; Marie Curie; Motor Neurone Disease Association, National Bereavement Alliance; National Care Forum; National Council for Palliative Care; National Palliative Care Nurse Consultants Group; National Voices; NHS England; NHS Improving Quality; Patients Association; Public Health England; Royal College of General Practitioners; Royal College of Nursing; Royal College of Physicians; Social Care Institute for Excellence; Sue Ryder and Together for Short Lives.',
      'This statement of our collective ambition represents the start of our work. Each member of the Partnership will respond to this statement of intent by developing their own actions and commitments to improve care.',
    ],
  },
  {
    id: 'executive-summary',
    title: 'Executive Summary',
    body: [
      'End of life care is care that affects us all, at all ages, the living, the dying and the bereaved. It is not a response to a particular illness or condition. It is not the parochial concern of a particular group or section of society.',
      'When it comes to death the statistics are stark. 100% of us will die. The question is what are we all going to do about that? How are we going to create confidence in the care that we may need? And how do we promote the wellbeing of those living with loss?',
      'We cannot defeat death. However, we can change the way we talk about dying, death and bereavement and prepare, plan, care and support those who are dying and the people who are close to them. We must strengthen and improve our ability to provide care whatever the circumstances of our dying.',
      'Reports and investigations too frequently identify poor care. The consistency of their critique tells us that we have a collective responsibility to do better. With a rapidly ageing society and changing patterns of illness many more people will live with long term conditions. Each year more of us will die and many more of us will face the challenges of dying, death and bereavement. We also know that more children are living with complex life-limiting illness with huge caring responsibilities placed on their families. Now is the time for shared ambition and urgency.',
      'Our vision for the many living with the foreseeable prospect, and consequence, of death, dying and bereavement draws upon the wishes of those with experience and seeks to ensure a personal experience of life that is as good as possible.',
      '“I can make the last stage of my life as good as possible because everyone works together confidently, honestly and consistently to help me and the people who are important to me, including my carer(s).”',
      'For some, this is an apt description of how the system provides for them. For too many, it just doesn’t match their experience. This should and does frustrate us. Our goal is to make this experience a consistent reality for all.',
      'As organisations with experience of, and responsibility for, palliative and end of life care we have made a collective decision to act together to do all we can to achieve for everyone what we would want for our own families. We have worked to distil what is important and to grasp the opportunity created by the drive for more integrated care to provide a framework for change.',
      'We need to break the cycle of reports asking for change. Our approach has to be different. We propose resetting our sights on six positive ambitions for palliative and end of life care. By setting out a framework for local action we want to create a new impetus for better care. We also identify the eight foundations that underpin and are required to bring about this improvement. Different individuals and organisations can lay these foundations, either on their own or collectively.',
      'These ambitions will guide us all on the next stage of our collective endeavour. That they are achievable makes us optimistic. We must be constantly restless until we can demonstrate that they are secure.',
    ],
    subsections: [
      {
        title: 'Our six ambitions',
        body: [
          'Each of our six ambitions includes a statement to describe the ambition in practice, primarily from the point of view of a person nearing the end of life. Although we have focused on the experience of the dying person, our concern is broader. Each statement should also be read as our ambition for carers, families, those important to the dying person, and where appropriate for people who have been bereaved.',
          'The need for honest conversation and the importance of joined up care are as important for carers and families as individuals. The need for support from, and for, empathetic and competent health and care staff is as important for carers, families and those who are bereaved, as it is for the dying. As is the help that can be given by the communities of which we are part.',
          'We need to have a nation where each death matters. This means extending our concern beyond the care required by those living with predictable life-shortening illness, to ensure a better response from the health and care system and from society, to sudden, unpredictable or very gradual dying.',
        ],
      },
    ],
  },
];
