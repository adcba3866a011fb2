import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { Context } from '../context';

/** A root field answered without the executor: its answer for the caller and coerced arguments. */
export type CompiledField = (ctx: Context, args: Record<string, unknown>) => Promise<unknown>;

/**
 * Compiles a root field as a query shapes it, once per document; null when the shape asks for
 * anything it does not answer exactly as the executor would, which then answers it.
 */
export type FieldCompiler = (
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
) => CompiledField | null;
