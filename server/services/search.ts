// Use case: find documents and instruments by any spelling of a symbol, or by title words.
import { bareNumberPrefixes, normalizeDocumentSymbol, parseSymbolQuery } from '../../ingest/symbols.ts';
import type { Repository } from '../repository.ts';
import type { NodeRow, QueryParams } from '../query-schemas.ts';
import { BadRequestError } from '../errors.ts';
import { toGraphNode } from './values.ts';
import { filterParams, type DocumentFilter } from './documents.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Title words as a Lucene query: every word must match; the last may be a prefix (typing in progress). */
export function wordsQuery(q: string): string | null {
  const words = q
    .split(/[\s,;，、。]+/)
    .map((word) => word.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => /[\p{L}]/u.test(word));
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((word, i) => (i === last && /^[\p{Script=Latin}]{2,}$/u.test(word) ? `${word}*` : word)).join(' AND ');
}

/** What a user typed, read as the start of a symbol ("a/res/61/1" → "A/RES/61/1"), if it looks like one. */
function symbolPrefix(q: string): string | null {
  const text = q.trim();
  if (!/^[A-Za-z]{1,6}(\/[\w.() -]*)+$/.test(text)) return null;
  return normalizeDocumentSymbol(text) ?? text.toUpperCase();
}

/**
 * The full-text search. Lucene refuses a query that grows past its clause limit (a long run of
 * mixed scripts did, on the bundled graph: bench:reliability's fuzz) — a bad request, not a 500.
 */
async function titleWords(repository: Repository, params: QueryParams<'search-words'>): Promise<NodeRow[]> {
  try {
    return await repository.run('search-words', params);
  } catch (error) {
    if (error instanceof Error && /TooMany(?:Nested)?Clauses/.test(error.message)) {
      throw new BadRequestError('the search words make a query too large for the full-text index; search with fewer or shorter words');
    }
    throw error;
  }
}

export async function search(repository: Repository, options: { q: string; kind?: string; limit: number } & DocumentFilter) {
  const filters = { kind: options.kind ?? null, ...filterParams(options), limit: options.limit };
  const candidates = parseSymbolQuery(options.q);
  const numberPrefixes = bareNumberPrefixes(options.q);
  const prefix = symbolPrefix(options.q);
  const bySymbol = candidates.length || numberPrefixes.length || prefix ? await repository.run('search-symbols', { candidates, prefix, numberPrefixes, ...filters }) : [];
  // a query read as a resolution's number ("SC 1325", "HRC 36/6") is not title words: "SC*" would find "scale" and "school"
  const words = candidates.length || numberPrefixes.length ? null : wordsQuery(options.q);
  // The index's top hits, ranked again here: filters apply after it has ranked, and ties are ordered
  // here, by symbol (the index cuts among equal scores in no fixed order: a restarted Neo4j answered
  // "human rights" with other documents). 2,000 costs 5 ms more than 40 on the bundled graph.
  const indexLimit = 2000;
  const byWords = words ? await titleWords(repository, { words, ...filters, indexLimit }) : [];
  const seen = new Set<string>();
  const results: (ReturnType<typeof toGraphNode>['data'] & { score: number; matched: 'symbol' | 'title' })[] = [];
  const add = (rows: NodeRow[], matched: 'symbol' | 'title') => {
    for (const row of rows) {
      const node = toGraphNode(row.props, row.labels).data;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      results.push({ ...node, score: row.score, matched });
    }
  };
  add(bySymbol, 'symbol');
  add(byWords, 'title');
  return { query: options.q, candidates, results: results.slice(0, options.limit) };
}
