import type { ApolloServerPlugin } from '@apollo/server';
import { print } from 'graphql';
import type { Context } from '../../kernel/context';
import { ApiError, ErrorCode } from '../../kernel/errors';

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
          if (options.introspection || !/\b__(schema|type)\b/.test(print(document))) return;
          if ((await contextValue.identify()).kind === 'ANONYMOUS') {
            throw new ApiError(ErrorCode.UNAUTHENTICATED, 'Sign in to introspect the schema', {
              http: { status: 401 },
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : null;
          // A caller refused for a bad secret gets the refusal alone (see identifyCaller).
          if (!errors) return;
          const caller = await contextValue.identify().catch(() => null);
          if (caller?.kind !== 'ANONYMOUS') return;
          for (const error of errors) {
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
