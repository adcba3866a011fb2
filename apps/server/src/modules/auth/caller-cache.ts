import type { Database, Watch } from '../../kernel/db/database';
import type { Caller } from '../../kernel/access/caller';
import type { Credentials, LookedUp } from './authenticate';

/** Where the database says a caller changed (migration CallerChanges). */
export const CALLER_CHANGED = 'caller_changed';

/** The longest a caller is kept: a token's lastUsedAt is touched by the look-up, about this often. */
const MAX_AGE_MS = 60_000;

/** Past this many callers the cache starts over rather than grow. */
const MAX_ENTRIES = 10_000;

interface Entry {
  caller: Caller;
  /** When the entry stops answering (ms): the secret's expiry or MAX_AGE_MS, the sooner. */
  until: number;
}

/**
 * The callers this process has looked up, by their secret's hash, so a request with a known
 * secret sends no statement to find out who it is. Every entry is dropped whenever any caller
 * may have changed: after each of this process's commits (a logout or a revocation is over
 * before its answer leaves) and on the database's notification of another process's change
 * (a trigger on sessions, users, tokens and branch paths). While the listening connection is
 * down, nothing is trusted and every request looks its caller up.
 */
export class CallerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly watch: Watch;
  /** Counts the clears, so a look-up that began before one is not kept after it. */
  private generation = 0;

  constructor(db: Database) {
    this.watch = db.watch(CALLER_CHANGED, () => {
      this.generation++;
      this.entries.clear();
    });
  }

  /** Settles once changes are heard, and so callers kept. */
  get ready(): Promise<void> {
    return this.watch.ready;
  }

  /** To pass to `remember`: taken before the look-up starts. */
  ticket(): number {
    return this.generation;
  }

  /** The caller these credentials named, when still known to be valid at `now`. */
  get(credentials: Credentials, now: Date): Caller | null {
    if (!this.watch.listening) return null;
    const key = keyOf(credentials);
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until > now.getTime()) return entry.caller;
    this.entries.delete(key);
    return null;
  }

  /** Keeps a look-up's caller, unless anything changed since `ticket` was taken. */
  remember(ticket: number, credentials: Credentials, { caller, expiresAt }: LookedUp, now: Date) {
    if (!this.watch.listening || ticket !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const until = Math.min(now.getTime() + MAX_AGE_MS, expiresAt?.getTime() ?? Infinity);
    this.entries.set(keyOf(credentials), { caller, until });
  }

  stop(): Promise<void> {
    this.entries.clear();
    return this.watch.stop();
  }
}

const keyOf = ({ kind, hash }: Credentials) => `${kind}:${hash.toString('base64')}`;
