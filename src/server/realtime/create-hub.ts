import type { FastifyBaseLogger } from 'fastify';
import type { Connection } from '../db/connect.js';
import { MemoryHub, type Hub } from './hub.js';
import { PgHub } from './pg-hub.js';

/** PostgreSQL: events cross processes through LISTEN/NOTIFY. SQLite runs one process: in memory. */
export function createHub(connection: Connection, log: FastifyBaseLogger): Hub {
  if (connection.dialect === 'postgres' && connection.url) return new PgHub(connection.db, connection.url, log);
  return new MemoryHub();
}
