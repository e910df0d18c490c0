// Entry points of the extraction pipeline; everything else is internal.
export { extractDocument, extractSource, extractFile, extractFragment, extractFragments, textSource, type ExtractOptions } from './extract.ts';
export { readSource, readSourceBytes, listDocumentFiles, decodeText, DOCUMENT_EXTENSIONS, MAX_FILE_BYTES } from './read.ts';
export { FORMAT_TABLE } from './formats/index.ts';
export { detectLanguage } from './languages/index.ts';
export {
  CANONICAL_FORMS,
  parseSymbolQuery,
  bareNumberPrefixes,
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
  type Format,
  type SourceText,
  type Subject,
} from './models.ts';
