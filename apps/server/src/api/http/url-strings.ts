import type { FastifyInstance } from 'fastify';
import { badRequest } from '../../kernel/errors';
import { controlCharacterMessage, findControlCharacter } from '../../lib/control-characters';

/** A URL parameter as JSON when it is JSON (filter, orderBy), else nothing. */
function jsonOf(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuses, before anything else runs, a request whose URL holds a control character in any of
 * its strings: path and query parameters, and JSON parameters as the strings they decode to.
 */
export function refuseControlCharactersInUrl(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    const values = {
      ...(request.params as Record<string, unknown>),
      ...(request.query as Record<string, unknown>),
    };
    for (const [name, value] of Object.entries(values)) {
      const found =
        findControlCharacter(value, [name]) ?? findControlCharacter(jsonOf(value), [name]);
      if (found)
        throw badRequest(
          'BAD_USER_INPUT',
          controlCharacterMessage(found.character, found.path.join('.')),
        );
    }
  });
}
