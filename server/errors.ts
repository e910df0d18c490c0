// The one application error type. Every failure a user can meet is an AppError with a
// stable `code` (for scripts), an HTTP `status` (for the API) and a message a person
// understands; subclasses only preset those, so callers can tell errors apart by class.
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown) {
    super('bad_request', message, 400, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super('not_found', message, 404, details);
  }
}

/** Neo4j cannot be reached (not started, gone away, wrong URI or credentials). */
export class GraphUnavailableError extends AppError {
  constructor(message: string, details?: unknown) {
    super('graph_unavailable', message, 503, details);
  }
}

export class QueryTimeoutError extends AppError {
  constructor(message: string, details?: unknown) {
    super('query_timeout', message, 504, details);
  }
}
