// The one error of extraction. Kept apart from models.ts (which builds the zod schemas of the
// output) so that `citegraph extract` starts without loading zod.

/** An input that cannot be extracted (unreadable, not text, unsupported language …). */
export class ExtractError extends Error {
  constructor(
    readonly code:
      | 'unreadable'
      | 'empty'
      | 'binary'
      | 'encoding'
      | 'too-large'
      | 'unsupported-language'
      | 'not-a-file'
      | 'unsupported-format'
      | 'damaged'
      | 'encrypted'
      | 'no-text'
      | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
