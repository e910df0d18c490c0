// Six-language agreement over sentences6 (the same UN sentence in the six official languages):
// the documents each language's extraction finds, against those English finds. Used by the
// languages test (on the fixture copy) and by `npm run check:languages` (on ../shared).
import { readFileSync } from 'node:fs';
import { ExtractError, extractFragment, type Language } from '../../ingest/index.ts';

export type SixLanguageRow = { id: string; doc: string } & Record<string, string>;

export const readSixLanguageRows = (file: string): SixLanguageRow[] =>
  readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SixLanguageRow);

/** The documents a sentence cites in one language, sorted and de-duplicated (a refusal is reported as one). */
export function documentsCited(id: string, text: string, lang: Language): string[] {
  try {
    const record = extractFragment({ id, text, lang });
    return [...new Set(record.citations.filter((c) => c.targetKind === 'document').map((c) => c.target))].sort();
  } catch (e) {
    if (!(e instanceof ExtractError)) throw e;
    return [`(refused: ${e.message})`];
  }
}

export interface Agreement {
  /** Sentences where English or this language finds a document. */
  considered: number;
  agree: number;
  disagreements: { id: string; doc: string; english: string[]; found: string[]; text: string }[];
}

/** How far one language's extraction agrees with English's over the rows. */
export function agreementWithEnglish(rows: SixLanguageRow[], lang: Language, english = rows.map((r) => documentsCited(r.id, r.en!, 'en'))): Agreement {
  const out: Agreement = { considered: 0, agree: 0, disagreements: [] };
  rows.forEach((r, i) => {
    const en = english[i]!;
    const found = documentsCited(r.id, r[lang]!, lang);
    if (en.length === 0 && found.length === 0) return;
    out.considered++;
    if (found.join(' ') === en.join(' ')) out.agree++;
    else out.disagreements.push({ id: r.id, doc: r.doc, english: en, found, text: r[lang]! });
  });
  return out;
}
