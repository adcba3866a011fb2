import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../../kernel/logger';
import { ErrorCode, safeError } from '../../kernel/errors';

/** Codes a client may see as they are; anything else is an internal error. */
const PASSED_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Every error leaves with an `extensions.code`; internal ones lose their message, stack and
 * SQL, and are logged with the request id instead.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      return {
        message: 'Invalid arguments',
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    // graphql-js reports the token limit as a syntax error; it is a complexity limit.
    if (/Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return { message: formatted.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    const code = formatted.extensions?.code;
    const fromGraphql = original instanceof GraphQLError || !(original instanceof Error);
    if (typeof code === 'string' && PASSED_THROUGH.has(code) && fromGraphql) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error(
      { err: safeError(original), path: formatted.path },
      'internal error while executing a request',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
