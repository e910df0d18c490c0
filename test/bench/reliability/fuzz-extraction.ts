// Fuzzed extraction: generated documents and fragments (test/support/extraction-arbitraries.ts,
// the generators of the property tests) through extractDocument and extractFragment. Every
// input must come through without an exception (a clear ExtractError refusing a language is
// an answer, not a crash), with every span inside the text and every symbol canonical.
import fc from 'fast-check';
import { extractDocument, extractFragment, ExtractError } from '../../../ingest/index.ts';
import { documentText, fragmentText, languageChoice, spanProblems, symbolProblems } from '../../support/extraction-arbitraries.ts';
import type { OfficialLanguage } from '../../../ingest/vocabulary.ts';
import { log, type Row, type Scale } from './harness.ts';

type Kind = 'document' | 'fragment';

interface Failure {
  kind: Kind;
  lang: string | undefined;
  text: string;
  problem: string;
}

function check(kind: Kind, text: string, lang: OfficialLanguage | undefined): string[] {
  try {
    if (kind === 'document') {
      const record = extractDocument(text, { lang });
      return [...spanProblems(text, record.citations), ...spanProblems(text, record.publications), ...spanProblems(text, record.adoptions), ...symbolProblems(record)];
    }
    const record = extractFragment({ id: 1, text, lang });
    return [...spanProblems(text, record.citations), ...spanProblems(text, record.publications), ...spanProblems(text, record.adoptions), ...symbolProblems(record)];
  } catch (error) {
    if (error instanceof ExtractError) return []; // a refusal with a reason (an unread language, an empty text) is an answer
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
}

export async function fuzzExtraction(scale: Scale): Promise<Row[]> {
  const total = scale.quick ? 5_000 : 100_000;
  const chunk = 1_000;
  const failures: Failure[] = [];
  const byKind: Record<Kind, { tried: number; failed: number }> = { document: { tried: 0, failed: 0 }, fragment: { tried: 0, failed: 0 } };
  let characters = 0;
  const started = performance.now();
  for (let done = 0; done < total; done += chunk) {
    const kind: Kind = (done / chunk) % 2 === 0 ? 'document' : 'fragment';
    const inputs = fc.sample(fc.tuple(kind === 'document' ? documentText : fragmentText, languageChoice), { numRuns: Math.min(chunk, total - done), seed: scale.seed + done });
    for (const [text, lang] of inputs) {
      characters += text.length;
      byKind[kind].tried++;
      const problems = check(kind, text, lang);
      if (problems.length > 0) {
        byKind[kind].failed++;
        failures.push({ kind, lang, text, problem: problems[0]! });
      }
    }
    if ((done + chunk) % 20_000 === 0) log(`  extraction fuzz: ${done + chunk} inputs, ${failures.length} failing`);
  }
  const seconds = (performance.now() - started) / 1000;
  for (const failure of failures.slice(0, 5)) {
    log(`  extraction fuzz failure (${failure.kind}, lang ${failure.lang ?? 'detected'}): ${failure.problem}\n    text: ${JSON.stringify(failure.text.slice(0, 300))}`);
  }
  const tried = byKind.document.tried + byKind.fragment.tried;
  return [
    {
      measure: 'fuzzed extraction inputs (fast-check: never throws, spans inside, symbols canonical)',
      tried,
      failures: failures.length,
      target: '0',
      met: failures.length === 0,
      detail: [
        `${byKind.document.tried} documents (${byKind.document.failed} failing), ${byKind.fragment.tried} fragments (${byKind.fragment.failed} failing)`,
        `${(characters / 1e6).toFixed(1)} M characters in ${seconds.toFixed(0)} s, seed ${scale.seed}`,
        ...failures.slice(0, 3).map((f) => `e.g. ${f.kind}: ${f.problem}`),
      ],
    },
  ];
}
