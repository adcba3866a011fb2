import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  batchRowInput,
  differsFromStandard,
  newBatchKey,
  refusalsByRow,
  sendBatch,
  standardRow,
} from './batch';

const ENTRY = { id: 'Q2FtcGFpZ25FbnRyeTox', gift: '慰问品一份', amountFen: 50000 };

describe('a batch row', () => {
  it('sends only the entry when the standard is kept', () => {
    const values = standardRow(ENTRY);
    expect(differsFromStandard(ENTRY, values)).toBe(false);
    expect(batchRowInput(ENTRY, values)).toEqual({ entryId: ENTRY.id });
    // The sum typed as the standard's is no difference either.
    expect(differsFromStandard(ENTRY, { ...values, amountYuan: '500.00' })).toBe(false);
  });

  it('sends a different sum in fen, or another gift, with its reason', () => {
    const values = { amountYuan: '800', gift: '慰问品一份', reason: ' 特困 ' };
    expect(differsFromStandard(ENTRY, values)).toBe(true);
    expect(batchRowInput(ENTRY, values)).toEqual({
      entryId: ENTRY.id,
      amountFen: 80000,
      gift: '慰问品一份',
      reason: '特困',
    });
    expect(batchRowInput(ENTRY, { amountYuan: null, gift: '米一袋', reason: '本人要求' })).toEqual({
      entryId: ENTRY.id,
      amountFen: 50000,
      gift: '米一袋',
      reason: '本人要求',
    });
  });

  it('names the row a refusal belongs to', () => {
    const errors = [
      { field: ['rows', '3', 'entryId'], code: 'INVALID_STATE' },
      { field: ['rows', '3', 'reason'], code: 'REQUIRED' },
      { field: ['rows', '0', 'amountFen'], code: 'BUDGET_EXCEEDED' },
      { field: ['visitedOn'], code: 'IN_FUTURE' },
    ];
    const { byRow, other } = refusalsByRow(errors);
    expect([...byRow.keys()]).toEqual([3, 0]);
    expect(byRow.get(3)?.map((e) => e.code)).toEqual(['INVALID_STATE', 'REQUIRED']);
    expect(other.map((e) => e.code)).toEqual(['IN_FUTURE']);
  });
});

describe('sending a batch', () => {
  it('sends again after a dropped connection, and stops at an answer', async () => {
    const attempts: number[] = [];
    const send = jest.fn(async () => {
      attempts.push(attempts.length + 1);
      if (attempts.length < 3) throw new TypeError('Failed to fetch');
      return 'recorded';
    });
    const onRetry = jest.fn();
    await expect(sendBatch(send, { onRetry })).resolves.toBe('recorded');
    expect(send).toHaveBeenCalledTimes(3);
    expect(onRetry.mock.calls).toEqual([[1], [2]]);
  });

  it('gives up after the attempts, and never resends a GraphQL refusal', async () => {
    const failing = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(sendBatch(failing, { attempts: 2 })).rejects.toThrow('Failed to fetch');
    expect(failing).toHaveBeenCalledTimes(2);

    const refused = jest.fn(async () => {
      throw new CombinedGraphQLErrors({ errors: [{ message: 'Forbidden' }] });
    });
    await expect(sendBatch(refused)).rejects.toBeInstanceOf(CombinedGraphQLErrors);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('makes a new key for each batch', () => {
    const a = newBatchKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newBatchKey()).not.toBe(a);
  });
});
