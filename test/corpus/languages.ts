// Six-language agreement: every sentence of ../shared/corpus/sentences6 (the same UN sentence in
// all six official languages) through extraction in each language; the documents found in each
// language must equal those found in English. Prints, per language, the sentences with a citation
// that agree, and every disagreement with both sides; exits 1 when a language the extractor reads
// agrees on fewer than 95 % of them.
// Run: npm run check:languages (.ci/run runs it when ../shared is there).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../ingest/index.ts';
import { EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';
import { SHARED_CORPUS } from '../extract/corpus-path.ts';
import { agreementWithEnglish, documentsCited, readSixLanguageRows } from '../support/agreement.ts';

const TARGET = 0.95;
const file = join(SHARED_CORPUS, 'sentences6', 'sentences.jsonl');
if (!existsSync(file)) {
  console.log(`check:languages: no ${file}; nothing to check (set CITEGRAPH_CORPUS)`);
  process.exit(0);
}

const rows = readSixLanguageRows(file);
const english = rows.map((r) => documentsCited(r.id, r.en!, 'en'));
console.log(`check:languages over ${rows.length} sentences of ${file}; ${english.filter((d) => d.length > 0).length} cite a document in English\n`);
console.log('| language | sentences citing | agree with English | share |');
console.log('|---|---|---|---|');
const printed: string[] = [];
let failed = false;
for (const lang of OFFICIAL_LANGUAGES.filter((l) => l !== 'en')) {
  if (!(EXTRACTED_LANGUAGES as readonly string[]).includes(lang)) {
    console.log(`| ${lang} | — | not read yet | — |`);
    continue;
  }
  const a = agreementWithEnglish(rows, lang as Language, english);
  const share = a.considered ? a.agree / a.considered : 1;
  if (share < TARGET) failed = true;
  console.log(`| ${lang} | ${a.considered} | ${a.agree} | ${(share * 100).toFixed(1)} % |`);
  for (const d of a.disagreements) printed.push(`${lang} ${d.id} (${d.doc})\n  en: ${d.english.join(', ') || '—'}\n  ${lang}: ${d.found.join(', ') || '—'}\n  ${d.text.slice(0, 300)}`);
}
if (printed.length) console.log(`\n${printed.length} disagreement(s):\n${printed.join('\n')}`);
if (failed) {
  console.log(`\nbelow the ${TARGET * 100} % target`);
  process.exit(1);
}
