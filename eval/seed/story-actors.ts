import fs from "node:fs";
import matter from "gray-matter";
import { z } from "zod";
import { storyInputSchema, type StoryInput } from "@/lib/analysis/schema";

/**
 * The seed story's actors, read from the story's own file (content/stories/basra-consulate-2018/
 * story.md, frontmatter `actors:`), for unit tests whose sentences write about that story: the
 * engine's tests get the knowledge from where the story keeps it, and the engine's folder holds
 * none. A bad file fails the tests with the field at fault.
 */
const FILE = new URL("../../content/stories/basra-consulate-2018/story.md", import.meta.url);

function readActors(): NonNullable<StoryInput["actors"]> {
  const parsed = z
    .object({ actors: storyInputSchema.shape.actors })
    .safeParse(matter(fs.readFileSync(FILE, "utf8")).data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${FILE.pathname}: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}`);
  }
  return parsed.data.actors;
}

export const SEED_STORY_ACTORS = readActors();
