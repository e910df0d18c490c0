// The citation classes real resolutions used to lose (issue 12), one table per class, each row a real
// paragraph with its real footnotes, read as a document of the body named in its opening line.
// A row gives the (relation:target) pairs it must give — no more, no fewer — and, where the footnotes
// say where a resolution is published, the publication facts (document→volume).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/index.ts';

interface Row {
  source: string;
  /** The opening line, which tells the adopting body. */
  opening?: string;
  text: string;
  cites: string[];
  published?: string[];
  /** The verb every citation of the row must carry (where the verb is inherited, not written next to the mention). */
  verb?: string;
}

const GA = 'The General Assembly,';
const HRC = 'The Human Rights Council,';
const ECOSOC = 'The Economic and Social Council,';

const LISTS: Row[] = [
  {
    source: 'akn/ga/75_101A-B_E.xml OP12: three report symbols in one footnote',
    text: '12. Takes note of the reports of the Secretary-General on the activities of the Department of Global Communications;[^7]\n\n[^7]: A/AC.198/2020/2, A/AC.198/2020/3 and A/AC.198/2020/4.',
    cites: ['TAKES_NOTE:A/AC.198/2020/2', 'TAKES_NOTE:A/AC.198/2020/3', 'TAKES_NOTE:A/AC.198/2020/4'],
  },
  {
    source: 'akn/ga/75_97_E.xml PP25: a footnote of reports after a Security Council resolution (cited, not a volume)',
    text: 'Taking note of the relevant reports of the Secretary-General, including pursuant to Security Council resolution 2334 (2016),[^12]\n\n[^12]: A/75/328, A/75/336 and A/75/376.',
    cites: ['TAKES_NOTE:A/75/328', 'TAKES_NOTE:A/75/336', 'TAKES_NOTE:A/75/376', 'TAKES_NOTE:S/RES/2334 (2016)'],
    published: [],
  },
  {
    source: 'akn/ga/A_RES_75_295-2109003E.xml PP1: two footnotes, one with two reports',
    text: 'Having considered the reports of the Secretary-General on the financing of the United Nations Logistics Base[^1] and the related report of the Advisory Committee on Administrative and Budgetary Questions,[^2]\n\n[^1]: A/75/642 and A/75/744.\n[^2]: A/75/822/Add.10.',
    cites: ['CITES:A/75/642', 'CITES:A/75/744', 'CITES:A/75/822/Add.10'],
  },
  {
    source: 'akn/ga/75_133_E.xml OP24: resolutions with locators, then "see also" an Official Records volume',
    text: '24. Reiterates its request to the Secretary-General, in conformity with resolutions of the General Assembly on documentation-related matters,[^12] which, in particular, emphasize that any invitation to limit, where appropriate, the length of documents should not adversely affect either the quality of the presentation or the substance of the documents, to bear in mind the particular characteristics of the mandate and functions of the Commission in the progressive development and codification of international trade law when implementing page limits with respect to the documentation of the Commission;[^13]\n\n[^12]: Resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250, sect. III.\n[^13]: See resolutions 59/39, para. 9, and 65/21, para. 18; see also Official Records of the General Assembly, Fifty-ninth Session, Supplement No. 17 (A/59/17), paras. 124–128.',
    cites: ['CITES:A/59/17', 'CITES:A/RES/52/214', 'CITES:A/RES/57/283 B', 'CITES:A/RES/58/250', 'CITES:A/RES/59/39', 'CITES:A/RES/65/21'],
    published: [],
  },
  {
    source: 'akn/ga/A_RES_75_26 PP: a list with a topic after each number',
    text: 'Recalling also its resolution 36/55 of 25 November 1981, by which it proclaimed the Declaration on the Elimination of All Forms of Intolerance and of Discrimination Based on Religion or Belief, and its resolutions 72/241 of 20 December 2017 on a world against violence and violent extremism, 72/284 of 26 June 2018 on the United Nations Counter-Terrorism Strategy Review, 73/285 of 2 April 2019 on combating terrorism and other acts of violence based on religion or belief and 73/328 of 25 July 2019 on promoting interreligious and intercultural dialogue and tolerance in countering hate speech,',
    cites: ['RECALLS:A/RES/36/55', 'RECALLS:A/RES/72/241', 'RECALLS:A/RES/72/284', 'RECALLS:A/RES/73/285', 'RECALLS:A/RES/73/328'],
  },
  {
    source: 'akn/ga/75_159_E.xml PP1: a topic does not swallow the next chain ("… fistula and its resolutions 69/148 …")',
    text: 'Recalling its resolutions 62/138 of 18 December 2007, 63/158 of 18 December 2008, 65/188 of 21 December 2010 and 67/147 of 20 December 2012 on supporting efforts to end obstetric fistula and its resolutions 69/148 of 18 December 2014, 71/169 of 19 December 2016 and 73/147 of 17 December 2018 on the intensification of efforts to end obstetric fistula,',
    cites: ['RECALLS:A/RES/62/138', 'RECALLS:A/RES/63/158', 'RECALLS:A/RES/65/188', 'RECALLS:A/RES/67/147', 'RECALLS:A/RES/69/148', 'RECALLS:A/RES/71/169', 'RECALLS:A/RES/73/147'],
  },
  {
    source: 'akn/hrc/A_HRC_RES_54_26E.xml PP2: a topic between two numbers ("5/1, on institution-building …, and 5/2")',
    opening: HRC,
    text: 'Recalling Human Rights Council resolutions 5/1, on institution-building of the Council, and 5/2, on the Code of Conduct for Special Procedures Mandate Holders of the Human Rights Council, both of 18 June 2007, and stressing that the mandate holder shall discharge his/her duties in accordance with those resolutions and the annexes thereto,',
    cites: ['RECALLS:A/HRC/RES/5/1', 'RECALLS:A/HRC/RES/5/2'],
  },
  {
    source: 'akn/sc/S_RES_2328_1622417E.xml PP2: "its relevant resolutions, especially 2139 (2014), …"',
    opening: 'The Security Council,',
    text: 'Recalling all its relevant resolutions, especially 2139 (2014), 2165 (2014), 2191 (2014), 2258 (2015) and 2286 (2016),',
    cites: ['RECALLS:S/RES/2139 (2014)', 'RECALLS:S/RES/2165 (2014)', 'RECALLS:S/RES/2191 (2014)', 'RECALLS:S/RES/2258 (2015)', 'RECALLS:S/RES/2286 (2016)'],
  },
];

const BODIES: Row[] = [
  {
    source: 'akn/ecosoc/E_RES_2021_24-2110319E.xml OP4 of the draft for the Assembly: two Conferences of States Parties named with their conventions',
    text: '4. Encourages the States parties to the Organized Crime Convention and the Convention against Corruption, respectively to take full advantage of Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/6 of 16 October 2020 and Conference of the States Parties to the United Nations Convention against Corruption resolution 8/12 of 20 December 2019;',
    cites: [],
  },
  {
    source: 'akn/ga/A_RES_77_235-2229001E.xml PP and OP40: a Conference of States Parties after the numbers, before "including"; "resolution 7/5" is no Assembly number',
    text: 'Noting with appreciation the efforts of States parties, international and intergovernmental organizations and sport-related organizations, to support efforts to tackle corruption in sport, emphasizing also the role of public-private partnerships and multi-stakeholder approaches, and effectively implement resolutions 7/8 and 8/4 adopted by the Conference of the States Parties to the United Nations Convention against Corruption,\n\n40. Urges States parties to the Convention to effectively implement all resolutions and decisions of the Conference of the States Parties to the Convention, including resolutions 7/8 on corruption in sport and 8/4 on safeguarding sport from corruption, inter alia, through taking robust legislative and law enforcement measures, supporting technical assistance and promoting capacity-building initiatives, as appropriate, and promoting cooperation between law enforcement agencies and relevant sport-related organizations and stakeholders, as well as resolution 7/5 on promoting preventive measures against corruption, and urges States parties to the Convention to enhance prevention, detection, investigation, cooperation and the exchange of information and good practices to tackle the different manifestations of corruption in sport including by considering policy recommendations identified in the United Nations Office on Drugs and Crime Global Report on Corruption in Sport, where appropriate;',
    cites: [],
  },
  {
    source: 'akn/ga/75_160_E.xml PP1: the Commission on the Status of Women beside the Assembly and the Council, with their Official Records',
    text: 'Recalling its resolutions 53/117 of 9 December 1998, 56/128 of 19 December 2001, 67/146 of 20 December 2012, 68/146 of 18 December 2013, 69/150 of 18 December 2014, 71/168 of 19 December 2016 and 73/149 of 17 December 2018, Commission on the Status of Women resolutions 51/2 of 9 March 2007,[^1] 52/2 of 7 March 2008[^2] and 54/7 of 12 March 2010[^3] and Human Rights Council resolutions 27/22 of 26 September 2014,[^4] 32/21 of 1 July 2016,[^5] 38/6 of 2 July 2018[^6] and 44/16 of 17 July 2020[^7] and all relevant agreed conclusions of the Commission on the Status of Women,\n\n[^1]: See Official Records of the Economic and Social Council, 2007, Supplement No. 7 (E/2007/27), chap. I, sect. D.\n[^2]: Ibid., 2008, Supplement No. 7 (E/2008/27), chap. I, sect. D.\n[^3]: Ibid., 2010, Supplement No. 7 and corrigendum (E/2010/27 and E/2010/27/Corr.1), chap. I, sect. D.\n[^4]: See Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 53A and corrigenda (A/69/53/Add.1, A/69/53/Add.1/Corr.1 and A/69/53/Add.1/Corr.2), chap. IV, sect. A.\n[^5]: Ibid., Seventy-first Session, Supplement No. 53 (A/71/53), chap. V, sect. A.\n[^6]: Ibid., Seventy-third Session, Supplement No. 53 (A/73/53), chap. VI, sect. A.\n[^7]: Ibid., Seventy-fifth Session, Supplement No. 53 (A/75/53), chap. V, sect. A.',
    cites: [
      'RECALLS:A/HRC/RES/27/22', 'RECALLS:A/HRC/RES/32/21', 'RECALLS:A/HRC/RES/38/6', 'RECALLS:A/HRC/RES/44/16',
      'RECALLS:A/RES/53/117', 'RECALLS:A/RES/56/128', 'RECALLS:A/RES/67/146', 'RECALLS:A/RES/68/146', 'RECALLS:A/RES/69/150', 'RECALLS:A/RES/71/168', 'RECALLS:A/RES/73/149',
      'RECALLS:E/CN.6/RES/51/2', 'RECALLS:E/CN.6/RES/52/2', 'RECALLS:E/CN.6/RES/54/7',
    ],
    published: [
      'A/HRC/RES/27/22→A/69/53/Add.1', 'A/HRC/RES/27/22→A/69/53/Add.1/Corr.1', 'A/HRC/RES/27/22→A/69/53/Add.1/Corr.2', 'A/HRC/RES/32/21→A/71/53',
      'A/HRC/RES/38/6→A/73/53', 'A/HRC/RES/44/16→A/75/53', 'E/CN.6/RES/51/2→E/2007/27', 'E/CN.6/RES/52/2→E/2008/27', 'E/CN.6/RES/54/7→E/2010/27',
      'E/CN.6/RES/54/7→E/2010/27/Corr.1',
    ],
  },
  {
    source: 'akn/ga/75_158_E.xml PP31: the Crime Commission, in a clause of its own ("and in this regard taking note of")',
    text: 'Noting with concern that women and girls are also vulnerable to the risk of human trafficking for the purpose of organ removal, and in this regard taking note of Commission on Crime Prevention and Criminal Justice resolution 25/1 of 27 May 2016, entitled “Preventing and combating trafficking in human organs and trafficking in persons for the purpose of organ removal”, adopted by the Commission at its twenty-fifth session,[^15]\n\n[^15]: See Official Records of the Economic and Social Council, 2016, Supplement No. 10 (E/2016/30), chap. I, sect. D.',
    cites: ['TAKES_NOTE:E/CN.15/RES/25/1'],
    published: ['E/CN.15/RES/25/1→E/2016/30'],
  },
  {
    source: 'akn/ga/75_198_E.xml PP21: the Commission on Narcotic Drugs after ", and recalling"',
    text: 'Recognizing further the need to enhance efforts to strengthen the prevention of drug abuse among children and youth, also in educational settings, including by promoting the exchange of experiences and good practices, as well as technical assistance, and recalling Commission on Narcotic Drugs resolution 61/2 of 16 March 2018 on strengthening efforts to prevent drug abuse in educational settings,[^13]\n\n[^13]: See Official Records of the Economic and Social Council, 2018, Supplement No. 8 (E/2018/28), chap. I, sect. B.',
    cites: ['RECALLS:E/CN.7/RES/61/2'],
    published: ['E/CN.7/RES/61/2→E/2018/28'],
  },
  {
    source: 'akn/ga/75_198_E.xml OP93 (excerpt): a Statistical Commission decision',
    text: '93. Recalls Statistical Commission decision 48/110 of 10 March 2017 on statistics on drugs and drug use,[^25] encourages collaboration between the Statistical Commission and the Commission on Narcotic Drugs, within their mandates, to exchange information on the latest data trends on the world drug problem;\n\n[^25]: See Official Records of the Economic and Social Council, 2017, Supplement No. 4 (E/2017/24), chap. I, sect. C.',
    cites: ['RECALLS:E/CN.3/DEC/48/110'],
    published: ['E/CN.3/DEC/48/110→E/2017/24'],
  },
  {
    source: 'akn/hrc/A_HRC_RES_54_14E.xml PP3: the Commission on Human Rights (old numbering) and the Council',
    opening: HRC,
    text: 'Recalling Commission on Human Rights resolution 20 (XXXVI) of 29 February 1980, in which the Commission decided to establish a working group of five members to serve as experts in their individual capacity and to examine questions relevant to enforced or involuntary disappearances, and also all previous resolutions on this subject, in particular Human Rights Council resolutions 7/12 of 27 March 2008 and 16/16 of 24 March 2011, in which the Council renewed by consensus the mandate of the Working Group on Enforced or Involuntary Disappearances, as well as Council decision 25/116 of 27 March 2014, and Council resolutions 21/4 of 27 September 2012, 27/1 of 25 September 2014, 36/6 of 28 September 2017 and 45/3 of 6 October 2020,',
    cites: [
      'RECALLS:A/HRC/DEC/25/116', 'RECALLS:A/HRC/RES/16/16', 'RECALLS:A/HRC/RES/21/4', 'RECALLS:A/HRC/RES/27/1', 'RECALLS:A/HRC/RES/36/6',
      'RECALLS:A/HRC/RES/45/3', 'RECALLS:A/HRC/RES/7/12', 'RECALLS:E/CN.4/RES/20 (XXXVI)',
    ],
  },
  {
    source: 'akn/ga/75_130_E.xml PP: a World Health Assembly resolution is not a UN resolution',
    text: 'Recalling the adoption of its resolution 74/306 of 11 September 2020, entitled “Comprehensive and coordinated response to the coronavirus disease (COVID-19) pandemic”, and World Health Assembly resolution WHA73.1 of 19 May 2020, entitled “COVID-19 response”,',
    cites: ['RECALLS:A/RES/74/306'],
  },
  {
    source: 'akn/ga/75_131_E.xml PP: World Health Assembly numbers in the UN shapes, and WHO documents',
    text: 'Recalling also the World Health Assembly resolutions on ageing, specifically resolution 58.16 of 25 May 2005 on strengthening active and healthy ageing,[^4] which stressed the important role of public health policies and programmes in enabling the rapidly growing number of older persons to remain in good health and maintain their many vital contributions to the well-being of their families, communities and societies, and resolution 69.3 of 29 May 2016, entitled “Global strategy and action plan on ageing and health 2016–2020: towards a world in which everyone can live a long and healthy life”,[^5] and World Health Assembly decision 73(12) of 3 August 2020, entitled “Decade of Healthy Ageing 2020–2030”,[^6]\n\n[^4]: See World Health Organization, document WHA58/2005/REC/1.\n[^5]: See World Health Organization, document WHA69/2016/REC/1.\n[^6]: World Health Organization, document WHA73(12).',
    cites: [],
  },
  {
    source: 'en/ga/A_RES_80_3 annex para. 7 (excerpt) and footnote 11: a Conference of the Parties decision by number is not a GA decision; its document is cited by symbol',
    text: '7. We further reaffirm our commitment to the Kunming-Montreal Global Biodiversity Framework,[^11]\n\n[^11]: United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.',
    cites: ['REAFFIRMS:CBD/COP/15/17'],
  },
];

const HRC_RECORDS: Row[] = [
  {
    source: 'akn/ga/75_154_E.xml OP3 (excerpt): a Council resolution and its Official Records volume (Supplement No. 53)',
    text: '3. Recalls Human Rights Council resolution 26/20 of 27 June 2014,[^15] in which the Council established the mandate of the Special Rapporteur on the rights of persons with disabilities;\n\n[^15]: See Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 53 (A/69/53), chap. V, sect. A.',
    cites: ['RECALLS:A/HRC/RES/26/20'],
    published: ['A/HRC/RES/26/20→A/69/53'],
  },
  {
    source: 'akn/ga/75_167_E.xml PP: the marker after a topic still follows the resolution in its clause',
    text: 'Recalling its resolutions 74/134 of 18 December 2019 on the girl child and 73/148 of 17 December 2018, entitled “Intensification of efforts to prevent and eliminate all forms of violence against women and girls: sexual harassment”, as well as Human Rights Council resolution 41/8 of 11 July 2019 on the consequences of child, early and forced marriage[^1] and all other previous resolutions relating to child, early and forced marriage,\n\n[^1]: See Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53), chap. V, sect. A.',
    cites: ['RECALLS:A/HRC/RES/41/8', 'RECALLS:A/RES/73/148', 'RECALLS:A/RES/74/134'],
    published: ['A/HRC/RES/41/8→A/74/53'],
  },
  {
    source: 'akn/ga/75_152_E.xml OP9: a footnote after a Council resolution that is not a volume is a cited report',
    text: '9. Takes note of the report of the Independent Expert issued in accordance with Human Rights Council resolution 42/12,[^18] and encourages Member States to be mindful of the recommendations contained therein;\n\n[^18]: See A/75/205.',
    cites: ['TAKES_NOTE:A/75/205', 'TAKES_NOTE:A/HRC/RES/42/12'],
    published: [],
  },
  {
    source: 'akn/ga/A_RES_77_225-2228991E.xml PP (excerpt: the first three of eleven): a run of Council resolutions with "Ibid." volumes (Supplement No. 53 and 53A)',
    text: 'Welcoming Human Rights Council resolutions 16/18 of 24 March 2011,[^1] 19/25 of 23 March 2012[^2] and 22/31 of 22 March 2013,[^3] and General Assembly resolutions 67/178 of 20 December 2012 and 68/169 of 18 December 2013,\n\n[^1]: See Official Records of the General Assembly, Sixty-sixth Session, Supplement No. 53 (A/66/53), chap. II, sect. A.\n[^2]: Ibid., Sixty-seventh Session, Supplement No. 53 and corrigendum (A/67/53 and A/67/53/Corr.1), chap. III, sect. A.\n[^3]: Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53), chap. IV, sect. A.',
    cites: ['WELCOMES:A/HRC/RES/16/18', 'WELCOMES:A/HRC/RES/19/25', 'WELCOMES:A/HRC/RES/22/31', 'WELCOMES:A/RES/67/178', 'WELCOMES:A/RES/68/169'],
    published: ['A/HRC/RES/16/18→A/66/53', 'A/HRC/RES/19/25→A/67/53', 'A/HRC/RES/19/25→A/67/53/Corr.1', 'A/HRC/RES/22/31→A/68/53'],
  },
];

const VERBS: Row[] = [
  {
    source: 'akn/ecosoc/E_RES_2021_13-2107777E.xml OP2(a): a sub-paragraph takes its paragraph\'s verb',
    opening: ECOSOC,
    text: '2. Requests the Secretary-General:\n\n(a) To circulate the new and amended recommendations on the transport of dangerous goods[^2] to the Governments of Member States, the specialized agencies, the International Atomic Energy Agency and other international organizations concerned;\n\n[^2]: See ST/SG/AC.10/48/Add.1 and ST/SG/AC.10/48/Add.2.',
    cites: ['CITES:ST/SG/AC.10/48/Add.1', 'CITES:ST/SG/AC.10/48/Add.2'],
    verb: 'Requests',
  },
  {
    source: 'akn/ga/A_RES_77_257-2300165E.xml PP2: "Having considered the report …" cites the report',
    text: 'Having considered the report of the Secretary-General[^1] and the related report of the Advisory Committee on Administrative and Budgetary Questions,[^2] as well as the letter dated 4 November 2022 from the President of the General Assembly addressed to the Chair of the Fifth Committee,[^3]\n\n[^1]: A/77/222.\n[^2]: A/77/531.\n[^3]: A/C.5/77/16.',
    cites: ['CITES:A/77/222', 'CITES:A/77/531', 'CITES:A/C.5/77/16'],
  },
  {
    source: 'akn/hrc/A_HRC_RES_54_26E.xml PP1 (excerpt): a participle inside a relative clause opens no clause of its own',
    opening: HRC,
    text: 'Recalling General Assembly resolution 56/266 of 27 March 2002, in which the Assembly endorsed the Durban Declaration and Programme of Action, reaffirming the commitments contained therein with regard to people of African descent, Assembly resolution 57/195 of 18 December 2002, in which the Assembly invited all relevant organs, organizations and bodies of the United Nations system to become involved in the follow-up to the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, and Assembly resolution 68/237 of 23 December 2013, in which the Assembly proclaimed the International Decade for People of African Descent,',
    cites: ['RECALLS:A/RES/56/266', 'RECALLS:A/RES/57/195', 'RECALLS:A/RES/68/237'],
  },
  {
    source: 'akn/ga/75_133_E.xml OP13 (excerpt): ", taking into account" starts a clause of its own',
    text: '13. Recalls the importance of adherence to the rules of procedure and methods of work of the Commission, including transparent and inclusive deliberations, taking into account the summary of conclusions as reproduced in annex III to the report on the work of its forty-third session,[^8]\n\n[^8]: Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 17 (A/65/17).',
    cites: ['CITES:A/65/17'],
    verb: 'taking into account',
  },
  {
    source: 'en/ga/A_RES_80_3 annex para. 8 (its plain-digit markers written [^n]; footnote 14, a sales publication, left out): first-person verbs of a declaration; a new sentence has a verb of its own',
    text: '8. We welcome the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment,[^12] which renews the global financing for development framework, building on the Addis Ababa Action Agenda,[^13] and call for its timely and effective implementation. We also uphold and will advance all commitments in the 2002 Monterrey Consensus and the 2008 Doha Declaration,[^15] as well as the relevant commitments in the Pact for the Future.[^16]\n\n[^12]: Resolution 79/323, annex.\n[^13]: Resolution 69/313, annex.\n[^15]: Resolution 63/239, annex.\n[^16]: Resolution 79/1.',
    cites: ['CITES:A/RES/63/239', 'CITES:A/RES/79/1', 'WELCOMES:A/RES/69/313', 'WELCOMES:A/RES/79/323'],
  },
  {
    source: 'en/ga/A_RES_80_3 annex paras 4–5, run together as the Markdown conversion left them, plain-digit markers: "5." is a paragraph number, not footnote 5',
    text: '4. We stress the specific needs and challenges faced by landlocked developing countries due to the lack of direct territorial access to the sea, obstacles to transport and communication, long distances from major markets, cumbersome transit procedures and the lack of adequate, safe, affordable, accessible infrastructure, and recognize the need for strengthened international solidarity to support their structural transformation, industrialization, economic diversification and full integration into the regional and global economy. 5. We recall that 2025 was proclaimed by the General Assembly as the International Year of Peace and Trust,4 and recognize that there can be no sustainable development without peace and no peace without sustainable development – that is also relevant for landlocked developing countries.\n\n[^4]: See resolution 78/266.\n[^5]: Resolution 70/1.',
    cites: ['RECALLS:A/RES/78/266'],
  },
  {
    source: 'en/ga/A_RES_80_9.md annex para. 1: a declaration\'s bare coordinated verbs, and markers glued to years ("20172" is 2017 and footnote 2)',
    text: '1. We, the States Members of the United Nations, welcome the fifteenth anniversary of the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons,1 reaffirm our commitments made therein, as well as in the previously adopted Political Declarations of 20172 and 2021,3 and evince our strong political will to take decisive concerted action to end this heinous crime, wherever it may occur.\n\n[^1]: Resolution 64/293.\n[^2]: Resolution 72/1.\n[^3]: Resolution 76/7, annex.',
    cites: ['REAFFIRMS:A/RES/72/1', 'REAFFIRMS:A/RES/76/7', 'WELCOMES:A/RES/64/293'],
  },
];

const DECISIONS: Row[] = [
  {
    source: 'akn/ga/75_135_E.xml PP (excerpt): a General Assembly decision',
    text: 'Recalling its decision 74/545 of 2 April 2020, in which it decided to postpone the first part of the seventy-second session of the International Law Commission,',
    cites: ['RECALLS:A/DEC/74/545'],
  },
  {
    source: 'akn/hrc/A_HRC_RES_54_35E.xml PP: Council decisions and resolutions in one list',
    opening: HRC,
    text: 'Recalling also Human Rights Council decision 18/117 of 28 September 2011 on reporting by the Secretary-General on the question of the death penalty, Council resolution 22/11 of 21 March 2013 on a panel on the human rights of children of parents sentenced to the death penalty or executed, Council decision 22/117 of 21 March 2013 on a high-level panel discussion on the question of the death penalty, and Council resolutions 26/2 of 26 June 2014, 30/5 of 1 October 2015, 36/17 of 29 September 2017, 42/24 of 27 September 2019 and 48/9 of 8 October 2021 on the question of the death penalty,',
    cites: [
      'RECALLS:A/HRC/DEC/18/117', 'RECALLS:A/HRC/DEC/22/117', 'RECALLS:A/HRC/RES/22/11', 'RECALLS:A/HRC/RES/26/2', 'RECALLS:A/HRC/RES/30/5',
      'RECALLS:A/HRC/RES/36/17', 'RECALLS:A/HRC/RES/42/24', 'RECALLS:A/HRC/RES/48/9',
    ],
  },
  {
    source: 'akn/ga/A_RES_77_17-2226539E.xml PP (excerpt): presidential statements, one footnote each',
    text: 'Recalling the statements by the President of the Security Council of 13 June 2019,[^4] 29 January 2021[^5] and 23 March 2022[^6] that, inter alia, focused on developing cooperation between the United Nations and the League of Arab States,\n\n[^4]: S/PRST/2019/5.\n[^5]: S/PRST/2021/2.\n[^6]: S/PRST/2022/1.',
    cites: ['RECALLS:S/PRST/2019/5', 'RECALLS:S/PRST/2021/2', 'RECALLS:S/PRST/2022/1'],
  },
  {
    source: 'akn/ga/75_3_E.xml OP21 (excerpt): "Continues to welcome" a statement, published in the Council\'s Resolutions and Decisions',
    text: '21. Continues to welcome the statement by the President of the Security Council of 12 February 2013,[^9] in which the Council reiterated its previous call regarding the importance of State cooperation with the International Criminal Court;\n\n[^9]: S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013 (S/INF/68).',
    cites: ['WELCOMES:S/PRST/2013/2'],
    published: ['S/PRST/2013/2→S/INF/68'],
  },
  {
    source: 'akn/ga/75_193_E.xml PP: Security Council resolutions cited from an Assembly text',
    text: 'Recalling its commitment to Security Council resolutions 2170 (2014), 2178 (2014), and 2253 (2015) of 17 December 2015,',
    cites: ['RECALLS:S/RES/2170 (2014)', 'RECALLS:S/RES/2178 (2014)', 'RECALLS:S/RES/2253 (2015)'],
  },
  {
    source: 'akn/ecosoc/E_RES_2021_20-2110314E.xml (excerpt): in a draft recommended to the Assembly, "its resolution" is the Assembly\'s',
    opening: ECOSOC,
    text: 'Recommends to the General Assembly the adoption of the following draft resolution:\n\nThe General Assembly,\n\nEmphasizing the responsibility assumed by the United Nations in the field of crime prevention and criminal justice in pursuance of Economic and Social Council resolution 155 C (VII) of 13 August 1948 and General Assembly resolution 415 (V) of 1 December 1950,\n\nRecalling also its resolution 57/270 B of 23 June 2003 on the integrated and coordinated implementation of and follow-up to the outcomes of major United Nations conferences and summits in the economic and social fields,',
    cites: ['CITES:A/RES/415 (V)', 'CITES:E/RES/155 C (VII)', 'RECALLS:A/RES/57/270 B'],
  },
  {
    source: 'akn/ecosoc/E_RES_2023_27-2315248E.xml (excerpt): the draft opens in the same paragraph',
    opening: ECOSOC,
    text: 'Recommends to the General Assembly the adoption of the following draft resolution: The General Assembly, Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,',
    cites: ['REAFFIRMS:A/RES/70/1'],
  },
];

const TABLES: [string, Row[]][] = [
  ['lists of documents in one footnote or paragraph', LISTS],
  ['subsidiary bodies, and other organizations\' numbers', BODIES],
  ['Human Rights Council resolutions and their Official Records', HRC_RECORDS],
  ['the verb across sub-paragraphs, clauses and sentences', VERBS],
  ['decisions and statements', DECISIONS],
];

for (const [name, rows] of TABLES) {
  describe(`class: ${name}`, () => {
    it.each(rows.map((r) => [r.source, r] as const))('%s', (_source, row) => {
      const record = extractDocument(`${row.opening ?? GA}\n\n${row.text}\n`);
      const documents = record.citations.filter((c) => c.targetKind === 'document');
      expect([...new Set(documents.map((c) => `${c.relation}:${c.target}`))].sort()).toEqual([...row.cites].sort());
      if (row.published) expect([...new Set(record.publications.map((p) => `${p.document}→${p.publishedIn}`))].sort()).toEqual([...row.published].sort());
      if (row.verb) for (const c of documents) expect(c.verb).toBe(row.verb);
    });
  });
}
