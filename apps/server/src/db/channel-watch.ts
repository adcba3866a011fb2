import pg from 'pg';
import type { Watch } from '../kernel/db/database';
import type { Logger } from '../kernel/logger';

/** How long a lost listening connection waits before it is opened again. */
const RECONNECT_MS = 1000;

/**
 * A connection of its own that LISTENs on one channel and calls `onChange` on each
 * notification. While it is down `listening` is false (notifications may be missed), and
 * `onChange` is called when it is lost and when it is back, so whoever keeps anything
 * drops it.
 */
export class ChannelWatch implements Watch {
  listening = false;
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private heard!: () => void;
  /** Settles when the channel is first listened to. */
  readonly ready = new Promise<void>((resolve) => (this.heard = resolve));

  constructor(
    private readonly url: string,
    private readonly channel: string,
    readonly onChange: () => void,
    private readonly logger?: Logger,
  ) {
    void this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'wanxia-watch' });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onChange();
    });
    const lost = (error?: Error) => this.lost(client, error);
    client.once('error', lost);
    client.once('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.listening = true;
    this.onChange();
    this.heard();
  }

  private lost(client: pg.Client, error?: Error): void {
    client.removeAllListeners('notification');
    if (this.client === client) {
      this.client = null;
      this.listening = false;
      this.onChange();
      this.logger?.warn(
        { err: error?.message, channel: this.channel },
        'listening connection lost',
      );
    }
    client.end().catch(() => undefined);
    if (!this.stopped && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.connect();
      }, RECONNECT_MS);
      this.retry.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.heard();
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.listening = false;
    if (client) {
      client.removeAllListeners();
      await client.end().catch(() => undefined);
    }
  }
}
