import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/*
 * The server secret behind teacher links. Set PARALLAX_SECRET (32 or more
 * random characters, e.g. `openssl rand -hex 32`) to choose it, and give every
 * server of one site the same value. Unset, each install makes its own on
 * first use and keeps it in .cache/parallax-secret (git-ignored), so teacher
 * links survive restarts and rebuilds and work on a fresh clone or in CI
 * without setup. There is no built-in default: a secret in the source would
 * make every key public.
 */

export const SECRET_ENV = "PARALLAX_SECRET";
/** Relative to the directory the server runs in (the project). */
export const SECRET_FILE = path.join(".cache", "parallax-secret");
export const MIN_SECRET_LENGTH = 32;

export type SecretSource = "env" | "file" | "memory";

export interface Secret {
  value: string;
  source: SecretSource;
}

const configured = z
  .string()
  .trim()
  .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`);
const stored = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{64}$/, "is not 64 hexadecimal digits");

function fresh(): string {
  return randomBytes(32).toString("hex");
}

/**
 * Find or make the secret: the environment, else the install's file, else
 * (a read-only disk) one kept in memory, which lasts until the server stops.
 * Every fallback is said once on the console, with what to do.
 */
export function resolveSecret(
  env: Record<string, string | undefined>,
  dir: string,
  warn: (message: string) => void,
): Secret {
  const raw = env[SECRET_ENV];
  if (raw !== undefined && raw.trim() !== "") {
    const parsed = configured.safeParse(raw);
    if (parsed.success) return { value: parsed.data, source: "env" };
    warn(
      `${SECRET_ENV} ${parsed.error.issues[0]?.message ?? "is not valid"} (it has ${raw.trim().length}); ` +
        `using this install's own secret instead. Make one with: openssl rand -hex 32`,
    );
  }
  const file = path.join(dir, SECRET_FILE);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": only the first of several starting processes writes; the others read what it wrote.
      fs.writeFileSync(file, `${fresh()}\n`, { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const parsed = stored.safeParse(fs.readFileSync(file, "utf8"));
    if (parsed.success) return { value: parsed.data, source: "file" };
    warn(
      `${file}: ${parsed.error.issues[0]?.message ?? "is not valid"}; delete it to make a new one ` +
        `(existing teacher links stop working) or set ${SECRET_ENV}. Teacher links made now last until the server stops.`,
    );
  } catch (error) {
    warn(
      `Could not keep the classroom secret in ${file} (${(error as Error).message}); teacher links ` +
        `will stop working when the server restarts. Set ${SECRET_ENV} to keep them.`,
    );
  }
  return { value: fresh(), source: "memory" };
}

let secret: Secret | undefined;

/** The secret of this server process, found once. */
export function classroomSecret(): Secret {
  secret ??= resolveSecret(process.env, process.cwd(), (message) =>
    console.warn(`warning: ${message}`),
  );
  return secret;
}
