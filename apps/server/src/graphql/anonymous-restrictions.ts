import type { ApolloServerPlugin } from '@apollo/server';
import { print } from 'graphql';
import type { Context } from './context';
import { ApiError, ErrorCode } from './errors';

/**
 * What anonymous callers do not get: schema hints ("Did you mean …?") that help probing, and,
 * when the setting turns it off, introspection.
 */
export function anonymousRestrictions(options: {
  introspection: boolean;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (options.introspection || contextValue.caller.kind !== 'ANONYMOUS') return;
          if (/\b__(schema|type)\b/.test(print(document))) {
            throw new ApiError(ErrorCode.UNAUTHENTICATED, 'Sign in to introspect the schema', {
              http: { status: 401 },
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (contextValue.caller?.kind !== 'ANONYMOUS' || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(
              / ?Did you mean .*\?$/,
              '',
            );
          }
        },
      };
    },
  };
}
