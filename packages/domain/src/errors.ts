/** The closed set of failure kinds a domain verb may report; each transport maps them in one place. */
export type ServiceErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'unavailable';

export interface FieldProblem {
  /** JSON pointer or field name, e.g. '/phones/0/number'. */
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. `message` is precise English for staff and API clients;
 * `residentMessage` is the short French sentence a resident hears or reads, when one applies.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly options: { fields?: FieldProblem[]; residentMessage?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ServiceError';
  }
  get fields() {
    return this.options.fields ?? [];
  }
  get residentMessage() {
    return this.options.residentMessage;
  }
}

export const notFound = (entity: string, id?: string) =>
  new ServiceError('not_found', id ? `${entity} ${id} not found` : `${entity} not found`);

export const invalid = (fields: FieldProblem[], residentMessage?: string) =>
  new ServiceError('validation', fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
    fields,
    ...(residentMessage ? { residentMessage } : {}),
  });
