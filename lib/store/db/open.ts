import fs from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import { ImmediateSqliteDialect } from "./sqlite-immediate";
import type { Database } from "./tables";
import { migrateToLatest } from "./migrations";

export type DatabaseKind = "sqlite" | "postgres";

/** An open, migrated database. Every store function takes one, so tests can open as many as they like. */
export interface StoreDb {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where it lives, for messages (the SQLite file, or the PostgreSQL host and database). */
  where: string;
  close(): Promise<void>;
}

export type StoreConfig =
  { kind: "sqlite"; file: string } | { kind: "postgres"; url: string; schema?: string };

/**
 * Where the store lives: PostgreSQL when DATABASE_URL is set (for deployments that run several app
 * instances), else an SQLite file under PARALLAX_DATA_DIR (default ./data), created on first use.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  // Chosen at run time, not traced: the data folder is never part of the build.
  const dir = path.resolve(/*turbopackIgnore: true*/ env.PARALLAX_DATA_DIR?.trim() || "data");
  return { kind: "sqlite", file: path.join(dir, "parallax.sqlite") };
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/** Open the database and bring its schema up to date (the first start creates everything). */
export async function openStoreDb(config: StoreConfig): Promise<StoreDb> {
  let db: Kysely<Database>;
  let where: string;
  if (config.kind === "sqlite") {
    // Loaded here, not at the top, so a PostgreSQL deployment never needs the native SQLite module.
    const { default: SQLite } = await import("better-sqlite3");
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    // WAL lets the pages read while the worker (another process) writes; the busy timeout makes a
    // writer wait for the other process's write instead of failing.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 10000");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
    where = config.file;
  } else {
    const { Pool } = await import("pg");
    const pool = new Pool({
      connectionString: config.url,
      max: Number(process.env.PARALLAX_DB_POOL ?? 10),
      // Tests put each run in its own schema.
      ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    where = describeUrl(config.url);
  }
  try {
    await migrateToLatest(db as Kysely<unknown>, config.kind);
  } catch (error) {
    await db.destroy();
    throw new Error(
      `could not open the story database (${where}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { db, kind: config.kind, where, close: () => db.destroy() };
}

const KEY = Symbol.for("parallax.store");
type Holder = { [KEY]?: Promise<StoreDb> };

/**
 * The process's store, opened once from the environment. Kept on globalThis so Next's dev server,
 * which re-evaluates modules on every change, does not open a new connection each time.
 */
export function getStoreDb(): Promise<StoreDb> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openStoreDb(configFromEnv()).catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}
