import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, TooManyRequests } from '../errors.js';

interface FieldProblem {
  field: string;
  message: string;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply.status(status).send({ error: { code, message, details: details ?? null } });
}

/**
 * The one error handler: typed errors keep their code, validation errors name the field,
 * framework 4xx errors get a stable code, and a 5xx never leaks internals.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err instanceof TooManyRequests) reply.header('retry-after', String(err.retryAfterSeconds));
      return sendError(reply, err.status, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const problems: FieldProblem[] = err.validation.flatMap((v) => {
        const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const keys = (v.params as { keys?: string[] }).keys;
        if (v.keyword === 'unrecognized_keys' && keys) {
          return keys.map((k) => ({ field: [where, base, k].filter(Boolean).join('.'), message: 'is not a known field' }));
        }
        return [{ field: [where, base].filter(Boolean).join('.'), message: v.message ?? 'is invalid' }];
      });
      const message = problems.map((p) => `${p.field} ${p.message}`).join('; ');
      return sendError(reply, 400, 'invalid', message, problems);
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      return sendError(reply, status, frameworkCode(err), clientMessage(err));
    }
    request.log.error({ err: { type: err.name, code: err.code, stack: err.stack } }, 'request failed');
    return sendError(reply, 500, 'internal', 'Something went wrong on our side. Please try again.');
  });
}

function frameworkCode(err: FastifyError): string {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'invalid_json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    default:
      return err.name === 'SyntaxError' ? 'invalid_json' : 'bad_request';
  }
}

function clientMessage(err: FastifyError): string {
  switch (frameworkCode(err)) {
    case 'invalid_json':
      return 'body is not valid JSON.';
    case 'payload_too_large':
      return 'body is too large.';
    case 'unsupported_media_type':
      return 'body must be sent as application/json.';
    default:
      return err.message;
  }
}
