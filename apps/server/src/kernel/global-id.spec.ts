import { ApiError } from './errors';
import { decodeGlobalId, keyOf, nodeTypes, requireKey, toGlobalId } from './global-id';

/** Ids as integrators hold them: a change of encoding would strand every one of them. */
const ISSUED: [string, 'Member' | 'Branch' | 'AuditEvent' | 'VisitTask', number][] = [
  ['TWVtYmVyOjE', 'Member', 1],
  ['QnJhbmNoOjE0Nw', 'Branch', 147],
  ['VmlzaXRUYXNrOjEyMzQ1', 'VisitTask', 12345],
  ['QXVkaXRFdmVudDoyMTQ3NDgzNjQ3', 'AuditEvent', 2147483647],
];

describe('global ids', () => {
  it.each(ISSUED)('writes %s for %s %d, unpadded base64url, and reads it back', (id, type, key) => {
    expect(toGlobalId(type, key)).toBe(id);
    expect(decodeGlobalId(id)).toEqual({ type, key });
  });

  it('reads back the id of every record type', () => {
    for (const type of nodeTypes) {
      for (const key of [1, 9, 62, 999, 65_536, 2_147_483_647]) {
        expect(decodeGlobalId(toGlobalId(type, key))).toEqual({ type, key });
      }
    }
  });

  it.each([
    ['padded standard base64 (graphql-relay)', 'TWVtYmVyOjE='],
    ['characters outside base64url', 'TWVt+mVy/jE'],
    ['an unknown type', Buffer.from('Secret:1').toString('base64url')],
    ['key 0', Buffer.from('Member:0').toString('base64url')],
    ['a leading zero', Buffer.from('Member:01').toString('base64url')],
    ['a negative key', Buffer.from('Member:-1').toString('base64url')],
    ['a key past the int4 column', Buffer.from('Member:2147483648').toString('base64url')],
    ['trailing text', Buffer.from('Member:1:x').toString('base64url')],
    ['no key', Buffer.from('Member').toString('base64url')],
    ['nothing', ''],
    ['65 characters', 'A'.repeat(65)],
  ])('refuses %s', (_what, id) => {
    expect(decodeGlobalId(id)).toBeNull();
  });

  it('gives the key only for the type asked for', () => {
    const id = toGlobalId('Member', 7);
    expect(keyOf(id, 'Member')).toBe(7);
    expect(keyOf(id, 'Branch')).toBeNull();
  });

  it('refuses an argument of another type as BAD_USER_INPUT naming the argument', () => {
    expect(requireKey(toGlobalId('Budget', 3), 'Budget', 'budgetId')).toBe(3);
    let refusal: unknown;
    try {
      requireKey(toGlobalId('Member', 3), 'Budget', 'budgetId');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).message).toBe('budgetId is not a valid Budget id');
    expect((refusal as ApiError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'budgetId',
    });
  });
});
