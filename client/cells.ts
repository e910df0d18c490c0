// How a console cell shows a value the API returned (toPlain in server/services/values.ts): a node,
// a relationship and a path in Cypher's own notation, everything else as text.
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown>; start?: unknown; segments?: { relationship: unknown; end: unknown }[] };
  if (Array.isArray(v.labels) && v.properties) return `(:${v.labels.join(':')} ${String(v.properties.symbol ?? v.properties.key ?? '')})`;
  if (typeof v.type === 'string' && v.properties) return `[:${v.type}${v.properties.paragraph ? ` ${String(v.properties.paragraph)}` : ''}]`;
  // a path as its steps, "(A/RES/76/158) -[:RECALLS PP3]-> (A/RES/61/177)", not its JSON (the graph tab draws it)
  if (Array.isArray(v.segments) && v.start) return [cellText(v.start), ...v.segments.flatMap((s) => [`-${cellText(s.relationship)}->`, cellText(s.end)])].join(' ');
  if (Array.isArray(value)) return value.map((x) => cellText(x)).join(', ');
  return JSON.stringify(value);
}
