import { type Kysely, type Migration, Migrator, sql } from "kysely";
import type { DatabaseKind } from "./open";

/**
 * The schema, as Kysely migrations (applied in name order, each once, recorded in kysely_migration).
 * Written once for both databases; the analysis blob's type is the one word that differs.
 * Never edit a released migration: add the next one.
 */
function migrations(kind: DatabaseKind): Record<string, Migration> {
  const binary = kind === "postgres" ? sql`bytea` : sql`blob`;
  return {
    "0001_user_stories": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("stories")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("listed", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
          .addColumn("actors", "text", (c) => c.notNull().defaultTo("[]"))
          .addColumn("summary", "text")
          .addColumn("date", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("articles")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("story_id", "text", (c) =>
            c.notNull().references("stories.id").onDelete("cascade"),
          )
          .addColumn("position", "integer", (c) => c.notNull())
          .addColumn("slug", "text", (c) => c.notNull())
          .addColumn("outlet", "text", (c) => c.notNull())
          .addColumn("title", "text")
          .addColumn("published", "text")
          .addColumn("byline", "text")
          .addColumn("raw", "text")
          .addColumn("source_url", "text")
          .addColumn("fetched_at", "text")
          .addColumn("error", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addUniqueConstraint("articles_story_slug", ["story_id", "slug"])
          .execute();
        await db.schema
          .createTable("analyses")
          .addColumn("story_id", "text", (c) =>
            c.primaryKey().references("stories.id").onDelete("cascade"),
          )
          .addColumn("revision", "integer", (c) => c.notNull())
          .addColumn("engine_version", "text", (c) => c.notNull())
          .addColumn("data", binary, (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("jobs")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("story_id", "text", (c) =>
            c.notNull().unique().references("stories.id").onDelete("cascade"),
          )
          .addColumn("revision", "integer", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("stage", "text", (c) => c.notNull())
          .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("error", "text")
          .addColumn("run_after", "text", (c) => c.notNull())
          .addColumn("claimed_at", "text")
          .addColumn("lease_until", "text")
          .addColumn("worker", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex("jobs_claim")
          .on("jobs")
          .columns(["status", "run_after"])
          .execute();
        await db.schema
          .createTable("owner_tokens")
          .addColumn("story_id", "text", (c) =>
            c.primaryKey().references("stories.id").onDelete("cascade"),
          )
          .addColumn("token_hash", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("rate_limits")
          .addColumn("key", "text", (c) => c.primaryKey())
          .addColumn("tokens", "double precision", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of [
          "rate_limits",
          "owner_tokens",
          "jobs",
          "analyses",
          "articles",
          "stories",
        ])
          await db.schema.dropTable(table).ifExists().execute();
      },
    },
  };
}

/**
 * Bring the schema up to date. The web server and the worker both call this at startup; on PostgreSQL
 * Kysely takes an advisory lock, and on SQLite a second process that loses the race for the write lock
 * retries once the first has finished.
 */
export async function migrateToLatest(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(kind) },
  });
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const failed = results?.find((r) => r.status === "Error");
    const busy = /SQLITE_BUSY|database is locked|already exists/i.test(String(error));
    if (busy && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      continue;
    }
    throw new Error(
      `the database schema could not be updated${failed ? ` (migration ${failed.migrationName})` : ""}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
}
