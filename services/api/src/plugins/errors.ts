import { databaseErrorOf, isConnectionFailure } from '@solimob/db';
import { type FieldProblem, ServiceError, type ServiceErrorCode } from '@solimob/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** An HTTP-only failure (rate limiting) that has no domain meaning. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The only place a domain error code becomes an HTTP status. */
export const statusOfServiceError: Record<ServiceErrorCode, number> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  unavailable: 503,
};

interface ErrorBody {
  error: { code: string; message: string; fields?: FieldProblem[]; requestId?: string };
}

interface AjvError {
  instancePath: string;
  message?: string;
  params: { missingProperty?: string; additionalProperty?: string };
}

const contextPrefix = (context: string | undefined) =>
  context === 'body' || context === undefined ? '' : context === 'querystring' ? 'query' : context;

function schemaFieldProblems(validation: AjvError[], context: string | undefined): FieldProblem[] {
  const prefix = contextPrefix(context);
  return validation.map((e) => {
    let pointer = e.instancePath;
    let message = e.message ?? 'is invalid';
    if (e.params.missingProperty) {
      pointer = `${pointer}/${e.params.missingProperty}`;
      message = 'is required';
    } else if (e.params.additionalProperty) {
      pointer = `${pointer}/${e.params.additionalProperty}`;
      message = 'is not allowed';
    }
    return { field: `${prefix}${pointer}` || '/', message };
  });
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Column names from a Postgres detail such as 'Key (territory_id, name)=(…) already exists.'. */
function detailColumns(detail: string | undefined): string[] {
  const match = detail ? /^Key \(([^)]+)\)=/.exec(detail) : null;
  return match?.[1] ? match[1].split(',').map((c) => c.trim()) : [];
}

/**
 * Maps integrity errors the domain did not anticipate to client errors. The values in Postgres'
 * detail are never echoed (they may be personal data): only the column names are.
 */
function fromDatabaseError(error: unknown): { status: number; body: ErrorBody } | undefined {
  const info = databaseErrorOf(error);
  if (!info) return undefined;
  const columns = detailColumns(info.detail).filter((c) => c !== 'territory_id');
  const fields = columns.map((c) => ({ field: `/${camel(c)}`, message: '' }));
  switch (info.code) {
    case '23505':
      return {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'A record with the same values already exists',
            fields: fields.map((f) => ({ ...f, message: 'already in use' })),
          },
        },
      };
    case '23503':
      return {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: 'A referenced record does not exist',
            fields: fields.map((f) => ({ ...f, message: 'refers to a record that does not exist' })),
          },
        },
      };
    case '22021':
    case '22P05':
      // Postgres stores no NUL character (U+0000) in text or JSON: a client error, not ours.
      return {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: 'A text contains a character that cannot be stored (U+0000)',
          },
        },
      };
    case '23514':
    case '23502':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: info.constraint
              ? `Violates rule ${info.constraint}`
              : 'A value is out of range or malformed',
          },
        },
      };
    default:
      return undefined;
  }
}

export function toErrorResponse(
  error: unknown,
  requestId: string,
): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (error instanceof ServiceError) {
    return {
      status: statusOfServiceError[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields.length > 0 && { fields: error.fields }),
        },
      },
    };
  }
  if (error instanceof HttpError) {
    return {
      status: error.statusCode,
      body: { error: { code: error.code, message: error.message } },
      headers: error.headers,
    };
  }
  const fastifyError = error as FastifyError & { validation?: AjvError[] };
  if (Array.isArray(fastifyError.validation)) {
    const fields = schemaFieldProblems(fastifyError.validation, fastifyError.validationContext);
    return {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: fields.map((f) => `${f.field}: ${f.message}`).join('; '),
          fields,
        },
      },
    };
  }
  const database = fromDatabaseError(error);
  if (database) return database;
  if (isConnectionFailure(error)) {
    return {
      status: 503,
      body: { error: { code: 'unavailable', message: 'A backing service is unavailable', requestId } },
    };
  }
  // Fastify's own client errors (malformed JSON, unsupported media type, body too large) are safe to show.
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: { code: 'bad_request', message: fastifyError.message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error', requestId } } };
}

/** One error format for every route, including schema validation failures and unknown routes. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, headers } = toErrorResponse(error, request.id);
    // The `err` serializer (loggableErr) drops a failed query's parameters and phone numbers.
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.error.code, status }, 'request refused');
    if (headers) reply.headers(headers);
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not_found', message: `Route ${request.method} ${request.url.split('?')[0]} not found` },
    }),
  );
}
