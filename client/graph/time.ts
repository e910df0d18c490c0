// When a document was adopted, or the best estimate we can make, so graphs can be
// ranked by time: the date when the graph has it, else the year, else the session
// (General Assembly session n opened in 1945 + n; the Human Rights Council held three
// sessions a year from 2006). Cited-only documents often have nothing but a symbol.

type TimeData = { date?: string | null; year?: number | null; session?: string | null; body?: string | null; kind?: string | null };

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToNumber(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A fractional year (2021.95 for 16 December 2021), or null when nothing tells. */
export function estimatedYear(data: TimeData): number | null {
  if (data.date) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(data.date);
    if (match) return Number(match[1]) + (Number(match[2]) - 1) / 12 + (Number(match[3]) - 1) / 372;
  }
  if (typeof data.year === 'number') return data.year + 0.5;
  if (!data.session) return null;
  const isDecision = data.kind === 'resolution' || data.kind === 'decision';
  const session = /^\d+$/.test(data.session) ? Number(data.session) : romanToNumber(data.session);
  if (session === null) return null;
  // A session's resolutions mostly come at its end (December for the Assembly).
  if (data.body === 'GA' && (isDecision || data.kind === 'document')) return 1945 + session + 0.9;
  if (data.body === 'HRC' && isDecision) return 2006 + Math.floor((session - 1) / 3) + (((session - 1) % 3) * 3 + 3) / 12;
  return null;
}

/** "2021-12-16", "2021", "≈ 2006 (session 61)", or null. */
export function describeTime(data: TimeData): string | null {
  if (data.date) return data.date;
  if (typeof data.year === 'number') return String(data.year);
  const estimate = estimatedYear(data);
  return estimate === null ? null : `≈ ${Math.floor(estimate)}`;
}

/** Each node's rank among the distinct years present (0 = oldest); nodes without a time are left out. */
export function yearRanks(nodes: readonly { id: string; time: number | null }[]): Map<string, number> {
  const years = [...new Set(nodes.filter((n) => n.time !== null).map((n) => Math.floor(n.time!)))].sort((a, b) => a - b);
  const rankOfYear = new Map(years.map((year, i) => [year, i]));
  const ranks = new Map<string, number>();
  for (const node of nodes) if (node.time !== null) ranks.set(node.id, rankOfYear.get(Math.floor(node.time))!);
  return ranks;
}

/**
 * dagre's minimum rank distance for a citation edge (newer → older): how many distinct
 * years lie between the two ends, so ranks follow time; 1 when either date is unknown
 * or the edge runs against time, and at most `cap` (each extra rank costs dagre a dummy node).
 */
export function minRankDistance(ranks: ReadonlyMap<string, number>, source: string, target: string, cap = 8): number {
  const s = ranks.get(source);
  const t = ranks.get(target);
  if (s === undefined || t === undefined) return 1;
  return Math.min(cap, Math.max(1, s - t));
}
