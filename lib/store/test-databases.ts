import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe } from "vitest";
import { openStoreDb, type StoreConfig, type StoreDb } from "./db/open";

/**
 * The databases the store's tests run on: SQLite always; PostgreSQL when DATABASE_URL is set (CI sets
 * it), each test file in a fresh schema that is dropped afterwards. Without DATABASE_URL the PostgreSQL
 * suites show as skipped, with the reason in their name.
 */
export interface TestDatabase {
  name: string;
  open(): Promise<StoreDb>;
  /** How to open it elsewhere (another thread): valid once open() has run. */
  config: StoreConfig;
  /** Remove everything the opened databases wrote. */
  cleanup(): Promise<void>;
}

function sqlite(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-store-"));
  const config: StoreConfig = { kind: "sqlite", file: path.join(dir, "test.sqlite") };
  return {
    name: "SQLite",
    config,
    open: () => openStoreDb(config),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function postgres(url: string): TestDatabase {
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let created = false;
  const config: StoreConfig = { kind: "postgres", url, schema };
  return {
    name: "PostgreSQL",
    config,
    open: async () => {
      if (!created) await admin(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      created = true;
      return openStoreDb(config);
    },
    cleanup: async () => {
      if (created) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

const POSTGRES_URL = process.env.DATABASE_URL?.trim();
let noted = false;

/** Run `body` once per database (a describe block each). */
export function describeEachDatabase(title: string, body: (db: TestDatabase) => void): void {
  describe(`${title} (SQLite)`, () => body(sqlite()));
  if (POSTGRES_URL) describe(`${title} (PostgreSQL)`, () => body(postgres(POSTGRES_URL)));
  else {
    if (!noted)
      console.warn(
        "note: the store's PostgreSQL tests are skipped (DATABASE_URL is not set; .ci/run sets it)",
      );
    noted = true;
    describe.skip(`${title} (PostgreSQL: skipped, DATABASE_URL is not set — .ci/run sets it)`, () =>
      body(postgres("postgres://unset")));
  }
}
