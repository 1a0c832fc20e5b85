import type { Metadata } from "next";
import Link from "next/link";
import { AccuracyTable } from "@/components/ui/accuracy-table";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = {
  title: "How it works",
  description: "How Parallax cleans, aligns and compares articles, and what its figures mean.",
  alternates: { canonical: "/about" },
};

const steps: { title: string; body: string }[] = [
  {
    title: "1. Clean the page",
    body: "Articles are stored exactly as received, with the page around them. General rules — never rules for one site — remove markup, site headers and menus, date lines, bylines (kept as the byline), photo captions, inserted “related” headlines, promotions, embedded posts and duplicated paragraphs. When a rule is unsure, the text stays. Every removal is listed on the article's page with its reason, and the page as received can be shown with the removals struck through.",
  },
  {
    title: "2. Split into sentences",
    body: "The wink-nlp library splits each paragraph into sentences and words. It keeps “U.S.”, “Mr.” and “Sept. 28” inside a sentence, which simpler splitters get wrong. Every sentence keeps its exact position in the cleaned text, so anything Parallax shows can be highlighted in place.",
  },
  {
    title: "3. Line up the facts",
    body: "Sentences from different outlets that report the same thing are grouped into facts. Words are compared by meaning as well as by form: the same word, a WordNet synonym (“poor”/“meager”), or a word close in a table of word vectors, with names matched to the actor they name. Each word counts by how rare it is in the story, but the words the whole story shares (the event itself: “consulate”, “close”) keep most of their weight, so the sentences that report the event line up. A sentence belongs to at most one fact. Each version is linked to the fact's most central version with the words they share or match (“Why these sentences were matched” on a fact's page): close versions are shown as a word diff, versions reworded throughout side by side with their matched words underlined. A fact only one outlet reports is kept: that is how omissions show — but an outlet may report a fact in words too different to match. Where one of its sentences comes close to a fact without lining up for sure, the pages say “? maybe, in other words” and show that sentence, never “not reported”; even so, read an article before saying it left something out.",
  },
  {
    title: "4. Lede, body, buried",
    body: "A fact is in the lede when an outlet reports it in its first two sentences (or in its first paragraph, within the first three sentences); it is buried when it first appears in the second half of the article; otherwise it is in the body.",
  },
  {
    title: "5. Shared text and quotes",
    body: "Passages two articles share word for word, or nearly (a word or two changed), are found by matching runs of seven words; when both dates are known, the earlier article is taken as the source. Quotes are found in straight and curly quotation marks, across sentences and paragraphs, with their speaker (“X said”, “said X”, “according to X”, “he” resolved to the last person named …). The same quote printed by several outlets is grouped; each printing is marked verbatim (same words, whatever the punctuation), excerpt (a shorter quote cut word for word from the longest printing) or altered (words changed, added or reordered), with a word-by-word diff. A short quoted phrase with no speaker is a scare quote.",
  },
  {
    title: "6. Who blames whom, in whose voice",
    body: "Statements in which one actor holds another responsible — blames, accuses, holds accountable, criticises, denies its own role, rejects an accusation — are read from the grammar of the sentence: a small dependency parser (trained on the open UD English treebank) finds the subject and object of “blamed”, “accused” or “held … responsible”, and an evaluative word (“a disaster”, “failed”) counts only for whoever the grammar attaches it to, never for a name that merely stands nearby. Negation, questions, conditions, plans and reported charges (“responding to charges that …”) lower or cancel a statement. Each statement gets a confidence from the strength of that evidence; pages show the confident ones and say how many others there are, with a switch to include them, marked “uncertain”. Actors are resolved to sides from a general list of governments, agencies and groups, the story's own list, and names found in the text; a pronoun is never resolved to someone the article does not name. Each statement is in the outlet's own voice (no source), attributed (said, told, according to) or distanced (“claimed”, “alleged”, “what it called”, scare quotes, “without evidence”). When a statement names no accuser it is shown as unattributed, never guessed.",
  },
];

export default function AboutPage() {
  return (
    <>
      <PageTitle
        kicker="Method"
        lead="Every figure in Parallax comes from the article texts, by rules and small open models you can inspect. Nothing is scored by hand, and nothing is hidden — including how often it is wrong."
      >
        How Parallax works
      </PageTitle>
      <ol className="max-w-3xl space-y-6">
        {steps.map((step) => (
          <li key={step.title}>
            <h2 className="text-lg font-semibold">{step.title}</h2>
            <p className="mt-1 leading-relaxed text-muted">{step.body}</p>
          </li>
        ))}
      </ol>
      <AccuracyTable />
      <section className="mt-10 max-w-3xl" aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-lg font-semibold">
          Limits
        </h2>
        <p className="mt-1 leading-relaxed text-muted">
          Parallax compares wording; it does not judge which outlet is right. Automatic extraction
          makes mistakes: every chart links to the sentences behind it so that you can check. The
          measured accuracy of each step is above, and in more detail in the project&apos;s{" "}
          <code>docs/quality.md</code>, with the command that produced it.
        </p>
        <p className="mt-3">
          <Link href="/" className="text-accent underline">
            Back to the stories
          </Link>
        </p>
      </section>
    </>
  );
}
