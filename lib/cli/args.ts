import { z } from "zod";
import { defaultHelperThreads } from "../parallel/helper-threads";

/**
 * Parse `--flag value`, `--flag=value`, `--switch` and positional arguments,
 * then validate them with a zod schema so a bad argument gets one clear line.
 */
export function parseArgs<T extends z.ZodType>(
  argv: string[],
  schema: T,
  booleans: readonly string[] = [],
): z.infer<T> {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("--")) {
      const [name = "", inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) flags[name] = inline;
      else if (booleans.includes(name)) flags[name] = true;
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith("--")) flags[name] = true;
        else {
          flags[name] = next;
          i += 1;
        }
      }
    } else positional.push(arg);
  }
  const parsed = schema.safeParse({ ...flags, _: positional });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.join(".");
      if (issue.code === "unrecognized_keys")
        return `unknown option ${issue.keys.map((k) => `--${k}`).join(", ")}`;
      return field === "_" || field.startsWith("_.")
        ? `arguments: ${issue.message}`
        : `--${field}: ${issue.message}`;
    });
    fail(lines.join("\n"));
  }
  return parsed.data;
}

/** Print a one-line (or few-line) error and exit with status 1. Never a stack trace. */
export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

/** `--threads N`: worker threads that read articles beside the main thread (lib/parallel); default cores − 1, none on 2 cores. */
export const threadsOption = () =>
  z.coerce.number().int().min(0).max(64).default(defaultHelperThreads());
