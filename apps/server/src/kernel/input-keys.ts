import { keyOf, type NodeType } from './global-id';
import type { InputKey } from './mutation';

/**
 * Decodes an id of a mutation's input for the service: null when absent, else the key, or the
 * invalid marker the service turns into an INVALID_ID userError.
 */
export function decodeInputKey(id: string, type: NodeType): InputKey;
export function decodeInputKey(id: string | null | undefined, type: NodeType): InputKey | null;
export function decodeInputKey(id: string | null | undefined, type: NodeType): InputKey | null {
  if (id == null) return null;
  return keyOf(id, type) ?? { invalid: type };
}
