// Property-based tests: whatever the text — arbitrary Unicode, huge lines,
// stray digits, brackets, markers and symbols — extraction never throws
// (except a clear ExtractError for a language we do not read), and every
// span lies inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractFragment, ExtractError, type Citation, type ExtractRecord } from '../../ingest/index.ts';
import { fragmentText, PIECES, spanProblems } from '../support/extraction-arbitraries.ts';

function checkSpans(text: string, cs: readonly Citation[]): void {
  expect(spanProblems(text, cs)).toEqual([]);
}

function tolerant<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    // the only acceptable failure: a clear refusal of a language we do not read yet
    if (e instanceof ExtractError && e.code === 'unsupported-language') return null;
    throw e;
  }
}

describe('properties', () => {
  it('when any text is a fragment, then extraction never throws and spans stay inside the text', () => {
    fc.assert(
      fc.property(fragmentText, fc.constantFrom<'zh' | 'en' | undefined>('zh', 'en', undefined), (text, lang) => {
        const r = tolerant(() => extractFragment({ id: 1, text, lang }));
        if (r) checkSpans(text, r.citations);
      }),
      { numRuns: 400 },
    );
  });

  it('when any text is a document, then extraction never throws and spans stay inside the text', () => {
    fc.assert(
      fc.property(fragmentText, fc.constantFrom<'zh' | 'en' | undefined>('zh', 'en', undefined), (text, lang) => {
        const r: ExtractRecord | null = tolerant(() => extractDocument(text, { lang }));
        if (r) {
          checkSpans(text, r.citations);
          for (const p of r.publications) expect(p.span[1]).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('when a citation is found in generated citing text, then the span holds the number it claims', () => {
    const num = fc.record({ s: fc.integer({ min: 1, max: 80 }), n: fc.integer({ min: 1, max: 400 }) });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), num, fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pre, { s, n }, post) => {
        const text = `${pre.join('')}\n\nRecalling its resolution ${s}/${n} of 1 January 2000,\n\n${post.join('')}`;
        const r = tolerant(() => extractDocument(text, { lang: 'en' }));
        if (!r) return;
        checkSpans(text, r.citations);
        const c = r.citations.find((x) => x.target === `A/RES/${s}/${n}` || x.target === `A/HRC/RES/${s}/${n}`);
        if (c && c.via === 'text') expect(text.slice(c.span[0], c.span[1])).toContain(`${s}/${n}`);
      }),
      { numRuns: 300 },
    );
  });

  it('when lines are huge or full of stray digits and brackets, then extraction still ends and spans stay inside', () => {
    const huge = 'Recalling its resolution 61/177 [ ( 12 ) ] ¹ 2 3 '.repeat(40_000) + '\n' + '(((((((((('.repeat(20_000) + '1/2 '.repeat(50_000);
    const r = extractDocument(huge, { lang: 'en' });
    checkSpans(huge, r.citations);
    expect(r.citations.some((c) => c.target === 'A/RES/61/177')).toBe(true);
    const z = '第 61/177 号、'.repeat(30_000) + '第 1/1 号决议' + '《公约》'.repeat(20_000);
    const rz = extractFragment({ id: 1, text: z, lang: 'zh' });
    checkSpans(z, rz.citations);
    expect(rz.citations.length).toBeGreaterThan(0);
  });
});
