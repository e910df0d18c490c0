// Entry points of the extraction pipeline; everything else is internal.
export { extractDocument, extractFile, extractFragment, extractFragments, type ExtractOptions } from './extract.ts';
export { readDocumentFile, listDocumentFiles, decodeText, MAX_DOCUMENT_BYTES } from './read.ts';
export { detectLanguage } from './languages/index.ts';
export {
  CANONICAL_FORMS,
  parseSymbolQuery,
  describeSymbol,
  normalizeDocumentSymbol,
  parseResolutionNumber,
  canonicalResolutionSymbols,
  type SymbolInfo,
  type ResolutionNumber,
} from './symbols.ts';
export { INSTRUMENTS, type Instrument } from './data/instruments.ts';
export {
  extractRecordSchema,
  fragmentInputSchema,
  fragmentRecordSchema,
  citationSchema,
  ExtractError,
  type ExtractRecord,
  type FragmentInput,
  type FragmentRecord,
  type Citation,
  type Publication,
  type Adoption,
  type Language,
  type Body,
  type Relation,
} from './models.ts';
