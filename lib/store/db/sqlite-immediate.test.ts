import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { ImmediateSqliteDialect } from "./sqlite-immediate";

interface Db {
  counter: { id: number; n: number };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A WAL database with one counter row, a Kysely handle on it and a second plain connection (the worker). */
function setup(dialect: (database: SQLite.Database) => SqliteDialect) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-immediate-"));
  folders.push(folder);
  const file = path.join(folder, "db.sqlite");
  const mine = new SQLite(file);
  mine.pragma("journal_mode = WAL");
  mine.exec("create table counter (id integer primary key, n integer not null)");
  mine.exec("insert into counter (id, n) values (1, 0)");
  const other = new SQLite(file);
  // The other process does not wait: what matters is who holds the write lock.
  other.pragma("busy_timeout = 0");
  return { db: new Kysely<Db>({ dialect: dialect(mine) }), other };
}

/** Read the counter, let the other connection write, then write: a read-then-write transaction. */
async function readThenWrite(db: Kysely<Db>, other: SQLite.Database): Promise<string> {
  let otherWrite = "";
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("counter").select("n").where("id", "=", 1).executeTakeFirst();
    try {
      other.exec("update counter set n = n + 100 where id = 1");
      otherWrite = "other wrote";
    } catch (error) {
      otherWrite = `other waited: ${(error as { code?: string }).code ?? "?"}`;
    }
    await sql`update counter set n = ${(row?.n ?? 0) + 1} where id = 1`.execute(trx);
  });
  return otherWrite;
}

describe("SQLite transactions begun immediately", () => {
  it("take the write lock first, so another process's write waits instead of failing this one", async () => {
    const { db, other } = setup((database) => new ImmediateSqliteDialect({ database }));
    expect(await readThenWrite(db, other)).toBe("other waited: SQLITE_BUSY");
    expect(other.prepare("select n from counter where id = 1").get()).toEqual({ n: 1 });
    await db.destroy();
    other.close();
  });

  it("(the failure they prevent: a deferred transaction fails when another write lands between)", async () => {
    const { db, other } = setup((database) => new SqliteDialect({ database }));
    await expect(readThenWrite(db, other)).rejects.toMatchObject({ code: "SQLITE_BUSY_SNAPSHOT" });
    await db.destroy();
    other.close();
  });
});
