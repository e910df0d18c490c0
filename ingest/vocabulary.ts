// The words citegraph's parts share — languages, issuing bodies, relations, edge types, formats —
// defined once, as plain values, for the ingest, the API (server/wire.ts builds its zod enums
// from them), the client (which bundles this file: no zod here) and the queries (which get the
// language orders as parameters).

/** The six official languages, in the order a version is preferred for display: English, Chinese, then the others. */
export const OFFICIAL_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const;
export type OfficialLanguage = (typeof OFFICIAL_LANGUAGES)[number];

/** The order of the language lists stored in the graph (`d.languages`, `r.languages`): alphabetical, so lists compare equal whatever order versions came in. */
export const STORED_LANGUAGE_ORDER: readonly OfficialLanguage[] = [...OFFICIAL_LANGUAGES].sort();

/** The languages the extractor reads: each has its table in ingest/languages/. */
export const EXTRACTED_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const satisfies readonly OfficialLanguage[];
export type Language = (typeof EXTRACTED_LANGUAGES)[number];

/**
 * Issuing bodies whose resolutions and decisions we can name canonically: the principal organs,
 * the Human Rights Council, and ECOSOC's functional commissions (their symbols: symbols.ts).
 */
export const BODIES = ['GA', 'HRC', 'SC', 'ECOSOC', 'CHR', 'StatCom', 'CSocD', 'CSW', 'CND', 'CPD', 'CCPCJ', 'CSD'] as const;
export type Body = (typeof BODIES)[number];

/** The bodies most documents are of — the General Assembly and the three councils: the statistics list each on its own. */
export const MAIN_BODIES = ['GA', 'SC', 'HRC', 'ECOSOC'] as const satisfies readonly Body[];

/** The councils: the bodies a text means by "the Council" (the one it last named, else one whose numbering fits). */
export const COUNCILS = ['SC', 'HRC', 'ECOSOC'] as const satisfies readonly Body[];

/** How a resolution cites: the relation its verb makes. */
export const RELATIONS = ['RECALLS', 'REAFFIRMS', 'WELCOMES', 'TAKES_NOTE', 'CITES'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The relations of a text that recalls another (recalled-by's default, the most recalled statistics, the console's examples). */
export const RECALL_RELATIONS = ['RECALLS', 'REAFFIRMS'] as const satisfies readonly Relation[];

/** Structural edges drawn in lineage and neighbourhood views besides citations. */
export const STRUCTURAL_EDGES = ['ADOPTS', 'PUBLISHED_IN', 'ADOPTED_ON_REPORT', 'ADDENDUM_OF', 'CORRIGENDUM_OF', 'REVISION_OF', 'AMENDMENT_OF'] as const;
/** The edges from a modified symbol (A/61/443/Add.2) to its base document, by the modifier's kind. */
export const MODIFIER_EDGES = { Add: 'ADDENDUM_OF', Corr: 'CORRIGENDUM_OF', Rev: 'REVISION_OF', Amend: 'AMENDMENT_OF' } as const satisfies Record<string, (typeof STRUCTURAL_EDGES)[number]>;
export type ModifierEdge = (typeof MODIFIER_EDGES)[keyof typeof MODIFIER_EDGES];
export const EDGE_TYPES = [...RELATIONS, ...STRUCTURAL_EDGES] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** The forms a document comes in; `format` of a record says which one it was read from. */
export const FORMATS = ['text', 'markdown', 'pdf', 'akn', 'html', 'docx', 'doc'] as const;
export type Format = (typeof FORMATS)[number];
