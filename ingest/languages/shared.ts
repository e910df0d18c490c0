// Conventions several language tables share, written once: the guards of plain-digit footnote
// markers in Latin-script PDF text, the punctuation English and Chinese texts mix, and the
// paragraph numbering of French and Spanish.
import type { LanguageTable } from './types.ts';

/** Guards against reading a number of the text as a plain-digit footnote marker (PDF text); Chinese PDFs quote the same abbreviations. */
export const LATIN_FOOTNOTE_MARKERS: LanguageTable['footnoteMarkers'] = {
  notAfter: /(?:^|[^\p{L}])(?:resolutions?|decisions?|paragraphs?|paras?\.?|articles?|arts?\.|no\.|nos\.|vol\.|vols\.|chap\.|chapters?|sect\.|sections?|annex(?:es)?|pages?|p\.|pp\.|rules?|principles?|goals?|targets?|items?|sessions?|meetings?|parts?|protocols?|phases?|add\.|corr\.|rev\.|amend\.|l\.|per|table|figure|step|level|grade|and|to|or|of|than|from|between|at|by|in|on|approximately|some|about|over|under|nearly|the|a|an)\s*$/iu,
  notBefore: /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|per\b|percent|%|years?\b|months?\b|days?\b|weeks?\b|hours?\b|times\b|million|billion|thousand|hundred|States\b|countries\b|members\b|Member\b|persons?\b|people\b|[-–/]\d|\(|[A-Za-z]{1,3}\/)/,
  abbreviations: 'add|corr|rev|amend|no|nos|vol|chap|para|paras|art|sect|p|pp|l|pv|sr|res',
};

/** Commas and stops of English and Chinese text alike (Chinese texts quote English, and English ones the odd Chinese title). */
export const EN_ZH_PUNCTUATION = { commas: ',;，；', stops: ';.。；' };

/** French and Spanish number paragraphs "1." and open sub-paragraphs without a parenthesis: "a) …". */
export const ROMANCE_PARAGRAPHS: LanguageTable['paragraphs'] = {
  operative: /^(\d{1,3})\s*\.\s*(?=\S)/,
  sub: /^\(?\s*([a-z]{1,2}|[ivxl]{1,6})\s*\)\s*(?=\S)/,
  terminal: /[,;.:]$/,
  continuation: /^[a-zà-ÿ]/,
};
