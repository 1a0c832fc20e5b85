import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveSecret, SECRET_ENV, SECRET_FILE } from "./secret";

let dir: string;
let warnings: string[];
const warn = (message: string) => warnings.push(message);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-secret-"));
  warnings = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the classroom secret", () => {
  it("uses PARALLAX_SECRET when it is long enough, and writes no file", () => {
    const value = "x".repeat(40);
    expect(resolveSecret({ [SECRET_ENV]: ` ${value} ` }, dir, warn)).toEqual({
      value,
      source: "env",
    });
    expect(fs.existsSync(path.join(dir, SECRET_FILE))).toBe(false);
    expect(warnings).toEqual([]);
  });

  it("unset: makes a random per-install secret once, private to the owner, and keeps it", () => {
    const first = resolveSecret({}, dir, warn);
    expect(first.source).toBe("file");
    expect(first.value).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dir, SECRET_FILE);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    // A restart (or a second process) finds the same secret: links keep working.
    expect(resolveSecret({}, dir, warn)).toEqual(first);
    // Another install makes another secret: no two clones share keys.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-secret-"));
    try {
      expect(resolveSecret({}, other, warn).value).not.toBe(first.value);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
    expect(warnings).toEqual([]);
  });

  it("a short PARALLAX_SECRET is refused with a warning saying what to do", () => {
    const secret = resolveSecret({ [SECRET_ENV]: "hunter2" }, dir, warn);
    expect(secret.source).toBe("file");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("at least 32 characters");
    expect(warnings[0]).toContain("openssl rand -hex 32");
    expect(warnings[0]).not.toContain("hunter2");
  });

  it("a damaged secret file is not trusted: a secret for this run only, and a warning", () => {
    fs.mkdirSync(path.join(dir, ".cache"));
    fs.writeFileSync(path.join(dir, SECRET_FILE), "short\n");
    const secret = resolveSecret({}, dir, warn);
    expect(secret.source).toBe("memory");
    expect(secret.value).toMatch(/^[0-9a-f]{64}$/);
    expect(warnings[0]).toContain("is not 64 hexadecimal digits");
  });

  it("a disk it cannot write to: a secret for this run only, and a warning naming PARALLAX_SECRET", () => {
    // A file where the .cache folder should be: the folder cannot be made.
    fs.writeFileSync(path.join(dir, ".cache"), "");
    const secret = resolveSecret({}, dir, warn);
    expect(secret.source).toBe("memory");
    expect(warnings[0]).toContain(SECRET_ENV);
    expect(resolveSecret({}, dir, () => {}).value).not.toBe(secret.value);
  });
});
