import { randomInt } from "node:crypto";
import { accessToken } from "./access";
import { classroomSecret } from "./secret";
import { freshSeed } from "./seed";
import { keyHref, revealHref } from "./state";

/** A new class code from the server's cryptographic random source: nobody can predict the next one. */
export function newClassCode(): string {
  return freshSeed(() => randomInt(0, 2 ** 32) / 2 ** 32);
}

/** The teacher's links for one class, made with this server's secret. */
export function teacherLinks(story: string, seed: string | null) {
  const { value } = classroomSecret();
  return {
    key: keyHref(story, seed, accessToken(value, "teacher", story, seed)),
    reveal: revealHref(story, seed, accessToken(value, "reveal", story, seed)),
  };
}
