import type { Logger } from './kernel/logger';

/**
 * What the server process has opened, closed in reverse order when it stops: HTTP (drained),
 * then the job worker, the database pools and the embedded PostgreSQL. A signal during the
 * start closes what is open so far.
 */
export class Lifecycle {
  private readonly steps: { name: string; close: () => Promise<unknown> }[] = [];
  private stopped?: Promise<void>;

  constructor(private readonly logger: Logger) {}

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  /** Registers something just opened; it is closed before everything opened earlier. */
  onStop(name: string, close: () => Promise<unknown>): void {
    this.steps.push({ name, close });
  }

  /** Closes everything once, however many times it is asked. */
  stop(): Promise<void> {
    this.stopped ??= this.closeAll();
    return this.stopped;
  }

  private async closeAll(): Promise<void> {
    const closed: { step: string; ms: number }[] = [];
    for (const step of [...this.steps].reverse()) {
      const started = Date.now();
      try {
        await step.close();
        closed.push({ step: step.name, ms: Date.now() - started });
      } catch (error) {
        // Keep going: what is left must still be closed (the embedded PostgreSQL above all).
        this.logger.warn({ step: step.name, err: (error as Error).message }, 'could not stop');
      }
    }
    this.logger.info({ closed }, 'stopped');
  }
}
