import { randomInt } from "node:crypto";
import { accessToken } from "./access";
import { classroomSecret } from "./secret";
import { freshSeed } from "./seed";
import { keyHref, revealHref } from "./state";

/** A new class code from the server's cryptographic random source: nobody can predict the next one. */
export function newClassCode(): string {
  return freshSeed(() => randomInt(0, 2 ** 32) / 2 ** 32);
}

/**
 * The teacher's links for one class, made with this server's secret: `key` names the story in the
 * token (lib/stories storyKey: a curated story's slug, "s/<id>" for a user story), `href` is where
 * the story's pages are.
 */
export function teacherLinks(story: { key: string; href: string }, seed: string | null) {
  const { value } = classroomSecret();
  return {
    key: keyHref(story.href, seed, accessToken(value, "teacher", story.key, seed)),
    reveal: revealHref(story.href, seed, accessToken(value, "reveal", story.key, seed)),
  };
}
