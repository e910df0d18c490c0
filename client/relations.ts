// The relation and edge-type names as values for the client, from the one vocabulary module
// (plain values: importing them from server/wire.ts would bundle zod, whose eval probe trips the
// page's CSP).
export { EDGE_TYPES, MODIFIER_EDGES, RECALL_RELATIONS, RELATIONS, STRUCTURAL_EDGES } from '../ingest/vocabulary.ts';
