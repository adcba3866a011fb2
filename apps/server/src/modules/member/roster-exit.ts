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

/** A mistaken exit undone (undoMemberStatus), inside its transaction. */
export interface RosterReturn {
  tx: Transaction;
  memberKey: number;
  /** The exit being undone. */
  reason: RosterExit['reason'];
  /** When the exit was recorded: what it changed then is changed back. */
  exitedAt: Date;
  now: Date;
}

export type RosterReturnRule = (back: RosterReturn) => Promise<void>;

const returnRules = new Set<RosterReturnRule>();

/** Domains undo what an exit did to them; a rule may refuse (refuseIf) and roll it all back. */
export function onRosterReturn(rule: RosterReturnRule): void {
  returnRules.add(rule);
}

export async function applyRosterReturn(back: RosterReturn): Promise<void> {
  for (const rule of returnRules) await rule(back);
}
