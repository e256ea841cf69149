import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import type { DB } from '../db/database.js';
import { MemoryHub, type Hub, type LiveEvent, type LiveListener } from './hub.js';

export const LIVE_CHANNEL = 'kindred_live';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; events carry ids only. */
const MAX_PAYLOAD_BYTES = 7900;
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 30_000;

interface Envelope {
  /** The publishing process: it has already delivered to its own listeners. */
  p: string;
  a: string;
  e: LiveEvent;
}

/**
 * Fans events out across processes: publish sends `NOTIFY kindred_live` through the app's
 * pool, and one dedicated connection per process LISTENs and hands what other processes
 * published to this process's listeners. When that connection drops it reconnects with
 * back-off; events published meanwhile by other processes are not replayed (the app
 * refetches on its `hello`, and notifications stay in the centre).
 */
export class PgHub implements Hub {
  private readonly id = randomUUID();
  private readonly local = new MemoryHub();
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly db: DB,
    private readonly url: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  async publish(accountId: string, event: LiveEvent): Promise<void> {
    const payload = JSON.stringify({ p: this.id, a: accountId, e: event } satisfies Envelope);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`live event ${event.type} is too large for NOTIFY`);
    await sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(this.db);
    this.local.deliver(accountId, event);
  }

  subscribe(accountId: string, listener: LiveListener): () => void {
    return this.local.subscribe(accountId, listener);
  }

  /** Resolves after the first attempt to listen; a failed one keeps retrying in the background. */
  async start(): Promise<void> {
    if (!this.client && !this.closed) await this.listen();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
    await this.local.close();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'kindred-live', keepAlive: true, connectionTimeoutMillis: 10_000 });
    this.client = client;
    client.on('notification', (message) => this.receive(message.payload));
    // Errors also end the connection; 'end' schedules the reconnect.
    client.on('error', (err) => this.log.warn({ err: { message: err.message } }, 'live listener connection failed'));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      if (this.failures > 0) this.log.info('live listener reconnected');
      this.failures = 0;
    } catch (err) {
      this.log.warn({ err: { message: String(err) } }, 'live listener could not connect');
      await client.end().catch(() => {});
      this.lost(client);
    }
  }

  private lost(client: pg.Client) {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    this.failures += 1;
    const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** (this.failures - 1));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.listen(), delay);
    this.timer.unref();
  }

  private receive(payload: string | undefined) {
    if (!payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    if (envelope.p === this.id || typeof envelope.a !== 'string' || typeof envelope.e?.type !== 'string') return;
    this.local.deliver(envelope.a, envelope.e);
  }
}
