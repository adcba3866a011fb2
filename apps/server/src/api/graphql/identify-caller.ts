import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../kernel/context';
import { ApiError, ErrorCode } from '../../kernel/errors';

/**
 * A request that fails before its operation is admitted (a syntax error, an invalid or too
 * complex query) still has its caller resolved before the answer leaves: a bad secret is
 * refused with 401 instead, as on any other request.
 */
export const identifyCaller: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        try {
          await contextValue.identify();
        } catch (error) {
          if (!(error instanceof ApiError) || error.extensions.code !== ErrorCode.UNAUTHENTICATED) {
            throw error;
          }
          response.http.status = 401;
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [{ message: error.message, extensions: { code: error.extensions.code } }],
            },
          };
        }
      },
    };
  },
};
