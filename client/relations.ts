// The relation names as values for the client. server/wire.ts holds them too, but importing
// a value from it would bundle zod (whose eval probe trips the page's CSP); the types
// below make the compiler check that both lists agree.
import type { EdgeType, Relation } from '../server/wire.ts';

export const RELATIONS = ['RECALLS', 'REAFFIRMS', 'WELCOMES', 'TAKES_NOTE', 'CITES'] as const satisfies readonly Relation[];
export const EDGE_TYPES = [...RELATIONS, 'ADOPTS', 'PUBLISHED_IN', 'ADOPTED_ON_REPORT', 'ADDENDUM_OF', 'CORRIGENDUM_OF', 'REVISION_OF', 'AMENDMENT_OF'] as const satisfies readonly EdgeType[];

// Fails to compile when wire.ts gains a relation or edge type that is missing here.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const relationsComplete: Missing<Relation, (typeof RELATIONS)[number]> = true;
export const edgeTypesComplete: Missing<EdgeType, (typeof EDGE_TYPES)[number]> = true;
