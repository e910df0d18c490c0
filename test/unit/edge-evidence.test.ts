// The wire's evidence of a citation edge is the same whether the edge keeps per-language
// properties (found in two versions) or only the language-neutral ones (found in one).
import { describe, expect, it } from 'vitest';
import { edgeEvidence } from '../../server/services/values.ts';

const neutral = { paragraph: 'PP2', part: 'preamble', via: 'text', span: [10, 30] };

describe('edgeEvidence', () => {
  it.each([
    [
      'found in English only',
      { ...neutral, languages: ['en'], verb: 'Recalling', quote: 'its resolution 47/133' },
      { verb: 'Recalling', verb_en: 'Recalling', quote_en: 'its resolution 47/133', verb_zh: null, quote_zh: null },
    ],
    [
      'found in Chinese only',
      { ...neutral, languages: ['zh'], verb: '回顾', quote: '第 73/162 号决议' },
      { verb: '回顾', verb_en: null, quote_en: null, verb_zh: '回顾', quote_zh: '第 73/162 号决议' },
    ],
    [
      'found in both, each with its own evidence',
      { ...neutral, languages: ['en', 'zh'], verb: 'Recalling', quote: 'its resolution', verb_en: 'Recalling', quote_en: 'its resolution', verb_zh: '回顾', quote_zh: '其决议' },
      { verb: 'Recalling', verb_en: 'Recalling', quote_en: 'its resolution', verb_zh: '回顾', quote_zh: '其决议' },
    ],
    [
      'found in French only (no per-language field on the wire)',
      { ...neutral, languages: ['fr'], verb: 'Rappelant', quote: 'sa résolution' },
      { verb: 'Rappelant', verb_en: null, quote_en: null, verb_zh: null, quote_zh: null },
    ],
  ])('when the edge was %s, then the per-language fields are its evidence', (_name, properties, expected) => {
    const evidence = edgeEvidence(properties);
    expect(evidence).toMatchObject({ ...expected, paragraph: 'PP2', part: 'preamble', languages: properties.languages });
  });
});
