import type { Transaction } from '../../kernel/db/database';

/** A member leaving the roster, seen inside the death's or the transfer's own transaction. */
export interface RosterExit {
  tx: Transaction;
  memberKey: number;
  reason: 'DEATH' | 'TRANSFER_OUT';
  now: Date;
  /** The day it is reported, in China. */
  today: string;
}

export type RosterExitRule = (exit: RosterExit) => Promise<void>;

const rules = new Set<RosterExitRule>();

/**
 * Domains built on the roster add what leaving it means to them (the visits owed, for one);
 * api/ adds them when it builds the app, so the roster names none of them.
 */
export function onRosterExit(rule: RosterExitRule): void {
  rules.add(rule);
}

/** Applies every rule, in the transaction of the exit. */
export async function applyRosterExit(exit: RosterExit): Promise<void> {
  for (const rule of rules) await rule(exit);
}
