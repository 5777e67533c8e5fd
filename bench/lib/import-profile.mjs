// A sampling profile of the database side of an import: every intervalMs, what each non-idle session of the
// scratch database is doing (pg_stat_activity). "idle in transaction" is a runner transaction waiting for the
// worker's JavaScript (parsing, validating, encoding the next batch); "active" is PostgreSQL working.

/** Staging tables carry the import id; folding it away groups the same statement across buckets. */
const label = (/** @type {string} */ state, /** @type {string} */ query) => {
  const text = query
    .replace(/_[0-9a-f]{32}/g, '_<id>')
    .replace(/\s+/g, ' ')
    .trim();
  const from = /^SELECT\b.*?\bFROM (\S+)/is.exec(text)?.[1];
  const head =
    from && !/^SELECT pg_/i.test(text)
      ? `SELECT … FROM ${from}`
      : (/^(COPY \S+|INSERT INTO \S+|UPDATE \S+|CREATE (?:TEMP |UNLOGGED )?(?:TABLE|INDEX)(?: IF NOT EXISTS)? \S+|ANALYZE \S+|SELECT pg_\w+|DELETE FROM \S+|DROP TABLE(?: IF EXISTS)? \S+|BEGIN|COMMIT|SET LOCAL|SET)/i.exec(
          text,
        )?.[1] ?? text.slice(0, 40));
  return state === 'active' ? head : `${state} (after ${head})`;
};

/**
 * @param {import('pg').Client} db a connection to the scratch database (its own session is left out)
 * @returns {{ stop: () => Promise<{ samples: number, top: { what: string, share: number }[] }> }}
 */
export function profileDatabase(db, intervalMs = 100) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await db.query(
        `SELECT state, query FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state <> 'idle'`,
      );
      samples += 1;
      const seen = rows.length
        ? rows.map((r) => label(r.state, r.query))
        : ['no session busy (upload, worker JS outside a transaction)'];
      for (const what of seen) counts.set(what, (counts.get(what) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const top = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([what, n]) => ({ what, share: Math.round((n / Math.max(1, samples)) * 1000) / 10 }));
      return { samples, top };
    },
  };
}
