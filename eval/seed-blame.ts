import { z } from "zod";
import { analyzeStory } from "@/lib/analysis";
import { scoreBlame } from "@/eval/seed/blame-gold";
import { getStory } from "@/lib/content";
import { toStoryInput } from "@/lib/content/analysis";
import { parseArgs } from "../lib/cli/args";

const HELP = `Usage:
  npx tsx eval/seed-blame.ts [--show]

Scores the blame relations found in the seed story (basra-consulate-2018)
against its hand-labelled gold (eval/seed/blame-gold.ts): a
relation counts when article, sentence, kind, accuser and accused all match.
Prints precision, recall, voice accuracy and each outlet's voice summary.

  --show   list the missed and the spurious relations`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    show: z.boolean().optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["show", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const story = getStory("basra-consulate-2018");
if (!story) {
  console.log("eval-seed-blame: the seed story is missing from content/; skipped.");
  process.exit(0);
}
const analysis = analyzeStory(toStoryInput(story));
const score = scoreBlame(analysis);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(
  `Seed basra-consulate-2018: ${score.gold} gold blame relations, ${score.predicted} predicted`,
);
console.log(
  `  precision ${pct(score.precision)} (${score.correct}/${score.predicted})  recall ${pct(score.recall)} (${score.found}/${score.gold})  voice accuracy ${pct(score.voiceAccuracy)}`,
);
console.log("  voice of blame statements per outlet (own / attributed / distanced):");
for (const summary of analysis.voiceSummary) {
  const outlet = analysis.articles.find((a) => a.id === summary.article)?.outlet ?? summary.article;
  const { own, attributed, distanced } = summary.blame;
  console.log(`    ${outlet}: ${own} / ${attributed} / ${distanced}`);
}
if (args.show) {
  for (const miss of score.missed) console.log(`  missed: ${JSON.stringify(miss)}`);
  for (const extra of score.spurious) {
    const sentence = analysis.articles.find((a) => a.id === extra.article)?.sentences[
      extra.sentence
    ]?.text;
    console.log(
      `  spurious: [${extra.article}] ${extra.accuser.actor} ${extra.kind} ${extra.accused.actor} — ${sentence}`,
    );
  }
}
