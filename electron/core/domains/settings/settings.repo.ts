import type Database from 'better-sqlite3-multiple-ciphers';

/** Settings are small JSON values by key; the service owns their schema and defaults. */
export function readSettings(db: Database.Database): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM setting').all() as {
    key: string;
    value: string;
  }[];
  return new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeSetting(
  db: Database.Database,
  key: string,
  value: unknown,
  at: number,
  installationId: string,
): void {
  db.prepare(
    `INSERT INTO setting (key, value, updated_at, installation_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
       installation_id = excluded.installation_id`,
  ).run(key, JSON.stringify(value), at, installationId);
}
