import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`), not at their
 * first write. Every transaction of the store reads, then writes (a rate-limit bucket, a job, a
 * story's revision). Begun as a plain deferred `BEGIN` under WAL, such a transaction fails at once
 * with SQLITE_BUSY_SNAPSHOT when the worker (another process) commits between its read and its
 * write, and the busy timeout cannot help: the owner adding an article saw a server error. Begun
 * immediately, it waits for the worker's write (busy_timeout) and reads what it then wrote.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
