// PostgreSQL helpers for benches that also run on PostgreSQL when one answers.
import pg from 'pg';

/** True when a PostgreSQL server answers at `url` (within 2 s). */
export async function postgresAvailable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
