import type { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';

type Warn = (message: string) => void;

/**
 * pg-pool listens for errors only on idle clients. A checked-out client whose backend is terminated
 * (pg_terminate_backend, PostgreSQL restarting) between two queries emits 'error' with no listener,
 * which ends the process. Every client gets a listener when first handed out; the query in flight
 * (or the next one) then fails as an ordinary error, the pool drops the client and opens a new one.
 */
export function guardPoolClients(db: DataSource, warn: Warn): void {
  const pool = (db.driver as unknown as { master?: EventEmitter }).master;
  if (!pool) return;
  const guarded = new WeakSet<object>();
  pool.on('acquire', (client: EventEmitter) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', (err: Error) => warn(`database connection lost: ${err.message}`));
  });
}
