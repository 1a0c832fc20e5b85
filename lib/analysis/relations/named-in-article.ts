import type { ActorRegistry, SentenceActors } from "../actors";

/**
 * The people an article names itself: by a first name with the surname ("Ann Lee", "Tomas
 * Berg"), by one of their aliases as written, or by a one-word name. A bare surname or a title
 * with a surname ("Lee", "Ms. Lee") is resolved story-wide, to the first person of that surname
 * the story found — in a story of many articles, possibly someone this article never mentions
 * (another Lee). A relation whose party is such a person is kept, but never confident.
 */
export function peopleNamedIn(
  sentences: readonly SentenceActors[],
  registry: ActorRegistry,
): ReadonlySet<string> {
  const named = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.mentions) {
      if (!m.actor || m.form === "pronoun" || named.has(m.actor)) continue;
      const record = registry.actors.get(m.actor);
      if (!record || record.kind !== "person") continue;
      const words = m.text.toLowerCase().split(/\s+/);
      const name = record.name.toLowerCase().split(/\s+/);
      const given = name.slice(0, -1).filter((w) => w.length > 1 && !w.endsWith("."));
      const text = m.text.toLowerCase().replace(/['’]s$/, "");
      if (
        name.length < 2 ||
        given.some((w) => words.includes(w)) ||
        record.aliases.some((a) => a.toLowerCase() === text && /\s/.test(a))
      )
        named.add(m.actor);
    }
  }
  return named;
}

/** True when a party is a person the article does not name itself (see peopleNamedIn). */
export function namedElsewhere(
  actor: string | null | undefined,
  named: ReadonlySet<string>,
  registry: ActorRegistry,
): boolean {
  if (!actor || named.has(actor)) return false;
  return registry.actors.get(actor)?.kind === "person";
}
