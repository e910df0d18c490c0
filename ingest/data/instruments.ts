// Gazetteer of core instruments: the names by which resolutions cite them in
// English and Chinese (including older and variant Chinese names), the short
// forms that refer back to them, and the act that adopted them. Issue 4 loads
// this array into the graph as Instrument nodes, keyed by `key`.

export type InstrumentKind = 'charter' | 'declaration' | 'covenant' | 'convention' | 'programme' | 'agenda' | 'framework' | 'statute' | 'protocol';

export interface Instrument {
  /** Stable node key. */
  key: string;
  kind: InstrumentKind;
  en: { name: string; variants: string[] };
  zh: { name: string; variants: string[] };
  /** Short forms ("the Convention", 《公约》) that refer to the most recently named instrument of this kind. */
  shortForms: { en: string[]; zh: string[] };
  /** Canonical symbol of the adopting resolution, or a description when it was not a resolution. */
  adoptedBy: string | null;
  adoptedOn: string | null;
  /** United Nations Treaty Series reference, where known. `verified: false` marks figures not yet checked against the UNTS. */
  treatySeries: { volume: number; number: number; verified: boolean } | null;
}

const CONVENTION_SHORT = { en: ['the Convention'], zh: ['《公约》'] };
const DECLARATION_SHORT = { en: ['the Declaration'], zh: ['《宣言》'] };
const COVENANT_SHORT = { en: ['the Covenant'], zh: ['《公约》'] };
const NONE = { en: [], zh: [] };

export const INSTRUMENTS: readonly Instrument[] = [
  {
    key: 'un-charter',
    kind: 'charter',
    en: { name: 'Charter of the United Nations', variants: ['United Nations Charter'] },
    zh: { name: '《联合国宪章》', variants: [] },
    shortForms: { en: ['the Charter'], zh: ['《宪章》'] },
    adoptedBy: null,
    adoptedOn: '1945-06-26',
    treatySeries: null,
  },
  {
    key: 'udhr',
    kind: 'declaration',
    en: { name: 'Universal Declaration of Human Rights', variants: [] },
    zh: { name: '《世界人权宣言》', variants: [] },
    shortForms: { en: ['the Universal Declaration'], zh: [] },
    adoptedBy: 'A/RES/217 A (III)',
    adoptedOn: '1948-12-10',
    treatySeries: null,
  },
  {
    key: 'iccpr',
    kind: 'covenant',
    en: { name: 'International Covenant on Civil and Political Rights', variants: [] },
    zh: { name: '《公民权利和政治权利国际公约》', variants: ['《公民及政治权利国际公约》'] },
    shortForms: COVENANT_SHORT,
    adoptedBy: 'A/RES/2200 A (XXI)',
    adoptedOn: '1966-12-16',
    treatySeries: { volume: 999, number: 14668, verified: false },
  },
  {
    key: 'icescr',
    kind: 'covenant',
    en: { name: 'International Covenant on Economic, Social and Cultural Rights', variants: [] },
    zh: { name: '《经济社会文化权利国际公约》', variants: ['《经济、社会、文化权利国际公约》', '《经济、社会及文化权利国际公约》'] },
    shortForms: COVENANT_SHORT,
    adoptedBy: 'A/RES/2200 A (XXI)',
    adoptedOn: '1966-12-16',
    treatySeries: { volume: 993, number: 14531, verified: false },
  },
  {
    key: 'icerd',
    kind: 'convention',
    en: { name: 'International Convention on the Elimination of All Forms of Racial Discrimination', variants: [] },
    zh: { name: '《消除一切形式种族歧视国际公约》', variants: [] },
    shortForms: CONVENTION_SHORT,
    adoptedBy: 'A/RES/2106 A (XX)',
    adoptedOn: '1965-12-21',
    treatySeries: { volume: 660, number: 9464, verified: false },
  },
  {
    key: 'cedaw',
    kind: 'convention',
    en: { name: 'Convention on the Elimination of All Forms of Discrimination against Women', variants: [] },
    zh: { name: '《消除对妇女一切形式歧视公约》', variants: [] },
    shortForms: CONVENTION_SHORT,
    adoptedBy: 'A/RES/34/180',
    adoptedOn: '1979-12-18',
    treatySeries: { volume: 1249, number: 20378, verified: false },
  },
  {
    key: 'cat',
    kind: 'convention',
    en: { name: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', variants: [] },
    zh: { name: '《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》', variants: [] },
    shortForms: CONVENTION_SHORT,
    adoptedBy: 'A/RES/39/46',
    adoptedOn: '1984-12-10',
    treatySeries: { volume: 1465, number: 24841, verified: false },
  },
  {
    key: 'crc',
    kind: 'convention',
    en: { name: 'Convention on the Rights of the Child', variants: [] },
    zh: { name: '《儿童权利公约》', variants: [] },
    shortForms: CONVENTION_SHORT,
    adoptedBy: 'A/RES/44/25',
    adoptedOn: '1989-11-20',
    treatySeries: { volume: 1577, number: 27531, verified: false },
  },
  {
    key: 'crpd',
    kind: 'convention',
    en: { name: 'Convention on the Rights of Persons with Disabilities', variants: [] },
    zh: { name: '《残疾人权利公约》', variants: [] },
    shortForms: CONVENTION_SHORT,
    adoptedBy: 'A/RES/61/106',
    adoptedOn: '2006-12-13',
    treatySeries: { volume: 2515, number: 44910, verified: false },
  },
  {
    key: 'icpped',
    kind: 'convention',
    en: { name: 'International Convention for the Protection of All Persons from Enforced Disappearance', variants: [] },
    zh: { name: '《保护所有人免遭强迫失踪国际公约》', variants: [] },
    shortForms: CONVENTION_SHORT,
    adoptedBy: 'A/RES/61/177',
    adoptedOn: '2006-12-20',
    treatySeries: { volume: 2716, number: 48088, verified: true },
  },
  {
    key: 'declaration-enforced-disappearance',
    kind: 'declaration',
    en: { name: 'Declaration on the Protection of All Persons from Enforced Disappearance', variants: [] },
    zh: { name: '《保护所有人免遭强迫失踪宣言》', variants: ['《保护所有人不遭受强迫失踪宣言》'] },
    shortForms: DECLARATION_SHORT,
    adoptedBy: 'A/RES/47/133',
    adoptedOn: '1992-12-18',
    treatySeries: null,
  },
  {
    key: 'declaration-decolonization',
    kind: 'declaration',
    en: { name: 'Declaration on the Granting of Independence to Colonial Countries and Peoples', variants: [] },
    zh: { name: '《给予殖民地国家和人民独立宣言》', variants: [] },
    shortForms: DECLARATION_SHORT,
    adoptedBy: 'A/RES/1514 (XV)',
    adoptedOn: '1960-12-14',
    treatySeries: null,
  },
  {
    key: 'vdpa',
    kind: 'programme',
    en: { name: 'Vienna Declaration and Programme of Action', variants: [] },
    zh: { name: '《维也纳宣言和行动纲领》', variants: [] },
    shortForms: NONE,
    adoptedBy: 'World Conference on Human Rights, 25 June 1993 (A/CONF.157/24 (Part I), chap. III)',
    adoptedOn: '1993-06-25',
    treatySeries: null,
  },
  {
    key: 'millennium-declaration',
    kind: 'declaration',
    en: { name: 'United Nations Millennium Declaration', variants: [] },
    zh: { name: '《联合国千年宣言》', variants: [] },
    shortForms: NONE,
    adoptedBy: 'A/RES/55/2',
    adoptedOn: '2000-09-08',
    treatySeries: null,
  },
  {
    key: 'agenda-2030',
    kind: 'agenda',
    en: { name: '2030 Agenda for Sustainable Development', variants: [] },
    zh: { name: '《2030年可持续发展议程》', variants: ['《2030 年可持续发展议程》'] },
    shortForms: { en: [], zh: [] },
    adoptedBy: 'A/RES/70/1',
    adoptedOn: '2015-09-25',
    treatySeries: null,
  },
  {
    key: 'undrip',
    kind: 'declaration',
    en: { name: 'United Nations Declaration on the Rights of Indigenous Peoples', variants: [] },
    zh: { name: '《联合国土著人民权利宣言》', variants: [] },
    shortForms: DECLARATION_SHORT,
    adoptedBy: 'A/RES/61/295',
    adoptedOn: '2007-09-13',
    treatySeries: null,
  },
  {
    key: 'geneva-convention-iv',
    kind: 'convention',
    en: { name: 'Geneva Convention relative to the Protection of Civilian Persons in Time of War', variants: ['Fourth Geneva Convention'] },
    zh: { name: '《关于战时保护平民之日内瓦公约》', variants: ['《日内瓦第四公约》'] },
    shortForms: NONE,
    adoptedBy: 'Diplomatic Conference of Geneva, 12 August 1949',
    adoptedOn: '1949-08-12',
    treatySeries: { volume: 75, number: 973, verified: false },
  },
];
