// Versioned schema changes, applied in order when a store opens, each once, each in a transaction.
// A new change is a new entry at the end with the next version; an applied one is never edited.
// SQLite and PostgreSQL get the same tables, each in its own dialect.

export type Migration = { version: number; name: string; sqlite: string; postgres: string };

export const migrations: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: 'daily counts',
    // Keyed by type first: every report reads one type over a range of days.
    sqlite: `
      CREATE TABLE counts (
        type TEXT NOT NULL,
        day INTEGER NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (type, day, subject, detail)
      ) WITHOUT ROWID;
      CREATE INDEX counts_day ON counts (day);`,
    postgres: `
      CREATE TABLE counts (
        type TEXT NOT NULL,
        day INTEGER NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (type, day, subject, detail)
      );
      CREATE INDEX counts_day ON counts (day);`,
  },
];

/** The newest version this code knows. */
export const latestVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);

/** The table that remembers which versions a database has. */
export const migrationsTable = {
  sqlite:
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  postgres:
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
};

/** The migrations a database at `version` still needs; an error if it is newer than this code. */
export function pendingMigrations(version: number): ReadonlyArray<Migration> {
  if (version > latestVersion) {
    throw new Error(
      `The event store is at schema version ${version}, newer than this code (${latestVersion}): run the newer release, or point DATA_DIR or DATABASE_URL elsewhere.`,
    );
  }
  return migrations.filter((m) => m.version > version);
}
