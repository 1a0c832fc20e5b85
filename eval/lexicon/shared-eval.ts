import { existsSync } from "node:fs";
import path from "node:path";
import { fail } from "@/lib/cli/args";

/**
 * The shared evaluation folder: `shared/eval` beside the checkout (CI and the
 * main checkout) or two levels up (a worktree under wt/). A missing folder is
 * one clear line, not a stack trace.
 */
export function sharedEval(...parts: string[]): string {
  for (const up of [[".."], ["..", ".."]]) {
    const candidate = path.resolve(...up, "shared", "eval", ...parts);
    if (existsSync(candidate)) return candidate;
  }
  fail(`shared/eval/${parts.join("/")} not found beside the checkout; pass its path`);
}
