import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { yuanToFen } from '@wanxia/schema';
import type { CampaignEntryRowFragment, CampaignVisitRowInput } from '../../gql/graphql';

/** A ticked member as the batch form edits it: the sum as the yuan typed, the gift, why. */
export interface BatchRowValues {
  amountYuan: string | null;
  gift: string;
  reason: string;
}

type Entry = Pick<CampaignEntryRowFragment, 'id' | 'gift' | 'amountFen'>;

/** The sum typed, in fen: the standard's when left empty, null when not an amount. */
export function rowAmountFen(entry: Entry, values: BatchRowValues): number | null {
  return values.amountYuan === null || values.amountYuan === ''
    ? entry.amountFen
    : yuanToFen(values.amountYuan);
}

/** True when the row gives other than the standard: then it needs a reason. */
export function differsFromStandard(entry: Entry, values: BatchRowValues): boolean {
  return (
    rowAmountFen(entry, values) !== entry.amountFen || values.gift.trim() !== (entry.gift ?? '')
  );
}

/**
 * A row of the batch as the API takes it: only what differs from the standard is sent (the
 * server fills in the rest), with its reason.
 */
export function batchRowInput(entry: Entry, values: BatchRowValues): CampaignVisitRowInput {
  if (!differsFromStandard(entry, values)) return { entryId: entry.id };
  return {
    entryId: entry.id,
    amountFen: rowAmountFen(entry, values),
    gift: values.gift.trim() || null,
    reason: values.reason.trim() || null,
  };
}

/** The form's starting values for a ticked member: the standard. */
export function standardRow(entry: Entry): BatchRowValues {
  return { amountYuan: null, gift: entry.gift ?? '', reason: '' };
}

/**
 * The refusals of a batch by row: `["rows", "3", "entryId"]` belongs to the fourth row sent;
 * what names no row is kept apart, for above the form.
 */
export function refusalsByRow<E extends { field: readonly string[] }>(
  errors: readonly E[],
): { byRow: Map<number, E[]>; other: E[] } {
  const byRow = new Map<number, E[]>();
  const other: E[] = [];
  for (const error of errors) {
    const [list, index] = error.field;
    if (list === 'rows' && index !== undefined && /^\d+$/.test(index)) {
      const row = Number(index);
      byRow.set(row, [...(byRow.get(row) ?? []), error]);
    } else other.push(error);
  }
  return { byRow, other };
}

/**
 * Sends a batch, and on a dropped connection sends it again, as it was: the same idempotency
 * key, so that the server writes it once however many of the sends arrived. A GraphQL refusal
 * is an answer, not a failure: it is not sent again.
 */
export async function sendBatch<T>(
  send: () => Promise<T>,
  { attempts = 3, onRetry }: { attempts?: number; onRetry?: (attempt: number) => void } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error: unknown) {
      if (CombinedGraphQLErrors.is(error) || attempt >= attempts) throw error;
      onRetry?.(attempt);
    }
  }
}

/** A new batch's key: one per opening of the form, kept for each resend. */
export function newBatchKey(): string {
  return crypto.randomUUID();
}
